package ru.kogalym.civic.launcher;

import ru.kogalym.civic.identity.TestUsers;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.kogalym.civic.eventstore.TestMongo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Property-style end-to-end test: for a few fixed seeds, random but valid activity over several years (NCOs entering
 * and leaving the state registry, gaining and losing the socially oriented status, some liquidated mid-year; meetings,
 * commission sessions, raids, city events, support, grant applications and decisions; then corrections, some across
 * a year boundary, and withdrawals) is sent through the command API only. The test keeps its own model of what it
 * sent, computes every year's summary figures and the registry as of each 31 December from that model alone, and
 * waits until the query API answers exactly that; each year's summary must also reconcile with the event stream.
 * Each seed runs on a fresh database and a fresh system.
 */
class RandomActivityPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2022;
    private static final int NCO_COUNT = 15;
    private static final int MEETING_COUNT = 40;
    private static final int RAID_COUNT = 15;
    private static final int PARTICIPATION_COUNT = 12;
    private static final int SUPPORT_COUNT = 15;
    private static final int GRANT_COUNT = 12;
    private static final int AFTERTHOUGHTS = 90;

    /** NCOs enter the municipal registry from here on: some years before the first year looked at. */
    private static final LocalDate NCOS_FROM = LocalDate.of(2016, 1, 1);
    private static final LocalDate NCOS_TO = LocalDate.of(2022, 10, 31);
    /** Activities are dated in this range: the years looked at plus a margin on both sides that counts nowhere. */
    private static final LocalDate ACTIVITIES_FROM = LocalDate.of(2018, 12, 1);
    private static final LocalDate ACTIVITIES_TO = LocalDate.of(2023, 1, 31);
    /** Registry and status changes of NCOs never liquidated are dated up to here. */
    private static final LocalDate STATUS_CHANGES_TO = LocalDate.of(2023, 3, 31);
    private static final LocalDate BODIES_ESTABLISHED = LocalDate.of(2015, 2, 10);
    private static final String COMMISSION = "commission-extremism";
    private static final String COUNCIL = "council-city";

    private static final String[] MEETING_KINDS = {"WORKING_MEETING", "COMMISSION_SESSION", "COUNCIL_SESSION",
            "CONSULTATION", "SEMINAR", "OTHER"};
    private static final String[] CITY_EVENT_KINDS = {"CLEAN_UP_DAY", "SPORTS_DAY", "SEMINAR", "CONTEST", "FESTIVAL",
            "OTHER"};
    private static final String[] SUPPORT_KINDS = {"CONSULTATIVE", "INFORMATIONAL", "PROPERTY", "FINANCIAL"};
    private static final String[] GRANT_LEVELS = {"MUNICIPAL", "OKRUG", "FEDERAL"};
    private static final String[] LEGAL_FORMS = {"LOCAL_PUBLIC_ORGANIZATION", "CITY_PUBLIC_ORGANIZATION",
            "NATIONAL_CULTURAL_AUTONOMY", "AUTONOMOUS_NONPROFIT_ORGANIZATION", "OTHER"};
    private static final String[] COMMUNITIES = {"дагестанская", "чечено-ингушская", "татаро-башкирская",
            "казахская", "азербайджанская", "таджикская", "киргизская", "славянская"};

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20201231L, 77L, 1990L})
    void theApiAnswersWhatTheGeneratedActivityAddsUpTo(long seed) throws Exception {
        try (TestMongo mongo = TestMongo.start();
             CivicSystem system = CivicSystem.start(mongo.uri(), Files.createTempDirectory("civic-random-" + seed),
                     0, 0, 0, "civic.security.users=" + TestUsers.spec())) {
            World world = new World(new Random(seed), system);
            world.generate();

            Map<Integer, Map<String, Object>> expectedSummaries = new TreeMap<>();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                expectedSummaries.put(year, world.expectedSummary(year));
            }
            Map<String, Set<String>> expectedRegistry = world.expectedRegistry();
            System.out.printf("seed %d: %d requests sent; %s%n", seed, world.requests, world.statistics());

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    assertThat(actualSummary(system, year)).as("summary of %d, seed %d", year, seed)
                                                           .isEqualTo(expectedSummaries.get(year));
                }
                assertThat(actualRegistry(system, expectedRegistry.keySet())).as("registry, seed %d", seed)
                                                                            .isEqualTo(expectedRegistry);
            });

            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                int y = year;
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    JsonNode reconciliation = json(query(system, "/api/summaries/" + y + "/reconciliation"));
                    assertThat(reconciliation.path("matches").asBoolean())
                            .as("reconciliation of %d, seed %d: %s", y, seed, reconciliation).isTrue();
                });
            }
        }
    }

    // --- what the API answers, in the shape of the expectations ------------------------------------------------

    private Map<String, Object> actualSummary(CivicSystem system, int year) throws Exception {
        JsonNode summary = json(query(system, "/api/summaries/" + year));
        Map<String, Object> figures = new LinkedHashMap<>();
        JsonNode ncos = summary.path("ncos");
        for (String field : List.of("total", "stateRegistered", "notStateRegistered", "sonco", "registeredDuringYear",
                "liquidatedDuringYear")) {
            figures.put("ncos." + field, ncos.path(field).asInt(-1));
        }
        String listed = "/api/summaries/" + year + "/ncos?size=" + NCO_COUNT + "&stateRegistered=";
        figures.put("ncos.stateRegisteredNcos", ids(json(query(system, listed + "true")).path("items"), "ncoId"));
        figures.put("ncos.notStateRegisteredNcos", ids(json(query(system, listed + "false")).path("items"), "ncoId"));
        JsonNode meetings = summary.path("meetings");
        figures.put("meetings.total", meetings.path("total").asInt(-1));
        for (String kind : MEETING_KINDS) {
            figures.put("meetings.byKind." + kind, meetings.path("byKind").path(kind).asInt(-1));
        }
        figures.put("commissionSessionsWithNcos", summary.path("commissionSessionsWithNcos").asInt(-1));
        JsonNode raids = summary.path("raids");
        figures.put("raids.count", raids.path("count").asInt(-1));
        figures.put("raids.leafletsDistributed", raids.path("leafletsDistributed").asLong(-1));
        figures.put("raids.residentsReached", raids.path("residentsReached").asLong(-1));
        JsonNode participations = summary.path("eventParticipations");
        figures.put("eventParticipations.total", participations.path("total").asInt(-1));
        for (String kind : CITY_EVENT_KINDS) {
            figures.put("eventParticipations.byKind." + kind, participations.path("byKind").path(kind).asInt(-1));
        }
        JsonNode support = summary.path("support");
        figures.put("support.total", support.path("total").asInt(-1));
        for (String kind : SUPPORT_KINDS) {
            figures.put("support.byKind." + kind, support.path("byKind").path(kind).asInt(-1));
        }
        figures.put("support.financialAmount", money(support.path("financialAmount")));
        JsonNode grants = summary.path("grants");
        figures.put("grants.applied", grants.path("applied").asInt(-1));
        figures.put("grants.awarded", grants.path("awarded").asInt(-1));
        figures.put("grants.rejected", grants.path("rejected").asInt(-1));
        figures.put("grants.awardedAmount", money(grants.path("awardedAmount")));
        for (String level : GRANT_LEVELS) {
            JsonNode figuresOfLevel = grants.path("byLevel").path(level);
            figures.put("grants.byLevel." + level + ".applied", figuresOfLevel.path("applied").asInt(-1));
            figures.put("grants.byLevel." + level + ".awarded", figuresOfLevel.path("awarded").asInt(-1));
            figures.put("grants.byLevel." + level + ".rejected", figuresOfLevel.path("rejected").asInt(-1));
            figures.put("grants.byLevel." + level + ".awardedAmount", money(figuresOfLevel.path("awardedAmount")));
        }
        return figures;
    }

    private Map<String, Set<String>> actualRegistry(CivicSystem system, Set<String> queries) throws Exception {
        Map<String, Set<String>> registry = new TreeMap<>();
        for (String path : queries) {
            JsonNode page = json(query(system, path));
            Set<String> ids = new TreeSet<>(ids(page.path("items"), "id"));
            assertThat(page.path("total").asLong()).as(path).isEqualTo(ids.size());
            registry.put(path, ids);
        }
        return registry;
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.path(field).asText()));
        return ids;
    }

    private static String money(JsonNode amount) {
        return amount.isMissingNode() || amount.isNull() ? "missing" : money(amount.decimalValue());
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String query(CivicSystem system, String path) throws Exception {
        HttpResponse<String> response = send(system.queryPort(), "GET", path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(int port, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                 .header("Content-Type", "application/json")
                                                 .header("Authorization", TestUsers.CLERK.basic())
                                                 .timeout(Duration.ofSeconds(30));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    // --- the test's own model of what it sent ------------------------------------------------------------------

    /** From {@code on}, the NCO is ({@code in}) or is not in the state registry, or socially oriented. */
    private record Status(LocalDate on, boolean in) {
    }

    private static final class NcoModel {
        final String id;
        final LocalDate registeredOn;
        /** Planned from the start, sent last; every activity naming the NCO is dated before it. */
        LocalDate liquidatedOn;
        /** In the order sent; the first may be the state registration given with the registration itself. */
        final List<Status> stateRegistry = new ArrayList<>();
        final List<Status> sonco = new ArrayList<>();

        NcoModel(String id, LocalDate registeredOn) {
            this.id = id;
            this.registeredOn = registeredOn;
        }

        /** In the municipal registry at the end of {@code date}: a liquidation on that date counts. */
        boolean activeOn(LocalDate date) {
            return !registeredOn.isAfter(date) && notLiquidatedOn(date);
        }

        boolean notLiquidatedOn(LocalDate date) {
            return liquidatedOn == null || liquidatedOn.isAfter(date);
        }

        boolean stateRegisteredOn(LocalDate date) {
            return statusOn(stateRegistry, date);
        }

        boolean soncoOn(LocalDate date) {
            return statusOn(sonco, date);
        }

        /** The last change dated on or before {@code date}, in the order sent (dates never go back). */
        private static boolean statusOn(List<Status> changes, LocalDate date) {
            boolean in = false;
            for (Status change : changes) {
                if (!change.on().isAfter(date)) {
                    in = change.in();
                }
            }
            return in;
        }
    }

    private enum Type {
        MEETING("/api/meetings"),
        RAID("/api/raids"),
        PARTICIPATION("/api/event-participations"),
        SUPPORT("/api/support"),
        GRANT("/api/grant-applications");

        final String path;

        Type(String path) {
            this.path = path;
        }
    }

    /** One activity as it stands after everything sent: its current (corrected) values. */
    private static final class Activity {
        final String id;
        final Type type;
        String kind;
        /** held on, provided on, applied on */
        LocalDate date;
        List<String> participantNcoIds = List.of();
        int leaflets;
        Integer residents;
        Integer participantsCount;
        /** support: the amount of FINANCIAL support; grant: the amount requested */
        BigDecimal amount;
        /** support and grant */
        String ncoId;
        String decision;
        LocalDate decidedOn;
        BigDecimal amountAwarded;
        boolean withdrawn;
        int revision;
        int corrections;

        Activity(String id, Type type) {
            this.id = id;
            this.type = type;
        }
    }

    /** The generator: sends valid commands, keeping its model in step, and computes the expectations from it. */
    private final class World {
        final Random random;
        final int port;
        final List<NcoModel> ncos = new ArrayList<>();
        final Map<String, NcoModel> ncosById = new LinkedHashMap<>();
        final List<Activity> activities = new ArrayList<>();
        int requests;
        int corrections;
        int yearCrossingCorrections;
        int withdrawals;
        int decisions;

        World(Random random, CivicSystem system) {
            this.random = random;
            this.port = system.commandPort();
        }

        void generate() throws Exception {
            establishBodies();
            for (int i = 1; i <= NCO_COUNT; i++) {
                registerNco(String.format("nco-%02d", i));
            }
            create(Type.MEETING, MEETING_COUNT);
            create(Type.RAID, RAID_COUNT);
            create(Type.PARTICIPATION, PARTICIPATION_COUNT);
            create(Type.SUPPORT, SUPPORT_COUNT);
            create(Type.GRANT, GRANT_COUNT);
            for (Activity grant : activities) {
                if (grant.type == Type.GRANT && random.nextInt(3) == 0) {
                    decide(grant);
                }
            }
            for (int i = 0; i < AFTERTHOUGHTS; i++) {
                afterthought();
            }
            for (Activity grant : activities) {
                if (grant.type == Type.GRANT && !grant.withdrawn && grant.decision == null && random.nextBoolean()) {
                    decide(grant);
                }
            }
            for (NcoModel nco : ncos) {
                if (nco.liquidatedOn != null) {
                    post("/api/ncos/" + nco.id + "/liquidation", 204,
                            map("liquidatedOn", nco.liquidatedOn.toString(), "reason", "решение учредителей"));
                }
            }
        }

        String statistics() {
            long liquidated = ncos.stream().filter(n -> n.liquidatedOn != null).count();
            long stateChanges = ncos.stream().mapToLong(n -> n.stateRegistry.size()).sum();
            long soncoChanges = ncos.stream().mapToLong(n -> n.sonco.size()).sum();
            long liquidatedAtYearEdge = ncos.stream().filter(n -> n.liquidatedOn != null && atYearEdge(n.liquidatedOn))
                                            .count();
            long stateRegisteredBefore = ncos.stream().filter(n -> !n.stateRegistry.isEmpty()
                    && n.stateRegistry.get(0).on().isBefore(n.registeredOn)).count();
            long statusChangesAtYearEdge = ncos.stream().flatMap(n -> Stream.concat(
                    n.stateRegistry.stream(), n.sonco.stream())).filter(c -> atYearEdge(c.on())).count();
            long atYearEdge = activities.stream().filter(a -> atYearEdge(a.date)).count();
            long sessionsWithoutNcos = activities.stream().filter(a -> a.type == Type.MEETING
                    && a.kind.equals("COMMISSION_SESSION") && a.participantNcoIds.isEmpty()).count();
            return String.format("%d NCOs (%d liquidated, %d of them on 1 January or 31 December; %d state registry "
                            + "changes; %d in the state registry before the municipal one; %d SONCO changes; %d of these "
                            + "changes on 1 January or 31 December), "
                            + "%d activities (%d finally dated 1 January or 31 December, %d commission sessions "
                            + "without NCOs), %d corrections (%d moved to another year), %d withdrawals, "
                            + "%d grant decisions", ncos.size(), liquidated, liquidatedAtYearEdge, stateChanges,
                    stateRegisteredBefore, soncoChanges, statusChangesAtYearEdge, activities.size(), atYearEdge, sessionsWithoutNcos,
                    corrections, yearCrossingCorrections, withdrawals, decisions);
        }

        private static boolean atYearEdge(LocalDate date) {
            return date.getDayOfYear() == 1 || (date.getMonthValue() == 12 && date.getDayOfMonth() == 31);
        }

        // --- NCOs and bodies --------------------------------------------------------------------------------

        void establishBodies() throws Exception {
            post("/api/commissions", 201, map("id", COMMISSION,
                    "name", "Комиссия по противодействию экстремистской деятельности",
                    "establishedOn", BODIES_ESTABLISHED.toString()));
            post("/api/councils", 201, map("id", COUNCIL, "name", "Общественный Совет города Когалыма",
                    "area", "CITY_WIDE", "establishedOn", BODIES_ESTABLISHED.toString()));
        }

        void registerNco(String id) throws Exception {
            NcoModel nco;
            if (ncos.size() < 2) {
                // every seed has one NCO liquidated on 31 December (not counted that year) and one on 1 January
                nco = new NcoModel(id, between(NCOS_FROM, LocalDate.of(2019, 6, 30)));
                int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
                nco.liquidatedOn = ncos.isEmpty() ? LocalDate.of(year, 12, 31) : LocalDate.of(Math.max(year, 2020), 1, 1);
            } else {
                nco = new NcoModel(id, between(NCOS_FROM, NCOS_TO));
                nco.liquidatedOn = plannedLiquidation(nco.registeredOn);
            }
            ncos.add(nco);
            ncosById.put(id, nco);
            LocalDate changesTo = nco.liquidatedOn != null ? nco.liquidatedOn : STATUS_CHANGES_TO;

            Map<String, Object> stateRegistration = null;
            int stateChanges;
            switch (random.nextInt(4)) {
                case 0 -> stateChanges = 0;
                case 1, 2 -> {
                    // in the state registry when it enters the municipal one, often since long before
                    LocalDate on = random.nextBoolean() ? nco.registeredOn
                            : nco.registeredOn.minusDays(1 + random.nextInt(900));
                    stateRegistration = map("registeredOn", on.toString(), "number", "0" + (1000 + random.nextInt(9000)));
                    nco.stateRegistry.add(new Status(on, true));
                    stateChanges = random.nextInt(3);
                }
                default -> stateChanges = 1 + random.nextInt(3);
            }
            post("/api/ncos", 201, map("id", id,
                    "fullName", "Местная общественная организация «Общество " + id + "»",
                    "shortName", "«" + id.toUpperCase() + "»",
                    "legalForm", pick(LEGAL_FORMS),
                    "community", pick(COMMUNITIES),
                    "registeredOn", nco.registeredOn.toString(),
                    "stateRegistration", stateRegistration));

            boolean inStateRegistry = !nco.stateRegistry.isEmpty();
            for (LocalDate on : sortedDates(stateChanges, nco.registeredOn, changesTo)) {
                if (inStateRegistry) {
                    post("/api/ncos/" + id + "/state-registration/exclusion", 204,
                            map("excludedOn", on.toString(), "reason", "исключена из реестра"));
                } else {
                    post("/api/ncos/" + id + "/state-registration", 204,
                            map("registeredOn", on.toString(), "number", "0" + (1000 + random.nextInt(9000))));
                }
                inStateRegistry = !inStateRegistry;
                nco.stateRegistry.add(new Status(on, inStateRegistry));
            }

            int soncoChanges = random.nextInt(5) < 2 ? 0 : 1 + random.nextInt(3);
            boolean sonco = false;
            for (LocalDate on : sortedDates(soncoChanges, nco.registeredOn, changesTo)) {
                if (sonco) {
                    post("/api/ncos/" + id + "/sonco-recognition/withdrawal", 204,
                            map("withdrawnOn", on.toString(), "reason", "не соответствует критериям"));
                } else {
                    post("/api/ncos/" + id + "/sonco-recognition", 204, map("recognizedOn", on.toString()));
                }
                sonco = !sonco;
                nco.sonco.add(new Status(on, sonco));
            }
        }

        /** About two in five NCOs are liquidated in one of the years looked at, some on 31 December or 1 January. */
        LocalDate plannedLiquidation(LocalDate registeredOn) {
            if (random.nextInt(5) >= 2) {
                return null;
            }
            int year = Math.max(registeredOn.getYear(), FIRST_YEAR) + random.nextInt(3);
            if (year > LAST_YEAR) {
                return null;
            }
            LocalDate on = switch (random.nextInt(5)) {
                case 0 -> LocalDate.of(year, 12, 31);
                case 1 -> LocalDate.of(year, 1, 1);
                default -> between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            };
            return on.isAfter(registeredOn.plusDays(30)) ? on : null;
        }

        // --- activities -------------------------------------------------------------------------------------

        void create(Type type, int count) throws Exception {
            for (int i = 1; i <= count; i++) {
                Activity activity = new Activity(type.name().toLowerCase() + "-" + i, type);
                assertThat(newDetails(activity, false)).as("no valid details for " + activity.id).isTrue();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", activity.id);
                body.putAll(body(activity));
                post(type.path, 201, body);
                activities.add(activity);
            }
        }

        /** A correction, a withdrawal or (for an undecided grant) a decision of a random record not withdrawn. */
        void afterthought() throws Exception {
            List<Activity> open = activities.stream().filter(a -> !a.withdrawn).toList();
            Activity activity = open.get(random.nextInt(open.size()));
            if (activity.type == Type.GRANT && activity.decision == null && random.nextInt(4) == 0) {
                decide(activity);
            } else if (random.nextInt(7) == 0) {
                post(activity.type.path + "/" + activity.id + "/withdrawal", 204,
                        map("reason", "внесено ошибочно"));
                activity.withdrawn = true;
                withdrawals++;
            } else {
                int yearBefore = activity.date.getYear();
                if (!newDetails(activity, true)) {
                    return;
                }
                Map<String, Object> body = body(activity);
                body.put("reason", "исправление " + activity.revision);
                post(activity.type.path + "/" + activity.id + "/correction", 204, body);
                corrections++;
                activity.corrections++;
                if (activity.date.getYear() != yearBefore) {
                    yearCrossingCorrections++;
                }
            }
        }

        void decide(Activity grant) throws Exception {
            NcoModel nco = ncosById.get(grant.ncoId);
            LocalDate on = grant.date.plusDays(random.nextInt(300));
            if (!nco.notLiquidatedOn(on)) {
                on = grant.date;
            }
            grant.decidedOn = on;
            if (random.nextInt(3) < 2) {
                grant.decision = "AWARDED";
                grant.amountAwarded = grant.amount.multiply(BigDecimal.valueOf(40 + random.nextInt(61)))
                                                  .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                post(Type.GRANT.path + "/" + grant.id + "/award", 204,
                        map("amountAwarded", grant.amountAwarded, "decidedOn", on.toString()));
            } else {
                grant.decision = "REJECTED";
                post(Type.GRANT.path + "/" + grant.id + "/rejection", 204,
                        map("decidedOn", on.toString(), "reason", "недостаточно баллов"));
            }
            decisions++;
        }

        /**
         * Gives the activity new details that every rule accepts (participants in the registry on the date, a grant's
         * NCO not liquidated before its decision, applied on or before the decision); when correcting, each field
         * changes or stays at random and the revision (in a text field) always changes, so the correction changes
         * something. False if no valid details were found.
         */
        boolean newDetails(Activity a, boolean correcting) {
            for (int attempt = 0; attempt < 200; attempt++) {
                LocalDate date = correcting ? correctedDate(a.date) : activityDate();
                boolean dateChanged = !date.equals(a.date);
                boolean repick = !correcting || dateChanged || random.nextBoolean();
                switch (a.type) {
                    case MEETING -> {
                        String kind = !correcting || random.nextInt(3) == 0 ? meetingKind() : a.kind;
                        List<String> participants = repick ? participants(date, 0, 4, n -> true)
                                : a.participantNcoIds;
                        if (participants == null) {
                            continue;
                        }
                        a.kind = kind;
                        a.participantNcoIds = participants;
                    }
                    case RAID -> {
                        List<String> participants = repick ? participants(date, 0, 3, n -> true)
                                : a.participantNcoIds;
                        if (participants == null) {
                            continue;
                        }
                        a.participantNcoIds = participants;
                        if (!correcting || random.nextBoolean()) {
                            a.leaflets = random.nextInt(5) == 0 ? 0 : random.nextInt(400);
                            a.residents = random.nextInt(4) == 0 ? null : random.nextInt(600);
                        }
                    }
                    case PARTICIPATION -> {
                        List<String> participants = repick ? participants(date, 1, 4, n -> true)
                                : a.participantNcoIds;
                        if (participants == null) {
                            continue;
                        }
                        a.participantNcoIds = participants;
                        if (!correcting || random.nextInt(3) == 0) {
                            a.kind = pick(CITY_EVENT_KINDS);
                            a.participantsCount = random.nextInt(4) == 0 ? null : random.nextInt(200);
                        }
                    }
                    case SUPPORT -> {
                        List<String> nco = repick ? participants(date, 1, 1, n -> true) : List.of(a.ncoId);
                        if (nco == null) {
                            continue;
                        }
                        a.ncoId = nco.get(0);
                        if (!correcting || random.nextInt(3) == 0) {
                            a.kind = random.nextInt(3) == 0 ? "FINANCIAL" : pick(SUPPORT_KINDS);
                            a.amount = "FINANCIAL".equals(a.kind) ? amount(5_000, 500_000) : null;
                        }
                    }
                    case GRANT -> {
                        if (a.decidedOn != null && date.isAfter(a.decidedOn)) {
                            continue;
                        }
                        Predicate<NcoModel> lastsUntilDecision = n -> a.decidedOn == null
                                || n.notLiquidatedOn(a.decidedOn);
                        List<String> nco = repick ? participants(date, 1, 1, lastsUntilDecision) : List.of(a.ncoId);
                        if (nco == null) {
                            continue;
                        }
                        a.ncoId = nco.get(0);
                        if (!correcting || random.nextInt(3) == 0) {
                            a.kind = pick(GRANT_LEVELS);
                        }
                        if (!correcting || random.nextInt(3) == 0) {
                            // a contest awards at most the amount requested: a correction asks for no less
                            BigDecimal amount = amount(50_000, 3_000_000);
                            a.amount = a.amountAwarded == null ? amount : amount.max(a.amountAwarded);
                        }
                    }
                }
                a.date = date;
                a.revision++;
                return true;
            }
            return false;
        }

        String meetingKind() {
            return random.nextInt(3) == 0 ? "COMMISSION_SESSION" : pick(MEETING_KINDS);
        }

        Map<String, Object> body(Activity a) {
            String revision = " (редакция " + a.revision + ")";
            return switch (a.type) {
                case MEETING -> map("kind", a.kind,
                        "topic", "Об укреплении межнационального согласия, " + a.id + revision,
                        "heldOn", a.date.toString(),
                        "venue", "Дом Дружбы",
                        "bodyId", switch (a.kind) {
                            case "COMMISSION_SESSION" -> COMMISSION;
                            case "COUNCIL_SESSION" -> COUNCIL;
                            default -> null;
                        },
                        "participantNcoIds", a.participantNcoIds,
                        "otherParticipants", List.of("ОМВД России по г. Когалыму"),
                        "minutes", null);
                case RAID -> map("heldOn", a.date.toString(),
                        "location", "площадь на улице Мира",
                        "purpose", "разъяснение масочного режима, " + a.id + revision,
                        "participantNcoIds", a.participantNcoIds,
                        "officials", List.of("специалист администрации"),
                        "leafletsDistributed", a.leaflets,
                        "residentsReached", a.residents);
                case PARTICIPATION -> map("eventKind", a.kind,
                        "eventName", "Городское мероприятие " + a.id + revision,
                        "heldOn", a.date.toString(),
                        "participantNcoIds", a.participantNcoIds,
                        "participantsCount", a.participantsCount);
                case SUPPORT -> map("ncoId", a.ncoId,
                        "kind", a.kind,
                        "providedOn", a.date.toString(),
                        "description", "Поддержка " + a.id + revision,
                        "amount", a.amount,
                        "providedBy", "Администрация города Когалыма");
                case GRANT -> map("ncoId", a.ncoId,
                        "level", a.kind,
                        "contest", "Конкурс социально значимых проектов",
                        "project", "Проект " + a.id + revision,
                        "amountRequested", a.amount,
                        "appliedOn", a.date.toString());
            };
        }

        /** Up to {@code max} NCOs in the registry on {@code date} (at least {@code min}, else null), in random order. */
        List<String> participants(LocalDate date, int min, int max, Predicate<NcoModel> also) {
            List<String> active = new ArrayList<>();
            for (NcoModel nco : ncos) {
                if (nco.activeOn(date) && also.test(nco)) {
                    active.add(nco.id);
                }
            }
            if (active.size() < min) {
                return null;
            }
            Collections.shuffle(active, random);
            int upTo = Math.min(max, active.size());
            int count = min + random.nextInt(upTo - min + 1);
            return List.copyOf(active.subList(0, count));
        }

        LocalDate activityDate() {
            if (random.nextInt(7) == 0) {
                // the edges of a year
                int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
                return random.nextBoolean() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            return between(ACTIVITIES_FROM, ACTIVITIES_TO);
        }

        /** Kept, moved by up to 45 days (often into the next or previous year), or anywhere. */
        LocalDate correctedDate(LocalDate date) {
            return switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> date;
                case 4, 5, 6 -> {
                    LocalDate moved = date.plusDays((random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(45)));
                    yield moved.isBefore(ACTIVITIES_FROM) || moved.isAfter(ACTIVITIES_TO) ? date : moved;
                }
                default -> activityDate();
            };
        }

        // --- expectations, from the model alone ------------------------------------------------------------

        Map<String, Object> expectedSummary(int year) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            Map<String, Object> figures = new LinkedHashMap<>();
            List<NcoModel> active = ncos.stream().filter(n -> n.activeOn(yearEnd))
                                        .sorted(Comparator.comparing((NcoModel n) -> n.registeredOn)
                                                          .thenComparing(n -> n.id))
                                        .toList();
            List<String> stateRegistered = active.stream().filter(n -> n.stateRegisteredOn(yearEnd)).map(n -> n.id)
                                                 .toList();
            List<String> notStateRegistered = active.stream().filter(n -> !n.stateRegisteredOn(yearEnd))
                                                    .map(n -> n.id).toList();
            figures.put("ncos.total", active.size());
            figures.put("ncos.stateRegistered", stateRegistered.size());
            figures.put("ncos.notStateRegistered", notStateRegistered.size());
            figures.put("ncos.sonco", (int) active.stream().filter(n -> n.soncoOn(yearEnd)).count());
            figures.put("ncos.registeredDuringYear",
                    (int) ncos.stream().filter(n -> n.registeredOn.getYear() == year).count());
            figures.put("ncos.liquidatedDuringYear",
                    (int) ncos.stream().filter(n -> n.liquidatedOn != null && n.liquidatedOn.getYear() == year)
                              .count());
            figures.put("ncos.stateRegisteredNcos", stateRegistered);
            figures.put("ncos.notStateRegisteredNcos", notStateRegistered);

            List<Activity> counted = activities.stream().filter(a -> !a.withdrawn).toList();
            List<Activity> meetings = inYear(counted, Type.MEETING, year);
            figures.put("meetings.total", meetings.size());
            for (String kind : MEETING_KINDS) {
                figures.put("meetings.byKind." + kind, (int) meetings.stream().filter(m -> m.kind.equals(kind)).count());
            }
            figures.put("commissionSessionsWithNcos", (int) meetings.stream()
                    .filter(m -> m.kind.equals("COMMISSION_SESSION") && !m.participantNcoIds.isEmpty()).count());

            List<Activity> raids = inYear(counted, Type.RAID, year);
            figures.put("raids.count", raids.size());
            figures.put("raids.leafletsDistributed", raids.stream().mapToLong(r -> r.leaflets).sum());
            figures.put("raids.residentsReached",
                    raids.stream().mapToLong(r -> r.residents == null ? 0 : r.residents).sum());

            List<Activity> participations = inYear(counted, Type.PARTICIPATION, year);
            figures.put("eventParticipations.total", participations.size());
            for (String kind : CITY_EVENT_KINDS) {
                figures.put("eventParticipations.byKind." + kind,
                        (int) participations.stream().filter(p -> p.kind.equals(kind)).count());
            }

            List<Activity> support = inYear(counted, Type.SUPPORT, year);
            figures.put("support.total", support.size());
            for (String kind : SUPPORT_KINDS) {
                figures.put("support.byKind." + kind, (int) support.stream().filter(s -> s.kind.equals(kind)).count());
            }
            figures.put("support.financialAmount", money(support.stream().filter(s -> s.kind.equals("FINANCIAL"))
                                                                .map(s -> s.amount)
                                                                .reduce(BigDecimal.ZERO, BigDecimal::add)));

            List<Activity> grants = counted.stream().filter(a -> a.type == Type.GRANT).toList();
            Predicate<Activity> appliedInYear = g -> g.date.getYear() == year;
            Predicate<Activity> awardedInYear = g -> "AWARDED".equals(g.decision) && g.decidedOn.getYear() == year;
            Predicate<Activity> rejectedInYear = g -> "REJECTED".equals(g.decision) && g.decidedOn.getYear() == year;
            figures.put("grants.applied", (int) grants.stream().filter(appliedInYear).count());
            figures.put("grants.awarded", (int) grants.stream().filter(awardedInYear).count());
            figures.put("grants.rejected", (int) grants.stream().filter(rejectedInYear).count());
            figures.put("grants.awardedAmount", money(grants.stream().filter(awardedInYear).map(g -> g.amountAwarded)
                                                            .reduce(BigDecimal.ZERO, BigDecimal::add)));
            for (String level : GRANT_LEVELS) {
                List<Activity> ofLevel = grants.stream().filter(g -> g.kind.equals(level)).toList();
                figures.put("grants.byLevel." + level + ".applied",
                        (int) ofLevel.stream().filter(appliedInYear).count());
                figures.put("grants.byLevel." + level + ".awarded",
                        (int) ofLevel.stream().filter(awardedInYear).count());
                figures.put("grants.byLevel." + level + ".rejected",
                        (int) ofLevel.stream().filter(rejectedInYear).count());
                figures.put("grants.byLevel." + level + ".awardedAmount",
                        money(ofLevel.stream().filter(awardedInYear).map(g -> g.amountAwarded)
                                     .reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
            return figures;
        }

        /** The registry's answers, by request: as of each 31 December, filtered, and as it stands now. */
        Map<String, Set<String>> expectedRegistry() {
            Map<String, Set<String>> registry = new TreeMap<>();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                LocalDate yearEnd = LocalDate.of(year, 12, 31);
                String asOf = "/api/ncos?size=500&asOf=" + yearEnd;
                registry.put(asOf, ids(n -> n.activeOn(yearEnd)));
                registry.put(asOf + "&stateRegistered=true", ids(n -> n.activeOn(yearEnd) && n.stateRegisteredOn(yearEnd)));
                registry.put(asOf + "&stateRegistered=false",
                        ids(n -> n.activeOn(yearEnd) && !n.stateRegisteredOn(yearEnd)));
                registry.put(asOf + "&sonco=true", ids(n -> n.activeOn(yearEnd) && n.soncoOn(yearEnd)));
                registry.put(asOf + "&includeLiquidated=true", ids(n -> !n.registeredOn.isAfter(yearEnd)));
            }
            registry.put("/api/ncos?size=500", ids(n -> n.liquidatedOn == null));
            registry.put("/api/ncos?size=500&includeLiquidated=true", ids(n -> true));
            return registry;
        }

        private Set<String> ids(Predicate<NcoModel> which) {
            Set<String> ids = new TreeSet<>();
            ncos.stream().filter(which).forEach(n -> ids.add(n.id));
            return ids;
        }

        private List<Activity> inYear(List<Activity> counted, Type type, int year) {
            return counted.stream().filter(a -> a.type == type && a.date.getYear() == year).toList();
        }

        // --- helpers -----------------------------------------------------------------------------------------

        void post(String path, int expectedStatus, Map<String, Object> body) throws Exception {
            String json = JSON.writeValueAsString(body);
            HttpResponse<String> response = send(port, "POST", path, json);
            requests++;
            assertThat(response.statusCode()).as("POST %s %s -> %s", path, json, response.body())
                                             .isEqualTo(expectedStatus);
        }

        LocalDate between(LocalDate from, LocalDate to) {
            return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        }

        /** Dates of registry and status changes: some on 1 January or 31 December, where "as of" is decided. */
        List<LocalDate> sortedDates(int count, LocalDate from, LocalDate to) {
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDate date = between(from, to);
                if (random.nextInt(4) == 0) {
                    LocalDate edge = random.nextBoolean() ? LocalDate.of(date.getYear(), 12, 31)
                            : LocalDate.of(date.getYear(), 1, 1);
                    date = edge.isBefore(from) || edge.isAfter(to) ? date : edge;
                }
                dates.add(date);
            }
            Collections.sort(dates);
            return dates;
        }

        BigDecimal amount(int fromRoubles, int toRoubles) {
            long kopecks = (fromRoubles + (long) random.nextInt(toRoubles - fromRoubles)) * 100
                    + (random.nextInt(3) == 0 ? random.nextInt(100) : 0);
            return BigDecimal.valueOf(kopecks, 2);
        }

        String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    /** A map that keeps its order and, unlike {@link Map#of}, takes null values (sent as JSON null). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
