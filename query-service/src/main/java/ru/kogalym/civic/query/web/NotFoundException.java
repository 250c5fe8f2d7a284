package ru.kogalym.civic.query.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The record named by a path parameter does not exist; answered with 404 naming that parameter. */
public class NotFoundException extends FieldProblem {

    /** Marks a handler that throws this for an unknown id, so the API description declares its 404. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Possible {
    }


    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
