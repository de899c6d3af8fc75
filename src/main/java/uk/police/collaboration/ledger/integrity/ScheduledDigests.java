package uk.police.collaboration.ledger.integrity;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records a digest every {@code ledger.integrity.digest-interval} and signs a checkpoint of the log
 * every {@code ledger.integrity.checkpoint-interval} (ISO durations, default PT1H), each once per
 * deployment: the node that takes a duty's ShedLock lock holds it for the interval, the others skip.
 */
@Component
@ConditionalOnProperty(name = "ledger.integrity.scheduled-digests", havingValue = "true", matchIfMissing = true)
class ScheduledDigests {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDigests.class);
    private final LedgerDigests digests;
    private final Checkpoints checkpoints;

    ScheduledDigests(LedgerDigests digests, Checkpoints checkpoints) {
        this.digests = digests;
        this.checkpoints = checkpoints;
    }

    @Scheduled(fixedDelayString = "${ledger.integrity.checkpoint-interval:PT1H}",
            initialDelayString = "${ledger.integrity.checkpoint-interval:PT1H}")
    // One signed checkpoint per interval for the deployment, not one per node: on two nodes the log would
    // otherwise gain two checkpoints an interval at slightly different sizes, each computing the root.
    @SchedulerLock(name = "ledger-checkpoint", lockAtLeastFor = "${ledger.integrity.checkpoint-interval:PT1H}",
            lockAtMostFor = "${ledger.integrity.checkpoint-interval:PT1H}")
    void checkpoint() {
        Checkpoints.Signed checkpoint = checkpoints.latest();
        log.info("Checkpoint of the transparency log at tree size {}: root {}", checkpoint.treeSize(), checkpoint.rootHash());
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
