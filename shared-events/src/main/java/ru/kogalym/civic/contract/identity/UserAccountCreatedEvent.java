package ru.kogalym.civic.contract.identity;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The account {@code username} was created with {@code roles}, enabled. */
@Revision("1")
public record UserAccountCreatedEvent(
        String accountId,
        String username,
        List<Role> roles) {
}
