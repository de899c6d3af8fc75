package uk.police.collaboration.ledger.integrity;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Records a digest every {@code ledger.integrity.digest-interval} (an ISO duration, default PT1H). */
@Component
@ConditionalOnProperty(name = "ledger.integrity.scheduled-digests", havingValue = "true", matchIfMissing = true)
class ScheduledDigests {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDigests.class);
    private final LedgerDigests digests;

    ScheduledDigests(LedgerDigests digests) {
        this.digests = digests;
    }

    @Scheduled(fixedDelayString = "${ledger.integrity.digest-interval:PT1H}",
            initialDelayString = "${ledger.integrity.digest-interval:PT1H}")
    // One digest per interval for the whole deployment: the node that takes it holds the lock for the interval.
    @SchedulerLock(name = "ledger-digest", lockAtLeastFor = "${ledger.integrity.digest-interval:PT1H}",
            lockAtMostFor = "${ledger.integrity.digest-interval:PT1H}")
    void record() {
        DigestDocument digest = digests.take();
        log.info("Ledger digest {} at global position {}: {} streams, {} events, root {}", digest.id(),
                digest.globalPosition(), digest.streamCount(), digest.eventCount(), digest.rootHash());
    }
}
