package uk.police.collaboration.ledger.shared;

/**
 * A value whose written form breaks one of the ledger's input rules (an amount written "1e400", a
 * percentage with five decimals, an id holding "../"). Thrown by the value types and the input
 * rules while a command is read, so it carries the rule's stable code and, once known, the field;
 * the intake answers it as a 400 refusal. The message states the rule and never repeats the input.
 */
public class MalformedValue extends IllegalArgumentException {

    private final String code;
    private final String field;

    public MalformedValue(String code, String rule) {
        this(code, rule, null);
    }

    public MalformedValue(String code, String rule, String field) {
        super(rule, null);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String rule() {
        return getMessage();
    }

    /** The offending field as a path ("payload.parties[0].partyId"), or null when not yet known. */
    public String field() {
        return field;
    }

    public MalformedValue at(String path) {
        return new MalformedValue(code, getMessage(), path);
    }
}
