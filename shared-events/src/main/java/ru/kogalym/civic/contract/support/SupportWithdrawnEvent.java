package ru.kogalym.civic.contract.support;

import org.axonframework.serialization.Revision;

/** A recorded support was withdrawn: it no longer counts. */
@Revision("1")
public record SupportWithdrawnEvent(
        String supportId,
        String reason) {
}
