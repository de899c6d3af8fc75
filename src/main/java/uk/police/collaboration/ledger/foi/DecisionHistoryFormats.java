package uk.police.collaboration.ledger.foi;

import uk.police.collaboration.ledger.foi.DecisionHistoryView.ReleasedDecisionView;
import uk.police.collaboration.ledger.foi.DecisionHistoryView.WithheldView;
import uk.police.collaboration.ledger.programme.ProgrammeView.SignOffView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A decision history as CSV (RFC 4180, formula-safe, UTF-8 with a byte-order mark). The printable
 * document and the PDF are the FOI page's own template (web.pages.FoiDocuments), not built here.
 */
public final class DecisionHistoryFormats {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final List<String> CSV_HEADER = List.of("Programme", "Reference", "Title", "Decision date", "Decision maker",
            "Report author", "Outcome", "Decided by", "Reasons", "Recommendations", "Expenditure",
            "Significant public interest", "Sign-offs", "Published on", "URL", "Withheld");

    private DecisionHistoryFormats() {
    }

    /** A UTF-8 byte-order mark, so that a spreadsheet opened by double-click reads "£" as "£", not "Â£". */
    public static final String BOM = "\uFEFF";

    public static String csv(DecisionHistoryView history) {
        StringBuilder out = new StringBuilder(csvHeader());
        for (ReleasedDecisionView d : history.decisions()) {
            out.append(csvRow(d));
        }
        return out.toString();
    }

    /** The CSV's first line (a streamed export writes it, then one {@link #csvRow} per decision). */
    public static String csvHeader() {
        StringBuilder out = new StringBuilder(BOM);
        row(out, CSV_HEADER);
        return out.toString();
    }

    public static String csvRow(ReleasedDecisionView d) {
        StringBuilder out = new StringBuilder();
        row(out, List.of(nz(d.programme()), nz(d.reference()), nz(d.title()), iso(d.decisionDate()),
                nz(d.decisionMaker()), nz(d.reportAuthor()), outcome(d.outcome()), nz(d.decidedBy()), nz(d.reasons()),
                String.join(" | ", d.recommendations()), d.expenditure() == null ? "" : d.expenditure().toString(),
                d.significantPublicInterest() ? "yes" : "no", signOffs(d.signOffs(), false), iso(d.publishedOn()),
                nz(d.url()), withheld(d.withheld())));
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(DecisionHistoryFormats::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would read as a formula is prefixed with a quote. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String signOffs(List<SignOffView> signOffs, boolean uk) {
        return signOffs.stream().map(s -> role(s.role()) + ": " + s.name() + " (" + (uk ? uk(s.signedOn()) : iso(s.signedOn())) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String withheld(List<WithheldView> withheld) {
        return withheld.stream().map(w -> w.part() + " — " + w.exemption()).collect(Collectors.joining("; "));
    }

    private static String outcome(String outcome) {
        if (outcome == null) {
            return "";
        }
        return outcome.equals("AGREED") ? "Agreed" : outcome.equals("NOT_AGREED") ? "Not agreed" : outcome;
    }

    private static String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case "PCC" -> "Police and Crime Commissioner";
            case "DEPUTY_PCC" -> "Deputy Police and Crime Commissioner";
            case "CHIEF_FINANCE_OFFICER" -> "Chief Finance Officer";
            default -> {
                String words = role.replace('_', ' ').toLowerCase(Locale.UK);
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    private static String pounds(Money money) {
        return "£" + String.format(Locale.UK, "%,.2f", money.pounds());
    }

    private static String uk(LocalDate date) {
        return date == null ? "" : date.format(UK_DATE);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
