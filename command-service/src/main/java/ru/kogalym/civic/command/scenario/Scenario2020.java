package ru.kogalym.civic.command.scenario;

import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.cityevent.EventParticipationController;
import ru.kogalym.civic.command.council.BodyController;
import ru.kogalym.civic.command.meeting.MeetingController;
import ru.kogalym.civic.command.nco.NcoController;
import ru.kogalym.civic.command.priority.YearPlanController;
import ru.kogalym.civic.command.raid.RaidController;
import ru.kogalym.civic.command.web.CommandContext;
import ru.kogalym.civic.command.web.Created;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.RecordEventParticipationCommand;
import ru.kogalym.civic.contract.council.AddBodyMemberCommand;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.council.EstablishCommissionCommand;
import ru.kogalym.civic.contract.council.EstablishCouncilCommand;
import ru.kogalym.civic.contract.meeting.HoldMeetingCommand;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.RegisterNcoCommand;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.SetYearPrioritiesCommand;
import ru.kogalym.civic.contract.raid.RecordRaidCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed report's 2020 (Kogalym's account of its work with civil society, see {@code shared/seed}), entered as
 * staff would enter it: every fact is a command through {@link IdempotentCreation}, issued by the staff member who
 * loads it, with fixed ids, so a second load finds every record already created by an identical request and records
 * nothing.
 *
 * <p>Names, legal forms, communities, the state-registry split (6 in, 4 not), the councils, the commission, the
 * counts of working meetings (4, at the House of Friendship) and commission sessions (5), the raids' place and
 * purpose, the kinds of city events and the 2021 tasks are the report's. Everything the report does not give is
 * <b>illustrative</b>: all dates (of registration, establishment, membership, meetings, raids, events), registry
 * numbers (left out), OGRN/INN (left out), addresses and leaders (left out), the NCOs taking part in each activity,
 * leaflet counts and venues other than the House of Friendship. Such values sit in constants or carry a comment, and
 * each event names its illustrative fields in its metadata ({@link MetadataKey#ILLUSTRATIVE}), so that reports can
 * leave them out.
 */
@Component
class Scenario2020 {

    public static final String NAME = "2020";

    /** The NCOs of the report: id, full name, short name, translation, legal form, community, municipal registration (illustrative), state registration (illustrative) or null. */
    record NcoFact(String id, String fullName, String shortName, String nameTranslation, LegalForm legalForm,
                   String community, LocalDate registeredOn, LocalDate stateRegisteredOn) {

        /** The fields of its registration the report does not give. */
        List<String> illustrative() {
            List<String> fields = new ArrayList<>(List.of("registeredOn"));
            if (stateRegisteredOn != null) {
                fields.add("stateRegistration.registeredOn");
            }
            if (legalForm == LegalForm.OTHER) {
                fields.add("legalForm");
            }
            return List.copyOf(fields);
        }
    }

    static final List<NcoFact> NCOS = List.of(
            // in the state (Ministry of Justice) registry
            new NcoFact("nco-edinstvo",
                    "Местная общественная организация национально-культурное общество дагестанцев города Когалыма «Единство»",
                    "Единство", null, LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Дагестанская",
                    date("2012-03-15"), date("2011-11-10")),
            new NcoFact("nco-vainakh",
                    "Местная общественная организация национально-культурное чечено-ингушское общество города Когалыма «ВАЙНАХ» (НАШ ГОРОД)",
                    "ВАЙНАХ", null, LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Чечено-ингушская",
                    date("2013-05-20"), date("2013-02-04")),
            new NcoFact("nco-nur",
                    "Когалымская городская общественная организация татаро-башкирское национально-культурное общество «НУР»",
                    "НУР", null, LegalForm.CITY_PUBLIC_ORGANIZATION, "Татаро-башкирская",
                    date("2010-09-01"), date("2010-06-17")),
            new NcoFact("nco-kyzyl-tu",
                    "Местная общественная организация Национально-культурное общество казахского народа города Когалыма «Кызыл Ту»",
                    "Кызыл Ту", "Красное Знамя", LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Казахская",
                    date("2014-04-10"), date("2014-01-22")),
            new NcoFact("nco-azerbaijani-autonomy",
                    "Общественная организация «Местная национально-культурная автономия азербайджанцев г.Когалыма»",
                    null, null, LegalForm.NATIONAL_CULTURAL_AUTONOMY, "Азербайджанская",
                    date("2015-02-16"), date("2014-12-03")),
            new NcoFact("nco-dostlug",
                    "Местная общественная организация Азербайджанского народа «Достлуг» г.Когалыма",
                    "Достлуг", "Дружба", LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Азербайджанская",
                    date("2016-06-06"), date("2016-03-29")),
            // not in the state registry
            new NcoFact("nco-tajik",
                    "Национально-культурное общество таджиков города Когалыма",
                    // the report names no legal form for it
                    null, null, LegalForm.OTHER, "Таджикская",
                    date("2017-10-02"), null),
            new NcoFact("nco-ak-niet",
                    "Местная общественная организация национально-культурное общество киргизов города Когалыма «Ак-Ниет»",
                    "Ак-Ниет", null, LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Киргизская",
                    date("2018-03-12"), null),
            new NcoFact("nco-ak-kalfak",
                    "Автономная некоммерческая организация «Когалымская общественная организация татарских женщин «Ак калфак»",
                    "Ак калфак", null, LegalForm.AUTONOMOUS_NONPROFIT_ORGANIZATION, "Татарская (женская)",
                    date("2018-11-19"), null),
            new NcoFact("nco-slavic",
                    "Когалымская местная общественная организация национально-культурное объединение «Славянское содружество»",
                    "Славянское содружество", null, LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Славянская",
                    date("2019-04-08"), null));

    static final List<String> STATE_REGISTERED = NCOS.stream()
            .filter(nco -> nco.stateRegisteredOn() != null).map(NcoFact::id).toList();
    static final List<String> ALL_NCOS = NCOS.stream().map(NcoFact::id).toList();

    /** The councils the report names, with illustrative establishment dates. */
    record CouncilFact(String id, String name, CouncilArea area, LocalDate establishedOn) {
    }

    static final List<CouncilFact> COUNCILS = List.of(
            new CouncilFact("council-city", "Общественный Совет города Когалыма", CouncilArea.CITY_WIDE,
                    date("2008-05-14")),
            new CouncilFact("council-youth-policy", "Общественный Совет по вопросам молодежной политики",
                    CouncilArea.YOUTH_POLICY, date("2013-09-10")),
            new CouncilFact("council-culture", "Общественный Совет по культуре", CouncilArea.CULTURE,
                    date("2013-09-10")),
            new CouncilFact("council-sport", "Общественный Совет по физической культуре и спорту", CouncilArea.SPORT,
                    date("2013-09-10")),
            new CouncilFact("council-housing", "Общественный Совет по вопросам жилищно-коммунального хозяйства",
                    CouncilArea.HOUSING_AND_UTILITIES, date("2014-02-25")),
            new CouncilFact("council-municipal-finance",
                    "Общественный Совет в сфере управления муниципальными финансами города Когалыма",
                    CouncilArea.MUNICIPAL_FINANCE, date("2015-03-17")));

    /** Illustrative fields of each kind of record (see {@link MetadataKey#ILLUSTRATIVE}). */
    static final List<String> ESTABLISHED_ON = List.of("establishedOn");
    static final List<String> MEMBER_ILLUSTRATIVE = List.of("ncoId", "addedOn");
    static final List<String> WORKING_MEETING_ILLUSTRATIVE = List.of("heldOn", "participantNcoIds");
    static final List<String> SESSION_ILLUSTRATIVE = List.of("heldOn", "venue", "participantNcoIds");
    static final List<String> RAID_ILLUSTRATIVE = List.of("heldOn", "participantNcoIds", "leafletsDistributed");
    static final List<String> PARTICIPATION_ILLUSTRATIVE = List.of("eventName", "heldOn", "participantNcoIds");
    static final List<String> PRIORITIES_ILLUSTRATIVE = List.of("setOn");

    static final String COMMISSION_ID = "commission-countering-extremism";
    static final String COMMISSION_NAME = "Комиссия по противодействию экстремистской деятельности в городе Когалыме";
    /** Illustrative. */
    static final LocalDate COMMISSION_ESTABLISHED_ON = date("2009-02-02");
    /** Illustrative: the day the NCOs became members, after the last of them registered, before the 2020 sessions. */
    static final LocalDate MEMBERS_ADDED_ON = date("2019-12-16");
    /** Illustrative: which NCOs are the commission's members (the report says NCOs are, not which). */
    static final List<String> COMMISSION_MEMBERS = STATE_REGISTERED;

    static final String HOUSE_OF_FRIENDSHIP = "Дом Дружбы";
    static final String HARMONY_TOPIC =
            "Укрепление межнационального и межконфессионального согласия в городе Когалыме";
    static final List<String> WORKING_MEETING_OTHERS = List.of(
            "Должностные лица Администрации города Когалыма",
            "Представители правоохранительных органов города Когалыма");
    /** Illustrative dates of the 4 working meetings. */
    static final List<LocalDate> WORKING_MEETINGS = List.of(
            date("2020-02-20"), date("2020-06-25"), date("2020-09-24"), date("2020-12-10"));
    /** Illustrative dates of the commission's 5 sessions. */
    static final List<LocalDate> COMMISSION_SESSIONS = List.of(
            date("2020-03-12"), date("2020-06-11"), date("2020-09-10"), date("2020-11-12"), date("2020-12-17"));
    /** Illustrative venue of the sessions. */
    static final String ADMINISTRATION = "Администрация города Когалыма";

    static final String MIRA_SQUARE = "Площадь по улице Мира, г. Когалым";
    static final String MASK_PURPOSE =
            "Разъяснение населению города Когалыма необходимости соблюдения масочного режима, раздача памяток";

    /** A raid on Mira Street square: illustrative date, NCOs and leaflet count. */
    record RaidFact(String id, LocalDate heldOn, List<String> ncos, int leaflets) {
    }

    static final List<RaidFact> RAIDS = List.of(
            new RaidFact("raid-2020-1", date("2020-06-19"), List.of("nco-edinstvo", "nco-nur", "nco-dostlug"), 150),
            new RaidFact("raid-2020-2", date("2020-07-17"), List.of("nco-vainakh", "nco-kyzyl-tu", "nco-slavic"), 200),
            new RaidFact("raid-2020-3", date("2020-10-23"),
                    List.of("nco-azerbaijani-autonomy", "nco-ak-kalfak", "nco-ak-niet"), 120));

    /** A city event NCOs took part in: illustrative name, date and NCOs. */
    record ParticipationFact(String id, CityEventKind kind, String name, LocalDate heldOn, List<String> ncos) {
    }

    static final List<ParticipationFact> PARTICIPATIONS = List.of(
            new ParticipationFact("participation-2020-cleanup", CityEventKind.CLEAN_UP_DAY,
                    "Общегородской субботник", date("2020-09-19"), ALL_NCOS),
            new ParticipationFact("participation-2020-spartakiad", CityEventKind.SPORTS_DAY,
                    "Спартакиада национально-культурных объединений", date("2020-02-15"),
                    List.of("nco-edinstvo", "nco-vainakh", "nco-nur", "nco-kyzyl-tu", "nco-slavic")),
            new ParticipationFact("participation-2020-seminar", CityEventKind.SEMINAR,
                    "Семинар для руководителей национально-культурных объединений", date("2020-10-08"),
                    STATE_REGISTERED),
            new ParticipationFact("participation-2020-contest", CityEventKind.CONTEST,
                    "Городской конкурс национальных культур", date("2020-11-04"),
                    List.of("nco-dostlug", "nco-ak-kalfak", "nco-tajik", "nco-ak-niet")));

    static final String PRIORITIES_YEAR = "2021";
    /** Illustrative: when the 2021 tasks were set. */
    static final LocalDate PRIORITIES_SET_ON = date("2020-12-25");
    static final List<PriorityTask> PRIORITY_TASKS = List.of(
            new PriorityTask("task-2021-support", "Конструктивное взаимодействие с НКО",
                    "Оказание НКО консультативной, информационной, имущественной и финансовой поддержки"),
            new PriorityTask("task-2021-sonco-grants", "Рост числа СОНКО, привлекающих гранты",
                    "Содействие в увеличении количества СОНКО в городе Когалыме, привлекающих средства для реализации "
                            + "социально значимых проектов путем участия в конкурсах на предоставление грантов "
                            + "муниципального, окружного и федерального уровня"),
            new PriorityTask("task-2021-harmony", "Гармонизация межнациональных и межконфессиональных отношений",
                    "Разработка и реализация механизмов гармонизации межнациональных и межконфессиональных "
                            + "отношений, реализация позитивных практик межнациональных взаимодействий, "
                            + "взаимодействие с религиозными и национальными организациями по профилактике"));

    private final IdempotentCreation creations;

    public Scenario2020(IdempotentCreation creations) {
        this.creations = creations;
    }

    /** Enters every fact; those an earlier load entered are found, not entered again. */
    public ScenarioSummary load(String correlationId) {
        IdempotentCreation staff = creations.as(new CommandContext(CommandContext.ofCurrentRequest().issuedBy(),
                                                               correlationId));
        Tally tally = new Tally();

        for (NcoFact nco : NCOS) {
            StateRegistration stateRegistration = nco.stateRegisteredOn() == null ? null
                    : new StateRegistration(nco.stateRegisteredOn(), null);
            tally.add("ncos", illustrating(staff, nco.illustrative()).create(NcoController.NCO, nco.id(),
                    id -> new RegisterNcoCommand(id,
                    nco.fullName(), nco.shortName(), nco.nameTranslation(), nco.legalForm(), nco.community(),
                    null, null, null, null, nco.registeredOn(), stateRegistration)));
        }
        for (CouncilFact council : COUNCILS) {
            tally.add("councils", illustrating(staff, ESTABLISHED_ON).create(BodyController.COUNCIL, council.id(),
                    id -> new EstablishCouncilCommand(id, council.name(), council.area(), council.establishedOn())));
        }
        tally.add("commissions", illustrating(staff, ESTABLISHED_ON).create(BodyController.COMMISSION, COMMISSION_ID,
                id -> new EstablishCommissionCommand(id, COMMISSION_NAME, COMMISSION_ESTABLISHED_ON)));
        for (String ncoId : COMMISSION_MEMBERS) {
            tally.add("commissionMembers", illustrating(staff, MEMBER_ILLUSTRATIVE).createPart(
                    BodyController.COMMISSION, COMMISSION_ID,
                    BodyController.MEMBER, "member-" + ncoId, (bodyId, memberId) -> new AddBodyMemberCommand(
                            bodyId, memberId, ncoId, null, "член комиссии", MEMBERS_ADDED_ON), null));
        }
        for (int i = 0; i < WORKING_MEETINGS.size(); i++) {
            LocalDate heldOn = WORKING_MEETINGS.get(i);
            tally.add("workingMeetings", illustrating(staff, WORKING_MEETING_ILLUSTRATIVE).create(
                    MeetingController.MEETING, "working-meeting-2020-" + (i + 1),
                    id -> new HoldMeetingCommand(id, MeetingKind.WORKING_MEETING, HARMONY_TOPIC, heldOn,
                            HOUSE_OF_FRIENDSHIP, null, ALL_NCOS, WORKING_MEETING_OTHERS, null)));
        }
        for (int i = 0; i < COMMISSION_SESSIONS.size(); i++) {
            LocalDate heldOn = COMMISSION_SESSIONS.get(i);
            tally.add("commissionSessions", illustrating(staff, SESSION_ILLUSTRATIVE).create(
                    MeetingController.MEETING,
                    "commission-session-2020-" + (i + 1),
                    id -> new HoldMeetingCommand(id, MeetingKind.COMMISSION_SESSION,
                            "Заседание комиссии по противодействию экстремистской деятельности", heldOn,
                            ADMINISTRATION, COMMISSION_ID, COMMISSION_MEMBERS, List.of(), null)));
        }
        for (RaidFact raid : RAIDS) {
            tally.add("raids", illustrating(staff, RAID_ILLUSTRATIVE).create(RaidController.RAID, raid.id(),
                    id -> new RecordRaidCommand(id, raid.heldOn(), MIRA_SQUARE, MASK_PURPOSE, raid.ncos(),
                            List.of("Должностные лица органов местного самоуправления города Когалыма"),
                            raid.leaflets(), null)));
        }
        for (ParticipationFact participation : PARTICIPATIONS) {
            tally.add("eventParticipations", illustrating(staff, PARTICIPATION_ILLUSTRATIVE).create(
                    EventParticipationController.PARTICIPATION,
                    participation.id(), id -> new RecordEventParticipationCommand(id, participation.kind(),
                            participation.name(), participation.heldOn(), participation.ncos(), null)));
        }
        tally.add("yearPriorities", illustrating(staff, PRIORITIES_ILLUSTRATIVE).create(
                YearPlanController.YEAR_PLAN, PRIORITIES_YEAR,
                year -> new SetYearPrioritiesCommand(year, PRIORITY_TASKS, PRIORITIES_SET_ON)));

        return tally.summary();
    }

    /** The same creations, their events marked as illustrating {@code fields} (see {@link MetadataKey#ILLUSTRATIVE}). */
    private static IdempotentCreation illustrating(IdempotentCreation staff, List<String> fields) {
        return staff.with(MetadataKey.ILLUSTRATIVE.key(), fields);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static final class Tally {

        private final Map<String, Integer> records = new LinkedHashMap<>();
        private int created;
        private int alreadyPresent;

        void add(String kind, Created result) {
            records.merge(kind, 1, Integer::sum);
            if (result.replayed()) {
                alreadyPresent++;
            } else {
                created++;
            }
        }

        ScenarioSummary summary() {
            return new ScenarioSummary(NAME, created, alreadyPresent, Collections.unmodifiableMap(records));
        }
    }
}
