package ru.kogalym.civic.query.web;

/** The request cannot be served in the state things are in (e.g. a rebuild is already running); answered 409. */
public class ConflictException extends FieldProblem {

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
