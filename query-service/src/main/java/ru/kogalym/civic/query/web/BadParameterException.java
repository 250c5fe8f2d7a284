package ru.kogalym.civic.query.web;

/** A query parameter that cannot be used as given; answered with 400 naming the parameter. */
public class BadParameterException extends RuntimeException {

    private final String field;

    public BadParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
