package ru.kogalym.civic.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A command's failure as it happened, with the request's name for the record's id: the domain names the id after
 * the command's field (e.g. {@code ncoId}), the client after its path variable or body field (e.g. {@code id}).
 * Which problem a failure is, is decided by {@link ProblemHandler} alone; this only carries the request's context.
 */
public final class CommandFailure extends RuntimeException {

    private static final Map<Class<?>, String> AGGREGATE_ID_FIELDS = new ConcurrentHashMap<>();

    private final String idField;
    private final String idParam;

    private CommandFailure(RuntimeException failure, String idField, String idParam) {
        // no stack trace of its own: the failure's is the one that tells where it happened
        super(failure.getMessage(), failure, false, false);
        this.idField = idField;
        this.idParam = idParam;
    }

    /** {@code failure} of {@code command}, whose record's id the request calls {@code idParam}. */
    static CommandFailure of(RuntimeException failure, Object command, String idParam) {
        return new CommandFailure(unwrap(failure), aggregateIdField(command.getClass()), idParam);
    }

    /** What the aggregate (or Axon) threw, without the gateway's wrapping. */
    static RuntimeException unwrap(RuntimeException e) {
        RuntimeException failure = e;
        while (failure instanceof CommandExecutionException && failure.getCause() instanceof RuntimeException cause
                && cause != failure) {
            failure = cause;
        }
        return failure;
    }

    public RuntimeException failure() {
        return (RuntimeException) getCause();
    }

    /** The command's field holding the record's id, e.g. {@code ncoId}; empty when the command has none. */
    String idField() {
        return idField;
    }

    /** The request's name for the record's id, e.g. {@code id} or {@code year}. */
    String idParam() {
        return idParam;
    }

    /** The name of the command's {@link TargetAggregateIdentifier} field, e.g. {@code ncoId}. */
    private static String aggregateIdField(Class<?> commandType) {
        return AGGREGATE_ID_FIELDS.computeIfAbsent(commandType, type -> {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(TargetAggregateIdentifier.class)) {
                    return field.getName();
                }
            }
            return "";
        });
    }
}
