package ru.kogalym.civic.eventstore.operations;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import java.time.Duration;

/** Whether a failure means MongoDB cannot be reached now, so the client should retry later rather than fix anything. */
public final class StoreUnavailable {

    /** What the services answer in {@code Retry-After}: about the time the driver needs to find a returning server. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private StoreUnavailable() {
    }

    /** True when {@code failure} or one of its causes (Axon wraps storage failures) is a lost connection to MongoDB. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException
                    || cause instanceof MongoNotPrimaryException || cause instanceof MongoNodeIsRecoveringException) {
                return true;
            }
        }
        return false;
    }
}
