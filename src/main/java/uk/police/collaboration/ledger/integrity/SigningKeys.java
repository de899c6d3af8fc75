package uk.police.collaboration.ledger.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * The checkpoint-signing key in use and every verifier key the log has used (current first, then
 * retired ones), so that a checkpoint signed before a rotation still verifies.
 */
public final class SigningKeys {

    /** The demo key's name says what it is wherever its signature line is printed. */
    static final String DEMO_NAME = "DEMO-KEY-proves-nothing.collaboration-programme-ledger.invalid";

    private final String origin;
    private final SigningKey current;
    private final List<VerifierKey> verifierKeys;

    SigningKeys(String origin, SigningKey current, List<VerifierKey> retired) {
        this.origin = origin;
        this.current = current;
        List<VerifierKey> all = new ArrayList<>();
        all.add(current.verifierKey());
        retired.stream().filter(k -> !k.text().equals(current.verifierKey().text())).forEach(all::add);
        this.verifierKeys = List.copyOf(all);
    }

    /** The log's origin line: the first line of every checkpoint. */
    public String origin() {
        return origin;
    }

    SigningKey current() {
        return current;
    }

    public List<VerifierKey> verifierKeys() {
        return verifierKeys;
    }

    public boolean demo() {
        return current.isDemo();
    }

    /** Whether a verifier key is the published demo key (by name). */
    public static boolean isDemo(VerifierKey key) {
        return key != null && DEMO_NAME.equals(key.name());
    }
}
