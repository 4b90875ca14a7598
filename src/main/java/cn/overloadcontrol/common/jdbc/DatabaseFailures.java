package cn.overloadcontrol.common.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a failure of the database itself apart from a failure of one statement's data. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Returns whether the exception or one of its causes shows that the database cannot be
     * reached or is shutting down: no connection from the pool in time, a lost connection
     * (SQLSTATE class 08), or an administrator's or crash shutdown (57P01 to 57P03). Every
     * other statement in the same state would fail the same way, so retrying statement by
     * statement only makes callers wait longer.
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
