package ru.kogalym.civic.query.council;

import ru.kogalym.civic.query.projection.MongoReadModels;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.query.testing.Messages.msg;
import static ru.kogalym.civic.query.testing.Messages.stamp;

class BodiesProjectionTest {

    private static TestMongo mongo;
    private BodiesProjection projection;
    private Bodies bodies;

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
        projection = new BodiesProjection(new MongoReadModels(mongo.database()));
        projection.reset();
        bodies = new Bodies(new MongoReadModels(mongo.database()));
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private void commissionWithTwoMembers() {
        projection.on(new BodyEstablishedEvent("c1", BodyKind.COMMISSION, "Комиссия по противодействию экстремистской деятельности",
                                               null, d("2015-01-01")), stamp());
        projection.on(new BodyMemberAddedEvent("c1", BodyKind.COMMISSION, "mem1", "n1", null, "член комиссии", d("2019-01-10")), stamp());
        projection.on(new BodyMemberAddedEvent("c1", BodyKind.COMMISSION, "mem2", null, "Петров П.П.", "секретарь", d("2020-02-01")), stamp());
    }

    @Test
    void membersAsOfADate() {
        commissionWithTwoMembers();
        projection.on(new BodyMemberRemovedEvent("c1", BodyKind.COMMISSION, "mem1", "n1", null, d("2020-06-30"), "выход"), stamp());
        BodyEntry body = bodies.body("c1").orElseThrow();
        assertThat(body.membersOn(d("2019-01-09"))).isEmpty();
        assertThat(body.membersOn(d("2019-01-10"))).extracting(BodyMember::memberId).containsExactly("mem1");
        assertThat(body.membersOn(d("2020-06-29"))).extracting(BodyMember::memberId).containsExactly("mem1", "mem2");
        assertThat(body.membersOn(d("2020-06-30"))).extracting(BodyMember::memberId).containsExactly("mem2");
        assertThat(body.members().get(0).removalReason()).isEqualTo("выход");
    }

    @Test
    void dissolutionEndsEveryMembership() {
        commissionWithTwoMembers();
        projection.on(new BodyDissolvedEvent("c1", BodyKind.COMMISSION, "Комиссия", d("2021-01-01"), "реорганизация"), stamp());
        BodyEntry body = bodies.body("c1").orElseThrow();
        assertThat(body.dissolvedBy(d("2020-12-31"))).isFalse();
        assertThat(body.membersOn(d("2020-12-31"))).hasSize(2);
        assertThat(body.dissolvedBy(d("2021-01-01"))).isTrue();
        assertThat(body.membersOn(d("2021-01-01"))).isEmpty();
        assertThat(body.dissolutionReason()).isEqualTo("реорганизация");
    }

    @Test
    void listsByKindAndEstablishmentDateInRussianOrder() {
        projection.on(new BodyEstablishedEvent("b2", BodyKind.COUNCIL, "Общественный совет по культуре", CouncilArea.CULTURE, d("2018-01-01")), stamp());
        projection.on(new BodyEstablishedEvent("b1", BodyKind.COUNCIL, "Общественный Совет города Когалыма", CouncilArea.CITY_WIDE, d("2010-01-01")), stamp());
        projection.on(new BodyEstablishedEvent("b3", BodyKind.COMMISSION, "Антиэкстремистская комиссия", null, d("2015-01-01")), stamp());
        assertThat(bodies.find(BodyKind.COUNCIL, LocalDate.MAX)).extracting(BodyEntry::id).containsExactly("b1", "b2");
        assertThat(bodies.find(null, LocalDate.MAX)).extracting(BodyEntry::id).containsExactly("b3", "b1", "b2");
        assertThat(bodies.find(null, d("2016-01-01"))).extracting(BodyEntry::id).containsExactly("b3", "b1");
        assertThat(bodies.body("b2").orElseThrow().area()).isEqualTo("CULTURE");
    }

    @Test
    void redeliveredEventsChangeNothingAndResetClears() {
        commissionWithTwoMembers();
        EventMessage<?> added = msg(new BodyMemberAddedEvent("c1", BodyKind.COMMISSION, "mem3", "n3", null, null, d("2020-03-01")));
        projection.on((BodyMemberAddedEvent) added.getPayload(), added);
        projection.on((BodyMemberAddedEvent) added.getPayload(), added);
        assertThat(bodies.body("c1").orElseThrow().members()).hasSize(3);
        projection.reset();
        assertThat(bodies.body("c1")).isEmpty();
    }
}
