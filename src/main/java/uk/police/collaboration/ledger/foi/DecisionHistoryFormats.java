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

/** A decision history as CSV (RFC 4180, formula-safe) and as a printable, self-contained HTML document. */
public final class DecisionHistoryFormats {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final List<String> CSV_HEADER = List.of("Programme", "Reference", "Title", "Decision date", "Decision maker",
            "Report author", "Outcome", "Decided by", "Reasons", "Recommendations", "Expenditure",
            "Significant public interest", "Sign-offs", "Published on", "URL", "Withheld");

    private DecisionHistoryFormats() {
    }

    public static String csv(DecisionHistoryView history) {
        StringBuilder out = new StringBuilder(csvHeader());
        for (ReleasedDecisionView d : history.decisions()) {
            out.append(csvRow(d));
        }
        return out.toString();
    }

    /** The CSV's first line (a streamed export writes it, then one {@link #csvRow} per decision). */
    public static String csvHeader() {
        StringBuilder out = new StringBuilder();
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

    public static String html(DecisionHistoryView history) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(history.title())).append(" — ").append(esc(history.programme())).append("</title>\n<style>\n")
                .append("body{font-family:Georgia,'Times New Roman',serif;color:#000;background:#fff;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.45}\n")
                .append("h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;border-bottom:1px solid #000;padding-bottom:.2em;margin-top:1.6em}\n")
                .append("dl{display:grid;grid-template-columns:12em 1fr;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:.3em;text-align:left;vertical-align:top}\n")
                .append(".meta{color:#333}.withheld{font-style:italic}section.decision{page-break-inside:avoid;break-inside:avoid}\n")
                .append("@media print{body{margin:0;max-width:none}a{color:#000;text-decoration:none}a[href]:after{content:\" (\" attr(href) \")\"}}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(history.title())).append("</h1>\n<p class=\"meta\">Programme: <strong>")
                .append(esc(history.programme())).append("</strong><br>Period: ").append(esc(period(history.from(), history.to())))
                .append("<br>Decisions released: ").append(history.decisions().size()).append("</p>\n");
        if (history.decisions().isEmpty()) {
            h.append("<p>No published decision falls in this period.</p>\n");
        }
        for (ReleasedDecisionView d : history.decisions()) {
            h.append("<section class=\"decision\">\n<h2>").append(esc(d.reference())).append(": ").append(esc(d.title())).append("</h2>\n<dl>\n");
            dt(h, "Programme", d.programme());
            dt(h, "Date of decision", uk(d.decisionDate()));
            dt(h, "Decision maker", d.decisionMaker());
            dt(h, "Report author", d.reportAuthor());
            dt(h, "Outcome", outcome(d.outcome()) + (d.decidedBy() == null ? "" : " (" + d.decidedBy() + ")"));
            dt(h, "Reasons", d.reasons());
            dt(h, "Expenditure", d.expenditure() == null ? "None stated" : pounds(d.expenditure()));
            dt(h, "Significant public interest", d.significantPublicInterest() ? "Yes" : "No");
            dt(h, "Published", uk(d.publishedOn()));
            h.append("</dl>\n");
            if (!d.recommendations().isEmpty()) {
                h.append("<h3>Recommendations</h3>\n<ol>\n");
                d.recommendations().forEach(r -> h.append("<li>").append(esc(r)).append("</li>\n"));
                h.append("</ol>\n");
            }
            if (!d.signOffs().isEmpty()) {
                h.append("<h3>Sign-offs</h3>\n<table><thead><tr><th>Role</th><th>Name</th><th>Date</th></tr></thead><tbody>\n");
                for (SignOffView s : d.signOffs()) {
                    h.append("<tr><td>").append(esc(role(s.role()))).append("</td><td>").append(esc(s.name()))
                            .append("</td><td>").append(esc(uk(s.signedOn()))).append("</td></tr>\n");
                }
                h.append("</tbody></table>\n");
            }
            h.append("</section>\n");
        }
        h.append("<h2>What was withheld and why</h2>\n");
        if (history.withheld().isEmpty()) {
            h.append("<p>Nothing was withheld from the decisions above.</p>\n");
        } else {
            h.append("<table><thead><tr><th>Decision</th><th>What</th><th>Exemption or ground</th></tr></thead><tbody>\n");
            for (WithheldView w : history.withheld()) {
                h.append("<tr><td>").append(esc(w.reference())).append("</td><td class=\"withheld\">").append(esc(w.part()))
                        .append("</td><td>").append(esc(w.exemption())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<p class=\"meta\">Redacted passages appear in the text as [Redacted: exemption]. Part Two (exempt) "
                + "material is not released; only that it exists and the ground on which it is exempt.</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void dt(StringBuilder h, String term, String value) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value == null || value.isBlank() ? "—" : value)).append("</dd>\n");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
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

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "All dates";
        }
        return (from == null ? "the beginning" : uk(from)) + " to " + (to == null ? "date" : uk(to));
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
