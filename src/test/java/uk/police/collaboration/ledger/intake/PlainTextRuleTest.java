package uk.police.collaboration.ledger.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Text is plain text: each kind of hidden or harmful character has its own code. */
class PlainTextRuleTest {

    @ParameterizedTest
    @CsvSource({
            "0000, CONTROL_CHARACTER", "001B, CONTROL_CHARACTER", "007F, CONTROL_CHARACTER", "0085, CONTROL_CHARACTER",
            "009F, CONTROL_CHARACTER", "202E, BIDI_CONTROL", "202A, BIDI_CONTROL", "2066, BIDI_CONTROL",
            "2069, BIDI_CONTROL", "200F, BIDI_CONTROL", "061C, BIDI_CONTROL", "200B, INVISIBLE_CHARACTER",
            "200D, INVISIBLE_CHARACTER", "2060, INVISIBLE_CHARACTER", "FEFF, INVISIBLE_CHARACTER",
            "D800, UNPAIRED_SURROGATE", "DFFF, UNPAIRED_SURROGATE"})
    void eachHiddenCharacterIsNamed(String hex, String code) {
        assertThat(PlainTextRule.breach("Title " + (char) Integer.parseInt(hex, 16) + " end")).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Line one\nline two\r\n\tindented", "Option 1 – £188,000 for 2018/19", "Cyngor Sir Gâr",
            "\uD83D\uDE93 police car", "Zoë's report ‘quoted’"})
    void ordinaryTextIsPlain(String text) {
        assertThat(PlainTextRule.breach(text)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aSurrogateAtTheEndWithoutItsPartnerIsRefused() {
        assertThat(PlainTextRule.breach("abc\uD83D")).isEqualTo("UNPAIRED_SURROGATE");
        assertThat(PlainTextRule.breach("\uDE93abc")).isEqualTo("UNPAIRED_SURROGATE");
    }
}
