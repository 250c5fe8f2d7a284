package ru.kogalym.civic.eventstore.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long the MongoDB driver waits before a request fails: without these it waited 30 s for a stopped server
 * before each 503. An option in the connection string ({@code serverSelectionTimeoutMS}, ...) wins over these.
 *
 * @param serverSelection how long an operation waits for a reachable server (a stopped one, an election)
 * @param connect         how long opening a connection may take, and how long the driver's heartbeat waits for the
 *                        server's answer before it takes the server for gone and fails every request for a while:
 *                        a stopped server refuses at once, and a busy machine (the embedded server answering
 *                        behind a long batch) took more than 1 s
 * @param socket          how long one reply may take; generous, since a report's aggregation may scan a lot
 */
@ConfigurationProperties("civic.mongo.timeouts")
public record MongoTimeouts(Duration serverSelection, Duration connect, Duration socket) {

    public MongoTimeouts {
        serverSelection = serverSelection == null ? Duration.ofSeconds(1) : serverSelection;
        connect = connect == null ? Duration.ofSeconds(10) : connect;
        socket = socket == null ? Duration.ofSeconds(10) : socket;
    }
}
