package uk.police.collaboration.ledger.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a command's transaction and tells a failure before COMMIT was sent from one during or after
 * it. Before: PostgreSQL rolls back a transaction whose connection is lost, so nothing was written
 * and the failure is translated as ever (STORE_UNAVAILABLE when the database is away). During or
 * after: the server may have committed before the connection broke, so the answer is
 * {@link OutcomeUnknown} unless the server's own answer says it rolled back.
 */
final class InDoubtCommits {

    private static final Logger log = LoggerFactory.getLogger(InDoubtCommits.class);

    private InDoubtCommits() {
    }

    static <T> T execute(TransactionTemplate transaction, String commandId, TransactionCallback<T> work) {
        AtomicBoolean committing = new AtomicBoolean();
        try {
            return transaction.execute(status -> {
                T result = work.doInTransaction(status);
                // The work is done: what the template does next is COMMIT, unless the work asked to roll back.
                committing.set(!status.isRollbackOnly());
                return result;
            });
        } catch (RuntimeException e) {
            if (committing.get() && OutcomeUnknown.inDoubt(e)) {
                log.warn("Command id {}: the database failed while committing, so whether it was recorded is unknown "
                        + "until it is resubmitted: {}", commandId, e.toString());
                throw OutcomeUnknown.refusal();
            }
            if (!committing.get() && e instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() instanceof RuntimeException original) {
                // The work failed (the database went away mid-statement) and the rollback then failed on the
                // broken connection. Nothing was committed; the work's own failure says why, and is answered.
                throw original;
            }
            throw e;
        }
    }
}
