package ru.kogalym.civic.query.web;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.query.testing.BenchmarkService;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * What the query API's pages cost as the store grows: for each size, a fresh embedded server filled with
 * {@code ncos} NCOs and {@code events} activity events (raids and meetings naming one to three NCOs, and one in fifty
 * a support entered in the support register, over 2020 to 2024), published straight through the event store; once
 * every processor has caught up, {@value #CLIENTS} concurrent clients ask each endpoint for {@code seconds} seconds
 * (then the requests under way finish), next to the query-service's own liveness probe in the same run.
 * <p>
 * Each argument is a size, {@code ncos} or {@code ncos:events} (events default to ten per NCO); {@code -Dseconds=}
 * sets the time per endpoint (10), {@code -Donly=} measures only the endpoints whose name holds it (and the baseline),
 * {@code -Dwrites=20} publishes twenty new raids a second while the clients ask (each endpoint then answers while its
 * read model changes, as it does while staff work), {@code -Dhistogram=20} prints the twenty classes holding most of
 * the heap at the end, {@code -DheapDump=file.hprof} dumps it:
 * {@code ./mvnw -q -B -pl query-service -am test-compile -Dbenchmark.query=web.QueryBenchmark -Dexec.args="1000 3000"}
 */
public final class QueryBenchmark {

    private static final int CLIENTS = 100;
    private static final int FIRST_YEAR = 2020;
    private static final int YEARS = 5;
    private static final int SUMMARY_YEAR = 2022;
    private static final String REGISTER = "register:sonco-support";
    private static final String[] WORDS = {"Единство", "Дружба", "Наследие", "Родник", "Истоки", "Содружество",
            "Радуга", "Ёлочка", "Согласие", "Надежда", "Азамат", "Кызыл Ту", "Вайнах", "Ассамблея", "Берёзка"};

    private QueryBenchmark() {
    }

    private record Target(String name, String path) {
    }

    private record Result(int requests, int errors, double perSecond, double p50, double p99, double max) {
    }

    public static void main(String[] args) {
        int seconds = Integer.getInteger("seconds", 10);
        List<String> sizes = args.length == 0 ? List.of("1000") : List.of(args);
        Map<String, Map<String, Result>> results = new LinkedHashMap<>();
        try {
            for (String size : sizes) {
                String[] parts = size.split(":");
                int ncos = Integer.parseInt(parts[0]);
                int events = parts.length > 1 ? Integer.parseInt(parts[1]) : ncos * 10;
                results.put(ncos + " NCOs, " + events + " events", measure(ncos, events, seconds));
            }
        } catch (RuntimeException | IOException | InterruptedException e) {
            e.printStackTrace();
            // Axon leaves a non-daemon thread behind, which would keep exec:java waiting
            System.exit(1);
        }
        System.out.printf("%n%d clients, %d s per endpoint; ratio = requests/s over liveness requests/s%n", CLIENTS,
                          seconds);
        results.forEach((size, table) -> {
            System.out.println(size);
            System.out.printf("  %-34s %8s %9s %9s %9s %9s %7s %8s%n", "endpoint", "requests", "req/s", "p50 ms",
                              "p99 ms", "max ms", "errors", "ratio");
            double health = table.values().iterator().next().perSecond();
            table.forEach((name, r) -> System.out.printf("  %-34s %8d %9.1f %9.1f %9.1f %9.1f %7d %8.4f%n", name,
                                                          r.requests(), r.perSecond(), r.p50(), r.p99(), r.max(),
                                                          r.errors(), r.perSecond() / health));
        });
        System.exit(0);
    }

    private static Map<String, Result> measure(int ncos, int events, int seconds)
            throws IOException, InterruptedException {
        try (TestMongo mongo = TestMongo.embedded()) {
            ConfigurableApplicationContext service = BenchmarkService.start(mongo);
            ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
            try {
                EventStore eventStore = service.getBean(EventStore.class);
                long started = System.nanoTime();
                fill(eventStore, ncos, events);
                long filled = System.nanoTime();
                long head = eventStore.createHeadToken().position().orElse(0);
                EventProcessingConfiguration processing = service.getBean(EventProcessingConfiguration.class);
                await().atMost(Duration.ofHours(3)).pollInterval(Duration.ofSeconds(2))
                       .until(() -> BenchmarkService.caughtUp(processing, head));
                System.out.printf("%d NCOs, %d events: published in %d s, processed in %d s; load average %s%n", ncos,
                                  events, (filled - started) / 1_000_000_000, (System.nanoTime() - filled) / 1_000_000_000,
                                  loadAverage());
                int port = ((WebServerApplicationContext) service).getWebServer().getPort();
                writeWhileMeasuring(eventStore, ncos, writer);
                Map<String, Result> table = new LinkedHashMap<>();
                String only = System.getProperty("only", "");
                for (Target target : targets(ncos)) {
                    if (!table.isEmpty() && !target.name().contains(only)) {
                        continue;
                    }
                    load(port, target, Math.max(2, seconds / 5)); // warm-up, discarded
                    Result result = load(port, target, seconds);
                    table.put(target.name(), result);
                    System.out.printf("  %-34s %9.1f/s p50 %8.1f ms p99 %8.1f ms (%d requests, %d errors); load %s%n",
                                      target.name(), result.perSecond(), result.p50(), result.p99(), result.requests(),
                                      result.errors(), loadAverage());
                }
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("  heap in use after a full GC (service, embedded server and clients): %d MB%n",
                                  (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20));
                printHistogram(Integer.getInteger("histogram", 0));
                dumpHeap(System.getProperty("heapDump", ""));
                return table;
            } finally {
                writer.shutdownNow();
                service.close();
            }
        }
    }

    /** The {@code lines} classes holding most of the heap (the JVM's class histogram), to see what the memory is. */
    private static void printHistogram(int lines) {
        if (lines <= 0) {
            return;
        }
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{null}, new String[]{String[].class.getName()});
            histogram.lines().limit(lines + 2L).forEach(line -> System.out.println("  " + line));
        } catch (JMException e) {
            System.out.println("  no class histogram: " + e);
        }
    }

    /** A dump of the live heap to {@code file} (if given), for a heap analyser to say what holds it. */
    private static void dumpHeap(String file) throws IOException {
        if (!file.isEmpty()) {
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(file, true);
            System.out.println("  heap dumped to " + file);
        }
    }

    private static List<Target> targets(int ncos) {
        int laterPage = Math.max(1, ncos / 50 / 2);
        return List.of(new Target("liveness (baseline)", "/actuator/health/liveness"),
                       new Target("ncos page 0", "/api/ncos?size=50"),
                       new Target("ncos page " + laterPage, "/api/ncos?size=50&page=" + laterPage),
                       new Target("ncos asOf page 0", "/api/ncos?size=50&asOf=2022-06-30"),
                       new Target("activities page 0", "/api/activities?size=50"),
                       new Target("summary " + SUMMARY_YEAR, "/api/summaries/" + SUMMARY_YEAR),
                       new Target("support register page 0", "/api/support-register?size=50"));
    }

    /**
     * {@value #CLIENTS} clients, each sending its next request as soon as its last is answered, until
     * {@code seconds} have passed; every request is timed, including those still under way then.
     */
    private static Result load(int port, Target target, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                    .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target.path()))
                                         .header("Authorization", TestUsers.ANALYST.basic())
                                         .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).build();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    nanos.add(System.nanoTime() - sent);
                }
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException(target.name() + ": requests still under way after 30 minutes");
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = nanos.stream().sorted().toList();
        return new Result(sorted.size(), errors.get(), sorted.size() / elapsed, millis(sorted, 0.50),
                          millis(sorted, 0.99), millis(sorted, 1.0));
    }

    private static double millis(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** {@code -Dwrites=} new raids a second, each its own commit as a command's, until the writer is shut down. */
    private static void writeWhileMeasuring(EventStore eventStore, int ncos, ScheduledExecutorService writer) {
        int writes = Integer.getInteger("writes", 0);
        if (writes <= 0) {
            return;
        }
        System.out.printf("  %d new raids a second while the clients ask%n", writes);
        AtomicInteger written = new AtomicInteger();
        Random random = new Random(7);
        writer.scheduleAtFixedRate(() -> {
            String id = "w-" + written.incrementAndGet();
            LocalDate on = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(365 * YEARS));
            eventStore.publish(new GenericDomainEventMessage<>("Raid", id, 0, new RaidRecordedEvent(
                    id, on, "площадь по улице Мира", "масочный режим", List.of("n-" + random.nextInt(ncos)),
                    List.of("участковый"), random.nextInt(100), null),
                    MetaData.with("recordedAt", Instant.now().toString()).and("issuedBy", "benchmark")));
        }, 0, 1_000_000 / writes, TimeUnit.MICROSECONDS);
    }

    /** The NCOs first, then the activities in the order they happened, each recorded the day after. */
    private static void fill(EventStore eventStore, int ncos, int events) {
        Random random = new Random(2020);
        LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < ncos; i++) {
            String id = "n-" + i;
            LocalDate registeredOn = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 24));
            String name = WORDS[random.nextInt(WORDS.length)] + " " + i;
            add(eventStore, batch, "Nco", id, 0, registeredOn, new NcoRegisteredEvent(
                    id, "Местная общественная организация «" + name + "»", random.nextBoolean() ? name : null, null,
                    LegalForm.LOCAL_PUBLIC_ORGANIZATION, WORDS[random.nextInt(WORDS.length)], null, null,
                    "Когалым, ул. Мира, " + i, "Руководитель " + i, registeredOn,
                    random.nextBoolean() ? new StateRegistration(registeredOn.plusDays(30), "N-" + id) : null));
        }
        int entries = 0;
        for (int i = 0; i < events; i++) {
            LocalDate on = first.plusDays((long) i * 365 * YEARS / events);
            List<String> named = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                named.add("n-" + random.nextInt(ncos));
            }
            if (i % 50 == 49) {
                String id = "s-" + i;
                add(eventStore, batch, "Support", id, 0, on, new SupportRecordedEvent(
                        id, named.get(0), SupportKind.FINANCIAL, on, "Субсидия", 100_000_00L + i, on,
                        on.plusMonths(6), "Администрация города Когалыма"));
                add(eventStore, batch, "SoncoSupportRegister", REGISTER, entries, on, new SupportRegisterEntryIncludedEvent(
                        REGISTER, entries + 1, id, on.plusDays(10), "Постановление № " + i, on,
                        List.of("межнациональное согласие")));
                entries++;
            } else if (i % 3 == 0) {
                String id = "m-" + i;
                add(eventStore, batch, "Meeting", id, 0, on, new MeetingHeldEvent(
                        id, MeetingKind.WORKING_MEETING, "О межнациональном согласии", on, "Дом Дружбы", null, named,
                        List.of("полиция"), null));
            } else {
                String id = "r-" + i;
                add(eventStore, batch, "Raid", id, 0, on, new RaidRecordedEvent(
                        id, on, "площадь по улице Мира", "масочный режим", named, List.of("участковый"),
                        random.nextInt(100), random.nextBoolean() ? random.nextInt(500) : null));
            }
        }
        eventStore.publish(batch);
    }

    private static void add(EventStore eventStore, List<EventMessage<?>> batch, String type, String id, long sequence,
                            LocalDate on, Object payload) {
        Instant recordedAt = on.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        batch.add(new GenericDomainEventMessage<>(type, id, sequence, payload,
                MetaData.with("recordedAt", recordedAt.toString()).and("issuedBy", "benchmark")));
        if (batch.size() == 500) {
            eventStore.publish(new ArrayList<>(batch));
            batch.clear();
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
