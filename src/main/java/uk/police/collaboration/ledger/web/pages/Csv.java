package uk.police.collaboration.ledger.web.pages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of a page as a CSV download: RFC 4180, UTF-8 with a byte-order mark (so that a spreadsheet
 * opened by double-click reads "£" as "£"), and formula-safe (a cell a spreadsheet would run as a
 * formula is prefixed with a quote).
 */
final class Csv {

    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<String> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    private static final java.util.regex.Pattern PLAIN_NEGATIVE_AMOUNT = java.util.regex.Pattern.compile("-\\d{1,20}(\\.\\d{1,2})?");

    static String cell(String value) {
        String text = value == null ? "" : value;
        // A plain negative amount ("-3300.00", a cost increase) is a number, not a formula: it stays one, so a
        // spreadsheet can add it up. Anything else starting like a formula is made text.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !PLAIN_NEGATIVE_AMOUNT.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    ResponseEntity<byte[]> download(String fileName) {
        return download(toString(), fileName);
    }

    /** text is sent as it is; a caller adds the BOM if the text lacks one. */
    static ResponseEntity<byte[]> download(String text, String fileName) {
        String body = text.startsWith(BOM) ? text : BOM + text;
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "-") + "\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
