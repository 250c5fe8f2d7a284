package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;

/**
 * What the command side knows of an NCO: when it entered the municipal registry, if so when it was liquidated, and
 * whether it was withdrawn (registered by mistake).
 */
record NcoStatus(LocalDate registeredOn, LocalDate liquidatedOn, boolean withdrawn) {

    /** An NCO that was not withdrawn. */
    public NcoStatus(LocalDate registeredOn, LocalDate liquidatedOn) {
        this(registeredOn, liquidatedOn, false);
    }
}
