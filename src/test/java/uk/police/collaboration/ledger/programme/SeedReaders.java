package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.support.LedgerClient;

/** The reader the seed questions are asked as: an auditor sees everything. */
final class SeedReaders {

    private SeedReaders() {
    }

    static LedgerClient auditor(int port) {
        return new LedgerClient(port).as("auditor", "demo-auditor");
    }
}
