package ru.kogalym.civic.contract.identity;

import org.axonframework.serialization.Revision;

/** The account can no longer log in. */
@Revision("1")
public record UserAccountDisabledEvent(
        String accountId,
        String username,
        String reason) {
}
