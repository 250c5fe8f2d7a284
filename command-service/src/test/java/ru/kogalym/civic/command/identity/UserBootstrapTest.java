package ru.kogalym.civic.command.identity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.command.CommandServiceApplication;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.identity.TestUsers.Credentials;
import org.bson.Document;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import ru.kogalym.civic.command.lookup.CommandLookupRepair;
import java.time.Duration;
import ru.kogalym.civic.identity.UserDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The first start without CIVIC_USERS: one user per role, their passwords once in an owner-only file. */
@ExtendWith(OutputCaptureExtension.class)
class UserBootstrapTest {

    private static final TestMongo MONGO = TestMongo.start();

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void theFirstStartCreatesOneUserPerRoleAndWritesTheirPasswordsOnceForTheOwnerOnly(CapturedOutput output)
            throws Exception {
        Path dataDir = Files.createTempDirectory("civic-bootstrap");
        Path file = dataDir.resolve(UserBootstrap.CREDENTIALS_FILE);

        List<Credentials> users;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            users = Files.readAllLines(file).stream().filter(line -> !line.startsWith("#"))
                         .map(line -> line.split(":"))
                         .map(parts -> new Credentials(parts[0], parts[1], List.of())).toList();
            assertThat(users).extracting(Credentials::username)
                             .containsExactly("staff", "analyst", "auditor", "admin");
            assertThat(output.getAll()).contains(file.toAbsolutePath().toString());
            users.forEach(user -> assertThat(output.getAll()).doesNotContain(user.password()));

            int port = Integer.parseInt(first.getEnvironment().getProperty("local.server.port"));
            Http staff = new Http(port, users.get(0));
            assertThat(staff.postJson("/api/ncos", """
                    {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}""").status())
                    .isEqualTo(201);
            Http admin = new Http(port, users.get(3));
            assertThat(admin.send("GET", "/api/admin/users", null, null, Map.of()).status()).isEqualTo(200);
            assertThat(staff.send("GET", "/api/admin/users", null, null, Map.of()).status()).isEqualTo(403);
        }
        assertThat(new UserDirectory(MONGO.database()).all()).allSatisfy(
                account -> assertThat(account.passwordHash()).startsWith("{bcrypt}"));

        Files.delete(file);
        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(file).as("users exist, so no new passwords are made").doesNotExist();
            assertThat(new UserDirectory(MONGO.database()).all()).hasSize(4);
        }
    }

    @Test
    void aConfiguredUserWhoseAccountAnotherInstanceIsCreatingDoesNotStopTheStart(CapturedOutput output)
            throws Exception {
        Path dataDir = Files.createTempDirectory("civic-bootstrap-race");
        String users = "raced-user:" + TestUsers.user("raced-user").password() + ":STAFF";
        try (TestMongo mongo = TestMongo.start()) {
            try (ConfigurableApplicationContext first = start(mongo, dataDir, users)) {
                // the repair processor must be past the account's event, or the next start would put it back first
                StreamingEventProcessor repair = first.getBean(EventProcessingConfiguration.class)
                        .eventProcessor(CommandLookupRepair.PROCESSING_GROUP, StreamingEventProcessor.class)
                        .orElseThrow();
                await().atMost(Duration.ofSeconds(30)).until(() -> !repair.processingStatus().isEmpty()
                        && repair.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp));
            }
            // as another instance leaves it between appending the account's first event and writing the directory
            mongo.database().getCollection(UserDirectory.COLLECTION).deleteOne(new Document("_id", "raced-user"));

            try (ConfigurableApplicationContext second = start(mongo, dataDir, users)) {
                assertThat(second.isActive()).isTrue();
                assertThat(output.getAll()).contains("User raced-user [STAFF] is being created by another instance");
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return start(MONGO, dataDir, "");
    }

    private static ConfigurableApplicationContext start(TestMongo mongo, Path dataDir, String users) {
        return CommandServiceApplication.application().run(
                "--spring.data.mongodb.uri=" + mongo.uri(), "--server.port=0", "--civic.security.users=" + users,
                "--civic.security.data-dir=" + dataDir);
    }
}
