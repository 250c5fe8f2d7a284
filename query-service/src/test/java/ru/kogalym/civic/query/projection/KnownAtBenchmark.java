package ru.kogalym.civic.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.testing.BenchmarkService;
import ru.kogalym.civic.query.journal.ActivityFilter;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.summary.AnnualSummaries;
import ru.kogalym.civic.query.summary.SummaryEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * What a "known at" annual summary costs at city scale: a store of several years of a city's events (each year
 * {@code eventsPerYear}: 300 NCOs, the rest raids and meetings), then the last year's summary as known one day after
 * it ended, folded cold (a new instant each time) and served again (the same instant), next to two baselines measured
 * in the same run: reading every event of the store through the storage engine (in turn, as a tracking processor
 * does, and read ahead on other threads, as the fold does), and the live summary. Then blue-green rebuilds of every
 * read model, each against reading the same events just before it.
 * <p>
 * {@code ./mvnw -q -B -pl query-service -am test-compile -Dbenchmark.query=projection.KnownAtBenchmark
 * -Dexec.args="10000 3"} (the README's form: with {@code -am}, a plain {@code exec:java} runs first in the parent
 * project, where this class is not)
 */
public final class KnownAtBenchmark {

    private static final int FIRST_YEAR = 2020;
    private static final int NCOS_PER_YEAR = 300;
    private static final int REPEATS = 5;
    /**
     * Rebuilds run first and not counted. In a new JVM the JIT compiler took a fifth to nearly half of the two cores
     * during the first three rebuilds and a few percent in the last ones (per-thread CPU from {@code /proc}); a rebuild
     * of a region's millions of events pays that once, at its start.
     */
    private static final int WARM_UP_REBUILDS = 3;
    private static final int REBUILDS = 5;
    /** {@code civic.rebuild.tail}'s default: how long a rebuild follows the log after switching over. */
    private static final Duration REBUILD_TAIL = Duration.ofSeconds(3);

    private KnownAtBenchmark() {
    }

    public static void main(String[] args) {
        int eventsPerYear = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (TestMongo mongo = TestMongo.embedded()) {
            ConfigurableApplicationContext service = BenchmarkService.start(mongo);
            try {
                run(service, eventsPerYear, years);
            } finally {
                service.close();
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            // Axon leaves a non-daemon thread behind, which would keep exec:java waiting
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext service, int eventsPerYear, int years) {
        EventStore eventStore = service.getBean(EventStore.class);
        EventStorageEngine engine = service.getBean(EventStorageEngine.class);
        KnownAt knownAt = service.getBean(KnownAt.class);
        AnnualSummaries live = service.getBean(AnnualSummaries.class);
        Random random = new Random(2020);
        int lastYear = FIRST_YEAR + years - 1;
        long total = 0;
        for (int year = FIRST_YEAR; year <= lastYear; year++) {
            total += fill(eventStore, year, eventsPerYear, random);
        }
        long activities = total - (long) NCOS_PER_YEAR * years;
        ActivityJournal journal = service.getBean(ActivityJournal.class);
        ActivityFilter everything = new ActivityFilter(null, null, null, null, true);
        EventProcessingConfiguration processing = service.getBean(EventProcessingConfiguration.class);
        // measured once every live processor has caught up, so that none competes for the cores
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2))
               .until(() -> journal.find(everything).size() >= activities && BenchmarkService.caughtUp(processing, -1));

        Instant endOfYear = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        System.out.printf("%d events (%d years of %d); last year's summary as known on %s%n", total, years,
                          eventsPerYear, endOfYear.plus(Duration.ofDays(1)));
        System.out.printf("%-34s %10s %10s%n", "what", "median ms", "best ms");
        report("read every event (baseline)", REPEATS, i -> readAll(engine.readEvents(null, false)));
        ExecutorService readers = Executors.newCachedThreadPool();
        List<Long> readAhead = report("read every event, read ahead", REPEATS,
                                      i -> readAll(((MongoEventStorageEngine) engine).readAhead(readers, 2)));
        readers.shutdownNow();
        report("live summary (baseline)", REPEATS, i -> live.summaryFor(lastYear));
        List<Long> cold = report("knownAt summary, cold", REPEATS, i -> new AnnualSummaries(
                knownAt.at(endOfYear.plus(Duration.ofDays(1)).plusSeconds(i))).summaryFor(lastYear));
        report("knownAt summary, cached", REPEATS, i -> new AnnualSummaries(
                knownAt.at(endOfYear.plus(Duration.ofDays(1)))).summaryFor(lastYear));
        List<Long> read = time(REPEATS, i -> readAll(engine.readEvents(null, false)));
        System.out.printf("cold knownAt / read every event: %.2f; / read ahead: %.2f%n",
                          (double) median(cold) / median(read), (double) median(cold) / median(readAhead));
        rebuild(service.getBean(ReadModelRebuilds.class), total, i -> readAll(engine.readEvents(null, false)));
    }

    /**
     * Blue-green rebuilds of every read model, {@value #WARM_UP_REBUILDS} to warm up and {@value #REBUILDS} counted, in
     * turn (each one replaces the last, as an auditor's would), each timed from its start to its switch-over (its
     * status resource's {@code finishedAt} less the tail it follows the log for afterwards) and each against reading
     * the same events just before it (the median of three): the median ratio is the figure. On a shared machine one
     * rebuild alone varied by half from run to run, and a read measured minutes apart by as much.
     */
    private static void rebuild(ReadModelRebuilds rebuilds, long events, Run read) {
        List<Long> rates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < WARM_UP_REBUILDS + REBUILDS; i++) {
            long readMillis = median(time(3, read));
            ReadModelRebuilds.Status started = rebuilds.start(null, "benchmark", "benchmark", "benchmark");
            ReadModelRebuilds.Status done = await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> rebuilds.status(started.rebuildId()).orElseThrow(),
                           status -> status.state() != ReadModelRebuilds.State.RUNNING);
            long millis = Duration.between(done.startedAt(), done.finishedAt()).minus(REBUILD_TAIL).toMillis();
            long rate = Math.round(events * 1000.0 / millis);
            double readRate = events * 1000.0 / readMillis;
            boolean counted = i >= WARM_UP_REBUILDS;
            if (counted) {
                rates.add(rate);
                ratios.add(rate / readRate);
            }
            System.out.printf("rebuild %d of every read model%s: %s, %d events in %d ms, %d events/s; reading them %d ms, "
                              + "%.0f events/s; rebuild / read %.2f%n", i + 1, counted ? "" : " (warm-up)", done.state(),
                              done.eventsProcessed(), millis, rate, readMillis, readRate, rate / readRate);
        }
        Collections.sort(ratios);
        System.out.printf("rebuild of every read model, median of %d: %d events/s; rebuild / read %.2f%n", REBUILDS,
                          median(rates), ratios.get(ratios.size() / 2));
    }

    /** One year: its NCOs, then raids and meetings, recorded in order through the year and into January. */
    private static long fill(EventStore eventStore, int year, int events, Random random) {
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long step = Duration.ofDays(380).toSeconds() / events;
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            LocalDate on = LocalDate.of(year, 1, 1).plusDays(Math.min(364, i * 365L / events));
            Object payload;
            String type;
            String id;
            if (i < NCOS_PER_YEAR) {
                type = "Nco";
                id = "n-" + year + "-" + i;
                payload = SummaryEvents.nco(id, "НКО " + i, on, random.nextBoolean() ? on : null);
            } else if (i % 3 == 0) {
                type = "Meeting";
                id = "m-" + year + "-" + i;
                payload = SummaryEvents.meeting(id, MeetingKind.WORKING_MEETING, on, "n-" + year + "-" + random.nextInt(NCOS_PER_YEAR));
            } else {
                type = "Raid";
                id = "r-" + year + "-" + i;
                payload = SummaryEvents.raid(id, on, random.nextInt(100), null);
            }
            batch.add(new GenericDomainEventMessage<>(type, id, 0, payload,
                    MetaData.with("recordedAt", start.plusSeconds(step * i).toString()).and("issuedBy", "benchmark")));
            if (batch.size() == 500) {
                eventStore.publish(batch);
                batch = new ArrayList<>();
            }
        }
        eventStore.publish(batch);
        return events;
    }

    private static long readAll(Stream<? extends TrackedEventMessage<?>> events) {
        long read = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                iterator.next().getPayload();
                read++;
            }
        }
        return read;
    }

    private interface Run {
        Object run(int repetition);
    }

    private static List<Long> report(String what, int repeats, Run run) {
        List<Long> millis = time(repeats, run);
        System.out.printf("%-34s %10d %10d%n", what, median(millis), millis.stream().min(Long::compare).orElseThrow());
        return millis;
    }

    private static List<Long> time(int repeats, Run run) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long started = System.nanoTime();
            run.run(i);
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        return millis;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
