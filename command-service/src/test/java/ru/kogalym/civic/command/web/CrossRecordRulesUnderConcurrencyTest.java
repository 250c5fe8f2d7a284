package ru.kogalym.civic.command.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.command.lookup.LifespanViolations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each pair of commands that a rule spanning records sets against each other, sent at the same moment to two
 * command-service instances on one store, many times: exactly one of the two is recorded, the other is refused
 * with 409 naming its field, and afterwards the log holds no record naming an NCO or body outside its lifespan
 * (after its liquidation or dissolution, before its registration date, or at all once it was withdrawn).
 */
class CrossRecordRulesUnderConcurrencyTest extends ApiTestSupport {

    private static final int ROUNDS = 8;
    private static final String CLOSED_ON = "2021-06-01";
    private static final String NAMED_ON = "2021-06-12";

    private static ConfigurableApplicationContext secondInstance;
    private static final Set<String> closedIds = ConcurrentHashMap.newKeySet();

    /** One request of a race: where it goes, what it says, and which field its refusal names. */
    record Request(String path, String body, String refusedField) {
    }

    /** What one race sets against each other: narrowing an NCO's or body's lifespan, and a record naming it outside. */
    record Race(Request closing, Request naming, String closedId) {
    }

    /** A pair of rule-bound commands, named for the test report; sets up a fresh race with the API. */
    record Pair(String name, Function<CrossRecordRulesUnderConcurrencyTest, Race> setUp) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = anotherInstance();
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    static Stream<Pair> pairs() {
        return Stream.of(
                new Pair("liquidation against a meeting", test -> test.ncoRace(nco -> new Request("/api/meetings", """
                        {"kind": "WORKING_MEETING", "topic": "Встреча", "heldOn": "%s", "participantNcoIds": ["%s"]}"""
                        .formatted(NAMED_ON, nco), "participantNcoIds[0]"))),
                new Pair("liquidation against a raid", test -> test.ncoRace(nco -> new Request("/api/raids", """
                        {"heldOn": "%s", "location": "Улица Мира", "purpose": "Памятки",
                         "participantNcoIds": ["%s"], "leafletsDistributed": 20}""".formatted(NAMED_ON, nco), "participantNcoIds[0]"))),
                new Pair("liquidation against a city event participation", test -> test.ncoRace(nco -> new Request(
                        "/api/event-participations", """
                        {"eventKind": "CLEAN_UP_DAY", "eventName": "Субботник", "heldOn": "%s",
                         "participantNcoIds": ["%s"], "participantsCount": 5}""".formatted(NAMED_ON, nco),
                        "participantNcoIds[0]"))),
                new Pair("liquidation against support", test -> test.ncoRace(nco -> new Request("/api/support", """
                        {"ncoId": "%s", "kind": "CONSULTATIVE", "providedOn": "%s", "description": "Консультация",
                         "providedBy": "Администрация"}"""
                        .formatted(nco, NAMED_ON), "ncoId"))),
                new Pair("liquidation against a grant application", test -> test.ncoRace(nco -> new Request(
                        "/api/grant-applications", """
                        {"ncoId": "%s", "level": "OKRUG", "contest": "Конкурс", "project": "Проект",
                         "amountRequested": 500000, "appliedOn": "%s"}""".formatted(nco, NAMED_ON), "ncoId"))),
                new Pair("liquidation against a grant decision", test -> test.ncoRace(nco -> new Request(
                        "/api/grant-applications/" + test.created("/api/grant-applications", """
                        {"ncoId": "%s", "level": "OKRUG", "contest": "Конкурс", "project": "Проект",
                         "amountRequested": 500000, "appliedOn": "2021-05-01"}""".formatted(nco)) + "/award", """
                        {"amountAwarded": 400000, "decidedOn": "%s"}""".formatted(NAMED_ON), "decidedOn"))),
                new Pair("liquidation against a decided grant corrected to name the NCO", test -> test.ncoRace(nco ->
                        new Request("/api/grant-applications/" + test.decidedGrant() + "/correction", """
                        {"ncoId": "%s", "level": "OKRUG", "contest": "Конкурс", "project": "Проект",
                         "amountRequested": 500000, "appliedOn": "2021-05-01", "reason": "Подала другая НКО"}"""
                                .formatted(nco), "ncoId"))),
                new Pair("liquidation against a membership", test -> test.ncoRace(nco -> new Request(
                        "/api/councils/" + test.establishedCouncil() + "/members", """
                        {"ncoId": "%s", "addedOn": "%s"}""".formatted(nco, NAMED_ON), "ncoId"))),
                new Pair("liquidation against a meeting moved past it", test -> test.ncoRace(nco -> new Request(
                        "/api/meetings/" + test.created("/api/meetings", """
                        {"kind": "WORKING_MEETING", "topic": "Встреча", "heldOn": "2021-05-01",
                         "participantNcoIds": ["%s"]}""".formatted(nco)) + "/correction", """
                        {"kind": "WORKING_MEETING", "topic": "Встреча", "heldOn": "%s", "participantNcoIds": ["%s"],
                         "reason": "Перенесли"}""".formatted(NAMED_ON, nco), "participantNcoIds[0]"))),
                new Pair("dissolution against a session", CrossRecordRulesUnderConcurrencyTest::sessionRace),
                new Pair("withdrawal against a meeting", test -> test.withdrawalRace()),
                new Pair("a later registration date against a meeting", test -> test.registrationRace()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void exactlyOneOfTwoConflictingCommandsIsRecorded(Pair pair) throws Exception {
        Http second = staffClientOf(secondInstance);
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Race race = pair.setUp().apply(this);
            closedIds.add(race.closedId());
            // each side from either instance, in turn
            Http closingSide = round % 2 == 0 ? http : second;
            Http namingSide = round % 2 == 0 ? second : http;
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Http.Reply> closing = CompletableFuture.supplyAsync(() -> {
                await(start);
                return closingSide.postJson(race.closing().path(), race.closing().body());
            });
            CompletableFuture<Http.Reply> naming = CompletableFuture.supplyAsync(() -> {
                await(start);
                return namingSide.postJson(race.naming().path(), race.naming().body());
            });
            Http.Reply closed = closing.get();
            Http.Reply named = naming.get();

            boolean closedWon = closed.status() / 100 == 2;
            boolean namedWon = named.status() / 100 == 2;
            assertThat(closedWon ^ namedWon).as("exactly one of %s and %s", closed, named).isTrue();
            if (closedWon) {
                assertProblem(named, 409, race.naming().refusedField());
            } else {
                assertProblem(closed, 409, race.closing().refusedField());
            }
            outcomes.add(closedWon ? "closing" : "naming");
        }
        assertThat(LifespanViolations.of(allEvents(), closedIds)).isEmpty();
        assertThat(outcomes).hasSize(ROUNDS);
    }

    private Race ncoRace(Function<String, Request> naming) {
        String nco = registeredNco();
        return new Race(new Request("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "%s"}""".formatted(CLOSED_ON), "liquidatedOn"), naming.apply(nco), nco);
    }

    private Race withdrawalRace() {
        String nco = registeredNco();
        return new Race(new Request("/api/ncos/" + nco + "/withdrawal", """
                {"reason": "Зарегистрирована по ошибке"}""", "id"), meeting(nco, NAMED_ON), nco);
    }

    private Race registrationRace() {
        String nco = registeredNco();
        return new Race(new Request("/api/ncos/" + nco + "/correction", """
                {"fullName": "Тестовое общество %s", "legalForm": "LOCAL_PUBLIC_ORGANIZATION", "registeredOn": "%s",
                 "reason": "Дата из свидетельства"}""".formatted(nco, CLOSED_ON), "registeredOn"),
                meeting(nco, "2021-05-20"), nco);
    }

    private static Request meeting(String nco, String heldOn) {
        return new Request("/api/meetings", """
                {"kind": "WORKING_MEETING", "topic": "Встреча", "heldOn": "%s", "participantNcoIds": ["%s"]}"""
                .formatted(heldOn, nco), "participantNcoIds[0]");
    }

    private Race sessionRace() {
        String commission = establishedCommission();
        String nco = registeredNco();
        return new Race(new Request("/api/commissions/" + commission + "/dissolution", """
                {"dissolvedOn": "%s"}""".formatted(CLOSED_ON), "dissolvedOn"),
                new Request("/api/meetings", """
                        {"kind": "COMMISSION_SESSION", "topic": "Заседание", "heldOn": "%s", "bodyId": "%s",
                         "participantNcoIds": ["%s"]}""".formatted(NAMED_ON, commission, nco), "bodyId"),
                commission);
    }

    /** A grant application of another NCO, made before the closing day and awarded after it. */
    private String decidedGrant() {
        String grant = created("/api/grant-applications", """
                {"ncoId": "%s", "level": "OKRUG", "contest": "Конкурс", "project": "Проект",
                 "amountRequested": 500000, "appliedOn": "2021-05-01"}""".formatted(registeredNco()));
        Http.Reply awarded = http.postJson("/api/grant-applications/" + grant + "/award", """
                {"amountAwarded": 400000, "decidedOn": "%s"}""".formatted(NAMED_ON));
        assertThat(awarded.status()).as(awarded.toString()).isEqualTo(204);
        return grant;
    }

    private String created(String path, String body) {
        Http.Reply reply = http.postJson(path, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
