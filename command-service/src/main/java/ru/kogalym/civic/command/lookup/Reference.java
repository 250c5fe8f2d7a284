package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;

/** A standing record ({@code record}, e.g. a meeting's id) that names an NCO or a body on the day {@code on}. */
public record Reference(String record, LocalDate on) {
}
