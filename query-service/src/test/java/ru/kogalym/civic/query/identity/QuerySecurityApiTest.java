package ru.kogalym.civic.query.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.identity.TestUsers.Credentials;
import ru.kogalym.civic.query.QueryServiceApplication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who may read what on the query-service: each role against each class of endpoint. */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@DirtiesContext
class QuerySecurityApiTest {

    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();
    private static final List<String> READ_MODELS = List.of(
            "/api/ncos", "/api/ncos.csv", "/api/activities", "/api/activities.csv", "/api/bodies",
            "/api/summaries/2020", "/api/summaries/2020/report?format=md", "/api/summaries/2020/reconciliation");
    private static final List<String> AUDIT_READS = List.of(
            "/api/audit/events", "/api/audit/verify", "/api/audit/checkpoints");
    private static final List<String> PUBLIC = List.of(
            "/api/support-register", "/api/support-register.csv", "/api/support-register.xlsx", "/api/open-data/",
            "/api/open-data/support-register/", "/api/open-data/support-register/meta.csv",
            "/api/open-data/ncos/meta.csv", "/actuator/health", "/v3/api-docs");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
        TestUsers.seed(MONGO.database());
    }

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void withoutCredentialsOnlyHealthTheApiDescriptionAndTheSupportRegisterAnswer() throws Exception {
        for (String path : PUBLIC) {
            assertThat(send("GET", path, null).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : READ_MODELS) {
            assertProblem(send("GET", path, null), 401, path);
        }
        for (String path : AUDIT_READS) {
            assertProblem(send("GET", path, null), 401, path);
        }
        assertProblem(send("POST", "/api/audit/rebuild?reason=test", null), 401, "rebuild");
        // a year's activities are not open data (README: the open-data sets)
        assertProblem(send("GET", "/api/open-data/activities-2020/meta.csv", null), 401, "activities");
        assertProblem(send("GET", "/api/open-data/0000000000-activities-2020/", null), 401, "activities");
    }

    @Test
    void staffAnalystsAndAuditorsReadTheReadModelsAndAdministratorsDoNot() throws Exception {
        for (Credentials reader : List.of(TestUsers.STAFF, TestUsers.ANALYST, TestUsers.AUDITOR)) {
            for (String path : READ_MODELS) {
                assertThat(send("GET", path, reader).statusCode()).as(reader.username() + " " + path).isEqualTo(200);
            }
        }
        for (String path : READ_MODELS) {
            assertProblem(send("GET", path, TestUsers.ADMIN), 403, path);
        }
    }

    @Test
    void onlyAuditorsReadTheAuditTrailAndStartRebuilds() throws Exception {
        for (Credentials other : List.of(TestUsers.STAFF, TestUsers.ANALYST, TestUsers.ADMIN)) {
            for (String path : AUDIT_READS) {
                assertProblem(send("GET", path, other), 403, other.username() + " " + path);
            }
            assertProblem(send("POST", "/api/audit/rebuild?reason=test", other), 403, other.username());
        }
        for (String path : AUDIT_READS) {
            assertThat(send("GET", path, TestUsers.AUDITOR).statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> started = send("POST", "/api/audit/rebuild?reason=test", TestUsers.AUDITOR);
        assertThat(started.statusCode()).isEqualTo(202);
        // a rebuild left running would outlive this class's MongoDB and fail in whichever test runs next
        String status = started.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(
                () -> !send("GET", status, TestUsers.AUDITOR).body().contains("\"RUNNING\""));
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        assertProblem(send("GET", "/api/ncos", new Credentials(TestUsers.ANALYST.username(), "wrong-password-1",
                                                               List.of())), 401, "wrong password");
    }

    private HttpResponse<String> send(String method, String path, Credentials user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                 .method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", user.basic());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).as(what).contains("\"status\":" + status);
    }
}
