package ru.kogalym.civic.contract.identity;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The account has exactly {@code roles} from now on. */
@Revision("1")
public record UserRolesChangedEvent(
        String accountId,
        String username,
        List<Role> roles) {
}
