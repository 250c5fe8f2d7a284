package ru.kogalym.civic.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import ru.kogalym.civic.eventstore.embedded.EmbeddedMongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The MongoDB a test runs against: the real one named by {@code MONGODB_URI} when set, otherwise a
 * fresh embedded server on a temporary H2 file. Each instance gets its own database, so tests never
 * see each other's data.
 */
public final class TestMongo implements AutoCloseable, BeforeAllCallback {

    private final EmbeddedMongoServer embedded;
    private final String connectionString;
    private final String databaseName = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final MongoClient client;

    private TestMongo(EmbeddedMongoServer embedded, String connectionString) {
        this.embedded = embedded;
        this.connectionString = connectionString;
        this.client = MongoClients.create(connectionString);
    }

    public static TestMongo start() {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            return new TestMongo(null, uri);
        }
        return embeddedIn(temporaryDirectory());
    }

    /** Always the embedded server, whatever {@code MONGODB_URI} says. */
    public static TestMongo embedded() {
        return embeddedIn(temporaryDirectory());
    }

    /** The real MongoDB named by {@code MONGODB_URI}; only call when it is set. */
    public static TestMongo real() {
        return new TestMongo(null, System.getenv("MONGODB_URI"));
    }

    /** Always the embedded server, on the given data directory (to test restarts). */
    public static TestMongo embeddedIn(Path dataDirectory) {
        EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, "127.0.0.1", 0);
        return new TestMongo(server, server.connectionString());
    }

    /** A new directory, deleted when the JVM exits (a test run left thousands of them behind, gigabytes in all). */
    public static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("civic-test-mongo");
            CREATED.add(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Set<Path> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TestMongo::delete),
                                                        "test-mongo-directories"));
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // what a test left open or a child process still holds: the system's temporary directory keeps it
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return client.getDatabase(databaseName);
    }

    public String databaseName() {
        return databaseName;
    }

    /** A connection string that includes this instance's database. */
    public String uri() {
        int schemeEnd = connectionString.indexOf("://") + 3;
        String rest = connectionString.substring(schemeEnd);
        String options = rest.contains("?") ? rest.substring(rest.indexOf('?')) : "";
        String hosts = rest.split("[/?]")[0];
        return connectionString.substring(0, schemeEnd) + hosts + "/" + databaseName + options;
    }

    /** A second, independent client on the same server, as another process would have. */
    public MongoClient newClient() {
        return MongoClients.create(connectionString);
    }

    /**
     * As a test class's extension ({@code @RegisterExtension}), this server is closed after the class's Spring
     * context, which {@code @DirtiesContext} closes when the class is done. A context still writes to its store while
     * it stops (this instance's shares of the processors, its claims, the sealer's lease); closed in an
     * {@code @AfterAll} method, the server went first, and the context left in Spring's test cache made each of those
     * writes wait out the driver's server selection (30 s) at the JVM's exit, after which Surefire kills the fork.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(ExtensionContext.Namespace.create(TestMongo.class))
               .put(this, (ExtensionContext.Store.CloseableResource) this::close);
    }

    @Override
    public void close() {
        if (embedded == null) {
            client.getDatabase(databaseName).drop();
        }
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
