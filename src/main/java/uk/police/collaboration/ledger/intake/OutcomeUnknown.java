package uk.police.collaboration.ledger.intake;

import org.springframework.transaction.UnexpectedRollbackException;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * An answer in doubt: the database failed while the command's transaction was committing (COMMIT
 * sent, the connection lost before its answer came back), so the command may or may not have been
 * recorded. Saying "nothing was written" would be false as often as not. The caller is asked to
 * resubmit the same command id: the command log answers 200 (replayed, the original event ids) if
 * the commit landed, and records it (201) if it did not. Answered 503 with Retry-After, like the
 * database being away, because that is almost always why.
 */
public final class OutcomeUnknown {

    public static final String CODE = "OUTCOME_UNKNOWN";

    private OutcomeUnknown() {
    }

    /**
     * Whether a failure thrown while committing leaves the outcome open. Only a definite answer from
     * the server (an SQLSTATE outside the connection classes: a serialization failure, a deferred
     * constraint) or Spring's own "this transaction was rolled back" settles it as not written;
     * a connection failure (SQLSTATE class 08, an I/O failure under the driver, a pool's closed
     * connection) and anything unrecognised is in doubt — when the ledger cannot tell, it says so.
     */
    static boolean inDoubt(Throwable thrownWhileCommitting) {
        boolean definiteRefusal = false;
        for (Throwable cause = thrownWhileCommitting; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (StoreUnavailable.isConnectionState(sql.getSQLState())) {
                    return true;
                }
                definiteRefusal = true;
            }
            if (cause instanceof UnexpectedRollbackException) {
                definiteRefusal = true;
            }
        }
        return !definiteRefusal;
    }

    public static CommandRefused refusal() {
        return new CommandRefused(503, CODE, "The database failed while this command was being committed, so it may or may "
                + "not have been recorded; submit the same command again with the same command id: if it was recorded "
                + "the answer is 200 with its original events, otherwise it is recorded now", List.of());
    }
}
