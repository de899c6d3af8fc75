package uk.police.collaboration.ledger.intake;

import uk.police.collaboration.ledger.support.LedgerClient;

/** The client a test uses to record commands: the demo secretariat user (recording is the secretariat's). */
final class TestClients {

    static final String RECORDER = "secretariat";

    private TestClients() {
    }

    static LedgerClient recorder(int port) {
        return new LedgerClient(port).as(RECORDER, "demo-secretariat");
    }
}
