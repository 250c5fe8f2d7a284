package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;

/** What the command side knows of an NCO: when it entered the municipal registry and, if so, when it was liquidated. */
public record NcoStatus(LocalDate registeredOn, LocalDate liquidatedOn) {

    /** Whether the NCO had entered the registry by {@code date} and had not been liquidated on or before it. */
    public boolean activeOn(LocalDate date) {
        return !registeredOn.isAfter(date) && (liquidatedOn == null || liquidatedOn.isAfter(date));
    }
}
