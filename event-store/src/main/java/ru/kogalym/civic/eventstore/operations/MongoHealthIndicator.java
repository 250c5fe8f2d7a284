package ru.kogalym.civic.eventstore.operations;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * MongoDB answers a {@code ping}. Spring Boot's own indicator needs Spring Data; this one fails as fast as the
 * driver's server selection timeout ({@link MongoTimeouts}). Health is public: a failure names its kind, not the
 * hosts and topology the driver's message lists, and is not logged at every probe (the driver logs the outage).
 */
public class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    public MongoHealthIndicator(MongoDatabase database) {
        super("MongoDB cannot be reached");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            database.runCommand(new Document("ping", 1));
            builder.up().withDetail("database", database.getName());
        } catch (MongoException e) {
            builder.down().withDetail("error", e.getClass().getSimpleName());
        }
    }
}
