package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Checks;

import java.util.UUID;

/** Ids chosen by clients (in paths and request bodies) or generated here. */
final class Ids {

    private Ids() {
    }

    /** The id if well formed; otherwise a 400 problem naming {@code field}. */
    public static String requireValid(String field, String value) {
        return Checks.id(field, value);
    }

    /** The client's id if given (and well formed), otherwise a new UUID. */
    public static String givenOrNew(String field, String value) {
        return value == null ? UUID.randomUUID().toString() : requireValid(field, value);
    }
}
