package ru.kogalym.civic.command.web;

import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptorSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.command.CommandServiceApplication;
import ru.kogalym.civic.contract.nco.RegisterNcoCommand;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A command in flight when the service is told to stop is finished and acknowledged, and its event is in the
 * store, before the service lets go of MongoDB; meanwhile no new request is taken.
 */
class GracefulShutdownTest {

    private static final String NCO_ID = "nco-in-flight";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TestMongo mongo = TestMongo.start();
    private ConfigurableApplicationContext service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        mongo.close();
    }

    @Test
    void aCommandInFlightIsFinishedAndStoredWhileTheServiceStops() throws Exception {
        service = start();
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        CountDownLatch handling = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        @SuppressWarnings("unchecked")
        MessageHandlerInterceptorSupport<CommandMessage<?>> bus =
                (MessageHandlerInterceptorSupport<CommandMessage<?>>) service.getBean(CommandBus.class);
        bus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof RegisterNcoCommand register
                    && NCO_ID.equals(register.ncoId())) {
                handling.countDown();
                proceed.await(30, TimeUnit.SECONDS);
            }
            return chain.proceed();
        });
        CompletableFuture<HttpResponse<String>> inFlight = post(port, """
                {"id": "%s", "fullName": "Общество в пути", "legalForm": "LOCAL_PUBLIC_ORGANIZATION",
                 "registeredOn": "2015-01-15"}""".formatted(NCO_ID));
        assertThat(handling.await(30, TimeUnit.SECONDS)).isTrue();
        ConfigurableApplicationContext stopping = service;
        CompletableFuture<Void> closed = CompletableFuture.runAsync(stopping::close);
        // the server stops taking requests while the one in flight goes on
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(post(port, "{}"))
                .failsWithin(Duration.ofSeconds(5)).withThrowableThat().withCauseInstanceOf(ConnectException.class));
        assertThat(closed).isNotDone();

        proceed.countDown();
        HttpResponse<String> reply = inFlight.get(30, TimeUnit.SECONDS);
        closed.get(30, TimeUnit.SECONDS);
        service = null;

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(mongo.database().getCollection("events").countDocuments(Filters.eq("aggregateId", NCO_ID)))
                .isEqualTo(1);
    }

    private static CompletableFuture<HttpResponse<String>> post(int port, String json) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ncos"))
                                         .header("Content-Type", "application/json")
                                         .header("Authorization", TestUsers.STAFF.basic())
                                         .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                              HttpResponse.BodyHandlers.ofString());
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .run("--spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                     "--server.port=0",
                     "--spring.data.mongodb.uri=" + mongo.uri(),
                     "--civic.security.users=" + TestUsers.spec());
    }
}
