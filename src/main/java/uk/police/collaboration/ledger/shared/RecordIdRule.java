package uk.police.collaboration.ledger.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one rule for the names the ledger files things under. Two shapes, both given exactly as they
 * are to be kept (never trimmed or normalised on the caller's behalf, so that "PFCC/100/2018" and
 * "PFCC/100/2018 " can never be two records):
 *
 * <ul>
 *   <li><b>record ids and references</b> (every {@code ...Id}, {@code ...Ids}, {@code reference}
 *   and {@code ...Reference} field of a command, and the command id): 1 to 200 ASCII letters,
 *   digits and {@code . _ - :} with {@code /} between parts, starting and ending with a letter or
 *   digit; no "..", no "//", no part starting or ending with a dot. So {@code PFCC/100/2018},
 *   {@code D09-2018} and {@code kent-police} are ids; {@code ../../etc/passwd}, {@code /etc},
 *   {@code a\b}, {@code <script>}, spaces and any non-ASCII letter are not.</li>
 *   <li><b>paper references</b> (the envelope's {@code source.reference}, a citation such as
 *   "Kent PDB 27/09/2017 Collaboration report"): 1 to 200 characters, in Unicode NFC, of letters,
 *   combining marks, digits, single spaces and {@code ' ’ . , - – _ / ( ) & : # +}; no leading or
 *   trailing space, no "..", no backslash, not starting with "/".</li>
 * </ul>
 * Text rules (no control, bidi or invisible characters) hold for both as for all text.
 */
public final class RecordIdRule {

    public static final String ID_CODE = "INVALID_RECORD_ID";
    public static final String REFERENCE_CODE = "INVALID_REFERENCE";
    public static final int MAX_LENGTH = 200;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._:/-]{0," + (MAX_LENGTH - 2) + "}[A-Za-z0-9])?");
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}'’.,\\-–_/()&:#+ ]{1," + MAX_LENGTH + "}");
    private static final String ID_RULE = "an id is 1 to " + MAX_LENGTH + " ASCII letters, digits and . _ - : with / between parts, "
            + "starting and ending with a letter or digit; no '..', '//', spaces or other characters";
    private static final String REFERENCE_RULE = "a paper reference is 1 to " + MAX_LENGTH + " letters, digits, single spaces and "
            + "' . , - _ / ( ) & : # +, in Unicode NFC, with no leading or trailing space, no '..', no backslash and no leading '/'";

    private RecordIdRule() {
    }

    /** Decides whether a command field holds a record id or reference, by the catalogue's naming. */
    public static boolean namesAnId(String fieldName) {
        return fieldName.endsWith("Id") || fieldName.endsWith("Ids") || fieldName.equals("reference")
                || fieldName.endsWith("Reference") || fieldName.endsWith("References");
    }

    public static void checkId(String value) {
        if (value == null) {
            return;
        }
        if (!ID.matcher(value).matches() || value.contains("..") || value.contains("//")
                || value.contains("/.") || value.contains("./")) {
            throw new MalformedValue(ID_CODE, ID_RULE);
        }
    }

    public static void checkReference(String value) {
        if (value == null) {
            return;
        }
        if (!REFERENCE.matcher(value).matches() || !value.equals(value.strip()) || value.contains("  ")
                || value.contains("..") || value.startsWith("/") || !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            throw new MalformedValue(REFERENCE_CODE, REFERENCE_RULE);
        }
    }
}
