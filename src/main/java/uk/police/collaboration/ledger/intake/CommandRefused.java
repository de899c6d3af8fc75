package uk.police.collaboration.ledger.intake;

import java.util.List;

/**
 * A refusal decided before or around the command bus: malformed envelope, unknown command,
 * unknown target, reused command id, conflict. Carries the HTTP status it maps to.
 */
public class CommandRefused extends RuntimeException {

    private final int status;
    private final String code;
    private final List<String> fields;

    public CommandRefused(int status, String code, String rule, List<String> fields) {
        super(rule, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public int status() {
        return status;
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

    public RuleBroken asRuleBroken() {
        return new RuleBroken(code, rule(), fields);
    }
}
