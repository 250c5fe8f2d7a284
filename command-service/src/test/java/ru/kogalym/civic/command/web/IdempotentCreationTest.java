package ru.kogalym.civic.command.web;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.council.BodyController;
import ru.kogalym.civic.command.raid.RaidController;
import ru.kogalym.civic.contract.council.AddBodyMemberCommand;
import ru.kogalym.civic.contract.council.EstablishCommissionCommand;
import ru.kogalym.civic.contract.raid.RecordRaidCommand;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decisions of {@link IdempotentCreation}, made on the real application and its store. */
class IdempotentCreationTest extends ApiTestSupport {

    private static final LocalDate ESTABLISHED = LocalDate.of(2010, 1, 1);

    @Autowired
    private IdempotentCreation creations;

    private IdempotentCreation staff() {
        return creations.as(new CommandContext("staff", "test-" + UUID.randomUUID()));
    }

    private Created establish(String id, String name) {
        return staff().create(BodyController.COMMISSION, id, bodyId -> new EstablishCommissionCommand(bodyId, name,
                ESTABLISHED));
    }

    @Test
    void theFirstCreationRecordsAndTheSameRequestAgainIsAnsweredFromTheStore() {
        String id = newId("commission");
        Created first = establish(id, "Комиссия");
        int events = allEvents().size();

        Created again = establish(id, "Комиссия");

        assertThat(first.replayed()).isFalse();
        assertThat(again).isEqualTo(new Created(id, first.location(), true));
        assertThat(first.location()).isEqualTo(QUERY_SERVICE + "/api/bodies/" + id);
        assertThat(allEvents()).hasSize(events);
    }

    @Test
    void anotherRequestWithATakenIdIsAConflictAboutTheId() {
        String id = newId("commission");
        establish(id, "Комиссия");

        assertRefused(() -> establish(id, "Другая комиссия"), HttpStatus.CONFLICT, "id");
    }

    @Test
    void theIdOfAnotherKindOfRecordIsTakenToo() {
        String nco = registeredNco();

        assertRefused(() -> establish(nco, "Комиссия"), HttpStatus.CONFLICT, "id");
    }

    @Test
    void aPartIsCreatedOnceAndAnotherRequestForItsIdIsAConflictAboutThePart() {
        String commission = establishedCommission();
        String nco = registeredNco();
        String other = registeredNco();

        Created first = addMember(commission, "member-1", nco);
        Created again = addMember(commission, "member-1", nco);

        assertThat(first.replayed()).isFalse();
        assertThat(again).isEqualTo(new Created("member-1", first.location(), true));
        assertRefused(() -> addMember(commission, "member-1", other), HttpStatus.CONFLICT, "memberId");
    }

    @Test
    void aPartOfAnUnknownRecordOrOfAnotherKindIsNotFound() {
        String nco = registeredNco();

        for (String record : new String[] {newId("commission"), nco, establishedCouncil()}) {
            assertRefused(() -> addMember(record, "member-1", nco), HttpStatus.NOT_FOUND, "id");
        }
    }

    @Test
    void aRefusedCreationLeavesAsTheDomainsFailureForTheProblemHandler() {
        assertThatThrownBy(() -> establish(newId("commission"), ""))
                .isInstanceOfSatisfying(CommandFailure.class, failure -> {
                    assertThat(failure.failure()).isInstanceOf(InvalidCommandException.class);
                    assertThat(failure.idField()).isEqualTo("bodyId");
                    assertThat(failure.idParam()).isEqualTo("id");
                });
    }

    @Test
    void aRaidIsSentWithoutReadingItsStreamAndAnsweredAsBeforeWhenItsIdIsTaken() {
        String nco = registeredNco();
        String id = newId("raid");
        Created first = recordRaid(id, nco, 20);
        int events = allEvents().size();

        Created again = recordRaid(id, nco, 20);

        assertThat(first.replayed()).isFalse();
        assertThat(again).isEqualTo(new Created(id, first.location(), true));
        assertThat(allEvents()).hasSize(events);
        assertRefused(() -> recordRaid(id, nco, 21), HttpStatus.CONFLICT, "id");
        // the same answer as when the id was read first, whatever the body would have met
        assertRefused(() -> recordRaid(id, nco, -1), HttpStatus.CONFLICT, "id");
        assertRefused(() -> recordRaid(nco, nco, 20), HttpStatus.CONFLICT, "id");
        assertThat(allEvents()).hasSize(events);
        // the refused appends' reservations went with their rollback
        assertThat(MONGO.database().getCollection("lookup_references").find(new Document("_id", nco)).first()
                        .getList("pending", Document.class)).isEmpty();
    }

    @Test
    void anInvalidRaidWithAFreeIdIsRefusedForItsBody() {
        assertThatThrownBy(() -> recordRaid(newId("raid"), registeredNco(), -1))
                .isInstanceOfSatisfying(CommandFailure.class,
                        failure -> assertThat(failure.failure()).isInstanceOf(InvalidCommandException.class));
    }

    private Created recordRaid(String id, String nco, int leaflets) {
        return staff().create(RaidController.RAID, id, raidId -> new RecordRaidCommand(raidId,
                LocalDate.of(2020, 6, 19), "Улица Мира", "Памятки", List.of(nco), List.of(), leaflets, null));
    }

    private static void assertRefused(ThrowingCallable creation, HttpStatus status, String field) {
        assertThatThrownBy(creation).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.field()).isEqualTo(field);
        });
    }

    private Created addMember(String commission, String memberId, String nco) {
        return staff().createPart(BodyController.COMMISSION, commission, BodyController.MEMBER, memberId,
                (bodyId, member) -> new AddBodyMemberCommand(bodyId, member, nco, null, "член комиссии",
                        LocalDate.of(2020, 1, 1)),
                null);
    }
}
