package ru.kogalym.civic.query.web;

/** A query parameter that cannot be used as given; answered with 400 naming the parameter. */
public class BadParameterException extends FieldProblem {

    public BadParameterException(String field, String message) {
        super(field, message);
    }
}
