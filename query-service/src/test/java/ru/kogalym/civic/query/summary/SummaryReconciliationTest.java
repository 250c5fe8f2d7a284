package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.projection.MongoReadModels;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.query.summary.SummaryEvents.d;
import static ru.kogalym.civic.query.summary.SummaryEvents.meeting;
import static ru.kogalym.civic.query.summary.SummaryEvents.nco;

/** The reconciliation reads the real event store and tells when the projection is behind or wrong. */
class SummaryReconciliationTest {

    private TestMongo mongo;
    private MongoEventStorageEngine engine;
    private AnnualSummaryProjection projection;
    private AnnotationEventHandlerAdapter handlers;
    private SummaryReconciliation reconciliation;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        mongo = TestMongo.start();
        JacksonSerializer serializer = JacksonSerializer.builder()
                                                        .objectMapper(EventStoreConfiguration.messageObjectMapper())
                                                        .build();
        engine = MongoEventStorageEngine.builder().database(mongo.database()).eventSerializer(serializer)
                                        .snapshotSerializer(serializer).build();
        projection = new AnnualSummaryProjection(new MongoReadModels(mongo.database()));
        handlers = new AnnotationEventHandlerAdapter(projection);
        reconciliation = new SummaryReconciliation(KnownAt.of(engine, AnnualSummaryProjection.class),
                                                   new AnnualSummaries(new MongoReadModels(mongo.database())));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void aProjectionThatSawEveryEventMatches() throws Exception {
        List<DomainEventMessage<?>> events = store(Seed2020.facts());
        for (DomainEventMessage<?> event : events) {
            handlers.handle(event);
        }

        SummaryReconciliation.Result result = reconciliation.reconcile(2020);

        assertThat(result.differences()).isEmpty();
        assertThat(result.matches()).isTrue();
        assertThat(result.eventsRead()).isEqualTo(events.size());
        assertThat(reconciliation.reconcile(2021).matches()).isTrue();
    }

    @Test
    void aProjectionThatMissedEventsDiffersFieldByField() throws Exception {
        for (DomainEventMessage<?> event : store(Seed2020.facts())) {
            handlers.handle(event);
        }
        // recorded in the store, not (yet) seen by the projection
        store(List.of(new Seed2020.Fact("Meeting", "wm-5",
                        meeting("wm-5", MeetingKind.WORKING_MEETING, d("2020-11-11"), "n-nur")),
                new Seed2020.Fact("Meeting", "cs-1", new MeetingWithdrawnEvent("cs-1", "duplicate"))));

        SummaryReconciliation.Result result = reconciliation.reconcile(2020);

        assertThat(result.matches()).isFalse();
        assertThat(result.differences()).extracting(SummaryReconciliation.Difference::field)
                .containsExactlyInAnyOrder("meetings.byKind.WORKING_MEETING", "meetings.byKind.COMMISSION_SESSION",
                        "commissionSessionsWithNcos");
        SummaryReconciliation.Difference working = result.differences().stream()
                .filter(d -> d.field().equals("meetings.byKind.WORKING_MEETING")).findFirst().orElseThrow();
        assertThat(working.fromEvents().asInt()).isEqualTo(5);
        assertThat(working.projection().asInt()).isEqualTo(4);
        // the total is the same (one more working meeting, one session fewer), the kinds tell
        assertThat(reconciliation.reconcile(2019).matches()).isTrue();
    }

    @Test
    void correctedAndWithdrawnNcosReconcile() throws Exception {
        List<Seed2020.Fact> facts = new ArrayList<>(Seed2020.facts());
        facts.add(new Seed2020.Fact("Nco", "n-late", nco("n-late", "Позднее", d("2019-11-01"), null)));
        facts.add(new Seed2020.Fact("Nco", "n-late", new NcoRenamedEvent("n-late", "Переименованное", null, null,
                d("2020-08-01"))));
        facts.add(new Seed2020.Fact("Nco", "n-late", new NcoRegistrationCorrectedEvent("n-late", "Исправленное", null,
                null, LegalForm.OTHER, null, d("2020-02-01"), "дата по свидетельству")));
        facts.add(new Seed2020.Fact("Nco", "n-wrong", nco("n-wrong", "Ошибочное", d("2020-05-01"), d("2020-05-01"))));
        facts.add(new Seed2020.Fact("Nco", "n-wrong", new NcoWithdrawnEvent("n-wrong", "по ошибке", null, null)));
        for (DomainEventMessage<?> event : store(facts)) {
            handlers.handle(event);
        }

        for (int year : List.of(2019, 2020, 2021)) {
            assertThat(reconciliation.reconcile(year).differences()).as("in " + year).isEmpty();
        }
        AnnualSummary y2020 = new AnnualSummaries(new MongoReadModels(mongo.database())).summaryFor(2020);
        assertThat(y2020.ncos().notStateRegisteredNcos()).extracting(AnnualSummary.NcoName::ncoId)
                                                         .contains("n-late").doesNotContain("n-wrong");
    }

    @Test
    void theNcoListsTheApiAnswersPageByPageAreReconciledToo() throws Exception {
        for (DomainEventMessage<?> event : store(Seed2020.facts())) {
            handlers.handle(event);
        }
        // a rename within the year, not yet seen by the projection: no figure changes, a name on 31 December does
        store(List.of(new Seed2020.Fact("Nco", "n-edinstvo", new NcoRenamedEvent("n-edinstvo", "Новое имя", null, null,
                d("2020-06-01")))));

        List<SummaryReconciliation.Difference> differences = reconciliation.reconcile(2020).differences();

        assertThat(differences).hasSize(2).allSatisfy(d -> assertThat(d.field())
                .matches("ncos\\.(not)?[sS]tateRegisteredNcos\\[\\d+]\\.(fullName|shortName)"));
        assertThat(differences).extracting(d -> d.fromEvents() == null ? null : d.fromEvents().asText())
                               .contains("Новое имя");
    }

    @Test
    void whichFiguresAreIllustrativeIsReconciledToo() throws Exception {
        for (DomainEventMessage<?> event : store(Seed2020.facts())) {
            handlers.handle(event);
        }
        MetaData illustrative = MetaData.with(MetadataKey.ILLUSTRATIVE.key(), List.of("leafletsDistributed"));
        for (DomainEventMessage<?> event : store(List.of(new Seed2020.Fact("Raid", "raid-x",
                SummaryEvents.raid("raid-x", d("2020-08-08"), 75, null))), illustrative)) {
            handlers.handle(event);
        }
        assertThat(reconciliation.reconcile(2020).differences()).isEmpty();

        // the correction that gives the real count, not yet seen by the projection
        store(List.of(new Seed2020.Fact("Raid", "raid-x", new RaidCorrectedEvent("raid-x", d("2020-08-08"), "Мира",
                "masks", List.of(), List.of(), 75, null, "посчитали"))));
        assertThat(reconciliation.reconcile(2020).differences()).extracting(SummaryReconciliation.Difference::field)
                .containsExactly("illustrative[0]");
    }

    private List<DomainEventMessage<?>> store(List<Seed2020.Fact> facts) {
        return store(facts, MetaData.emptyInstance());
    }

    private List<DomainEventMessage<?>> store(List<Seed2020.Fact> facts, MetaData extra) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Seed2020.Fact fact : facts) {
            long sequence = sequences.merge(fact.aggregateId(), 0L, (old, zero) -> old + 1);
            messages.add(new GenericDomainEventMessage<>(fact.aggregateType(), fact.aggregateId(), sequence,
                    fact.payload(), MetaData.with("issuedBy", "clerk").and("recordedAt", "2021-01-10T09:00:00Z")
                                            .mergedWith(extra)));
        }
        engine.appendEvents(messages);
        return messages;
    }
}
