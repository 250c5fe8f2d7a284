package ru.kogalym.civic.command.common;

/**
 * A command refused, about one field of the request ({@link #field()}, its JSON name, e.g. {@code bodyId} or
 * {@code participantNcoIds[0]}), for a reason ({@link #detail()}) that is worded in the client's language when it is
 * answered, and in English as the exception's message.
 */
abstract class CommandRefusal extends RuntimeException {

    private final String field;
    private final Detail detail;

    CommandRefusal(String field, Detail detail) {
        this.field = field;
        this.detail = detail;
    }

    public String field() {
        return field;
    }

    public Detail detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return field + ": " + detail.english();
    }
}
