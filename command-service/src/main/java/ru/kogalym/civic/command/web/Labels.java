package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;

import java.util.Locale;

/** The names of records and their parts in problems: {@code NAME_} and the name in capitals, spaces as {@code _}. */
final class Labels {

    private Labels() {
    }

    /** The label of {@code name}, e.g. {@code NAME_GRANT_APPLICATION} for {@code grant application}. */
    static Detail of(String name) {
        return Detail.of(Problem.valueOf("NAME_" + name.toUpperCase(Locale.ROOT).replace(' ', '_')));
    }
}
