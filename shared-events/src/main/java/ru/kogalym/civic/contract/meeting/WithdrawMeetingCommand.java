package ru.kogalym.civic.contract.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a meeting recorded by mistake, saying why. */
public record WithdrawMeetingCommand(
        @TargetAggregateIdentifier String meetingId,
        String reason) {
}
