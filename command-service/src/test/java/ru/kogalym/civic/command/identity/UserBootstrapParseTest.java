package ru.kogalym.civic.command.identity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.kogalym.civic.contract.identity.Role.ADMIN;
import static ru.kogalym.civic.contract.identity.Role.AUDITOR;
import static ru.kogalym.civic.contract.identity.Role.STAFF;

class UserBootstrapParseTest {

    @Test
    void civicUsersNamesUsersPasswordsAndRoles() {
        assertThat(UserBootstrap.parse("ivanova:first:pass:word:STAFF+auditor; ;admin:s3cret-s3cret:ADMIN;"))
                .containsExactly(new UserBootstrap.ConfiguredUser("ivanova", "first:pass:word", List.of(STAFF, AUDITOR)),
                                 new UserBootstrap.ConfiguredUser("admin", "s3cret-s3cret", List.of(ADMIN)));
    }

    @Test
    void aMalformedEntryStopsTheStartWithoutShowingThePassword() {
        assertThatThrownBy(() -> UserBootstrap.parse("ivanova:secret-password"))
                .hasMessageContaining("entry 1").hasMessageNotContaining("secret-password");
        assertThatThrownBy(() -> UserBootstrap.parse("ok:password-ok:STAFF;ivanova:secret-password:BOSS"))
                .hasMessageContaining("entry 2").hasMessageContaining("BOSS")
                .hasMessageNotContaining("secret-password");
    }

    @Test
    void aConfiguredUserPrintsWithoutItsPassword() {
        assertThat(new UserBootstrap.ConfiguredUser("ivanova", "secret-password", List.of(STAFF)).toString())
                .doesNotContain("secret-password");
    }
}
