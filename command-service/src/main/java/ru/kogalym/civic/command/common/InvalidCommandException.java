package ru.kogalym.civic.command.common;

/**
 * The command is invalid by itself, whatever the state of the system (HTTP 400): a required field is missing or
 * blank, a text is too long, a date lies in the future or before 1990, a count is negative, an identifier is
 * malformed. {@link #field()} is the JSON name of the offending request field, e.g. {@code participantNcoIds[2]}.
 */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
