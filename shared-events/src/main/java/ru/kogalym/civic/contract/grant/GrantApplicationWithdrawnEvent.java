package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;

/** A recorded grant application was withdrawn, with its decision: it no longer counts. */
@Revision("1")
public record GrantApplicationWithdrawnEvent(
        String grantApplicationId,
        String reason) {
}
