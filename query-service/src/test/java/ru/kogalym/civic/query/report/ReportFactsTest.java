package ru.kogalym.civic.query.report;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.query.report.ReportFacts.BodySessions;
import ru.kogalym.civic.query.report.ReportFacts.Council;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's facts from the events: what stood and happened in the year, without what the records only illustrate. */
class ReportFactsTest {

    private final ReportFacts.Fold fold = new ReportFacts.Fold();

    @Test
    void councilsStandingAtTheYearsEndByName() {
        fold.apply(event(new BodyEstablishedEvent("c1", BodyKind.COUNCIL, "Общественный Совет города", CouncilArea.CITY_WIDE,
                d("2010-01-01")), "establishedOn"));
        fold.apply(event(new BodyEstablishedEvent("c2", BodyKind.COUNCIL, "Совет по культуре", CouncilArea.CULTURE,
                d("2013-01-01"))));
        fold.apply(event(new BodyEstablishedEvent("c3", BodyKind.COUNCIL, "Совет, распущенный в 2020",
                CouncilArea.SPORT, d("2013-01-01"))));
        fold.apply(event(new BodyDissolvedEvent("c3", BodyKind.COUNCIL, "Совет, распущенный в 2020", d("2020-06-01"),
                "упразднён")));
        fold.apply(event(new BodyEstablishedEvent("c4", BodyKind.COUNCIL, "Совет 2021 года", CouncilArea.OTHER,
                d("2021-02-01"))));
        fold.apply(event(new BodyEstablishedEvent("k1", BodyKind.COMMISSION, "Комиссия", null, d("2009-01-01"))));

        assertThat(fold.facts(2020).councils()).containsExactly(new Council("Общественный Совет города", true),
                new Council("Совет по культуре", false));
    }

    @Test
    void workingMeetingsTellTheirTopicsVenuesAndOthersUnlessIllustrative() {
        fold.apply(event(meeting("m1", MeetingKind.WORKING_MEETING, "Согласие", d("2020-02-20"), "Дом Дружбы",
                null, List.of("n1"), List.of("Полиция")), "heldOn", "participantNcoIds"));
        fold.apply(event(meeting("m2", MeetingKind.WORKING_MEETING, "Согласие", d("2020-06-25"), "Кафе «Уют»",
                null, List.of("n1"), List.of("Полиция", "Прокуратура")), "venue"));
        fold.apply(event(meeting("m3", MeetingKind.WORKING_MEETING, "Отозванное", d("2020-07-01"), "Клуб",
                null, List.of("n1"), List.of())));
        fold.apply(event(new MeetingWithdrawnEvent("m3", "ошибка")));
        fold.apply(event(meeting("m4", MeetingKind.WORKING_MEETING, "Прошлый год", d("2019-07-01"), "Клуб",
                null, List.of("n1"), List.of())));

        ReportFacts.Details working = fold.facts(2020).working();
        assertThat(working.topics()).containsExactly("Согласие");
        assertThat(working.places()).as("the second meeting's venue only illustrates").containsExactly("Дом Дружбы");
        assertThat(working.others()).containsExactly("Полиция", "Прокуратура");
    }

    @Test
    void aCorrectionStatesItsValuesAnewWithItsOwnIllustrativeFields() {
        fold.apply(event(meeting("m1", MeetingKind.WORKING_MEETING, "Тема", d("2020-02-20"), "Клуб", null,
                List.of("n1"), List.of()), "venue"));
        fold.apply(event(new MeetingCorrectedEvent("m1", MeetingKind.WORKING_MEETING, "Тема", d("2020-02-20"),
                "Дом Дружбы", null, List.of("n1"), List.of(), null, "место уточнено")));

        assertThat(fold.facts(2020).working().places()).containsExactly("Дом Дружбы");
    }

    @Test
    void sessionsCountByBodyAndSayWhetherTheNcosTookPartAsMembers() {
        fold.apply(event(new BodyEstablishedEvent("k1", BodyKind.COMMISSION, "Комиссия по противодействию", null,
                d("2009-01-01"))));
        fold.apply(event(new BodyMemberAddedEvent("k1", BodyKind.COMMISSION, "m-n1", "n1", null, "член",
                d("2019-12-16")), "ncoId", "addedOn"));
        fold.apply(event(new BodyEstablishedEvent("c1", BodyKind.COUNCIL, "Совет по культуре", CouncilArea.CULTURE,
                d("2013-01-01"))));
        fold.apply(event(new BodyMemberAddedEvent("c1", BodyKind.COUNCIL, "m-n1", "n1", null, "член",
                d("2019-12-16"))));
        fold.apply(event(new BodyMemberRemovedEvent("c1", BodyKind.COUNCIL, "m-n1", "n1", null, d("2020-05-01"),
                "вышла")));
        for (int i = 1; i <= 5; i++) {
            fold.apply(event(meeting("s" + i, MeetingKind.COMMISSION_SESSION, "Заседание", d("2020-0" + i + "-10"),
                    "Администрация", "k1", List.of("n1"), List.of()), "heldOn", "venue", "participantNcoIds"));
        }
        fold.apply(event(meeting("s6", MeetingKind.COMMISSION_SESSION, "Без НКО", d("2020-07-10"), null, "k1",
                List.of(), List.of())));
        fold.apply(event(meeting("cs1", MeetingKind.COUNCIL_SESSION, "Заседание", d("2020-09-10"), null, "c1",
                List.of("n1"), List.of())));

        assertThat(fold.facts(2020).sessions()).containsExactly(
                new BodySessions("Комиссия по противодействию", BodyKind.COMMISSION, 5, true),
                new BodySessions("Совет по культуре", BodyKind.COUNCIL, 1, false));
    }

    @Test
    void raidsTellWhereWhyAndWhichOfficials() {
        fold.apply(event(new RaidRecordedEvent("r1", d("2020-06-19"), "Площадь по улице Мира", "Масочный режим",
                List.of("n1"), List.of("Должностные лица ОМС"), 150, null), "heldOn", "participantNcoIds",
                "leafletsDistributed"));
        fold.apply(event(new RaidRecordedEvent("r2", d("2020-07-17"), "Площадь по улице Мира", "Масочный режим",
                List.of("n1"), List.of("Должностные лица ОМС"), 200, null)));

        ReportFacts.Details raids = fold.facts(2020).raids();
        assertThat(raids.places()).containsExactly("Площадь по улице Мира");
        assertThat(raids.topics()).containsExactly("Масочный режим");
        assertThat(raids.others()).containsExactly("Должностные лица ОМС");
        assertThat(fold.facts(2021).raids()).isEqualTo(ReportFacts.Details.NONE);
    }

    static MeetingHeldEvent meeting(String id, MeetingKind kind, String topic, LocalDate heldOn, String venue,
                                    String bodyId, List<String> ncos, List<String> others) {
        return new MeetingHeldEvent(id, kind, topic, heldOn, venue, bodyId, ncos, others, null);
    }

    static EventMessage<?> event(Object payload, String... illustrative) {
        MetaData metaData = illustrative.length == 0 ? MetaData.emptyInstance()
                : MetaData.with(MetadataKey.ILLUSTRATIVE.key(), List.of(illustrative));
        return new GenericEventMessage<>(payload, metaData);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
