package ru.kogalym.civic.command.web;

/**
 * The correlation id filter both services share, under the name the command side's code reads the id by
 * ({@code CorrelationIdFilter.correlationId(request)}); the shared configuration registers the filter itself.
 */
public abstract class CorrelationIdFilter extends ru.kogalym.civic.eventstore.operations.CorrelationIdFilter {

    private CorrelationIdFilter() {
    }
}
