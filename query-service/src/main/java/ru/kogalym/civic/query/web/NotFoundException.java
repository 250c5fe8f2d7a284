package ru.kogalym.civic.query.web;

/** The record named by a path variable does not exist; answered with 404 naming that {@link #field()}. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
