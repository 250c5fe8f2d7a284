package ru.kogalym.civic.command.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.command.scenario.Scenario2020.NcoFact;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.contract.priority.PriorityTaskAddedEvent;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2020 scenario into a store where staff have already recorded some of its facts and their own 2021 plan: it
 * completes around what agrees with it, and refuses, before recording anything, what does not, until that is removed.
 */
class Scenario2020ConflictsTest extends OwnStoreTest {

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
    void aConflictIsAnsweredBeforeAnythingIsRecordedAndOnceRemovedTheLoadCompletesAroundTheStaffsOwnRecords() {
        Http http = staff();
        // staff set their own 2021 priorities, and recorded one NCO and the commission as the report has them,
        // with the NCO as a member under a member id of their own
        created(http.send("PUT", "/api/priorities/2021", """
                {"tasks": [{"taskId": "staff-task", "title": "Задача отдела"}], "setOn": "2021-01-15"}""",
                "application/json", Map.of()));
        NcoFact edinstvo = Scenario2020.NCOS.get(0);
        created(http.postJson("/api/ncos", """
                {"id": "%s", "fullName": "%s", "shortName": "%s", "legalForm": "%s", "community": "%s",
                 "registeredOn": "%s", "stateRegistration": {"registeredOn": "%s"}}""".formatted(edinstvo.id(),
                edinstvo.fullName(), edinstvo.shortName(), edinstvo.legalForm(), edinstvo.community(),
                edinstvo.registeredOn(), edinstvo.stateRegisteredOn())));
        created(http.postJson("/api/commissions", """
                {"id": "%s", "name": "%s", "establishedOn": "%s"}""".formatted(Scenario2020.COMMISSION_ID,
                Scenario2020.COMMISSION_NAME, Scenario2020.COMMISSION_ESTABLISHED_ON)));
        String members = "/api/commissions/" + Scenario2020.COMMISSION_ID + "/members";
        created(http.postJson(members, """
                {"memberId": "m-staff", "ncoId": "%s", "addedOn": "2020-02-01"}""".formatted(edinstvo.id())));
        int staffEvents = allEvents().size();

        Http.Reply refused = http.send("POST", "/api/scenarios/2020", null, null, Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field()).isEqualTo("ncoId");
        assertThat(refused.json().path("detail").asText())
                .contains("Nothing was recorded", "member-" + edinstvo.id(), "m-staff");
        assertThat(allEvents()).as("nothing recorded").hasSize(staffEvents);

        assertThat(http.postJson(members + "/m-staff/removal", """
                {"removedOn": "2020-03-01", "reason": "Внесено до загрузки отчёта"}""").status()).isEqualTo(204);
        Http.Reply loaded = http.send("POST", "/api/scenarios/2020", null, null, Map.of());
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
        JsonNode summary = loaded.json();
        assertThat(summary.path("alreadyPresent").asInt()).as("the NCO and the commission staff recorded").isEqualTo(2);
        assertThat(summary.path("records").path("priorityTasks").asInt()).isEqualTo(3);
        // 2020's priorities are the scenario's own to set; only 2021 was the staff's
        assertThat(summary.path("records").path("yearPriorities").asInt()).isEqualTo(1);
        List<TrackedEventMessage<?>> afterLoad = allEvents();
        assertThat(summary.path("created").asInt()).isEqualTo(afterLoad.size() - staffEvents - 1);

        // the staff's plan stays as they set it; the report's tasks join it, on the day the staff set it
        List<Object> plan = storageEngine.readEvents("2021").asStream().<Object>map(DomainEventMessage::getPayload)
                .toList();
        assertThat(plan.get(0)).isInstanceOfSatisfying(YearPrioritiesSetEvent.class,
                set -> assertThat(set.tasks()).extracting(task -> task.taskId()).containsExactly("staff-task"));
        assertThat(plan.subList(1, plan.size())).hasSize(3).allSatisfy(task -> assertThat(task)
                .isInstanceOfSatisfying(PriorityTaskAddedEvent.class,
                        added -> assertThat(added.addedOn()).isEqualTo(LocalDate.of(2021, 1, 15))));
        assertThat(afterLoad).filteredOn(event -> event.getPayload() instanceof PriorityTaskAddedEvent)
                .allSatisfy(event -> assertThat(event.getMetaData().get(MetadataKey.ILLUSTRATIVE.key()))
                        .isEqualTo(List.of("addedOn")));

        Http.Reply again = http.send("POST", "/api/scenarios/2020", null, null, Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(again.json().path("records")).isEqualTo(summary.path("records"));
        assertThat(allEvents()).hasSameSizeAs(afterLoad);
    }

    private static void created(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
