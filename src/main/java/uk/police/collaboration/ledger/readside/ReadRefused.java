package uk.police.collaboration.ledger.readside;

import java.util.List;

/** A read request the ledger will not answer: unknown (or not visible) record, malformed parameter. */
public class ReadRefused extends RuntimeException {

    private final int status;
    private final String code;
    private final List<String> fields;

    public ReadRefused(int status, String code, String rule, List<String> fields) {
        super(rule, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The same answer whether the record does not exist or the reader may not see it. */
    public static ReadRefused notFound(String what) {
        return new ReadRefused(404, "NOT_FOUND", "There is no " + what, List.of());
    }

    public static ReadRefused badParameter(String name, String rule) {
        return new ReadRefused(400, "INVALID_PARAMETER", "Query parameter '" + name + "': " + rule, List.of(name));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> fields() {
        return fields;
    }
}
