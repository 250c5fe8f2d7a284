import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load at a fixed rate: request i is due at start + i / rate whether or not earlier ones have been
 * answered, and its latency counts from when it was due, so a server that falls behind shows it in the percentiles
 * (a closed loop like wrk's would wait for it and hide the queue). Needs only a JDK:
 * {@code java benchmarks/FixedRate.java URL USER:PASSWORD RATE SECONDS [JSON body]} (GET without a body).
 *
 * <p>First it sends one second's worth of the same request one at a time, not counted: this JVM's HTTP client loads
 * and compiles its code on its first requests (the first took about 200 ms), and under an open loop that start-up
 * queued the requests due behind it, a second or two of latency that was the client's, not the server's.
 */
public final class FixedRate {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String body = args.length > 4 ? args[4] : null;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                      .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", auth)
                                                 .timeout(Duration.ofSeconds(60));
        HttpRequest sent = body == null ? request.GET().build()
                : request.header("Content-Type", "application/json")
                         .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();

        int warmUp = (int) Math.ceil(rate);
        for (int i = 0; i < warmUp; i++) {
            client.send(sent, HttpResponse.BodyHandlers.discarding());
        }

        int total = (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> answers = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            answers.add(client.sendAsync(sent, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                latencies[index] = System.nanoTime() - due;
                if (error != null || response.statusCode() >= 300) {
                    failed.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(total);
        for (long latency : latencies) {
            sorted.add(latency);
        }
        Collections.sort(sorted);
        System.out.printf("rate %.0f/s for %d s (after %d warm-up requests one at a time): %d requests, %d failed, "
                          + "answered in %.1f s (%.1f/s); "
                          + "latency from when due p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                rate, seconds, warmUp, total, failed.get(), elapsed, total / elapsed, ms(sorted, 0.50), ms(sorted, 0.90),
                ms(sorted, 0.99), sorted.get(total - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
