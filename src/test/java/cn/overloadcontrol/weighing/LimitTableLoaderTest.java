package cn.overloadcontrol.weighing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken table file fails loudly, naming the file and the field, instead of judging wrongly. */
class LimitTableLoaderTest {

    private static final String VALID = """
            {"version": "v", "name": "n", "source": "s", "effectiveFrom": "2016-09-21T00:00:00+08:00",
             "warningBandKg": 1000, "singleTyreReductionKg": 3000,
             "rows": [
               {"id": "truck", "name": "二轴货车", "source": "s", "minAxles": 2, "maxAxles": 2,
                "vehicleTypes": ["TRUCK"], "limitKg": 18000, "registeredTotalMassCaps": true},
               {"id": "train", "name": "六轴及以上汽车列车", "source": "s", "minAxles": 6, "maxAxles": 12,
                "vehicleTypes": ["ARTICULATED"], "limitKg": 49000,
                "airSuspension": {"limitKg": 50000, "minSemitrailerAxleSpacingMm": 1800}}
             ]}
            """;

    @Test
    void validFileParses() {
        LimitTable table = parse(VALID);

        assertThat(table.version()).isEqualTo("v");
        assertThat(table.rows()).extracting(LimitRow::id).containsExactly("truck", "train");
        LimitRow train = table.rows().get(1);
        assertThat(train.airSuspension()).isEqualTo(new AirSuspensionRule(50000, 1800));
        assertThat(train.singleDriveAxle()).isNull();
        assertThat(table.rows().get(0).registeredTotalMassCaps()).isTrue();
        assertThat(train.registeredTotalMassCaps()).isFalse();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # replace                         | with                                 | expected message part
            "limitKg": 18000,                  | "limitKg": 18000, "limitKG": 1,      | limitKG
            "limitKg": 18000,                  | "limitKg": 0,                        | row truck: limitKg must be a positive number, got 0
            "limitKg": 18000,                  |                                      | row truck: limitKg must be a positive number, got null
            "vehicleTypes": ["TRUCK"]          | "vehicleTypes": []                   | row truck: vehicleTypes is missing
            "vehicleTypes": ["TRUCK"]          | "vehicleTypes": ["LORRY"]            | LORRY
            "minAxles": 6                      | "minAxles": 13                       | row train: axles 13..12 must lie within 2..12
            "maxAxles": 12                     | "maxAxles": 13                       | row train: axles 6..13 must lie within 2..12
            "id": "train"                      | "id": "truck"                        | row id truck appears twice
            "version": "v",                    |                                      | version is missing
            "2016-09-21T00:00:00+08:00"        | "2016-09-21"                         | effectiveFrom 2016-09-21 is not an ISO-8601 date-time with offset
            "singleTyreReductionKg": 3000,     |                                      | singleTyreReductionKg must be zero or positive, got null
            "limitKg": 50000,                  | "limitKg": -1,                       | row train: airSuspension.limitKg must be a positive number, got -1
            """)
    void invalidFileRejected(String replace, String with, String expectedMessage) {
        String json = VALID.replace(replace, with == null ? "" : with);

        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("invalid limit table test.json: ")
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void overlappingRowsRejected() {
        String json = VALID
                .replace("\"maxAxles\": 2,", "\"maxAxles\": 7,")
                .replace("[\"TRUCK\"]", "[\"TRUCK\", \"ARTICULATED\"]");

        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rows truck and train both apply to a 6-axle ARTICULATED (singleDriveAxle=false)");
    }

    @Test
    void endBeforeStartRejected() {
        String json = VALID.replace("\"warningBandKg\"", "\"effectiveUntil\": \"2016-01-01T00:00:00+08:00\", \"warningBandKg\"");

        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("effectiveUntil 2016-01-01T00:00:00+08:00 is not after effectiveFrom");
    }

    @Test
    void notJsonRejected() {
        assertThatThrownBy(() -> parse("rows: []"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("invalid limit table test.json: ");
    }

    private static LimitTable parse(String json) {
        return LimitTableLoader.parse("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
