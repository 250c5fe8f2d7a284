package ru.kogalym.civic.query.support;

import ru.kogalym.civic.query.projection.MongoReadModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoAddressChangedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.support.RegisterViolation;
import ru.kogalym.civic.contract.support.RegisterViolationKind;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryChangedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryExcludedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.journal.ActivityJournalProjection;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoRegistryProjection;
import ru.kogalym.civic.query.web.ExportTable;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageRequest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.query.testing.Messages.stamp;

class SupportRegisterTest {

    private static final String REGISTER = "register:sonco-support";
    private static final List<String> KINDS = List.of("сохранение национальной культуры", "межнациональное согласие");

    private static TestMongo mongo;
    private NcoRegistryProjection ncos;
    private ActivityJournalProjection journal;
    private SupportRegisterProjection entries;
    private SupportRegister register;

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
        ncos = new NcoRegistryProjection(new MongoReadModels(mongo.database()));
        journal = new ActivityJournalProjection(new MongoReadModels(mongo.database()));
        entries = new SupportRegisterProjection(new MongoReadModels(mongo.database()));
        ncos.reset();
        journal.reset();
        entries.reset();
        register = new SupportRegister(entries, new ActivityJournal(new MongoReadModels(mongo.database())),
                                       new NcoRegistry(new MongoReadModels(mongo.database())));

        ncos.on(new NcoRegisteredEvent("n1", "Местная общественная организация «Единство»", "Единство", null,
                                       LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Дагестанская", "1148600000123", "8608012345",
                                       "г. Когалым, ул. Мира, 1", null, d("2014-01-01"), null), stamp());
        ncos.on(new NcoRecognizedAsSoncoEvent("n1", d("2020-06-01")), stamp());
        ncos.on(new NcoRenamedEvent("n1", "МОО «Единство народов»", "Единство народов", null, d("2020-09-01")), stamp());
        ncos.on(new NcoAddressChangedEvent("n1", "г. Когалым, ул. Дружбы Народов, 5", d("2020-09-01")), stamp());
        journal.on(new SupportRecordedEvent("s1", "n1", SupportKind.PROPERTY, d("2020-03-01"), "Помещение в Доме Дружбы",
                                            null, d("2020-03-01"), d("2021-02-28"), "КУМИ"), stamp());
        journal.on(new SupportRecordedEvent("s2", "n1", SupportKind.FINANCIAL, d("2020-10-01"), "Субсидия на проект",
                                            10_000_000L, d("2020-10-01"), d("2020-12-31"), "Администрация города Когалыма"),
                   stamp());
        journal.on(new SupportCorrectedEvent("s2", "n1", SupportKind.FINANCIAL, d("2020-10-01"), "Субсидия на проект",
                                             15_000_000L, d("2020-10-01"), d("2020-12-31"),
                                             "Администрация города Когалыма", "сумма по соглашению"), stamp());
        journal.on(new SupportRecordedEvent("s3", "n1", SupportKind.CONSULTATIVE, d("2021-01-15"), "Консультация",
                                            null, null, null, "Отдел"), stamp());
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private void include(int number, String supportId, String includedOn, String decidedOn) {
        entries.on(new SupportRegisterEntryIncludedEvent(REGISTER, number, supportId, d(includedOn),
                                                         "Постановление № " + number, d(decidedOn), KINDS), stamp());
    }

    @Test
    void entriesShowTheirNumberTheNcoAsItStoodOnTheDayOfInclusionAndTheCorrectedSupport() {
        include(1, "s1", "2020-03-10", "2020-02-28");
        include(2, "s2", "2020-10-05", "2020-09-30");

        List<SupportRegisterRow> rows = register.rows(2020, false);
        assertThat(rows).extracting(SupportRegisterRow::entryNumber).containsExactly(1, 2);
        SupportRegisterRow property = rows.get(0);
        assertThat(property.includedOn()).isEqualTo(d("2020-03-10"));
        assertThat(property.basis()).isEqualTo("Постановление № 1");
        assertThat(property.ncoName()).isEqualTo("Местная общественная организация «Единство»");
        assertThat(property.address()).isEqualTo("г. Когалым, ул. Мира, 1");
        assertThat(property.ogrn()).isEqualTo("1148600000123");
        assertThat(property.inn()).isEqualTo("8608012345");
        assertThat(property.activityKinds()).isEqualTo(KINDS);
        assertThat(property.soncoOnDate()).isFalse();
        assertThat(property.formLabel()).isEqualTo("имущественная");
        assertThat(property.periodTo()).isEqualTo(d("2021-02-28"));
        assertThat(property.providedBy()).isEqualTo("КУМИ");
        SupportRegisterRow financial = rows.get(1);
        assertThat(financial.ncoName()).isEqualTo("МОО «Единство народов»");
        assertThat(financial.address()).isEqualTo("г. Когалым, ул. Дружбы Народов, 5");
        assertThat(financial.soncoOnDate()).isTrue();
        assertThat(financial.amount()).isEqualTo("150000.00");
        assertThat(register.rows(2021, false)).isEmpty();
    }

    @Test
    void aPageHoldsTheRowsOfTheWholeRegisterAtItsPlace() {
        include(1, "s1", "2020-03-10", "2020-02-28");
        include(2, "s-unknown", "2020-04-10", "2020-04-01");
        include(3, "s2", "2020-10-05", "2020-09-30");
        include(4, "s3", "2021-01-20", "2021-01-15");
        List<SupportRegisterRow> whole = register.rows(null, false);

        for (int size = 1; size <= 5; size++) {
            for (int page = 0; page * size <= whole.size(); page++) {
                Page<SupportRegisterRow> shown = register.page(null, false, new PageRequest(page, size));
                assertThat(shown.items()).isEqualTo(Page.of(whole, new PageRequest(page, size)).items());
                assertThat(shown.total()).isEqualTo(4);
            }
        }
        assertThat(register.page(2020, false, new PageRequest(0, 50)).items()).isEqualTo(register.rows(2020, false));
        assertThat(whole.get(1).ncoName()).as("a support the journal does not know").isNull();
        assertThat(register.row(3)).contains(whole.get(2));
    }

    @Test
    void anEntryMadeMoreThanThirtyDaysAfterTheDecisionIsFlagged() {
        include(1, "s1", "2020-03-29", "2020-02-28"); // the thirtieth day
        include(2, "s2", "2020-11-01", "2020-09-30");

        assertThat(register.rows(null, false)).extracting(SupportRegisterRow::includedLate).containsExactly(false, true);
    }

    @Test
    void aChangeStatesTheStopOfSupportAndTheViolationsFound() {
        include(1, "s2", "2020-10-05", "2020-09-30");
        RegisterViolation misuse = new RegisterViolation(RegisterViolationKind.MISUSE_OF_FUNDS, d("2020-12-15"),
                                                         "Часть субсидии израсходована не по соглашению");
        entries.on(new SupportRegisterEntryChangedEvent(REGISTER, 1, d("2020-12-21"), "Постановление № 1",
                                                        d("2020-09-30"), KINDS, d("2020-12-20"), List.of(misuse),
                                                        "проверка"), stamp());

        SupportRegisterRow row = register.row(1).orElseThrow();
        assertThat(row.supportStoppedOn()).isEqualTo(d("2020-12-20"));
        assertThat(row.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo("MISUSE_OF_FUNDS");
            assertThat(v.kindLabel()).isEqualTo("нецелевое использование предоставленных средств");
            assertThat(v.description()).isEqualTo("Часть субсидии израсходована не по соглашению");
        });
        List<Object> cells = register.table(null, false).rows().get(0);
        assertThat(cells.get(column("violations")).toString())
                .isEqualTo("2020-12-15: нецелевое использование предоставленных средств — "
                           + "Часть субсидии израсходована не по соглашению");
        assertThat(cells.get(column("supportStoppedOn"))).isEqualTo(d("2020-12-20"));
    }

    @Test
    void anExcludedEntryLeavesTheRegisterButKeepsItsNumberAndCanBeRead() {
        include(1, "s1", "2020-03-10", "2020-02-28");
        include(2, "s2", "2020-10-05", "2020-09-30");
        entries.on(new SupportRegisterEntryExcludedEvent(REGISTER, 1, d("2023-03-01"), "Постановление № 99",
                                                         "прошло три года"), stamp());

        assertThat(register.rows(null, false)).extracting(SupportRegisterRow::entryNumber).containsExactly(2);
        assertThat(register.rows(null, true)).extracting(SupportRegisterRow::entryNumber).containsExactly(1, 2);
        assertThat(register.row(1).orElseThrow().excludedOn()).isEqualTo(d("2023-03-01"));
        assertThat(register.row(1).orElseThrow().exclusionBasis()).isEqualTo("Постановление № 99");
        assertThat(register.row(3)).isEmpty();
    }

    @Test
    void anEntryWhoseSupportWasWithdrawnSaysSo() {
        include(1, "s3", "2021-01-20", "2021-01-15");
        journal.on(new SupportWithdrawnEvent("s3", "записано ошибочно"), stamp());

        assertThat(register.row(1).orElseThrow().supportWithdrawn()).isTrue();
        assertThat(register.row(1).orElseThrow().formLabel()).isEqualTo("консультационная");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        var message = stamp();
        SupportRegisterEntryIncludedEvent included = new SupportRegisterEntryIncludedEvent(REGISTER, 1, "s1",
                d("2020-03-10"), "Постановление № 1", d("2020-02-28"), KINDS);
        entries.on(included, message);
        SupportRegisterEntryExcludedEvent excluded = new SupportRegisterEntryExcludedEvent(REGISTER, 1,
                d("2023-03-01"), "Постановление № 99", "прошло три года");
        var exclusion = stamp();
        entries.on(excluded, exclusion);
        entries.on(included, message);
        entries.on(excluded, exclusion);

        assertThat(register.row(1).orElseThrow().excludedOn()).isEqualTo(d("2023-03-01"));
        assertThat(register.rows(null, true)).hasSize(1);
    }

    private static int column(String field) {
        return register().fields().indexOf(field);
    }

    private static ExportTable register() {
        return new ExportTable(SupportRegister.DATASET, SupportRegister.COLUMNS, List.of());
    }
}
