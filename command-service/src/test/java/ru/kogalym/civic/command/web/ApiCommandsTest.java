package ru.kogalym.civic.command.web;

import ru.kogalym.civic.identity.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.common.CivicClock;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The API's happy paths against the real application: statuses, locations, idempotent creation, metadata. */
class ApiCommandsTest extends ApiTestSupport {

    /** The events whose aggregate is {@code id}, as the store holds them. */
    private List<TrackedEventMessage<?>> eventsOf(String id) {
        return allEvents().stream()
                .filter(event -> event instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                        && id.equals(domain.getAggregateIdentifier()))
                .toList();
    }

    @Test
    void aCreationAnswers201WithLocationAndIdAndARetryGetsTheSameWithoutRecordingAgain() {
        String id = newId("nco");
        String body = """
                {"id": "%s", "fullName": "Местная общественная организация «Единство»", "shortName": "Единство",
                 "legalForm": "LOCAL_PUBLIC_ORGANIZATION", "community": "Дагестанская", "registeredOn": "2012-03-15",
                 "stateRegistration": {"registeredOn": "2011-11-10", "number": "8614010001"}}""".formatted(id);

        Http.Reply first = http.postJson("/api/ncos", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Location")).contains(QUERY_SERVICE + "/api/ncos/" + id);
        assertThat(first.json().get("id").asText()).isEqualTo(id);
        int events = allEvents().size();

        Http.Reply retry = http.postJson("/api/ncos", body);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body()).isEqualTo(first.body());

        // the same request spelled differently (key order, whitespace) is the same request
        Http.Reply reordered = http.postJson("/api/ncos", """
                {"stateRegistration": {"number": "8614010001", "registeredOn": "2011-11-10"},
                 "registeredOn": "2012-03-15", "community": "Дагестанская", "legalForm": "LOCAL_PUBLIC_ORGANIZATION",
                 "shortName": "Единство", "fullName": "Местная общественная организация «Единство»", "id": "%s"}"""
                .formatted(id));
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(201);

        assertThat(allEvents()).hasSize(events);
        assertThat(eventsOf(id)).hasSize(1);
    }

    /** A UUID ordered by time (version 7), each after the one before: see {@code Ids}. */
    @Test
    void withoutAnIdTheServiceChoosesOne() {
        String nco = registeredNco();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Http.Reply reply = http.postJson("/api/event-participations", """
                    {"eventKind": "CLEAN_UP_DAY", "eventName": "Общегородской субботник", "heldOn": "2020-09-19",
                     "participantNcoIds": ["%s"], "participantsCount": 25}""".formatted(nco));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            String id = reply.json().get("id").asText();
            assertThat(UUID.fromString(id).version()).as(id).isEqualTo(7);
            assertThat(reply.header("Location")).contains(QUERY_SERVICE + "/api/audit/records/" + id + "/events");
            ids.add(id);
        }
        assertThat(ids.get(1)).isGreaterThan(ids.get(0));
    }

    @Test
    void theStoredEventCarriesWhoWhenWhyAndTheCorrelationId() {
        String id = newId("nco");
        Instant before = Instant.now();
        Http.Reply reply = http.postJson("/api/ncos", """
                {"id": "%s", "fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}"""
                .formatted(id), Map.of("X-Correlation-Id", "case-2020-0042"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("X-Correlation-Id")).contains("case-2020-0042");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(id)).hasSize(1));
        MetaData metaData = eventsOf(id).get(0).getMetaData();
        assertThat(metaData).containsEntry("issuedBy", TestUsers.STAFF.username())
                .containsEntry("correlationId", "case-2020-0042")
                .containsEntry("commandName", "RegisterNcoCommand")
                .containsKeys("causationId", "recordedAt", CommandSender.REQUEST_FINGERPRINT);
        assertThat(metaData.get("causationId").toString()).isNotBlank().isNotEqualTo("case-2020-0042");
        assertThat(Instant.parse(metaData.get("recordedAt").toString())).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void anInsaneCorrelationIdIsReplacedAndEchoed() {
        Http.Reply reply = http.responsesOnly()
                .postJson("/api/ncos", "{}", Map.of("X-Correlation-Id", "a b <script>"));
        String echoed = reply.header("X-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(echoed)).isNotNull();
        assertThat(reply.json().get("correlationId").asText()).isEqualTo(echoed);
    }

    @Test
    void anNcosLifeIsRecordedWith204s() {
        String nco = registeredNco();
        String path = "/api/ncos/" + nco;
        assertThat(http.postJson(path + "/state-registration", """
                {"registeredOn": "2016-02-01", "number": "8614010002"}""").status()).isEqualTo(204);
        assertThat(http.postJson(path + "/renaming", """
                {"fullName": "Новое имя", "shortName": "Новое", "renamedOn": "2017-01-01"}""").status()).isEqualTo(204);
        assertThat(http.postJson(path + "/leader-change", """
                {"leader": "Петров П. П.", "changedOn": "2017-02-01"}""").status()).isEqualTo(204);
        assertThat(http.postJson(path + "/address-change", """
                {"address": "г. Когалым, ул. Мира, 1", "changedOn": "2017-03-01"}""").status()).isEqualTo(204);
        assertThat(http.postJson(path + "/sonco-recognition", """
                {"recognizedOn": "2018-01-01"}""").status()).isEqualTo(204);
        assertThat(http.postJson(path + "/sonco-recognition/withdrawal", """
                {"withdrawnOn": "2019-01-01", "reason": "Утратило статус"}""").status()).isEqualTo(204);
        assertThat(http.postJson(path + "/state-registration/exclusion", """
                {"excludedOn": "2019-06-01"}""").status()).isEqualTo(204);
        Http.Reply liquidation = http.postJson(path + "/liquidation", """
                {"liquidatedOn": "2020-01-01", "reason": "Решение учредителей"}""");
        assertThat(liquidation.status()).as(liquidation.toString()).isEqualTo(204);
        assertThat(liquidation.body()).isEmpty();
        assertThat(eventsOf(nco)).hasSize(9).allSatisfy(event ->
                assertThat(event.getMetaData()).containsEntry("issuedBy", TestUsers.STAFF.username()).containsKey("commandName"));
    }

    @Test
    void identifiersAreRecordedLater() {
        String nco = registeredNco();
        Http.Reply reply = http.postJson("/api/ncos/" + nco + "/identifiers", """
                {"inn": "%s"}""".formatted(String.format("%010d", Math.abs(System.nanoTime() % 10_000_000_000L))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    }

    @Test
    void aCommissionGetsMembersWhoHoldSessionsAndLeave() {
        String nco = registeredNco();
        String commission = establishedCommission();
        String members = "/api/commissions/" + commission + "/members";

        String memberBody = """
                {"memberId": "m-1", "ncoId": "%s", "role": "член комиссии", "addedOn": "2019-12-16"}""".formatted(nco);
        Http.Reply added = http.postJson(members, memberBody);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location")).contains(QUERY_SERVICE + "/api/bodies/" + commission);
        assertThat(added.json().get("id").asText()).isEqualTo("m-1");
        int events = allEvents().size();
        assertThat(http.postJson(members, memberBody).status()).isEqualTo(201);
        assertThat(allEvents()).hasSize(events);
        assertProblem(http.postJson(members, """
                {"memberId": "m-1", "person": "Иванов И. И.", "role": "секретарь", "addedOn": "2019-12-16"}"""),
                409, "memberId");

        Http.Reply person = http.postJson(members, """
                {"person": "Иванов И. И.", "role": "председатель", "addedOn": "2019-12-20"}""");
        assertThat(person.status()).as(person.toString()).isEqualTo(201);

        Http.Reply session = http.postJson("/api/meetings", """
                {"kind": "COMMISSION_SESSION", "topic": "Заседание", "heldOn": "2020-03-12", "bodyId": "%s",
                 "venue": "Администрация", "participantNcoIds": ["%s"], "otherParticipants": ["Полиция"]}"""
                .formatted(commission, nco));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        String meeting = session.json().get("id").asText();
        Http.Reply correction = http.postJson("/api/meetings/" + meeting + "/correction", """
                {"kind": "COMMISSION_SESSION", "topic": "Заседание комиссии", "heldOn": "2020-03-12", "bodyId": "%s",
                 "participantNcoIds": ["%s"], "reason": "Уточнена тема"}""".formatted(commission, nco));
        assertThat(correction.status()).as(correction.toString()).isEqualTo(204);

        assertThat(http.postJson(members + "/m-1/removal", """
                {"removedOn": "2020-12-31", "reason": "Выход"}""").status()).isEqualTo(204);
        assertThat(http.postJson("/api/commissions/" + commission + "/dissolution", """
                {"dissolvedOn": "2021-01-15"}""").status()).isEqualTo(204);
        assertProblem(http.postJson(members, """
                {"ncoId": "%s", "addedOn": "2021-02-01"}""".formatted(nco)), 409, "addedOn");
    }

    @Test
    void aMemberAddedWithoutADateJoinsToday() {
        String council = establishedCouncil();
        Http.Reply added = http.postJson("/api/councils/" + council + "/members", """
                {"person": "Сидорова А. А.", "role": "секретарь"}""");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String memberId = added.json().get("id").asText();
        assertThat(eventsOf(council)).last().satisfies(event -> {
            BodyMemberAddedEvent member = (BodyMemberAddedEvent) event.getPayload();
            assertThat(member.memberId()).isEqualTo(memberId);
            assertThat(member.addedOn()).isEqualTo(CivicClock.today(Clock.systemUTC()));
        });
    }

    @Test
    void councilsAreEstablishedAndDissolved() {
        String council = establishedCouncil();
        Http.Reply dissolution = http.postJson("/api/councils/" + council + "/dissolution", """
                {"dissolvedOn": "2020-06-30", "reason": "Реорганизация"}""");
        assertThat(dissolution.status()).as(dissolution.toString()).isEqualTo(204);
    }

    @Test
    void raidsAreRecordedCorrectedAndWithdrawn() {
        String nco = registeredNco();
        String id = newId("raid");
        Http.Reply raid = http.postJson("/api/raids", """
                {"id": "%s", "heldOn": "2020-06-19", "location": "Площадь по улице Мира",
                 "purpose": "Масочный режим, памятки", "participantNcoIds": ["%s"], "officials": ["Специалист ОМС"],
                 "leafletsDistributed": 150, "residentsReached": 120}""".formatted(id, nco));
        assertThat(raid.status()).as(raid.toString()).isEqualTo(201);
        assertThat(raid.header("Location")).contains(QUERY_SERVICE + "/api/audit/records/" + id + "/events");
        assertThat(http.postJson("/api/raids/" + id + "/correction", """
                {"heldOn": "2020-06-19", "location": "Площадь по улице Мира", "purpose": "Масочный режим, памятки",
                 "participantNcoIds": ["%s"], "leafletsDistributed": 160, "reason": "Пересчитали"}""".formatted(nco))
                .status()).isEqualTo(204);
        assertThat(http.postJson("/api/raids/" + id + "/withdrawal", """
                {"reason": "Введено дважды"}""").status()).isEqualTo(204);
    }

    @Test
    void supportAndGrantsFollowTheirCourse() {
        String nco = registeredNco();
        Http.Reply support = http.postJson("/api/support", """
                {"ncoId": "%s", "kind": "FINANCIAL", "providedOn": "2020-04-01", "description": "Субсидия",
                 "amount": 150000.00, "providedBy": "Администрация города Когалыма"}""".formatted(nco));
        assertThat(support.status()).as(support.toString()).isEqualTo(201);
        String supportId = support.json().get("id").asText();
        assertThat(http.postJson("/api/support/" + supportId + "/correction", """
                {"ncoId": "%s", "kind": "FINANCIAL", "providedOn": "2020-04-01", "description": "Субсидия",
                 "amount": 175000, "providedBy": "Администрация города Когалыма", "reason": "Сумма"}""".formatted(nco))
                .status()).isEqualTo(204);
        assertThat(http.postJson("/api/support/" + supportId + "/withdrawal", """
                {"reason": "Ошибка"}""").status()).isEqualTo(204);

        String grantBody = """
                {"ncoId": "%s", "level": "OKRUG", "contest": "Конкурс грантов Югры", "project": "Дом Дружбы",
                 "amountRequested": 500000, "appliedOn": "2020-03-01"}""".formatted(nco);
        Http.Reply grant = http.postJson("/api/grant-applications", grantBody);
        assertThat(grant.status()).as(grant.toString()).isEqualTo(201);
        String grantId = grant.json().get("id").asText();
        assertThat(http.postJson("/api/grant-applications/" + grantId + "/award", """
                {"amountAwarded": 450000, "decidedOn": "2020-05-01"}""").status()).isEqualTo(204);
        assertProblem(http.postJson("/api/grant-applications/" + grantId + "/rejection", """
                {"decidedOn": "2020-05-02"}"""), 409, "id");

        Http.Reply other = http.postJson("/api/grant-applications", grantBody);
        assertThat(other.status()).isEqualTo(201);
        String otherId = other.json().get("id").asText();
        assertThat(otherId).isNotEqualTo(grantId);
        assertThat(http.postJson("/api/grant-applications/" + otherId + "/rejection", """
                {"decidedOn": "2020-05-02", "reason": "Не прошёл отбор"}""").status()).isEqualTo(204);
        assertThat(http.postJson("/api/grant-applications/" + otherId + "/correction", """
                {"ncoId": "%s", "level": "FEDERAL", "contest": "Президентский фонд", "project": "Дом Дружбы",
                 "amountRequested": 500000, "appliedOn": "2020-03-01", "reason": "Уровень"}""".formatted(nco))
                .status()).isEqualTo(204);
        assertThat(http.postJson("/api/grant-applications/" + otherId + "/withdrawal", """
                {"reason": "Ошибка"}""").status()).isEqualTo(204);
    }

    @Test
    void amountsAreRoublesWithKopecksInTheApiAndWholeKopecksInTheEvents() {
        String nco = registeredNco();
        String supportId = newId("support");
        Http.Reply support = http.postJson("/api/support", """
                {"id": "%s", "ncoId": "%s", "kind": "FINANCIAL", "providedOn": "2020-04-01", "description": "Субсидия",
                 "amount": 150000.5, "providedBy": "Администрация города Когалыма"}""".formatted(supportId, nco));
        assertThat(support.status()).as(support.toString()).isEqualTo(201);
        assertThat(eventsOf(supportId)).singleElement().satisfies(event -> assertThat(event.getPayload())
                .isInstanceOfSatisfying(SupportRecordedEvent.class,
                        recorded -> assertThat(recorded.amountKopecks()).isEqualTo(15_000_050L)));

        String grantId = newId("grant");
        Http.Reply grant = http.postJson("/api/grant-applications", """
                {"id": "%s", "ncoId": "%s", "level": "MUNICIPAL", "contest": "Муниципальный конкурс",
                 "project": "Праздник", "amountRequested": 99999.99, "appliedOn": "2020-03-01"}"""
                .formatted(grantId, nco));
        assertThat(grant.status()).as(grant.toString()).isEqualTo(201);
        assertThat(eventsOf(grantId)).singleElement().satisfies(event -> assertThat(event.getPayload())
                .isInstanceOfSatisfying(GrantAppliedForEvent.class,
                        applied -> assertThat(applied.amountRequestedKopecks()).isEqualTo(9_999_999L)));
    }

    @Test
    void anAwardAboveTheAmountRequestedIsRefusedNamingAmountAwarded() {
        String grantId = newId("grant");
        Http.Reply grant = http.postJson("/api/grant-applications", """
                {"id": "%s", "ncoId": "%s", "level": "OKRUG", "contest": "Конкурс грантов Югры", "project": "Школа",
                 "amountRequested": 500000, "appliedOn": "2020-03-01"}""".formatted(grantId, registeredNco()));
        assertThat(grant.status()).as(grant.toString()).isEqualTo(201);

        Http.Reply tooMuch = http.postJson("/api/grant-applications/" + grantId + "/award", """
                {"amountAwarded": 500000.01, "decidedOn": "2020-05-01"}""");
        assertProblem(tooMuch, 409, "amountAwarded");
        assertThat(tooMuch.json().path("detail").asText()).contains("500000.01", "500000.00");
        assertThat(eventsOf(grantId)).hasSize(1);

        assertThat(http.postJson("/api/grant-applications/" + grantId + "/award", """
                {"amountAwarded": 500000.00, "decidedOn": "2020-05-01"}""").status()).isEqualTo(204);
        assertThat(eventsOf(grantId)).last().satisfies(event -> assertThat(event.getPayload())
                .isInstanceOfSatisfying(GrantAwardedEvent.class,
                        awarded -> assertThat(awarded.amountAwardedKopecks()).isEqualTo(50_000_000L)));
    }

    @Test
    void anAmountWithAFractionOfAKopeckIsRefusedNamingItsField() {
        String nco = registeredNco();
        int before = allEvents().size();
        // more than two decimal places breaks the published contract (multipleOf 0.01): only the answer is checked
        assertProblem(http.responsesOnly().postJson("/api/support", """
                {"ncoId": "%s", "kind": "FINANCIAL", "providedOn": "2020-04-01", "description": "Субсидия",
                 "amount": 100.005, "providedBy": "Администрация"}""".formatted(nco)), 400, "amount");
        assertProblem(http.responsesOnly().postJson("/api/grant-applications", """
                {"ncoId": "%s", "level": "OKRUG", "contest": "Конкурс", "project": "Проект",
                 "amountRequested": 0.001, "appliedOn": "2020-03-01"}""".formatted(nco)), 400, "amountRequested");
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void aYearsPrioritiesAreSetOnceAddedToAndDone() {
        String year = "2019";
        String body = """
                {"tasks": [{"taskId": "support", "title": "Поддержка НКО"}], "setOn": "2018-12-20"}""";
        Http.Reply set = http.send("PUT", "/api/priorities/" + year, body, "application/json", Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        assertThat(set.header("Location")).contains(QUERY_SERVICE + "/api/summaries/" + year);
        assertThat(set.json().get("id").asText()).isEqualTo(year);
        Http.Reply again = http.send("PUT", "/api/priorities/" + year, body, "application/json", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertProblem(http.send("PUT", "/api/priorities/" + year, """
                {"tasks": [{"taskId": "other", "title": "Другое"}], "setOn": "2018-12-20"}""", "application/json",
                Map.of()), 409, "year");

        Http.Reply task = http.postJson("/api/priorities/" + year + "/tasks", """
                {"taskId": "grants", "title": "Гранты для СОНКО", "addedOn": "2019-02-01"}""");
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        assertThat(task.header("Location")).contains(QUERY_SERVICE + "/api/summaries/" + year);
        assertProblem(http.postJson("/api/priorities/" + year + "/tasks", """
                {"taskId": "support", "title": "Снова поддержка"}"""), 409, "taskId");

        assertThat(http.postJson("/api/priorities/" + year + "/tasks/grants/completion", """
                {"doneOn": "2019-11-30"}""").status()).isEqualTo(204);
        assertThat(http.postJson("/api/priorities/" + year + "/tasks/support/completion", "{}").status())
                .isEqualTo(204);
        assertProblem(http.postJson("/api/priorities/" + year + "/tasks/nothing/completion", "{}"), 404, "taskId");
        assertProblem(http.postJson("/api/priorities/" + year + "/tasks/support/completion", "{}"), 409, "taskId");
    }

    @Test
    void theApiIsDocumented() {
        Http.Reply docs = http.send("GET", "/v3/api-docs", null, null, Map.of());
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/ncos")).isTrue();
        assertThat(paths.has("/api/meetings/{id}/withdrawal")).isTrue();
        assertThat(paths.has("/api/priorities/{year}")).isTrue();
        assertThat(paths.has("/api/scenarios/2020")).isTrue();
        assertThat(paths.has("/error")).isFalse();

        Http.Reply ui = http.send("GET", "/swagger-ui.html", null, null, Map.of());
        assertThat(ui.status()).isEqualTo(302);
        assertThat(ui.header("Location")).hasValueSatisfying(location -> assertThat(location).contains("swagger-ui"));
        Http.Reply index = http.send("GET", "/swagger-ui/index.html", null, null, Map.of());
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("Swagger UI");
    }
}
