package uk.police.collaboration.ledger.intake;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionTimedOutException;
import uk.police.collaboration.ledger.shared.RuleViolation;

import java.util.List;
import java.util.Optional;

/**
 * Maps whatever a command's path through the bus and the store can throw to a refusal with a
 * stable code and status. Rules broken: 422. Conflicts: 409. Unknown target: 404. Anything
 * unrecognised is not a refusal: the caller reports it as an internal error without details.
 */
public final class RefusalTranslator {

    private RefusalTranslator() {
    }

    public static Optional<CommandRefused> translate(Throwable thrown) {
        if (StoreUnavailable.causedBy(thrown)) {
            return Optional.of(StoreUnavailable.refusal());
        }
        if (StoreUnavailable.poolExhausted(thrown)) {
            return Optional.of(new CommandRefused(503, "LEDGER_BUSY",
                    "The ledger is too busy to take this request just now; nothing was written, submit again", List.of()));
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Optional<CommandRefused> refusal = translateOne(cause);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Optional<CommandRefused> translateOne(Throwable cause) {
        if (cause instanceof CommandRefused refused) {
            return Optional.of(refused);
        }
        if (cause instanceof RuleViolation violation) {
            return Optional.of(new CommandRefused(statusOf(violation.code()), violation.code(), violation.rule(), violation.fields()));
        }
        if (cause instanceof CommandExecutionException execution) {
            Optional<RuleBroken> details = execution.getDetails().filter(RuleBroken.class::isInstance).map(RuleBroken.class::cast);
            if (details.isPresent()) {
                RuleBroken broken = details.get();
                return Optional.of(new CommandRefused(statusOf(broken.code()), broken.code(), broken.rule(), broken.fields()));
            }
            return Optional.empty();
        }
        if (cause instanceof AggregateStreamCreationException) {
            return Optional.of(new CommandRefused(409, "RECORD_ALREADY_EXISTS",
                    "A record with this identifier already exists; choose another identifier", List.of("payload")));
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return Optional.of(new CommandRefused(404, "RECORD_NOT_FOUND",
                    "No record '" + notFound.getAggregateIdentifier() + "' exists in the ledger", List.of("payload")));
        }
        if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException
                || cause instanceof CannotAcquireLockException) {
            return Optional.of(new CommandRefused(409, "CONCURRENT_CHANGE",
                    "The record was changed by another command at the same moment; nothing was written, submit again", List.of()));
        }
        if (cause instanceof TransactionTimedOutException || cause instanceof QueryTimeoutException) {
            return Optional.of(new CommandRefused(503, "LEDGER_BUSY",
                    "The ledger could not complete the command in time; nothing was written, submit again", List.of()));
        }
        if (cause instanceof EventStoreException) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Codes that say a thing was not found are 404; every other rule is 422. */
    static int statusOf(String code) {
        return code.endsWith("_NOT_FOUND") ? 404 : 422;
    }
}
