package ru.kogalym.civic.query.web;

import ru.kogalym.civic.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.testing.ApiClient;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests Tomcat refuses before the application sees them still get problem+json, never HTML or a 500. */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@DirtiesContext
class ContainerErrorsTest {

    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
        TestUsers.seed(MONGO.database());
    }

    @LocalServerPort
    private int port;

    @Test
    void anUndecodablePathIsAProblem() {
        for (String path : new String[]{"/api/ncos/%00", "/api/ncos/..%2F"}) {
            HttpResponse<String> response = ApiClient.on(port).malformed().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                                                                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).contains("\"status\":400");
        }
    }
}
