package ru.kogalym.civic.command.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guards for input that is invalid by itself; each throws {@link InvalidCommandException} naming the field, and
 * returns the value normalised for the event (optional blank text becomes null, an absent list becomes empty).
 */
public final class Checks {

    /** What an id may look like: safe in a URL path segment without escaping. */
    /** What an id may look like (up to {@link Limits#ID} of these): safe in a URL path segment without escaping. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern OGRN = Pattern.compile("\\d{13}");
    private static final Pattern INN = Pattern.compile("\\d{10}|\\d{12}");

    private Checks() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidCommandException(field, Problem.REQUIRED);
        }
        return value;
    }

    /** An id chosen by a client, in a path or a body, or generated. */
    public static String id(String field, String value) {
        String checked = required(field, value, Limits.ID);
        if (!ID.matcher(checked).matches() || checked.equals(".") || checked.equals("..")) {
            throw new InvalidCommandException(field, Problem.ID_FORMAT, Limits.ID);
        }
        return checked;
    }

    public static String optionalId(String field, String value) {
        return value == null || value.isBlank() ? null : id(field, value);
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, Problem.REQUIRED);
        }
        return withinLength(field, value, maxLength);
    }

    /** Optional text: blank means absent (null). */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLength(field, value, maxLength);
    }

    private static String withinLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidCommandException(field, Problem.TOO_LONG, maxLength);
        }
        return printable(field, value, maxLength >= Limits.FREE_TEXT);
    }

    /**
     * Refuses, rather than alters, what a report cannot print and MongoDB cannot keep as sent: control characters
     * (free text may hold line breaks and tabs) and unpaired surrogates (UTF-8 has no encoding for them, so the
     * driver would store a replacement character).
     */
    private static String printable(String field, String value, boolean freeText) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.getType(codePoint) == Character.SURROGATE) {
                throw new InvalidCommandException(field, Problem.UNPAIRED_SURROGATE, i);
            }
            if (Character.isISOControl(codePoint) && !(freeText && (codePoint == '\n' || codePoint == '\t'))) {
                throw new InvalidCommandException(field,
                        freeText ? Problem.CONTROL_CHARACTER_IN_FREE_TEXT : Problem.CONTROL_CHARACTER,
                        String.format("U+%04X", codePoint), i);
            }
            i += Character.charCount(codePoint);
        }
        return value;
    }

    /** A required date of something that happened: not in the future (in Kogalym), not before 1990. */
    public static LocalDate pastDate(String field, LocalDate value, Clock clock) {
        present(field, value);
        LocalDate today = CivicClock.today(clock);
        if (value.isAfter(today)) {
            throw new InvalidCommandException(field, Problem.DATE_IN_FUTURE, value, today);
        }
        return notTooEarly(field, value);
    }

    /** An optional date that may lie ahead (e.g. the end of a support period), but not before 1990. */
    public static LocalDate optionalDate(String field, LocalDate value) {
        return value == null ? null : notTooEarly(field, value);
    }

    private static LocalDate notTooEarly(String field, LocalDate value) {
        if (value.isBefore(CivicClock.EARLIEST_DATE)) {
            throw new InvalidCommandException(field, Problem.DATE_TOO_EARLY, value, CivicClock.EARLIEST_DATE);
        }
        return value;
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new InvalidCommandException(field, Problem.NEGATIVE);
        }
        return value;
    }

    public static Integer optionalNonNegative(String field, Integer value) {
        return value == null ? null : nonNegative(field, value);
    }

    /** A required sum of money in whole kopecks: positive. */
    public static long positiveKopecks(String field, Long kopecks) {
        present(field, kopecks);
        if (kopecks <= 0) {
            throw new InvalidCommandException(field, Problem.NOT_POSITIVE);
        }
        return kopecks;
    }

    public static String optionalOgrn(String field, String value) {
        return optionalMatching(field, value, OGRN, Problem.OGRN_FORMAT);
    }

    public static String optionalInn(String field, String value) {
        return optionalMatching(field, value, INN, Problem.INN_FORMAT);
    }

    private static String optionalMatching(String field, String value, Pattern pattern, Problem rule) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            throw new InvalidCommandException(field, rule);
        }
        return value;
    }

    /** A list of ids, each one valid and none repeated; absent means empty. Items are named {@code field[i]}. */
    public static List<String> ids(String field, List<String> values) {
        List<String> checked = list(field, values);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < checked.size(); i++) {
            String item = id(field + "[" + i + "]", checked.get(i));
            if (!seen.add(item)) {
                throw new InvalidCommandException(field + "[" + i + "]", Problem.LISTED_TWICE, item);
            }
        }
        return checked;
    }

    /** A non-empty list of ids, as {@link #ids}. */
    public static List<String> nonEmptyIds(String field, List<String> values) {
        List<String> checked = ids(field, values);
        if (checked.isEmpty()) {
            throw new InvalidCommandException(field, Problem.EMPTY_LIST);
        }
        return checked;
    }

    /** A list of short texts, none blank; absent means empty. Items are named {@code field[i]}. */
    public static List<String> texts(String field, List<String> values, int maxLength) {
        List<String> checked = list(field, values);
        for (int i = 0; i < checked.size(); i++) {
            required(field + "[" + i + "]", checked.get(i), maxLength);
        }
        return checked;
    }

    private static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > Limits.LIST) {
            throw new InvalidCommandException(field, Problem.TOO_MANY_ITEMS, Limits.LIST);
        }
        return new ArrayList<>(values);
    }

    /** Checks the size of a list of structured items (whose items the caller checks); absent means empty. */
    public static <T> List<T> items(String field, List<T> values) {
        return list(field, values);
    }
}
