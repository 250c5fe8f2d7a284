package ru.kogalym.civic.contract.support;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Change an entry of the support register, every field anew and why: its basis and decision, the NCO's kinds of
 * activity, the date support was stopped (if it was) and the violations found (all of them, earlier ones included).
 */
public record ChangeSupportRegisterEntryCommand(
        @TargetAggregateIdentifier String registerId,
        int entryNumber,
        String basis,
        LocalDate decisionDate,
        List<String> activityKinds,
        LocalDate supportStoppedOn,
        List<RegisterViolation> violations,
        String reason) {
}
