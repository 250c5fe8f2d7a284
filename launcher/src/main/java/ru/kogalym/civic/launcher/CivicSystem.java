package ru.kogalym.civic.launcher;

import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.command.CommandServiceApplication;
import ru.kogalym.civic.eventstore.embedded.EmbeddedMongoServer;
import ru.kogalym.civic.query.QueryServiceApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The whole system in one JVM: an embedded MongoDB server (unless a real MongoDB is named) and the two
 * services as separate Spring application contexts that share nothing but MongoDB.
 */
public final class CivicSystem implements AutoCloseable {

    private static final String QUERY_SERVICE_BASE_URL = "civic.query-service.base-url";

    private final EmbeddedMongoServer embedded;
    private final ConfigurableApplicationContext commandService;
    private final ConfigurableApplicationContext queryService;

    private CivicSystem(EmbeddedMongoServer embedded, ConfigurableApplicationContext commandService,
                        ConfigurableApplicationContext queryService) {
        this.embedded = embedded;
        this.commandService = commandService;
        this.queryService = queryService;
    }

    /**
     * Starts the system.
     *
     * @param mongoUri      a real MongoDB's connection string, or null for the embedded server
     * @param dataDirectory where the embedded server keeps its file, and a first start the first users' passwords and
     *                      the checkpoint key
     * @param mongoPort     the embedded server's port (0 for any free one)
     * @param commandPort   the command-service's HTTP port (0 for any free one)
     * @param queryPort     the query-service's HTTP port (0 for any free one, chosen before either service starts)
     */
    public static CivicSystem start(String mongoUri, Path dataDirectory, int mongoPort, int commandPort, int queryPort,
                                    String... extraProperties) {
        return start(mongoUri, dataDirectory, mongoPort, false, commandPort, queryPort, extraProperties);
    }

    /** The same, the embedded server writing its file's pages compressed when {@code compressedPages}. */
    public static CivicSystem start(String mongoUri, Path dataDirectory, int mongoPort, boolean compressedPages,
                                    int commandPort, int queryPort, String... extraProperties) {
        EmbeddedMongoServer embedded = null;
        String uri = mongoUri;
        if (uri == null || uri.isBlank()) {
            embedded = EmbeddedMongoServer.start(dataDirectory, "127.0.0.1", mongoPort, compressedPages);
            uri = embedded.connectionString() + "/civic";
        }
        // the command-service starts first and must already know where the records it creates can be read
        int queryHttpPort = queryPort == 0 ? freePort() : queryPort;
        ConfigurableApplicationContext command = null;
        try {
            // the first start writes the first users' passwords next to the embedded server's data
            String dataDir = "civic.security.data-dir=" + dataDirectory.toAbsolutePath();
            command = CommandServiceApplication.application().run(arguments(uri, commandPort,
                    withQueryServiceBaseUrl(queryHttpPort, prepend(dataDir, extraProperties))));
            // and the query-service generates the chain's checkpoint key there, unless CIVIC_CHECKPOINT_KEY names one
            String keyFile = dataDirectory.resolve("checkpoint.key").toAbsolutePath().toString();
            ConfigurableApplicationContext query = QueryServiceApplication.application()
                    .run(arguments(uri, queryHttpPort, withDefault("civic.chain.key-file", keyFile, extraProperties)));
            return new CivicSystem(embedded, command, query);
        } catch (RuntimeException e) {
            if (command != null) {
                command.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    private static String[] prepend(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    /** The caller's own base URL wins (a proxy in front, say). */
    private static String[] withQueryServiceBaseUrl(int queryPort, String... extraProperties) {
        return withDefault(QUERY_SERVICE_BASE_URL, "http://localhost:" + queryPort, extraProperties);
    }

    /** {@code name=value} unless the caller sets {@code name}: a second value would not replace the caller's but join it. */
    private static String[] withDefault(String name, String value, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of(extraProperties));
        if (properties.stream().noneMatch(property -> property.startsWith(name + "="))) {
            properties.add(name + "=" + value);
        }
        return properties.toArray(String[]::new);
    }

    /**
     * A port free now, below the range the system hands out to outgoing connections (32768 and up on Linux): a port
     * from that range (what {@code new ServerSocket(0)} gives) was taken, in one CI run, by one of the connections the
     * command-service opens while it starts, before the query-service could bind it. Another process could still
     * take it; then the start fails loudly instead of the command-service pointing at the wrong service.
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port for the query-service in 20000-31999"));
    }

    /** As command-line arguments, because they must win over each service's own config file. */
    private static String[] arguments(String uri, int port, String... extraProperties) {
        // one JVM has one logging configuration, the first service's: its JSON lines name the process, not a service
        List<String> arguments = new ArrayList<>(List.of("--spring.data.mongodb.uri=" + uri, "--server.port=" + port,
                "--logging.structured.ecs.service.name=civic-tracker"));
        for (String property : extraProperties) {
            arguments.add("--" + property);
        }
        return arguments.toArray(String[]::new);
    }

    public ConfigurableApplicationContext commandService() {
        return commandService;
    }

    public ConfigurableApplicationContext queryService() {
        return queryService;
    }

    public int commandPort() {
        return port(commandService);
    }

    public int queryPort() {
        return port(queryService);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
    }

    @Override
    public void close() {
        queryService.close();
        commandService.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
