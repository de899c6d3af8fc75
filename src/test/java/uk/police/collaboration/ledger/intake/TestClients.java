package uk.police.collaboration.ledger.intake;

import uk.police.collaboration.ledger.support.LedgerClient;

/** The client a test uses to record commands. */
final class TestClients {

    static final String RECORDER = "anonymous";

    private TestClients() {
    }

    static LedgerClient recorder(int port) {
        return new LedgerClient(port);
    }
}
