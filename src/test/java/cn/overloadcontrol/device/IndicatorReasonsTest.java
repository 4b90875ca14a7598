package cn.overloadcontrol.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chinese texts for the reasons that the indicator link gives in its state changes. */
class IndicatorReasonsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valid frames arrive                       | 数据帧正常
            shutdown                                  | 磅房程序已停止
            opened, waiting for a valid frame         | 已连接，等待有效数据帧
            no valid frame for 15200 ms               | 15 秒内没有收到有效数据帧
            open failed: /dev/ttyS9 (No such file)    | 无法打开串口或网络连接：/dev/ttyS9 (No such file)
            read failed: Connection reset             | 读取数据失败：Connection reset
            已是中文的原因                              | 已是中文的原因
            """)
    void knownReasonsBecomeChinese(String reason, String expected) {
        assertThat(IndicatorReasons.chinese(reason)).isEqualTo(expected);
    }

    @Test
    void nullStaysNull() {
        assertThat(IndicatorReasons.chinese(null)).isNull();
    }
}
