package cn.overloadcontrol.common.jdbc;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTest {

    @Test
    void poolTimeoutIsUnavailable() {
        assertThat(DatabaseFailures.isUnavailable(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("Connection is not available")))).isTrue();
    }

    @Test
    void serverShutdownIsUnavailable() {
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(DatabaseFailures.isUnavailable(new JpaSystemException(new RuntimeException(shutdown)))).isTrue();
    }

    @Test
    void failedRollbackOnClosedConnectionIsUnavailable() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");

        assertThat(DatabaseFailures.isUnavailable(new JpaSystemException(
                new org.hibernate.TransactionException("Unable to rollback against JDBC Connection", closed))))
                .isTrue();
    }

    @Test
    void lostConnectionIsUnavailable() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("An I/O error occurred", "08006"))).isTrue();
    }

    @Test
    void constraintViolationIsNot() {
        SQLException duplicate = new SQLException("duplicate key value", "23505");

        assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("duplicate", duplicate)))
                .isFalse();
    }

    @Test
    void otherExceptionIsNot() {
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("media store failed"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("no state"))).isFalse();
    }
}
