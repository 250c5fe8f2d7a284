package ru.kogalym.civic.launcher;

import ru.kogalym.civic.identity.TestUsers;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's run command as its own process, killed with SIGKILL while staff register NCOs: after a
 * restart on the same data, every registration that was answered 201 is in the store and the registry.
 */
class KilledSystemTest {

    private static final Pattern UP = Pattern.compile("command-service http://localhost:(\\d+) , query-service http://localhost:(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noAcknowledgedRegistrationIsLostToAKill() throws Exception {
        Path data = Files.createTempDirectory("civic-kill");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        Running first = start(data);
        CompletableFuture<Void> staff = CompletableFuture.runAsync(() -> {
            for (int i = 0; ; i++) {
                String id = "nco-" + i;
                try {
                    HttpResponse<String> response = post(first.commandPort, id);
                    if (response.statusCode() != 201) {
                        return;
                    }
                    acknowledged.add(id);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 40);
        first.process.destroyForcibly();
        first.process.waitFor(30, TimeUnit.SECONDS);
        staff.get(1, TimeUnit.MINUTES);

        Running second = start(data);
        try {
            for (String id : acknowledged) {
                assertThat(post(second.commandPort, id).statusCode())
                        .as("the same registration again is answered as already done, so %s was kept", id).isEqualTo(201);
            }
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                String registry = get(second.queryPort, "/api/ncos?size=500");
                for (String id : acknowledged) {
                    assertThat(registry).contains("\"" + id + "\"");
                }
            });
        } finally {
            second.process.destroyForcibly();
            second.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> post(int port, String id) throws IOException, InterruptedException {
        String body = "{\"id\": \"" + id + "\", \"fullName\": \"Общество " + id + "\", \"legalForm\": \"OTHER\", \"registeredOn\": \"2019-05-01\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ncos"))
                                    .timeout(Duration.ofSeconds(20))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", TestUsers.STAFF.basic())
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", TestUsers.AUDITOR.basic()).GET().build(),
                         HttpResponse.BodyHandlers.ofString()).body();
    }

    private record Running(Process process, int commandPort, int queryPort) {
    }

    private static Running start(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                                                    CivicLauncher.class.getName())
                .redirectErrorStream(true);
        builder.environment().remove("MONGODB_URI");
        builder.environment().put("CIVIC_DATA_DIR", data.toString());
        builder.environment().put("EMBEDDED_MONGO_PORT", "0");
        builder.environment().put("COMMAND_SERVICE_PORT", "0");
        builder.environment().put("QUERY_SERVICE_PORT", "0");
        builder.environment().put("CIVIC_USERS", TestUsers.spec());
        Process process = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Running> up = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null) {
                    Matcher matcher = UP.matcher(line);
                    if (matcher.find()) {
                        Thread drain = new Thread(() -> output.lines().forEach(l -> { }));
                        drain.setDaemon(true);
                        drain.start();
                        return new Running(process, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                    }
                }
                throw new IllegalStateException("the system exited before it was up");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return up.get(3, TimeUnit.MINUTES);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }
}
