package uk.police.collaboration.ledger.access;

import uk.police.collaboration.ledger.support.LedgerClient;

/** The demo users (one per role, password "demo-&lt;role&gt;") and anonymous, as test callers. */
enum Callers {
    ANONYMOUS, SECRETARIAT, BOARD, AUDITOR, FOI;

    String userName() {
        return name().toLowerCase();
    }

    String password() {
        return "demo-" + userName();
    }

    LedgerClient client(int port) {
        LedgerClient client = new LedgerClient(port);
        return this == ANONYMOUS ? client : client.as(userName(), password());
    }

    String basicAuthorization() {
        return this == ANONYMOUS ? null : "Basic " + java.util.Base64.getEncoder().encodeToString(
                (userName() + ":" + password()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
