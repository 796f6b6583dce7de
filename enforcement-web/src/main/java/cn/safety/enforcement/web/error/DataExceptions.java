package cn.safety.enforcement.web.error;

import java.sql.SQLException;

/**
 * Tells a value the database can never hold (SQLSTATE class 22, "data exception": a NUL character, an invalid byte
 * sequence, a number out of range) from a real conflict between two submissions (class 23, a unique key taken).
 */
final class DataExceptions {

    private DataExceptions() {
    }

    static boolean isBadValue(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
