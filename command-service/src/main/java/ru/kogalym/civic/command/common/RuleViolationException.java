package ru.kogalym.civic.command.common;

/**
 * The command is well formed but refused because of the current state (HTTP 409): a duplicate OGRN, an unknown or
 * liquidated NCO, a dissolved body, a withdrawn record, a decided grant... {@link #field()} is the JSON name of the
 * request field the refusal is about, e.g. {@code bodyId} or {@code participantNcoIds[0]}.
 */
public class RuleViolationException extends CommandRefusal {

    public RuleViolationException(String field, Problem problem, Object... args) {
        this(field, Detail.of(problem, args));
    }

    public RuleViolationException(String field, Detail detail) {
        super(field, detail);
    }
}
