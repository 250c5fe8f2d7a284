package ru.kogalym.civic.contract.support;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Include a recorded support in the register of supported SONCOs (7-FZ art. 31.2, Order No. 223): {@code basis}
 * names the decision to give it (e.g. «Постановление Администрации города Когалыма от 01.04.2020 № 123»), taken on
 * {@code decisionDate}; {@code activityKinds} are the NCO's kinds of activity. The register numbers the entry and
 * dates it today.
 */
public record IncludeInSupportRegisterCommand(
        @TargetAggregateIdentifier String registerId,
        String supportId,
        String basis,
        LocalDate decisionDate,
        List<String> activityKinds) {
}
