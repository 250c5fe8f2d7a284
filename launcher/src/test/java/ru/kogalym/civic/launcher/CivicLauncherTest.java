package ru.kogalym.civic.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run command's switches: a value it cannot read stops the start instead of being taken for "off". */
class CivicLauncherTest {

    @Test
    void aSwitchIsOffUnlessSetAndReadsTrueOrFalseInAnyCase() {
        assertThat(CivicLauncher.flag("EMBEDDED_MONGO_COMPRESS", null)).isFalse();
        assertThat(CivicLauncher.flag("EMBEDDED_MONGO_COMPRESS", " ")).isFalse();
        assertThat(CivicLauncher.flag("EMBEDDED_MONGO_COMPRESS", "true")).isTrue();
        assertThat(CivicLauncher.flag("EMBEDDED_MONGO_COMPRESS", " TRUE ")).isTrue();
        assertThat(CivicLauncher.flag("EMBEDDED_MONGO_COMPRESS", "False")).isFalse();
    }

    @Test
    void aSwitchSetToAnythingElseIsRefusedByName() {
        assertThatThrownBy(() -> CivicLauncher.flag("EMBEDDED_MONGO_COMPRESS", "yes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EMBEDDED_MONGO_COMPRESS must be true or false, not 'yes'");
    }
}
