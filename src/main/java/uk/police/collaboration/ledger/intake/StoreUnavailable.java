package uk.police.collaboration.ledger.intake;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (down, frozen, restarting) rather than
 * that the request was wrong: the pool gave no connection in time, a connection broke, or the
 * server said it is shutting down or starting. Such a request wrote nothing and may be repeated
 * once the database is back: it is answered 503 STORE_UNAVAILABLE with Retry-After.
 */
public final class StoreUnavailable {

    public static final String CODE = "STORE_UNAVAILABLE";
    /** Seconds a caller is asked to wait: about what the pool needs to notice the database is back. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private StoreUnavailable() {
    }

    /**
     * The database itself cannot be reached. A pool that merely had no free connection in time
     * (all in use: its time-out carries no cause and no SQLSTATE) is not this: see {@link #poolExhausted}.
     */
    public static boolean causedBy(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (isPoolsClosedConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Every pooled connection was in use for the whole connection time-out, the database being reachable. */
    public static boolean poolExhausted(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException pool && pool.getCause() == null && pool.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * HikariCP's stand-in for a connection it has closed (after the database broke it): "Connection is
     * closed", with no SQLSTATE. Recognised by its message and by coming from the pool's own class.
     */
    static boolean isPoolsClosedConnection(Throwable cause) {
        if (!(cause instanceof SQLException sql) || sql.getSQLState() != null || !"Connection is closed".equals(sql.getMessage())) {
            return false;
        }
        StackTraceElement[] trace = sql.getStackTrace();
        return trace.length == 0 || trace[0].getClassName().startsWith("com.zaxxer.hikari.");
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now). */
    static boolean isConnectionState(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    public static CommandRefused refusal() {
        return new CommandRefused(503, CODE,
                "The ledger's database cannot be reached just now; nothing was written, submit again shortly", java.util.List.of());
    }
}
