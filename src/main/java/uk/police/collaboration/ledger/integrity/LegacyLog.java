package uk.police.collaboration.ledger.integrity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, puts the events of a ledger older than the transparency log into the log (see
 * {@link InTransactionSealer#logLegacyEvents()}), so that verification covers them without
 * waiting for the next command.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class LegacyLog implements ApplicationRunner {

    private final InTransactionSealer sealer;
    private final TransactionTemplate transactions;

    LegacyLog(InTransactionSealer sealer, TransactionTemplate transactions) {
        this.sealer = sealer;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> sealer.lock());
    }
}
