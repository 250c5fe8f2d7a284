package ru.kogalym.civic.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: the embedded default (or a real MongoDB when {@code MONGODB_URI} is set) with
 * the command-service on 8081 and the query-service on 8082. Ctrl-C stops everything cleanly.
 */
public final class CivicLauncher {

    private static final Logger log = LoggerFactory.getLogger(CivicLauncher.class);

    private CivicLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        CivicSystem system = CivicSystem.start(
                env("MONGODB_URI", System.getProperty("spring.data.mongodb.uri")),
                Path.of(env("CIVIC_DATA_DIR", "data")),
                Integer.parseInt(env("EMBEDDED_MONGO_PORT", "27017")),
                flag("EMBEDDED_MONGO_COMPRESS", System.getenv("EMBEDDED_MONGO_COMPRESS")),
                Integer.parseInt(env("COMMAND_SERVICE_PORT", "8081")),
                Integer.parseInt(env("QUERY_SERVICE_PORT", "8082")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            stopped.countDown();
        }, "civic-shutdown"));
        log.info("Civic tracker is up: command-service http://localhost:{} , query-service http://localhost:{}",
                 system.commandPort(), system.queryPort());
        stopped.await();
    }

    /** {@code true} or {@code false} (false when unset); anything else stops the start rather than being read as false. */
    static boolean flag(String name, String value) {
        String given = value == null || value.isBlank() ? "false" : value.trim().toLowerCase(Locale.ROOT);
        return switch (given) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
