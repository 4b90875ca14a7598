package cn.overloadcontrol.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    @ParameterizedTest
    @CsvSource({
            // The worked example of GB 32100-2015.
            "91350100M000100Y43, VALID",
            "91110000600037341L, VALID",
            "91440300708461136T, VALID",
            // Lower case and spaces are normalized before checking.
            "' 91350100m000100y43 ', VALID",
            // Full-width characters, as pasted from some Chinese documents.
            "９１３５０１００Ｍ０００１００Ｙ４３, VALID",
            // Well-formed, last character altered.
            "91350100M000100Y44, CHECK_CHARACTER_MISMATCH",
            "91140000110014813U, CHECK_CHARACTER_MISMATCH",
            // 17 characters, 19 characters, and letters outside the character set.
            "91350100M000100Y4, MALFORMED",
            "91350100M000100Y433, MALFORMED",
            "91350100O000100Y43, MALFORMED",
            "9135010IM000100Y43, MALFORMED",
            "91350100S000100Y43, MALFORMED",
    })
    void checkClassifiesCodes(String input, CreditCode.Status expected) {
        assertThat(CreditCode.check(input).status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"91350100M000100Y4, 3", "91110000600037341, L", "91440300708461136, T"})
    void checkCharacterComputed(String first17, char expected) {
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(expected);
    }
}
