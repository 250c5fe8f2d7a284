package ru.kogalym.civic.command.identity;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.web.ApiTestSupport;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.contract.identity.UserAccountCreatedEvent;
import ru.kogalym.civic.contract.identity.UserAccountDisabledEvent;
import ru.kogalym.civic.contract.identity.UserPasswordResetEvent;
import ru.kogalym.civic.contract.identity.UserRolesChangedEvent;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.identity.TestUsers.Credentials;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.contract.identity.Role.ANALYST;
import static ru.kogalym.civic.contract.identity.Role.STAFF;

/** Who may do what on the command-service, and the administrators' user management, over HTTP. */
class SecurityApiTest extends ApiTestSupport {

    private static final String NCO = """
            {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}""";

    private Http.Reply registerNco(Http client) {
        return client.postJson("/api/ncos", NCO);
    }

    @Test
    void withoutCredentialsACommandIs401ProblemWithABasicChallengeAndRecordsNothing() {
        int before = allEvents().size();
        Http.Reply reply = registerNco(http.anonymous());
        assertProblem(reply, 401, null);
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void theStaffPagesTakeNoHttpBasicCredentialsAndAnAnonymousPageVisitGoesToTheLoginForm() {
        int before = allEvents().size();
        Http.Reply form = http.postJson("/staff/raids", """
                {"heldOn": "2020-11-20", "location": "Мира", "purpose": "Памятки", "participantNcoIds": [],
                 "leafletsDistributed": 1}""");
        assertThat(form.status()).as(form.toString()).isEqualTo(401);
        Http.Reply page = http.anonymous().send("GET", "/staff/raids", null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIs401() {
        assertProblem(registerNco(http.as(new Credentials(TestUsers.STAFF.username(), "not-the-password", List.of()))),
                      401, null);
        assertProblem(registerNco(http.as(TestUsers.user("nobody-" + newId("x").substring(2), STAFF))), 401, null);
        assertProblem(http.postJson("/api/ncos", NCO, Map.of("Authorization", "Basic !!!not-base64")), 401, null);
    }

    @Test
    void onlyStaffRecordFacts() {
        for (Credentials other : List.of(TestUsers.ANALYST, TestUsers.AUDITOR, TestUsers.ADMIN)) {
            assertProblem(registerNco(http.as(other)), 403, null);
            assertProblem(http.as(other).send("POST", "/api/scenarios/2020", null, null, Map.of()), 403, null);
        }
        assertThat(registerNco(http).status()).isEqualTo(201);
    }

    @Test
    void theCallerIsIssuedByInTheEvent() {
        Http.Reply reply = registerNco(http);
        String id = reply.json().get("id").asText();
        assertThat(eventsOf(id)).singleElement()
                .satisfies(event -> assertThat(event.getMetaData()).containsEntry("issuedBy", "test-staff"));
    }

    @Test
    void healthAndTheApiDescriptionArePublic() {
        assertThat(http.anonymous().send("GET", "/actuator/health", null, null, Map.of()).status()).isEqualTo(200);
        assertThat(http.anonymous().send("GET", "/v3/api-docs", null, null, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        for (Credentials other : List.of(TestUsers.STAFF, TestUsers.ANALYST, TestUsers.AUDITOR)) {
            assertProblem(http.as(other).send("GET", "/api/admin/users", null, null, Map.of()), 403, null);
            assertProblem(http.as(other).postJson("/api/admin/users", """
                    {"username": "intruder", "password": "long-enough-password", "roles": ["ADMIN"]}"""), 403, null);
        }
        assertProblem(http.anonymous().send("GET", "/api/admin/users", null, null, Map.of()), 401, null);
        Http.Reply list = http.as(TestUsers.ADMIN).send("GET", "/api/admin/users", null, null, Map.of());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"test-staff\"").doesNotContain("passwordHash").doesNotContain("$2");
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenWorkAndEveryChangeIsAnEventByTheAdministrator() {
        Http admin = http.as(TestUsers.ADMIN);
        String name = newId("clerk");
        Credentials clerk = new Credentials(name, "пароль-сотрудника", List.of(STAFF));

        Http.Reply created = admin.postJson("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["STAFF"]}""".formatted(name, clerk.password()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/admin/users/" + name);
        assertThat(created.body()).doesNotContain(clerk.password());
        assertThat(registerNco(http.as(clerk)).status()).isEqualTo(201);

        assertThat(admin.send("PUT", "/api/admin/users/" + name + "/roles", """
                {"roles": ["ANALYST"]}""", "application/json", Map.of()).status()).isEqualTo(204);
        assertProblem(registerNco(http.as(clerk)), 403, null);

        assertThat(admin.send("PUT", "/api/admin/users/" + name + "/roles", """
                {"roles": ["STAFF"]}""", "application/json", Map.of()).status()).isEqualTo(204);
        assertThat(admin.postJson("/api/admin/users/" + name + "/disable", """
                {"reason": "уволена"}""").status()).isEqualTo(204);
        assertProblem(registerNco(http.as(clerk)), 401, null);
        assertThat(admin.postJson("/api/admin/users/" + name + "/enable", """
                {"reason": "вернулась"}""").status()).isEqualTo(204);
        assertThat(registerNco(http.as(clerk)).status()).isEqualTo(201);

        assertThat(admin.send("PUT", "/api/admin/users/" + name + "/password", """
                {"password": "новый-пароль-сотрудника"}""", "application/json", Map.of()).status()).isEqualTo(204);
        assertProblem(registerNco(http.as(clerk)), 401, null);
        assertThat(registerNco(http.as(new Credentials(name, "новый-пароль-сотрудника", List.of()))).status())
                .isEqualTo(201);

        List<TrackedEventMessage<?>> events = eventsOf("user:" + name);
        assertThat(events).extracting(event -> event.getPayload().getClass().getSimpleName())
                .containsExactly("UserAccountCreatedEvent", "UserRolesChangedEvent", "UserRolesChangedEvent",
                                 "UserAccountDisabledEvent", "UserAccountEnabledEvent", "UserPasswordResetEvent");
        assertThat(events).allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry("issuedBy", "test-admin").containsKeys("recordedAt", "correlationId", "commandName"));
        assertThat(events.get(0).getPayload()).isEqualTo(new UserAccountCreatedEvent("user:" + name, name,
                                                                                       List.of(STAFF)));
        assertThat(events.get(1).getPayload()).isEqualTo(new UserRolesChangedEvent("user:" + name, name,
                                                                                     List.of(ANALYST)));
        assertThat(events.get(3).getPayload()).isEqualTo(new UserAccountDisabledEvent("user:" + name, name, "уволена"));
        assertThat(events.get(5).getPayload()).isEqualTo(new UserPasswordResetEvent("user:" + name, name));
        assertThat(events.toString()).doesNotContain("новый-пароль").doesNotContain(clerk.password());
    }

    @Test
    void badUserInputIsAProblemNamingTheFieldAndCreatesNobody() {
        Http admin = http.as(TestUsers.ADMIN).responsesOnly();
        int before = allEvents().size();
        assertProblem(admin.postJson("/api/admin/users", """
                {"username": "Has Spaces", "password": "long-enough-password", "roles": ["STAFF"]}"""), 400, "username");
        assertProblem(admin.postJson("/api/admin/users", """
                {"username": "%s", "password": "short", "roles": ["STAFF"]}""".formatted(newId("u"))), 400, "password");
        assertProblem(admin.postJson("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["STAFF"]}""".formatted(newId("u"), "я".repeat(40))),
                      400, "password");
        assertProblem(admin.postJson("/api/admin/users", """
                {"username": "%s", "password": "long-enough-password", "roles": []}""".formatted(newId("u"))),
                      400, "roles");
        assertProblem(admin.postJson("/api/admin/users", """
                {"username": "%s", "password": "long-enough-password", "roles": ["BOSS"]}""".formatted(newId("u"))),
                      400, "roles[0]");
        assertProblem(admin.postJson("/api/admin/users", """
                {"username": "test-staff", "password": "long-enough-password", "roles": ["STAFF"]}"""), 409, "username");
        assertProblem(admin.send("PUT", "/api/admin/users/nobody-at-all/roles", """
                {"roles": ["STAFF"]}""", "application/json", Map.of()), 404, "username");
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        Credentials second = TestUsers.user(newId("admin"), ru.kogalym.civic.contract.identity.Role.ADMIN);
        Http admin = http.as(TestUsers.ADMIN);
        assertThat(admin.postJson("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["ADMIN"]}"""
                .formatted(second.username(), second.password())).status()).isEqualTo(201);
        Http self = http.as(second);
        assertProblem(self.postJson("/api/admin/users/" + second.username() + "/disable", """
                {"reason": "по ошибке"}"""), 409, "username");
        assertProblem(self.send("PUT", "/api/admin/users/" + second.username() + "/roles", """
                {"roles": ["STAFF"]}""", "application/json", Map.of()), 409, "roles");
    }

    @Test
    void repeatedFailedLoginsLockTheNameForAWhileEvenForTheRightPassword() {
        Credentials target = TestUsers.user(newId("target"), STAFF);
        assertThat(http.as(TestUsers.ADMIN).postJson("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["STAFF"]}"""
                .formatted(target.username(), target.password())).status()).isEqualTo(201);
        Http guesser = http.as(new Credentials(target.username(), "wrong-guess-wrong", List.of()));
        for (int i = 0; i < 5; i++) {
            assertProblem(registerNco(guesser), 401, null);
        }
        Http.Reply locked = registerNco(http.as(target));
        assertProblem(locked, 401, null);
        assertThat(locked.body()).contains("locked");
        assertThat(locked.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(registerNco(http).status()).as("other users are not affected").isEqualTo(201);
    }

    private List<TrackedEventMessage<?>> eventsOf(String id) {
        return allEvents().stream()
                .filter(event -> event instanceof DomainEventMessage<?> domain
                        && id.equals(domain.getAggregateIdentifier()))
                .toList();
    }
}
