package ru.kogalym.civic.contract.identity;

import org.axonframework.serialization.Revision;

/** The disabled account can log in again. */
@Revision("1")
public record UserAccountEnabledEvent(
        String accountId,
        String username,
        String reason) {
}
