package ru.kogalym.civic.command.scenario;

import org.springframework.http.HttpStatus;
import ru.kogalym.civic.command.common.Problem;
import ru.kogalym.civic.command.common.Detail;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.cityevent.EventParticipationController;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.council.BodyController;
import ru.kogalym.civic.command.lookup.BodyLookup;
import ru.kogalym.civic.command.lookup.NcoLookup;
import ru.kogalym.civic.command.lookup.References;
import ru.kogalym.civic.command.meeting.MeetingController;
import ru.kogalym.civic.command.nco.NcoController;
import ru.kogalym.civic.command.priority.YearPlanController;
import ru.kogalym.civic.command.raid.RaidController;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.ApiProblem;
import ru.kogalym.civic.command.web.CommandContext;
import ru.kogalym.civic.command.web.Created;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.IdempotentCreation.Earlier;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.RecordEventParticipationCommand;
import ru.kogalym.civic.contract.council.AddBodyMemberCommand;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.council.EstablishCommissionCommand;
import ru.kogalym.civic.contract.council.EstablishCouncilCommand;
import ru.kogalym.civic.contract.meeting.HoldMeetingCommand;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.RegisterNcoCommand;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.priority.AddPriorityTaskCommand;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.SetYearPrioritiesCommand;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;
import ru.kogalym.civic.contract.raid.RecordRaidCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The seed report's 2020 (Kogalym's account of its work with civil society, see {@code shared/seed}), entered as
 * staff would enter it: every fact is a command through {@link IdempotentCreation}, issued by the staff member who
 * loads it, with fixed ids, so a second load finds every record already created by an identical request and records
 * nothing.
 *
 * <p>Names, legal forms, communities, the state-registry split (6 in, 4 not), the councils, the commission, the
 * counts of working meetings (4, at the House of Friendship) and commission sessions (5), the raids' place and
 * purpose, the kinds of city events, the involvement of civil society in keeping public order (as 2020's priority)
 * and the 2021 tasks are the report's. Everything the report does not give is
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
    /** The report tells of raids and city events but not how many: each such record's very id is illustrative. */
    static final List<String> RAID_ILLUSTRATIVE = List.of("raidId", "heldOn", "participantNcoIds", "leafletsDistributed");
    static final List<String> PARTICIPATION_ILLUSTRATIVE = List.of("participationId", "eventName", "heldOn",
                                                                   "participantNcoIds");
    static final List<String> PRIORITIES_ILLUSTRATIVE = List.of("setOn");
    static final List<String> TASK_ILLUSTRATIVE = List.of("addedOn");
    /** How many conflicts a refusal lists. */
    private static final int MAX_CONFLICTS_SHOWN = 10;

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

    /** A year's tasks as the report gives them, set on an illustrative day. */
    record PlanFact(String year, LocalDate setOn, List<PriorityTask> tasks) {
    }

    /**
     * 2020's own course: the report says the administration goes on involving civil society in keeping public order,
     * a standing direction of the year rather than an activity of a day, so it is recorded as the year's priority.
     */
    static final PlanFact PLAN_2020 = new PlanFact("2020", date("2019-12-27"), List.of(
            new PriorityTask("task-2020-public-order", "Охрана общественного порядка",
                    "Вовлечение различных институтов гражданского общества в работу по охране общественного "
                            + "порядка и содействию в этом полиции")));

    /** The tasks for 2021, set on an illustrative day. */
    static final PlanFact PLAN_2021 = new PlanFact("2021", date("2020-12-25"), List.of(
            new PriorityTask("task-2021-support", "Конструктивное взаимодействие с НКО",
                    "Оказание НКО консультативной, информационной, имущественной и финансовой поддержки"),
            new PriorityTask("task-2021-sonco-grants", "Рост числа СОНКО, привлекающих гранты",
                    "Содействие в увеличении количества СОНКО в городе Когалыме, привлекающих средства для реализации "
                            + "социально значимых проектов путем участия в конкурсах на предоставление грантов "
                            + "муниципального, окружного и федерального уровня"),
            new PriorityTask("task-2021-harmony", "Гармонизация межнациональных и межконфессиональных отношений",
                    "Разработка и реализация механизмов гармонизации межнациональных и межконфессиональных "
                            + "отношений, реализация позитивных практик межнациональных взаимодействий, "
                            + "взаимодействие с религиозными и национальными организациями по профилактике "
                            + "межэтнических отношений")));

    private final IdempotentCreation creations;
    private final NcoLookup ncoLookup;
    private final BodyLookup bodyLookup;
    private final EventStore eventStore;

    public Scenario2020(IdempotentCreation creations, NcoLookup ncoLookup, BodyLookup bodyLookup,
                        EventStore eventStore) {
        this.creations = creations;
        this.ncoLookup = ncoLookup;
        this.bodyLookup = bodyLookup;
        this.eventStore = eventStore;
    }

    /**
     * Enters every fact, or nothing. First every creation is asked what it would meet: an id taken by another record
     * or request, or a record an earlier load made that the rules no longer let the scenario name (an NCO liquidated,
     * the commission dissolved, before the dates the scenario gives; an NCO already the commission's member under
     * another member id) is a conflict, and all of them are answered as one {@code 409} before anything is recorded.
     * Then what is not there yet is created; what an earlier load (or an identical request) created is found, not
     * created again, so a load after a refused or interrupted one completes it, and a complete load answers the same
     * again with nothing created. A conflict that arises between the check and the writing (a concurrent request) is
     * still refused by the aggregate, after what was written before it: loading again then completes.
     */
    public ScenarioSummary load(String correlationId) {
        IdempotentCreation staff = creations.as(new CommandContext(CommandContext.ofCurrentRequest().issuedBy(),
                                                               correlationId));
        List<Step> steps = steps(staff);
        Map<Step, Earlier> earlier = new IdentityHashMap<>();
        steps.forEach(step -> earlier.put(step, step.earlier().get()));
        List<Conflict> conflicts = conflicts(steps, earlier);
        if (!conflicts.isEmpty()) {
            throw ApiProblem.unprefixed(HttpStatus.CONFLICT, conflicts.get(0).field(),
                    Detail.of(Problem.SCENARIO_CONFLICTS, describe(conflicts)));
        }
        Tally tally = new Tally();
        for (Step step : steps) {
            tally.add(step.kind(), earlier.get(step) == Earlier.SAME_REQUEST || step.create().get().replayed());
        }
        return tally.summary();
    }

    /**
     * One creation of the scenario: what it counts as in the summary ({@code kind}), the id of what it creates, how
     * a conflict names it ({@code what}, {@code field}), what it would meet and how it is made; for an activity or a
     * membership, its date and the NCOs ({@code ncoField}) and whether the commission, it names.
     */
    private record Step(String kind, String id, Detail what, String field, Supplier<Earlier> earlier,
                        Supplier<Created> create, LocalDate on, String ncoField, List<String> ncoIds,
                        boolean namesCommission) {
    }

    /** A reason the scenario cannot be loaded as it stands. */
    private record Conflict(String field, Detail detail) {
    }

    private List<Step> steps(IdempotentCreation staff) {
        List<Step> steps = new ArrayList<>();
        for (NcoFact nco : NCOS) {
            StateRegistration stateRegistration = nco.stateRegisteredOn() == null ? null
                    : new StateRegistration(nco.stateRegisteredOn(), null);
            steps.add(record("ncos", illustrating(staff, nco.illustrative()), NcoController.NCO, nco.id(),
                    id -> new RegisterNcoCommand(id, nco.fullName(), nco.shortName(), nco.nameTranslation(),
                            nco.legalForm(), nco.community(), null, null, null, null, nco.registeredOn(),
                            stateRegistration)));
        }
        for (CouncilFact council : COUNCILS) {
            steps.add(record("councils", illustrating(staff, ESTABLISHED_ON), BodyController.COUNCIL, council.id(),
                    id -> new EstablishCouncilCommand(id, council.name(), council.area(), council.establishedOn())));
        }
        steps.add(record("commissions", illustrating(staff, ESTABLISHED_ON), BodyController.COMMISSION, COMMISSION_ID,
                id -> new EstablishCommissionCommand(id, COMMISSION_NAME, COMMISSION_ESTABLISHED_ON)));
        for (String ncoId : COMMISSION_MEMBERS) {
            IdempotentCreation marked = illustrating(staff, MEMBER_ILLUSTRATIVE);
            BiFunction<String, String, AddBodyMemberCommand> command = (bodyId, memberId) -> new AddBodyMemberCommand(
                    bodyId, memberId, ncoId, null, "член комиссии", MEMBERS_ADDED_ON);
            String memberId = "member-" + ncoId;
            steps.add(new Step("commissionMembers", memberId,
                    Detail.of(Problem.SCENARIO_MEMBER, memberId, COMMISSION_ID),
                    BodyController.MEMBER.idParam(),
                    () -> marked.earlierPart(BodyController.COMMISSION, COMMISSION_ID, BodyController.MEMBER, memberId,
                            command, null),
                    () -> marked.createPart(BodyController.COMMISSION, COMMISSION_ID, BodyController.MEMBER, memberId,
                            command, null),
                    MEMBERS_ADDED_ON, "ncoId", List.of(ncoId), true));
        }
        for (int i = 0; i < WORKING_MEETINGS.size(); i++) {
            LocalDate heldOn = WORKING_MEETINGS.get(i);
            steps.add(activity("workingMeetings", illustrating(staff, WORKING_MEETING_ILLUSTRATIVE),
                    MeetingController.MEETING, "working-meeting-2020-" + (i + 1),
                    id -> new HoldMeetingCommand(id, MeetingKind.WORKING_MEETING, HARMONY_TOPIC, heldOn,
                            HOUSE_OF_FRIENDSHIP, null, ALL_NCOS, WORKING_MEETING_OTHERS, null),
                    heldOn, ALL_NCOS, false));
        }
        for (int i = 0; i < COMMISSION_SESSIONS.size(); i++) {
            LocalDate heldOn = COMMISSION_SESSIONS.get(i);
            steps.add(activity("commissionSessions", illustrating(staff, SESSION_ILLUSTRATIVE),
                    MeetingController.MEETING, "commission-session-2020-" + (i + 1),
                    id -> new HoldMeetingCommand(id, MeetingKind.COMMISSION_SESSION,
                            "Заседание комиссии по противодействию экстремистской деятельности", heldOn,
                            ADMINISTRATION, COMMISSION_ID, COMMISSION_MEMBERS, List.of(), null),
                    heldOn, COMMISSION_MEMBERS, true));
        }
        for (RaidFact raid : RAIDS) {
            steps.add(activity("raids", illustrating(staff, RAID_ILLUSTRATIVE), RaidController.RAID, raid.id(),
                    id -> new RecordRaidCommand(id, raid.heldOn(), MIRA_SQUARE, MASK_PURPOSE, raid.ncos(),
                            List.of("Должностные лица органов местного самоуправления города Когалыма"),
                            raid.leaflets(), null),
                    raid.heldOn(), raid.ncos(), false));
        }
        for (ParticipationFact participation : PARTICIPATIONS) {
            steps.add(activity("eventParticipations", illustrating(staff, PARTICIPATION_ILLUSTRATIVE),
                    EventParticipationController.PARTICIPATION, participation.id(),
                    id -> new RecordEventParticipationCommand(id, participation.kind(), participation.name(),
                            participation.heldOn(), participation.ncos(), null),
                    participation.heldOn(), participation.ncos(), false));
        }
        steps.addAll(priorities(staff, PLAN_2020));
        steps.addAll(priorities(staff, PLAN_2021));
        return steps;
    }

    /**
     * A year's priorities: set, or, when staff have already set that year's priorities themselves, the report's tasks
     * added to them (on the day the scenario sets them, or the staff's if later).
     */
    private List<Step> priorities(IdempotentCreation staff, PlanFact plan) {
        IdempotentCreation marked = illustrating(staff, PRIORITIES_ILLUSTRATIVE);
        Step set = record("yearPriorities", marked, YearPlanController.YEAR_PLAN, plan.year(),
                year -> new SetYearPrioritiesCommand(year, plan.tasks(), plan.setOn()));
        YearPrioritiesSetEvent staffs = staffsPriorities(set, plan.year());
        if (staffs == null) {
            return List.of(set);
        }
        LocalDate addedOn = staffs.setOn().isAfter(plan.setOn()) ? staffs.setOn() : plan.setOn();
        IdempotentCreation tasksMarked = illustrating(staff, TASK_ILLUSTRATIVE);
        List<Step> tasks = new ArrayList<>();
        for (PriorityTask task : plan.tasks()) {
            BiFunction<String, String, AddPriorityTaskCommand> command = (year, taskId) -> new AddPriorityTaskCommand(
                    year, taskId, task.title(), task.description(), addedOn);
            tasks.add(new Step("priorityTasks", task.taskId(),
                    Detail.of(Problem.SCENARIO_TASK, task.taskId(), plan.year()),
                    YearPlanController.TASK.idParam(),
                    () -> tasksMarked.earlierPart(YearPlanController.YEAR_PLAN, plan.year(),
                            YearPlanController.TASK, task.taskId(), command, null),
                    () -> tasksMarked.createPart(YearPlanController.YEAR_PLAN, plan.year(),
                            YearPlanController.TASK, task.taskId(), command, null),
                    null, null, List.of(), false));
        }
        return tasks;
    }

    /** The priorities of the year as another request set them, if one did; null if the scenario may set them. */
    private YearPrioritiesSetEvent staffsPriorities(Step set, String year) {
        if (set.earlier().get() != Earlier.OTHER) {
            return null;
        }
        DomainEventStream stream = eventStore.readEvents(year, 0);
        return stream.hasNext() && stream.next().getPayload() instanceof YearPrioritiesSetEvent event ? event : null;
    }

    private static <C> Step record(String kind, IdempotentCreation creation, AggregateType type, String id,
                                   Function<String, C> command) {
        return activity(kind, creation, type, id, command, null, List.of(), false);
    }

    private static <C> Step activity(String kind, IdempotentCreation creation, AggregateType type, String id,
                                     Function<String, C> command, LocalDate on, List<String> ncoIds,
                                     boolean namesCommission) {
        return new Step(kind, id, Detail.of(Problem.SCENARIO_RECORD, type.label(), id), type.idParam(),
                () -> creation.earlier(type, id, command, null), () -> creation.create(type, id, command), on,
                "participantNcoIds", ncoIds, namesCommission);
    }

    /** Ids taken by other records or requests, and steps still to be made that the rules would now refuse. */
    private List<Conflict> conflicts(List<Step> steps, Map<Step, Earlier> earlier) {
        List<Conflict> conflicts = new ArrayList<>();
        // the rules are asked of NCOs and the commission an earlier load made; what this load makes is right by
        // construction, and an id another record holds is a conflict already
        Set<String> ncosNotAsked = new HashSet<>();
        boolean commissionAsked = false;
        for (Step step : steps) {
            if (earlier.get(step) == Earlier.OTHER) {
                conflicts.add(new Conflict(step.field(), Detail.of(Problem.SCENARIO_ID_TAKEN, step.what())));
            }
            if (step.kind().equals("ncos") && earlier.get(step) != Earlier.SAME_REQUEST) {
                ncosNotAsked.add(step.id());
            }
            if (step.kind().equals("commissions")) {
                commissionAsked = earlier.get(step) == Earlier.SAME_REQUEST;
            }
        }
        Map<String, String> ncoMembers = commissionAsked ? ncoMembers() : Map.of();
        for (Step step : steps) {
            if (earlier.get(step) != Earlier.NONE || step.on() == null) {
                continue;
            }
            for (int i = 0; i < step.ncoIds().size(); i++) {
                String ncoId = step.ncoIds().get(i);
                if (!ncosNotAsked.contains(ncoId)) {
                    String field = step.ncoField().endsWith("Ids") ? step.ncoField() + "[" + i + "]" : step.ncoField();
                    checkRule(conflicts, step, () -> References.requireActiveNco(ncoLookup, field, ncoId, step.on()));
                }
            }
            if (step.namesCommission() && commissionAsked) {
                checkRule(conflicts, step, () -> References.requireActiveBody(bodyLookup, "bodyId", COMMISSION_ID,
                        BodyKind.COMMISSION, step.on()));
            }
            if (step.kind().equals("commissionMembers")) {
                String ncoId = step.ncoIds().get(0);
                ncoMembers.forEach((memberId, member) -> {
                    if (member.equals(ncoId)) {
                        conflicts.add(new Conflict("ncoId",
                                Detail.of(Problem.SCENARIO_NCO_MEMBER, step.what(), ncoId, memberId)));
                    }
                });
            }
        }
        return conflicts;
    }

    /** The commission's current NCO members by member id, as its events (from the first) say. */
    private Map<String, String> ncoMembers() {
        Map<String, String> members = new LinkedHashMap<>();
        DomainEventStream events = eventStore.readEvents(COMMISSION_ID, 0);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof BodyMemberAddedEvent added && added.ncoId() != null) {
                members.put(added.memberId(), added.ncoId());
            } else if (payload instanceof BodyMemberRemovedEvent removed) {
                members.remove(removed.memberId());
            }
        }
        return members;
    }

    private static void checkRule(List<Conflict> conflicts, Step step, Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolationException violation) {
            conflicts.add(new Conflict(violation.field(),
                    Detail.of(Problem.SCENARIO_RULE, step.what(), violation.field(), violation.detail())));
        }
    }

    /** The conflicts shown, and how many more there are; a list argument is shown joined with "; ". */
    private static List<Detail> describe(List<Conflict> conflicts) {
        int shown = Math.min(conflicts.size(), MAX_CONFLICTS_SHOWN);
        List<Detail> listed = new ArrayList<>(conflicts.subList(0, shown).stream().map(Conflict::detail).toList());
        if (shown < conflicts.size()) {
            listed.add(Detail.of(Problem.SCENARIO_MORE, conflicts.size() - shown));
        }
        return listed;
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

        void add(String kind, boolean replayed) {
            records.merge(kind, 1, Integer::sum);
            if (replayed) {
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
