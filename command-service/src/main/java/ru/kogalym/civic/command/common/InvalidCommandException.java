package ru.kogalym.civic.command.common;

/**
 * The command is invalid by itself, whatever the state of the system (HTTP 400): a required field is missing or
 * blank, a text is too long, a date lies in the future or before 1990, a count is negative, an identifier is
 * malformed. {@link #field()} is the JSON name of the offending request field, e.g. {@code participantNcoIds[2]}.
 */
public class InvalidCommandException extends CommandRefusal {

    public InvalidCommandException(String field, Problem problem, Object... args) {
        super(field, Detail.of(problem, args));
    }
}
