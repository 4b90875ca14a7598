package cn.overloadcontrol.system;

import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationStartTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsAreasOfJurisdiction() {
        Integer statutory = jdbc.queryForObject("select count(*) from area where statutory", Integer.class);
        assertThat(statutory).isEqualTo(15);
    }

    @Test
    void createsFirstAdministrator() {
        Boolean mustChange = jdbc.queryForObject(
                "select must_change_password from app_user where username = 'admin'", Boolean.class);
        assertThat(mustChange).isTrue();
    }
}
