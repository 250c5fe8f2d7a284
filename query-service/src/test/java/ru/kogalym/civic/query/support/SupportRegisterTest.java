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
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.journal.ActivityJournalProjection;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoRegistryProjection;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.query.testing.Messages.stamp;

class SupportRegisterTest {

    private static TestMongo mongo;
    private NcoRegistryProjection ncos;
    private ActivityJournalProjection journal;
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
        ncos.reset();
        journal.reset();
        register = new SupportRegister(new ActivityJournal(new MongoReadModels(mongo.database())), new NcoRegistry(new MongoReadModels(mongo.database())));
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void entriesShowTheNcoAsItStoodOnTheDayAndTheCorrectedSupport() {
        ncos.on(new NcoRegisteredEvent("n1", "Местная общественная организация «Единство»", "Единство", null,
                                       LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Дагестанская", "1148600000123", "8608012345",
                                       "г. Когалым, ул. Мира, 1", null, d("2014-01-01"), null), stamp());
        ncos.on(new NcoRecognizedAsSoncoEvent("n1", d("2020-06-01")), stamp());
        ncos.on(new NcoRenamedEvent("n1", "МОО «Единство народов»", "Единство народов", null, d("2020-09-01")), stamp());
        ncos.on(new NcoAddressChangedEvent("n1", "г. Когалым, ул. Дружбы Народов, 5", d("2020-09-01")), stamp());
        journal.on(new SupportRecordedEvent("s2", "n1", SupportKind.FINANCIAL, d("2020-10-01"), "Субсидия на проект",
                                            10_000_000L, d("2020-10-01"), d("2020-12-31"), "Администрация города Когалыма"), stamp());
        journal.on(new SupportRecordedEvent("s1", "n1", SupportKind.PROPERTY, d("2020-03-01"), "Помещение в Доме Дружбы",
                                            null, d("2020-03-01"), d("2021-02-28"), "КУМИ"), stamp());
        journal.on(new SupportCorrectedEvent("s2", "n1", SupportKind.FINANCIAL, d("2020-10-01"), "Субсидия на проект",
                                             15_000_000L, d("2020-10-01"), d("2020-12-31"),
                                             "Администрация города Когалыма", "сумма по соглашению"), stamp());
        journal.on(new SupportRecordedEvent("s3", "n1", SupportKind.CONSULTATIVE, d("2020-11-01"), "Консультация",
                                            null, null, null, "Отдел"), stamp());
        journal.on(new SupportWithdrawnEvent("s3", "записано ошибочно"), stamp());
        journal.on(new SupportRecordedEvent("s4", "n1", SupportKind.INFORMATIONAL, d("2021-01-15"), "Публикация",
                                            null, null, null, "Пресс-служба"), stamp());

        assertThat(register.rows(2020)).extracting(SupportRegisterRow::supportId).containsExactly("s1", "s2");
        SupportRegisterRow property = register.rows(2020).get(0);
        assertThat(property.ncoName()).isEqualTo("Местная общественная организация «Единство»");
        assertThat(property.address()).isEqualTo("г. Когалым, ул. Мира, 1");
        assertThat(property.ogrn()).isEqualTo("1148600000123");
        assertThat(property.inn()).isEqualTo("8608012345");
        assertThat(property.soncoOnDate()).isFalse();
        assertThat(register.rows(2020).get(1).soncoOnDate()).isTrue();
        assertThat(property.kindLabel()).isEqualTo("имущественная");
        assertThat(property.periodTo()).isEqualTo(d("2021-02-28"));
        SupportRegisterRow financial = register.rows(2020).get(1);
        assertThat(financial.ncoName()).isEqualTo("МОО «Единство народов»");
        assertThat(financial.address()).isEqualTo("г. Когалым, ул. Дружбы Народов, 5");
        assertThat(financial.amount()).isEqualTo("150000.00");
        assertThat(financial.providedBy()).isEqualTo("Администрация города Когалыма");
        assertThat(register.rows(2021)).extracting(SupportRegisterRow::supportId).containsExactly("s4");
        assertThat(register.rows(null)).hasSize(3);
    }
}
