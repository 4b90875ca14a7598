package cn.overloadcontrol.common.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The literals arrive in PostgreSQL as the values they were built from. */
@IntegrationTest
class SqlArraysTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void quotedTextArrivesUnchanged() {
        List<String> values = List.of("plain", "with \"quotes\"", "back\\slash", "comma,inside", "{braces}",
                " spaces ", "NULL", "", "晋E12345");

        List<String> arrived = jdbc.queryForList("select unnest(cast(? as text[]))", String.class,
                SqlArrays.quoted(values, Function.identity()));

        assertThat(arrived).containsExactlyElementsOf(values);
    }

    @Test
    void numbersArriveAsBigints() {
        List<Long> values = List.of(1L, -7L, Long.MAX_VALUE);

        List<Long> arrived = jdbc.queryForList("select unnest(cast(? as bigint[]))", Long.class,
                SqlArrays.numbers(values, Function.identity()));

        assertThat(arrived).containsExactlyElementsOf(values);
    }

    @Test
    void quotedInstantsArriveAsTimestamps() {
        List<Instant> values = List.of(Instant.parse("2026-12-05T06:34:16.700Z"), Instant.parse("2026-01-01T00:00:00Z"));

        List<Instant> arrived = jdbc.queryForList("select unnest(cast(? as timestamptz[]))", Timestamp.class,
                SqlArrays.quoted(values, Function.identity())).stream().map(Timestamp::toInstant).toList();

        assertThat(arrived).containsExactlyElementsOf(values);
    }

    @Test
    void emptyListIsEmptyArray() {
        assertThat(SqlArrays.numbers(List.<Long>of(), Function.identity())).isEqualTo("{}");
        assertThat(SqlArrays.quoted(List.<String>of(), Function.identity())).isEqualTo("{}");
    }

    @Test
    void nullElementIsRejected() {
        List<String> values = Arrays.asList("a", null);

        assertThatThrownBy(() -> SqlArrays.quoted(values, Function.identity()))
                .isInstanceOf(NullPointerException.class);
    }
}
