package ru.kogalym.civic.command.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.command.web.ApiTestSupport;
import ru.kogalym.civic.command.web.Http;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.contract.support.ExcludeFromSupportRegisterCommand;
import ru.kogalym.civic.contract.support.IncludeInSupportRegisterCommand;
import ru.kogalym.civic.contract.support.RecordSupportCommand;
import ru.kogalym.civic.contract.support.RegisterViolationKind;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRegisterEntryChangedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;
import ru.kogalym.civic.identity.TestUsers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The support register's staff API on the running service, and its numbering under concurrent inclusions. */
class SupportRegisterApiTest extends ApiTestSupport {

    private static final int CONCURRENT_INCLUSIONS = 16;
    private static final int SNAPSHOT_EVERY = 60;
    private static final LocalDate DECIDED = LocalDate.of(2020, 4, 1);
    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    private CommandGateway commands;

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = anotherInstance();
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    private String recordedSupport() {
        String id = newId("support");
        Http.Reply reply = http.postJson("/api/support", """
                {"id": "%s", "ncoId": "%s", "kind": "FINANCIAL", "providedOn": "2020-04-01", "description": "Субсидия",
                 "amount": 150000, "providedBy": "Администрация города Когалыма"}""".formatted(id, registeredNco()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id;
    }

    private static String inclusion(String supportId) {
        return """
                {"supportId": "%s", "basis": "Постановление от 01.04.2020 № 640", "decisionDate": "2020-04-01",
                 "activityKinds": ["сохранение национальной культуры"]}""".formatted(supportId);
    }

    private List<SupportRegisterEntryIncludedEvent> inclusions() {
        return allEvents().stream()
                .filter(event -> event instanceof DomainEventMessage<?> domain
                        && SoncoSupportRegister.ID.equals(domain.getAggregateIdentifier()))
                .map(event -> event.getPayload())
                .filter(SupportRegisterEntryIncludedEvent.class::isInstance)
                .map(SupportRegisterEntryIncludedEvent.class::cast)
                .toList();
    }

    @Test
    void anEntryIsIncludedWithTheNextNumberChangedAndExcluded() {
        String supportId = recordedSupport();
        Http.Reply included = http.postJson("/api/support-register/entries", inclusion(supportId));
        assertThat(included.status()).as(included.toString()).isEqualTo(201);
        String number = included.json().path("id").asText();
        assertThat(number).matches("[1-9][0-9]*");
        assertThat(included.header("Location")).hasValue(QUERY_SERVICE + "/api/support-register/entries/" + number);
        assertThat(inclusions()).filteredOn(e -> e.supportId().equals(supportId)).singleElement()
                .satisfies(e -> assertThat(e.entryNumber()).isEqualTo(Integer.parseInt(number)));

        assertProblem(http.postJson("/api/support-register/entries", inclusion(supportId)), 409, "supportId");

        Http.Reply changed = http.postJson("/api/support-register/entries/" + number + "/change", """
                {"basis": "Постановление от 01.04.2020 № 640", "decisionDate": "2020-04-01",
                 "activityKinds": ["сохранение национальной культуры"], "supportStoppedOn": "2020-12-20",
                 "violations": [{"kind": "MISUSE_OF_FUNDS", "foundOn": "2020-12-15",
                                 "description": "Часть субсидии израсходована не по соглашению"}],
                 "reason": "Проверка выявила нецелевое использование"}""");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(allEvents()).last().satisfies(event -> assertThat(event.getPayload())
                .isInstanceOfSatisfying(SupportRegisterEntryChangedEvent.class, change -> {
                    assertThat(change.violations()).singleElement()
                            .satisfies(v -> assertThat(v.kind()).isEqualTo(RegisterViolationKind.MISUSE_OF_FUNDS));
                    assertThat(event.getMetaData().get("issuedBy")).isEqualTo(TestUsers.STAFF.username());
                }));

        assertThat(http.postJson("/api/support-register/entries/" + number + "/exclusion", """
                {"basis": "Постановление от 10.02.2024 № 210", "reason": "Прошло три года"}""").status())
                .isEqualTo(204);
        assertProblem(http.postJson("/api/support-register/entries/" + number + "/exclusion", """
                {"basis": "Постановление от 10.02.2024 № 210", "reason": "Ещё раз"}"""), 409, "entryNumber");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndRecordsNothing() {
        String supportId = recordedSupport();
        int before = allEvents().size();
        assertProblem(http.postJson("/api/support-register/entries", """
                {"supportId": "%s", "basis": "Постановление", "decisionDate": "2020-04-01", "activityKinds": [" "]}"""
                .formatted(supportId)), 400, "activityKinds[0]");
        assertProblem(http.responsesOnly().postJson("/api/support-register/entries", """
                {"supportId": "%s", "basis": "Постановление", "decisionDate": "2020-04-01"}""".formatted(supportId)),
                400, "activityKinds");
        assertProblem(http.postJson("/api/support-register/entries", """
                {"supportId": "%s", "basis": "Постановление", "decisionDate": "2999-04-01",
                 "activityKinds": ["культура"]}""".formatted(supportId)), 400, "decisionDate");
        assertProblem(http.postJson("/api/support-register/entries", inclusion("support-never-recorded")),
                409, "supportId");
        assertProblem(http.postJson("/api/support-register/entries/999999/exclusion", """
                {"basis": "Постановление", "reason": "Нет такой"}"""), 404, "entryNumber");
        assertProblem(http.responsesOnly().postJson("/api/support-register/entries/first/exclusion", """
                {"basis": "Постановление", "reason": "Не номер"}"""), 400, "entryNumber");
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void concurrentInclusionsOnTwoInstancesGetDistinctConsecutiveNumbers() throws Exception {
        Http second = staffClientOf(secondInstance);
        List<String> supports = IntStream.range(0, CONCURRENT_INCLUSIONS).mapToObj(i -> recordedSupport()).toList();
        CyclicBarrier start = new CyclicBarrier(CONCURRENT_INCLUSIONS);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_INCLUSIONS);
        List<CompletableFuture<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_INCLUSIONS; i++) {
            Http instance = i % 2 == 0 ? http : second;
            String body = inclusion(supports.get(i));
            replies.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return instance.postJson("/api/support-register/entries", body);
            }, pool));
        }
        List<Integer> numbers = new ArrayList<>();
        try {
            for (CompletableFuture<Http.Reply> reply : replies) {
                Http.Reply answered = reply.get();
                assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
                numbers.add(Integer.parseInt(answered.json().path("id").asText()));
            }
        } finally {
            pool.shutdown();
        }

        assertThat(numbers).doesNotHaveDuplicates();
        List<Integer> all = inclusions().stream().map(SupportRegisterEntryIncludedEvent::entryNumber).toList();
        assertThat(all).doesNotHaveDuplicates().containsAll(numbers);
        assertThat(all.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, all.size()).boxed().toList());
    }

    /** A register with many entries loads from a snapshot that keeps its last number and the supports in it. */
    @Test
    void aSnapshotKeepsTheNumberingAndTheRules() {
        String nco = registeredNco();
        List<String> supports = new ArrayList<>();
        for (int i = 0; i <= SNAPSHOT_EVERY; i++) {
            String id = newId("support");
            commands.sendAndWait(new RecordSupportCommand(id, nco, SupportKind.CONSULTATIVE, DECIDED, "Консультация",
                    null, null, null, "Отдел"));
            supports.add(id);
        }
        int first = include(supports.get(0));
        for (int i = 1; i < SNAPSHOT_EVERY; i++) {
            assertThat(include(supports.get(i))).isEqualTo(first + i);
        }

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> storageEngine.readSnapshot(SoncoSupportRegister.ID).isPresent());
        assertThat(include(supports.get(SNAPSHOT_EVERY))).isEqualTo(first + SNAPSHOT_EVERY);
        assertThatThrownBy(() -> include(supports.get(0))).isInstanceOf(RuleViolationException.class);
        commands.sendAndWait(new ExcludeFromSupportRegisterCommand(SoncoSupportRegister.ID, first, "Постановление",
                "ошибка"));
        assertThat(include(supports.get(0))).isEqualTo(first + SNAPSHOT_EVERY + 1);
    }

    private int include(String supportId) {
        return commands.sendAndWait(new IncludeInSupportRegisterCommand(SoncoSupportRegister.ID, supportId,
                "Постановление № 1", DECIDED, List.of("культура")));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
