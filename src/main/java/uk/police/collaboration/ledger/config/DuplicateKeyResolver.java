package uk.police.collaboration.ledger.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's unique-violation (SQLSTATE 23505) anywhere in the cause chain, so that
 * appending an event at a sequence another command already took becomes Axon's
 * ConcurrencyException (409 to the client) instead of an EventStoreException (500). Axon's
 * JDBC resolver looks only for SQLIntegrityConstraintViolationException, which the PostgreSQL
 * driver never throws; its JPA resolver needs JPA on the class path (pitfall 2, issue 1368).
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    private final PersistenceExceptionResolver fallback;

    DuplicateKeyResolver(PersistenceExceptionResolver fallback) {
        this.fallback = fallback;
    }

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return fallback.isDuplicateKeyViolation(exception);
    }
}
