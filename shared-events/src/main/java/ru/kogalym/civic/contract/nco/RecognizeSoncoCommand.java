package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The NCO was recognised as socially oriented (СОНКО) on {@code recognizedOn}. */
public record RecognizeSoncoCommand(
        @TargetAggregateIdentifier String ncoId,
        LocalDate recognizedOn) {
}
