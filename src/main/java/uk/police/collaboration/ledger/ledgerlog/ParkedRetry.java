package uk.police.collaboration.ledger.ledgerlog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Retries parked programmes, in the order they were parked: each is folded again from its whole
 * ledger log in one transaction and unparked only when its views were written. One that fails
 * again stays parked, with the new cause and a count of retries.
 */
@Service
public class ParkedRetry {

    /** What one retry did. */
    public record Retried(String collaborationId, boolean unparked) {
    }

    private final ParkedProgrammes parked;
    private final LedgerLogProjector projector;
    private final TransactionTemplate transaction;

    ParkedRetry(ParkedProgrammes parked, LedgerLogProjector projector, PlatformTransactionManager transactionManager) {
        this.parked = parked;
        this.projector = projector;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setTimeout(30);
    }

    public List<Retried> retryAll() {
        List<Retried> done = new ArrayList<>();
        for (ParkedProgrammes.Parked programme : parked.list()) {
            done.add(retryOne(programme.collaborationId()));
        }
        return done;
    }

    /** Empty when the programme is not parked. */
    public Optional<Retried> retry(String collaborationId) {
        if (parked.parkedAmong(List.of(collaborationId)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(retryOne(collaborationId));
    }

    private Retried retryOne(String collaborationId) {
        Boolean unparked = transaction.execute(status -> projector.retry(collaborationId));
        return new Retried(collaborationId, Boolean.TRUE.equals(unparked));
    }
}
