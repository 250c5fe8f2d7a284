package ru.kogalym.civic.query.nco;

import ru.kogalym.civic.query.projection.MongoReadModels;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoAddressChangedEvent;
import ru.kogalym.civic.contract.nco.NcoExcludedFromStateRegistryEvent;
import ru.kogalym.civic.contract.nco.NcoIdentifiersRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoLeaderChangedEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoSoncoStatusWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.query.testing.Messages.msg;
import static ru.kogalym.civic.query.testing.Messages.stamp;

class NcoRegistryProjectionTest {

    private static final String[] NAMES = {"Единство", "Дружба", "Ёлочка", "Нур", "Алания", "Свет", "Ак Барс", "Яр"};
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

    private static TestMongo mongo;
    private NcoRegistryProjection projection;
    private NcoRegistry registry;

    @BeforeAll
    static void startMongo() {
        mongo = TestMongo.start();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void setUp() {
        projection = new NcoRegistryProjection(new MongoReadModels(mongo.database()));
        projection.reset();
        registry = new NcoRegistry(new MongoReadModels(mongo.database()));
    }

    static NcoRegisteredEvent registered(String id, String fullName, String shortName, LocalDate on, LocalDate stateOn) {
        return new NcoRegisteredEvent(id, fullName, shortName, null, LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Дагестанская",
                                      null, null, "ул. Мира, 1", "Магомедов М.М.", on,
                                      stateOn == null ? null : new StateRegistration(stateOn, "8614010" + id));
    }

    private NcoState current(String id) {
        return registry.entry(id).orElseThrow().stateAsOf(LocalDate.MAX);
    }

    @Test
    void registrationEntersTheRegistryWithItsStateRegistration() {
        projection.on(registered("n1", "Местная общественная организация «Единство»", "Единство",
                                 LocalDate.of(2019, 3, 1), LocalDate.of(2018, 5, 10)), stamp());
        NcoState nco = current("n1");
        assertThat(nco.fullName()).isEqualTo("Местная общественная организация «Единство»");
        assertThat(nco.shortName()).isEqualTo("Единство");
        assertThat(nco.community()).isEqualTo("Дагестанская");
        assertThat(nco.stateRegistered()).isTrue();
        assertThat(nco.stateRegisteredOn()).isEqualTo(LocalDate.of(2018, 5, 10));
        assertThat(nco.stateRegistrationNumber()).isEqualTo("8614010n1");
        assertThat(registry.find(NcoFilter.current())).extracting(NcoState::id).containsExactly("n1");
    }

    @Test
    void redeliveredEventsChangeNothing() {
        EventMessage<?> registration = msg(registered("n1", "Общество «НУР»", "НУР", LocalDate.of(2019, 1, 1), null));
        NcoRegisteredEvent payload = (NcoRegisteredEvent) registration.getPayload();
        projection.on(payload, registration);
        EventMessage<?> rename = msg(new NcoRenamedEvent("n1", "Общество «НУР-2»", "НУР-2", null, LocalDate.of(2020, 1, 1)));
        projection.on((NcoRenamedEvent) rename.getPayload(), rename);
        projection.on((NcoRenamedEvent) rename.getPayload(), rename);
        projection.on(payload, registration);
        assertThat(registry.entry("n1").orElseThrow().history()).hasSize(2);
        assertThat(current("n1").shortName()).isEqualTo("НУР-2");
    }

    @Test
    void stateRegistrationAndExclusionAreDatedPeriods() {
        projection.on(registered("n1", "Кызыл Ту", null, LocalDate.of(2019, 1, 1), null), stamp());
        projection.on(new NcoStateRegistrationRecordedEvent("n1", LocalDate.of(2019, 6, 1), "123"), stamp());
        projection.on(new NcoExcludedFromStateRegistryEvent("n1", LocalDate.of(2020, 6, 1), "отчёты не сданы"),
                      stamp("auditor", "2020-06-02T10:00:00Z"));
        NcoEntry entry = registry.entry("n1").orElseThrow();
        assertThat(entry.stateAsOf(LocalDate.of(2019, 5, 31)).stateRegistered()).isFalse();
        assertThat(entry.stateAsOf(LocalDate.of(2019, 6, 1)).stateRegistered()).isTrue();
        assertThat(entry.stateAsOf(LocalDate.of(2020, 5, 31)).stateRegistered()).isTrue();
        assertThat(entry.stateAsOf(LocalDate.of(2020, 6, 1)).stateRegistered()).isFalse();
        NcoChange exclusion = entry.chronology().get(2);
        assertThat(exclusion.type()).isEqualTo(NcoChange.Type.EXCLUDED_FROM_STATE_REGISTRY);
        assertThat(exclusion.reason()).isEqualTo("отчёты не сданы");
        assertThat(exclusion.issuedBy()).isEqualTo("auditor");
        assertThat(exclusion.recordedAt()).isEqualTo("2020-06-02T10:00:00Z");
    }

    @Test
    void renamesLeaderAddressAndIdentifiersFollowTheirDates() {
        projection.on(registered("n1", "Достлуг", "Достлуг", LocalDate.of(2019, 1, 1), null), stamp());
        projection.on(new NcoRenamedEvent("n1", "Общество «Дружба»", "Дружба", "Friendship", LocalDate.of(2020, 7, 1)), stamp());
        projection.on(new NcoLeaderChangedEvent("n1", "Алиев А.А.", LocalDate.of(2020, 2, 1)), stamp());
        projection.on(new NcoAddressChangedEvent("n1", "ул. Дружбы Народов, 7", LocalDate.of(2020, 3, 1)), stamp());
        projection.on(new NcoIdentifiersRecordedEvent("n1", "1028600000001", "8608000001"), stamp());
        NcoEntry entry = registry.entry("n1").orElseThrow();
        NcoState before = entry.stateAsOf(LocalDate.of(2020, 1, 31));
        assertThat(before.fullName()).isEqualTo("Достлуг");
        assertThat(before.leader()).isEqualTo("Магомедов М.М.");
        assertThat(before.ogrn()).isEqualTo("1028600000001");
        NcoState after = entry.stateAsOf(LocalDate.of(2020, 7, 1));
        assertThat(after.fullName()).isEqualTo("Общество «Дружба»");
        assertThat(after.nameTranslation()).isEqualTo("Friendship");
        assertThat(after.leader()).isEqualTo("Алиев А.А.");
        assertThat(after.address()).isEqualTo("ул. Дружбы Народов, 7");
        assertThat(after.inn()).isEqualTo("8608000001");
    }

    @Test
    void soncoStatusAndLiquidation() {
        projection.on(registered("n1", "Ак калфак", null, LocalDate.of(2019, 1, 1), null), stamp());
        projection.on(new NcoRecognizedAsSoncoEvent("n1", LocalDate.of(2019, 4, 1)), stamp());
        projection.on(new NcoSoncoStatusWithdrawnEvent("n1", LocalDate.of(2020, 4, 1), "нет деятельности"), stamp());
        projection.on(new NcoLiquidatedEvent("n1", LocalDate.of(2020, 12, 1), "решение учредителей"), stamp());
        NcoEntry entry = registry.entry("n1").orElseThrow();
        assertThat(entry.stateAsOf(LocalDate.of(2019, 4, 1)).sonco()).isTrue();
        assertThat(entry.stateAsOf(LocalDate.of(2020, 4, 1)).sonco()).isFalse();
        assertThat(entry.stateAsOf(LocalDate.of(2020, 11, 30)).liquidated()).isFalse();
        assertThat(current("n1").liquidated()).isTrue();
        assertThat(current("n1").liquidatedOn()).isEqualTo(LocalDate.of(2020, 12, 1));
        assertThat(registry.find(NcoFilter.current())).isEmpty();
        assertThat(registry.find(new NcoFilter(null, null, null, null, null, null, true))).hasSize(1);
        assertThat(registry.find(new NcoFilter(LocalDate.of(2020, 6, 1), null, null, null, null, null, false))).hasSize(1);
    }

    @Test
    void aCorrectedRegistrationStandsInForWhatTheRegistrationRecordedAndLaterRenamingsStillApply() {
        projection.on(registered("n1", "Достлуг", "Достлуг", LocalDate.of(2019, 1, 1), null), stamp());
        projection.on(new NcoRenamedEvent("n1", "Общество «Дружба»", "Дружба", null, LocalDate.of(2020, 7, 1)), stamp());
        projection.on(new NcoRegistrationCorrectedEvent("n1", "Общество «Достлуг»", null, "Friendship",
                                                        LegalForm.AUTONOMOUS_NONPROFIT_ORGANIZATION, "Азербайджанская",
                                                        LocalDate.of(2019, 6, 1), "дата по свидетельству"),
                      msg(null, "inspector", "2021-02-01T09:00:00Z"));

        NcoEntry entry = registry.entry("n1").orElseThrow();
        NcoState registeredThen = entry.stateAsOf(LocalDate.of(2019, 6, 1));
        assertThat(registeredThen.registeredOn()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(registeredThen.fullName()).isEqualTo("Общество «Достлуг»");
        assertThat(registeredThen.shortName()).isNull();
        assertThat(registeredThen.nameTranslation()).isEqualTo("Friendship");
        assertThat(registeredThen.legalForm()).isEqualTo("AUTONOMOUS_NONPROFIT_ORGANIZATION");
        assertThat(registeredThen.community()).isEqualTo("Азербайджанская");
        assertThat(registeredThen.address()).as("not corrected").isEqualTo("ул. Мира, 1");
        assertThat(current("n1").fullName()).isEqualTo("Общество «Дружба»");
        assertThat(current("n1").community()).isEqualTo("Азербайджанская");
        assertThat(registry.find(filter(LocalDate.of(2019, 5, 31), null))).isEmpty();
        assertThat(registry.find(filter(LocalDate.of(2019, 6, 1), null))).extracting(NcoState::id).containsExactly("n1");

        assertThat(entry.chronology()).extracting(NcoChange::type).containsExactly(NcoChange.Type.REGISTERED,
                NcoChange.Type.REGISTRATION_CORRECTED, NcoChange.Type.RENAMED);
        NcoChange correction = entry.chronology().get(1);
        assertThat(correction.on()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(correction.reason()).isEqualTo("дата по свидетельству");
        assertThat(correction.issuedBy()).isEqualTo("inspector");
        assertThat(entry.chronology().get(0).on()).as("the registration as first recorded stays in the history")
                                                  .isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void aWithdrawnNcoLeavesEveryListOfTheRegistryButKeepsItsHistory() {
        projection.on(registered("n1", "Ошибочная запись", null, LocalDate.of(2019, 1, 1), null), stamp());
        projection.on(registered("n2", "Единство", null, LocalDate.of(2019, 1, 1), null), stamp());
        projection.on(new NcoWithdrawnEvent("n1", "зарегистрирована по ошибке", null, null), stamp());

        assertThat(registry.find(NcoFilter.current())).extracting(NcoState::id).containsExactly("n2");
        assertThat(registry.find(filter(LocalDate.of(2019, 12, 31), null))).extracting(NcoState::id)
                                                                            .containsExactly("n2");
        assertThat(registry.find(new NcoFilter(null, null, null, null, null, null, true))).extracting(NcoState::id)
                                                                                          .containsExactly("n2");
        NcoEntry entry = registry.entry("n1").orElseThrow();
        assertThat(entry.isWithdrawn()).isTrue();
        assertThat(entry.chronology()).extracting(NcoChange::type)
                                      .containsExactly(NcoChange.Type.REGISTERED, NcoChange.Type.WITHDRAWN);
        assertThat(entry.chronology().get(1).reason()).isEqualTo("зарегистрирована по ошибке");
    }

    @Test
    void eventsForAnUnknownNcoAreIgnored() {
        projection.on(new NcoLiquidatedEvent("ghost", LocalDate.of(2020, 12, 1), null), stamp());
        assertThat(registry.entry("ghost")).isEmpty();
    }

    @Test
    void resetClearsTheRegistry() {
        projection.on(registered("n1", "ВАЙНАХ", null, LocalDate.of(2019, 1, 1), null), stamp());
        projection.reset();
        assertThat(registry.all()).isEmpty();
    }

    @Test
    void asOfCountsRegistrationsAndStatusesOnThatDate() {
        projection.on(registered("a", "Единство", null, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1)), stamp());
        projection.on(registered("b", "Ак-Ниет", null, LocalDate.of(2020, 5, 1), null), stamp());
        projection.on(registered("c", "ВАЙНАХ", null, LocalDate.of(2018, 1, 1), null), stamp());
        projection.on(new NcoStateRegistrationRecordedEvent("c", LocalDate.of(2020, 3, 1), null), stamp());
        projection.on(new NcoLiquidatedEvent("a", LocalDate.of(2021, 2, 1), null), stamp());

        LocalDate endOf2019 = LocalDate.of(2019, 12, 31);
        assertThat(registry.find(filter(endOf2019, null))).extracting(NcoState::id).containsExactly("c", "a");
        assertThat(registry.find(filter(endOf2019, true))).extracting(NcoState::id).containsExactly("a");
        LocalDate endOf2020 = LocalDate.of(2020, 12, 31);
        assertThat(registry.find(filter(endOf2020, true))).extracting(NcoState::id).containsExactly("c", "a");
        assertThat(registry.find(filter(endOf2020, false))).extracting(NcoState::id).containsExactly("b");
        assertThat(registry.find(filter(LocalDate.of(2021, 2, 1), null))).extracting(NcoState::id).containsExactly("b", "c");
    }

    private static NcoFilter filter(LocalDate asOf, Boolean stateRegistered) {
        return new NcoFilter(asOf, stateRegistered, null, null, null, null, false);
    }

    @Test
    void filtersByCommunityLegalFormSoncoAndAnyName() {
        projection.on(new NcoRegisteredEvent("k", "Общественная организация казахов", "Кызыл Ту", "Красное Знамя",
                                             LegalForm.CITY_PUBLIC_ORGANIZATION, "Казахская", null, null, null, null,
                                             LocalDate.of(2018, 1, 1), null), stamp());
        projection.on(registered("d", "Единство", null, LocalDate.of(2018, 1, 1), null), stamp());
        projection.on(new NcoRecognizedAsSoncoEvent("d", LocalDate.of(2019, 1, 1)), stamp());

        assertThat(ids(new NcoFilter(null, null, "казахская", null, null, null, false))).containsExactly("k");
        assertThat(ids(new NcoFilter(null, null, null, "CITY_PUBLIC_ORGANIZATION", null, null, false))).containsExactly("k");
        assertThat(ids(new NcoFilter(null, null, null, null, true, null, false))).containsExactly("d");
        assertThat(ids(new NcoFilter(null, null, null, null, false, null, false))).containsExactly("k");
        assertThat(ids(new NcoFilter(null, null, null, null, null, "знамя", false))).containsExactly("k");
        assertThat(ids(new NcoFilter(null, null, null, null, null, "КЫЗЫЛ", false))).containsExactly("k");
        assertThat(ids(new NcoFilter(null, null, null, null, null, "единст", false))).containsExactly("d");
        assertThat(ids(new NcoFilter(null, null, null, null, null, "нет такого", false))).isEmpty();
    }

    @Test
    void namesSortInRussianOrderWithYoAfterYeAndIdBreakingTies() {
        LocalDate on = LocalDate.of(2019, 1, 1);
        projection.on(registered("5", "Жемчужина", null, on, null), stamp());
        projection.on(registered("4", "Ёлочка", null, on, null), stamp());
        projection.on(registered("3", "Ежевика", null, on, null), stamp());
        projection.on(registered("2", "Единство", null, on, null), stamp());
        projection.on(registered("1", "Единство", null, on, null), stamp());
        projection.on(registered("0", "Азербайджанская автономия", null, on, null), stamp());
        assertThat(registry.find(NcoFilter.current()))
                .extracting(NcoState::id).containsExactly("0", "1", "2", "3", "4", "5");
    }

    private List<String> ids(NcoFilter filter) {
        return registry.find(filter).stream().map(NcoState::id).toList();
    }

    @Test
    void aPastDaysListingIsTheWholeFoldOfThatDayInEitherOrder() {
        Random random = new Random(10);
        for (int i = 0; i < 120; i++) {
            String id = "n" + i;
            String name = NAMES[random.nextInt(NAMES.length)] + " " + random.nextInt(30);
            projection.on(registered(id, "Организация «" + name + "»",
                                                               random.nextBoolean() ? name : null, day(random), null),
                          stamp());
            if (random.nextInt(3) == 0) {
                String renamed = NAMES[random.nextInt(NAMES.length)] + " " + random.nextInt(30);
                projection.on(new NcoRenamedEvent(id, "Общество «" + renamed + "»", renamed, null, day(random)),
                              stamp());
            }
            if (random.nextInt(4) == 0) {
                projection.on(new NcoRecognizedAsSoncoEvent(id, day(random)), stamp());
            }
            if (random.nextInt(6) == 0) {
                projection.on(new NcoLiquidatedEvent(id, day(random), "решение суда"), stamp());
            }
            if (random.nextInt(15) == 0) {
                projection.on(new NcoWithdrawnEvent(id, "внесена по ошибке", null, null), stamp());
            }
        }
        for (NcoRegistry.Sort sort : NcoRegistry.Sort.values()) {
            // long ago most NCOs have changed since (all sorted again), lately a few (merged into today's order)
            for (LocalDate date : List.of(FIRST.minusDays(1), FIRST.plusYears(2), FIRST.plusYears(5).plusDays(17),
                                          FIRST.plusDays(365 * 10 - 200), FIRST.plusDays(365 * 10 - 60),
                                          FIRST.plusYears(11))) {
                NcoFilter everyNco = new NcoFilter(date, null, null, null, null, null, true);
                assertThat(registry.find(everyNco, sort)).as("%s on %s", sort, date).isEqualTo(wholeFold(date, sort));
            }
        }
    }

    @Test
    void anNcoNothingHappenedToSinceTheDayIsHeldOnceForEveryDayAsked() {
        projection.on(registered("settled", "Общество «Свет»", null,
                                                           LocalDate.of(2016, 1, 1), null), stamp());
        projection.on(registered("renamed", "Общество «Ак Барс»", null,
                                                           LocalDate.of(2016, 1, 1), null), stamp());
        projection.on(new NcoRenamedEvent("renamed", "Общество «Яр»", null, null, LocalDate.of(2021, 1, 1)), stamp());

        Map<String, NcoState> now = byId(registry.find(NcoFilter.current()));
        Map<String, NcoState> in2020 = byId(registry.find(NcoFilter.asOf(LocalDate.of(2020, 1, 1))));
        Map<String, NcoState> in2019 = byId(registry.find(NcoFilter.asOf(LocalDate.of(2019, 1, 1))));

        assertThat(in2020.get("settled")).isSameAs(now.get("settled")).isSameAs(in2019.get("settled"));
        assertThat(in2020.get("renamed").fullName()).isEqualTo("Общество «Ак Барс»");
        assertThat(now.get("renamed").fullName()).isEqualTo("Общество «Яр»");
        assertThat(registry.find(NcoFilter.asOf(LocalDate.of(2020, 1, 1)))).extracting(NcoState::id)
                .containsExactly("renamed", "settled");
        assertThat(registry.find(NcoFilter.current())).extracting(NcoState::id).containsExactly("settled", "renamed");
    }

    private static LocalDate day(Random random) {
        return FIRST.plusDays(random.nextInt(365 * 10));
    }

    /** Every NCO folded on the day and sorted, as the registry did before it kept a listing of everything recorded. */
    private List<NcoState> wholeFold(LocalDate date, NcoRegistry.Sort sort) {
        Function<NcoState, String> key = sort == NcoRegistry.Sort.FULL_NAME ? NcoState::fullName : NcoState::name;
        return registry.all().stream().filter(e -> !e.isWithdrawn()).map(e -> e.stateAsOf(date))
                       .filter(NcoState::inRegistry)
                       .sorted(Comparator.comparing(key, RussianCollation.order())
                                         .thenComparing(NcoState::fullName, RussianCollation.order())
                                         .thenComparing(NcoState::id))
                       .toList();
    }

    private static Map<String, NcoState> byId(List<NcoState> states) {
        Map<String, NcoState> byId = new HashMap<>();
        states.forEach(state -> byId.put(state.id(), state));
        return byId;
    }
}
