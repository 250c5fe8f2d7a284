package ru.kogalym.civic.contract.raid;

import org.axonframework.serialization.Revision;

/** A recorded raid was withdrawn: it no longer counts. */
@Revision("1")
public record RaidWithdrawnEvent(
        String raidId,
        String reason) {
}
