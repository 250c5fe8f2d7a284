package ru.kogalym.civic.contract.meeting;

import org.axonframework.serialization.Revision;

/** A recorded meeting was withdrawn: it no longer counts. */
@Revision("1")
public record MeetingWithdrawnEvent(
        String meetingId,
        String reason) {
}
