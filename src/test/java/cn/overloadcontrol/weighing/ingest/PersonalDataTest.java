package cn.overloadcontrol.weighing.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void namesKeepTheFamilyName() {
        assertThat(PersonalData.maskName("张三")).isEqualTo("张*");
        assertThat(PersonalData.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalData.maskName("王")).isEqualTo("王*");
        assertThat(PersonalData.maskName(null)).isNull();
    }

    @Test
    void phonesKeepPrefixAndLastFourDigits() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone("5221234")).isEqualTo("*******");
    }

    @Test
    void idNumbersKeepRegionAndLastFour() {
        assertThat(PersonalData.maskIdNumber("140581199001011234")).isEqualTo("140581********1234");
    }
}
