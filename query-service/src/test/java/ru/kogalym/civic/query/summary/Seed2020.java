package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static ru.kogalym.civic.query.summary.SummaryEvents.d;
import static ru.kogalym.civic.query.summary.SummaryEvents.meeting;
import static ru.kogalym.civic.query.summary.SummaryEvents.participation;
import static ru.kogalym.civic.query.summary.SummaryEvents.raid;

/** The seed report's 2020 as events: 10 NCOs (6 state-registered), 4 working meetings, 5 commission sessions. */
public final class Seed2020 {

    /** An event with the aggregate it belongs to. */
    public record Fact(String aggregateType, String aggregateId, Object payload) {
    }

    /** id, full name, short name, translation, legal form, community: as the command side's 2020 scenario has them. */
    public static final String[][] REGISTERED = {
            {"n-edinstvo", "Местная общественная организация национально-культурное общество дагестанцев города Когалыма «Единство»", "Единство", null, "LOCAL_PUBLIC_ORGANIZATION", "Дагестанская"},
            {"n-vainakh", "Местная общественная организация национально-культурное чечено-ингушское общество города Когалыма «ВАЙНАХ» (НАШ ГОРОД)", "ВАЙНАХ", null, "LOCAL_PUBLIC_ORGANIZATION", "Чечено-ингушская"},
            {"n-nur", "Когалымская городская общественная организация татаро-башкирское национально-культурное общество «НУР»", "НУР", null, "CITY_PUBLIC_ORGANIZATION", "Татаро-башкирская"},
            {"n-kyzyl-tu", "Местная общественная организация Национально-культурное общество казахского народа города Когалыма «Кызыл Ту»", "Кызыл Ту", "Красное Знамя", "LOCAL_PUBLIC_ORGANIZATION", "Казахская"},
            {"n-azer-nka", "Общественная организация «Местная национально-культурная автономия азербайджанцев г.Когалыма»", null, null, "NATIONAL_CULTURAL_AUTONOMY", "Азербайджанская"},
            {"n-dostlug", "Местная общественная организация Азербайджанского народа «Достлуг» г.Когалыма", "Достлуг", "Дружба", "LOCAL_PUBLIC_ORGANIZATION", "Азербайджанская"},
    };

    public static final String[][] NOT_REGISTERED = {
            {"n-tajik", "Национально-культурное общество таджиков города Когалыма", null, null, "OTHER", "Таджикская"},
            {"n-ak-niet", "Местная общественная организация национально-культурное общество киргизов города Когалыма «Ак-Ниет»", "Ак-Ниет", null, "LOCAL_PUBLIC_ORGANIZATION", "Киргизская"},
            {"n-ak-kalfak", "Автономная некоммерческая организация «Когалымская общественная организация татарских женщин «Ак калфак»", "Ак калфак", null, "AUTONOMOUS_NONPROFIT_ORGANIZATION", "Татарская (женская)"},
            {"n-slavic", "Когалымская местная общественная организация национально-культурное объединение «Славянское содружество»", "Славянское содружество", null, "LOCAL_PUBLIC_ORGANIZATION", "Славянская"},
    };

    private Seed2020() {
    }

    public static List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        LocalDate registered = d("2015-02-01");
        for (String[] nco : REGISTERED) {
            facts.add(new Fact("Nco", nco[0], new NcoRegisteredEvent(nco[0], nco[1], nco[2], nco[3],
                    LegalForm.valueOf(nco[4]), nco[5], null, null, "г. Когалым", "Председатель",
                    registered, new StateRegistration(registered.minusDays(10), "86-" + nco[0]))));
            registered = registered.plusMonths(3);
        }
        for (String[] nco : NOT_REGISTERED) {
            facts.add(new Fact("Nco", nco[0], new NcoRegisteredEvent(nco[0], nco[1], nco[2], nco[3],
                    LegalForm.valueOf(nco[4]), nco[5], null, null, "г. Когалым", "Председатель",
                    registered, null)));
            registered = registered.plusMonths(3);
        }
        for (int i = 1; i <= 4; i++) {
            facts.add(new Fact("Meeting", "wm-" + i, meeting("wm-" + i, MeetingKind.WORKING_MEETING,
                    d("2020-0" + (i * 2) + "-15"), "n-edinstvo", "n-nur")));
        }
        for (int i = 1; i <= 5; i++) {
            facts.add(new Fact("Meeting", "cs-" + i, meeting("cs-" + i, MeetingKind.COMMISSION_SESSION,
                    d("2020-0" + (i + 2) + "-20"), "n-vainakh", "n-dostlug")));
        }
        facts.add(new Fact("Raid", "raid-1", raid("raid-1", d("2020-06-10"), 300, 250)));
        facts.add(new Fact("Raid", "raid-2", raid("raid-2", d("2020-07-10"), 200, null)));
        facts.add(new Fact("EventParticipation", "p-1", participation("p-1", CityEventKind.CLEAN_UP_DAY, d("2020-05-16"))));
        facts.add(new Fact("EventParticipation", "p-2", participation("p-2", CityEventKind.SPORTS_DAY, d("2020-08-22"))));
        facts.add(new Fact("EventParticipation", "p-3", participation("p-3", CityEventKind.SEMINAR, d("2020-10-02"))));
        facts.add(new Fact("YearPlan", "2021", new YearPrioritiesSetEvent("2021", List.of(
                new PriorityTask("t1", "Конструктивное взаимодействие с НКО",
                        "консультативная, информационная, имущественная и финансовая поддержка"),
                new PriorityTask("t2", "Содействие в увеличении количества СОНКО, привлекающих гранты", null),
                new PriorityTask("t3", "Гармонизация межнациональных и межконфессиональных отношений", null)),
                d("2020-12-25"))));
        return facts;
    }
}
