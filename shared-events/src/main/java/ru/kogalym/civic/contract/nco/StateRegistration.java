package ru.kogalym.civic.contract.nco;

import java.time.LocalDate;

/** An entry in the state (Ministry of Justice) registry: when, and under which number if known. */
public record StateRegistration(LocalDate registeredOn, String number) {
}
