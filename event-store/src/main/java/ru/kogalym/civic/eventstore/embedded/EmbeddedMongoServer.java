package ru.kogalym.civic.eventstore.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded default: a MongoDB wire-protocol server (mongo-java-server) on a durable H2 file, so the
 * system runs on a machine with nothing but a JDK. Clients connect to it with the ordinary driver.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String FILE_NAME = "civic.mv.db";
    /**
     * MongoDB 5.0 with its own wire version, 13. mongo-java-server's {@code ServerVersion.MONGO_5_0} announces wire
     * version 8 (MongoDB 4.2), which mongosh 2.12 and the Node.js driver it bundles refuse: they need 9 (4.4) or more.
     * 13 leaves room for the next drivers to drop 4.4; what the drivers do on 5.0 and not on 4.4 concerns options this
     * system never uses (snapshot reads, the versioned API), and mongo-java-server answers the commands they send.
     */
    private static final MongoVersion ANNOUNCED = new MongoVersion() {
        @Override
        public List<Integer> getVersionArray() {
            return List.of(5, 0, 0);
        }

        @Override
        public int getWireVersion() {
            return 13;
        }
    };

    private final DurableH2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(Path dataDirectory, String host, int port, boolean compressedPages) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDirectory, e);
        }
        this.backend = new DurableH2Backend(dataDirectory.resolve(FILE_NAME), compressedPages);
        backend.version(ANNOUNCED);
        this.server = new MongoServer(backend);
        server.bind(host, port);
        this.address = server.getLocalAddress();
        log.info("Embedded MongoDB server listening on {} with data in {}", connectionString(), dataDirectory.toAbsolutePath());
    }

    /** Starts a server on {@code host:port} (port 0 picks a free one) storing its data under {@code dataDirectory}. */
    public static EmbeddedMongoServer start(Path dataDirectory, String host, int port) {
        return start(dataDirectory, host, port, false);
    }

    /** The same, writing the file's pages LZF-compressed when {@code compressedPages} ({@link DurableH2Backend}). */
    public static EmbeddedMongoServer start(Path dataDirectory, String host, int port, boolean compressedPages) {
        return new EmbeddedMongoServer(dataDirectory, host, port, compressedPages);
    }

    /**
     * Runs the embedded server alone: {@code java ... EmbeddedMongoServer [dataDirectory] [port]}. Prints
     * {@code READY <port>} once it accepts connections and runs until killed.
     */
    public static void main(String[] args) throws InterruptedException {
        Path dataDirectory = Path.of(args.length > 0 ? args[0] : "data");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        EmbeddedMongoServer server = start(dataDirectory, "127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mongo-shutdown"));
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    public DurableH2Backend backend() {
        return backend;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
