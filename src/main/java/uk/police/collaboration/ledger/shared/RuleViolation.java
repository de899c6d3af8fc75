package uk.police.collaboration.ledger.shared;

import java.util.List;

/**
 * A command broke a rule of the ledger. Thrown by aggregates before anything is applied, so no
 * event is written. The code is stable (clients and the documentation rely on it); the message
 * states the rule in words; fields name the offending command fields.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final List<String> fields;

    public RuleViolation(String code, String rule, String... fields) {
        super(rule, null, false, false);
        this.code = code;
        this.fields = List.of(fields);
    }

    public String code() {
        return code;
    }

    public String rule() {
        return getMessage();
    }

    public List<String> fields() {
        return fields;
    }

    /** Shorthand for the guard at the top of a command handler. */
    public static void refuseUnless(boolean condition, String code, String rule, String... fields) {
        if (!condition) {
            throw new RuleViolation(code, rule, fields);
        }
    }
}
