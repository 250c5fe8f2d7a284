package ru.kogalym.civic.command.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text and id rules every command's fields pass through. */
class ChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007", "\u001b[31m", "x\u007f", "x\u0085", "a\rb", "a\nb", "a\tb",
            "\ud800", "x\udc00", "\udc00\ud800", "end\ud83d"})
    void aNameWithAControlCharacterOrAnUnpairedSurrogateIsRefusedNamingTheField(String name) {
        assertThatThrownBy(() -> Checks.required("fullName", name, Limits.NAME))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("fullName"));
        assertThatThrownBy(() -> Checks.optional("shortName", name, Limits.SHORT_TEXT))
                .isInstanceOf(InvalidCommandException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\rb", "\ud800", "x\u000b"})
    void freeTextRefusesThemToo(String text) {
        assertThatThrownBy(() -> Checks.optional("minutes", text, Limits.FREE_TEXT))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void freeTextMayHoldLineBreaksAndTabsAndTextIsNeverAltered() {
        String minutes = "1. Согласие\n2.\tПраздник";
        assertThat(Checks.required("minutes", minutes, Limits.FREE_TEXT)).isSameAs(minutes);
        String name = "Общество 😀 й\u0306";
        assertThat(Checks.required("fullName", name, Limits.NAME)).isSameAs(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nco 1", "нко", ".", "..", "a/b", "a\u0000", "x%2F"})
    void aMalformedIdIsRefused(String id) {
        assertThatThrownBy(() -> Checks.id("ncoId", id))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("ncoId"));
    }

    @Test
    void anIdIsAtMostOneHundredCharacters() {
        assertThat(Checks.id("ncoId", "n".repeat(Limits.ID))).hasSize(Limits.ID);
        assertThatThrownBy(() -> Checks.id("ncoId", "n".repeat(Limits.ID + 1)))
                .isInstanceOf(InvalidCommandException.class);
    }
}
