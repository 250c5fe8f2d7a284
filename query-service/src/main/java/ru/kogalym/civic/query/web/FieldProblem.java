package ru.kogalym.civic.query.web;

/** A request refused because of one of its parameters, which the problem answer names in {@code field}. */
public abstract class FieldProblem extends RuntimeException {

    private final String field;

    protected FieldProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
