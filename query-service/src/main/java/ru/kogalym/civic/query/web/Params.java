package ru.kogalym.civic.query.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses optional query parameters, refusing bad values with a {@link BadParameterException} naming the parameter. */
public final class Params {

    private Params() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static LocalDate date(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(field, field + " must be a date as YYYY-MM-DD");
        }
    }

    /** An instant as ISO-8601, e.g. {@code 2021-03-01T00:00:00Z}. */
    public static Instant instant(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(field, field + " must be an instant as YYYY-MM-DDThh:mm:ssZ");
        }
    }

    public static Boolean bool(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadParameterException(field, field + " must be true or false");
        };
    }

    public static Integer integer(String field, String value) {
        return wholeNumber(field, value, Integer::valueOf);
    }

    /** A whole number that may exceed an int, such as a global position. */
    public static Long longInteger(String field, String value) {
        return wholeNumber(field, value, Long::valueOf);
    }

    private static <N extends Number> N wholeNumber(String field, String value, Function<String, N> parse) {
        if (text(value) == null) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(field, field + " must be a whole number");
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new BadParameterException(field, field + " must be one of " + allowed);
        }
    }
}
