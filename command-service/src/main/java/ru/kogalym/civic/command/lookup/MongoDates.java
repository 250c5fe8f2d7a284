package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;

/** Dates are kept in the lookup collections as ISO strings ({@code 2020-11-03}). */
final class MongoDates {

    private MongoDates() {
    }

    static LocalDate parse(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
