package ru.kogalym.civic.command.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.eventstore.TestMongo;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2020 scenario over HTTP into a store of its own: what it records, and that a second load records nothing. */
class Scenario2020Test extends OwnStoreTest {

    static final TestMongo MONGO = TestMongo.start();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useStore(registry, MONGO);
    }

    @AfterAll
    static void dropDatabase() {
        MONGO.database().drop();
    }

    @Test
    void loadsTheReportsFactsOnceThroughTheCommandPath() {
        Http http = staff();

        Http.Reply first = http.send("POST", "/api/scenarios/2020", null, null,
                Map.of("X-Correlation-Id", "scenario-load-1"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode summary = first.json();
        assertThat(summary.get("alreadyPresent").asInt()).isZero();
        JsonNode records = summary.get("records");
        assertThat(records.get("ncos").asInt()).isEqualTo(10);
        assertThat(records.get("workingMeetings").asInt()).isEqualTo(4);
        assertThat(records.get("commissionSessions").asInt()).isEqualTo(5);
        List<TrackedEventMessage<?>> afterFirst = allEvents();
        assertThat(summary.get("created").asInt()).isEqualTo(afterFirst.size());

        List<NcoRegisteredEvent> ncos = payloads(afterFirst, NcoRegisteredEvent.class);
        assertThat(ncos).hasSize(10);
        assertThat(ncos).filteredOn(nco -> nco.stateRegistration() != null).hasSize(6);
        assertThat(ncos).extracting(NcoRegisteredEvent::shortName)
                .contains("Единство", "ВАЙНАХ", "НУР", "Кызыл Ту", "Достлуг", "Ак-Ниет", "Ак калфак",
                        "Славянское содружество");
        assertThat(ncos).filteredOn(nco -> nco.stateRegistration() == null).extracting(NcoRegisteredEvent::ncoId)
                .containsExactlyInAnyOrder("nco-tajik", "nco-ak-niet", "nco-ak-kalfak", "nco-slavic");
        assertThat(ncos).allSatisfy(nco -> {
            assertThat(nco.ogrn()).isNull();
            assertThat(nco.inn()).isNull();
            assertThat(nco.registeredOn()).isBefore(java.time.LocalDate.of(2020, 1, 1));
        });

        List<BodyEstablishedEvent> bodies = payloads(afterFirst, BodyEstablishedEvent.class);
        assertThat(bodies).filteredOn(body -> body.kind() == BodyKind.COUNCIL).extracting(BodyEstablishedEvent::area)
                .containsExactlyInAnyOrder(CouncilArea.CITY_WIDE, CouncilArea.YOUTH_POLICY, CouncilArea.CULTURE,
                        CouncilArea.SPORT, CouncilArea.HOUSING_AND_UTILITIES, CouncilArea.MUNICIPAL_FINANCE);
        assertThat(bodies).filteredOn(body -> body.kind() == BodyKind.COMMISSION).singleElement()
                .satisfies(commission -> assertThat(commission.name()).contains("экстремистской"));
        assertThat(payloads(afterFirst, BodyMemberAddedEvent.class))
                .allSatisfy(member -> assertThat(member.ncoId()).startsWith("nco-")).isNotEmpty();

        List<MeetingHeldEvent> meetings = payloads(afterFirst, MeetingHeldEvent.class);
        assertThat(meetings).filteredOn(meeting -> meeting.kind() == MeetingKind.WORKING_MEETING)
                .hasSize(4)
                .allSatisfy(meeting -> {
                    assertThat(meeting.heldOn().getYear()).isEqualTo(2020);
                    assertThat(meeting.venue()).isEqualTo("Дом Дружбы");
                    assertThat(meeting.participantNcoIds()).isNotEmpty();
                    assertThat(meeting.otherParticipants()).anyMatch(other -> other.contains("правоохранительных"));
                });
        assertThat(meetings).filteredOn(meeting -> meeting.kind() == MeetingKind.COMMISSION_SESSION)
                .hasSize(5)
                .allSatisfy(session -> {
                    assertThat(session.heldOn().getYear()).isEqualTo(2020);
                    assertThat(session.bodyId()).isEqualTo("commission-countering-extremism");
                    assertThat(session.participantNcoIds()).isNotEmpty();
                });

        assertThat(payloads(afterFirst, RaidRecordedEvent.class)).isNotEmpty().allSatisfy(raid -> {
            assertThat(raid.location()).contains("Мира");
            assertThat(raid.purpose()).contains("масочного");
            assertThat(raid.leafletsDistributed()).isPositive();
        });
        assertThat(payloads(afterFirst, EventParticipationRecordedEvent.class))
                .extracting(EventParticipationRecordedEvent::eventKind)
                .contains(CityEventKind.CLEAN_UP_DAY, CityEventKind.SPORTS_DAY, CityEventKind.SEMINAR,
                        CityEventKind.CONTEST);
        List<YearPrioritiesSetEvent> plans = payloads(afterFirst, YearPrioritiesSetEvent.class);
        assertThat(plans).extracting(YearPrioritiesSetEvent::year).containsExactly("2020", "2021");
        assertThat(plans.get(0).tasks()).singleElement().satisfies(task -> assertThat(task.description())
                .contains("охране общественного порядка", "полиции"));
        assertThat(plans.get(1).tasks()).hasSize(3).last().satisfies(task -> assertThat(task.description())
                .endsWith("по профилактике межэтнических отношений"));

        assertThat(afterFirst).allSatisfy(event -> {
            assertThat(event.getMetaData()).containsEntry("issuedBy", TestUsers.STAFF.username())
                    .containsEntry("correlationId", "scenario-load-1")
                    .containsKeys("causationId", "commandName", "recordedAt", "requestFingerprint");
            assertThat(event).isInstanceOf(DomainEventMessage.class);
        });

        assertThat(afterFirst).allSatisfy(event -> {
            Object illustrative = event.getMetaData().get(MetadataKey.ILLUSTRATIVE.key());
            assertThat(illustrative).as(event.getPayloadType().getSimpleName()).isInstanceOf(List.class);
            assertThat((List<?>) illustrative).isNotEmpty().allSatisfy(field -> assertThat(
                    isField(event.getPayloadType(), field.toString())).as(field.toString()).isTrue());
        });
        assertThat(afterFirst).filteredOn(event -> event.getPayload() instanceof RaidRecordedEvent)
                .allSatisfy(raid -> assertThat(illustrative(raid))
                        .contains("leafletsDistributed", "heldOn", "participantNcoIds"));
        assertThat(afterFirst).filteredOn(event -> event.getPayload() instanceof MeetingHeldEvent meeting
                        && meeting.kind() == MeetingKind.WORKING_MEETING)
                .allSatisfy(meeting -> assertThat(illustrative(meeting))
                        .doesNotContain("venue", "topic"));

        Http.Reply second = http.send("POST", "/api/scenarios/2020", null, null, Map.of());
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("created").asInt()).isZero();
        assertThat(second.json().get("alreadyPresent").asInt()).isEqualTo(afterFirst.size());
        assertThat(second.json().get("records")).isEqualTo(records);
        assertThat(allEvents()).hasSameSizeAs(afterFirst);
    }

    private static List<String> illustrative(TrackedEventMessage<?> event) {
        return ((List<?>) event.getMetaData().get(MetadataKey.ILLUSTRATIVE.key())).stream().map(Object::toString)
                .toList();
    }

    /** Whether {@code path} (dotted for a nested record) names a component of the record type. */
    private static boolean isField(Class<?> type, String path) {
        Class<?> current = type;
        for (String name : path.split("\\.")) {
            if (!current.isRecord()) {
                return false;
            }
            RecordComponent component = Arrays.stream(current.getRecordComponents())
                    .filter(c -> c.getName().equals(name)).findFirst().orElse(null);
            if (component == null) {
                return false;
            }
            current = component.getType();
        }
        return true;
    }

    private static <T> List<T> payloads(List<TrackedEventMessage<?>> events, Class<T> type) {
        return events.stream().map(TrackedEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }
}
