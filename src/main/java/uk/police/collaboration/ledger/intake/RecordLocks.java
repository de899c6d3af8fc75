package uk.police.collaboration.ledger.intake;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per record, held by the intake around the whole command transaction (from before the
 * aggregate is loaded until after the commit). Axon's own aggregate lock is released when the
 * unit of work ends, which is before the intake's outer transaction commits; a second command on the
 * same record could then load the record without the first one's uncommitted event and collide with
 * it on the append (a spurious 409). Striped: two records may share a stripe, which only serialises
 * them a little more; the same record always maps to the same stripe.
 */
final class RecordLocks {

    private final ReentrantLock[] stripes;

    RecordLocks(int stripes) {
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock(true);
        }
    }

    /** The held lock, or empty when it could not be had within the wait. */
    ReentrantLock acquire(String recordId, long waitMillis) throws InterruptedException {
        ReentrantLock lock = stripes[Math.floorMod(recordId.hashCode(), stripes.length)];
        return lock.tryLock(waitMillis, TimeUnit.MILLISECONDS) ? lock : null;
    }
}
