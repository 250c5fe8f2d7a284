package ru.kogalym.civic.contract.identity;

import org.axonframework.serialization.Revision;

/** The account's password was replaced; neither the password nor its hash is part of the record. */
@Revision("1")
public record UserPasswordResetEvent(
        String accountId,
        String username) {
}
