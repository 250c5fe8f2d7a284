package ru.kogalym.civic.command.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.command.CommandServiceApplication;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Production's identity provider: bearer JWTs signed with a key only the test holds, roles from a claim. */
@SpringBootTest(classes = CommandServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                              "civic.security.jwt.roles-claim=realm_access.roles"})
@DirtiesContext
class JwtLoginTest {

    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();
    private static final RSAKey PROVIDER_KEY = rsaKey();
    private static final RSAKey FORGER_KEY = rsaKey();
    private static final String NCO = """
            {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
        registry.add("civic.security.users", TestUsers::spec);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                     () -> "file:" + publicKeyFile(PROVIDER_KEY));
    }

    @LocalServerPort
    private int port;

    @Autowired
    private EventStorageEngine storageEngine;

    @Test
    void aTokenWithTheStaffRoleRecordsAFactInTheTokensName() throws Exception {
        Http.Reply reply = withToken(token(PROVIDER_KEY, "ivanova", List.of("staff", "offline_access"), 300));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.json().get("id").asText();
        assertThat(eventsOf(id)).singleElement()
                .satisfies(event -> assertThat(event.getMetaData()).containsEntry("issuedBy", "ivanova"));
    }

    @Test
    void aTokenWithoutTheStaffRoleIsForbidden() throws Exception {
        Http.Reply reply = withToken(token(PROVIDER_KEY, "petrova", List.of("analyst"), 300));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aForgedOrExpiredTokenIsUnauthorized() throws Exception {
        for (String token : List.of(token(FORGER_KEY, "ivanova", List.of("staff"), 300),
                                    token(PROVIDER_KEY, "ivanova", List.of("staff"), -120),
                                    "not.a.token")) {
            Http.Reply reply = withToken(token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void httpBasicStillWorksBesideTokens() {
        assertThat(new Http(port, TestUsers.STAFF).postJson("/api/ncos", NCO).status()).isEqualTo(201);
    }

    private Http.Reply withToken(String token) {
        return new Http(port).postJson("/api/ncos", NCO, Map.of("Authorization", "Bearer " + token));
    }

    private static String token(RSAKey key, String username, List<String> roles, long validForSeconds)
            throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("subject-" + username)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", roles))
                .issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.plusSeconds(validForSeconds)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private List<TrackedEventMessage<?>> eventsOf(String id) {
        try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(null, false)) {
            return events.<TrackedEventMessage<?>>map(event -> event)
                         .filter(event -> event instanceof DomainEventMessage<?> domain
                                 && id.equals(domain.getAggregateIdentifier()))
                         .toList();
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path publicKeyFile(RSAKey key) {
        try {
            Path file = Files.createTempFile("civic-jwt", ".pem");
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
