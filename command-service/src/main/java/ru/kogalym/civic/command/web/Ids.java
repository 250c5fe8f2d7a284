package ru.kogalym.civic.command.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids chosen by clients (in paths and request bodies) or generated here. */
public final class Ids {

    /** What an id may look like: safe in a URL path segment without escaping. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private Ids() {
    }

    /** The id if well formed; otherwise a 400 problem naming {@code field}. */
    public static String requireValid(String field, String value) {
        if (value == null || !FORMAT.matcher(value).matches() || value.equals(".") || value.equals("..")) {
            throw ApiProblem.badRequest(field,
                    field + ": an id is 1 to 100 letters, digits, '.', '_' or '-' (and not '.' or '..')");
        }
        return value;
    }

    /** The client's id if given (and well formed), otherwise a new UUID. */
    public static String givenOrNew(String field, String value) {
        return value == null ? UUID.randomUUID().toString() : requireValid(field, value);
    }
}
