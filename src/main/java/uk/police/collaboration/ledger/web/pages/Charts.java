package uk.police.collaboration.ledger.web.pages;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pictures drawn on the server as inline SVG: no charting library, no script. Each has a title and
 * a description for assistive technology, and the page puts the same facts in a table beside it.
 */
final class Charts {

    /** One milestone: planned (and originally planned) against achieved. */
    record MilestonePoint(String title, LocalDate planned, LocalDate originallyPlanned, LocalDate achieved, boolean overdue) {
    }

    record DecisionPoint(String reference, LocalDate date) {
    }

    /** One bar group: a financial year's requested and allocated amounts. */
    record FundingBar(String label, BigDecimal requested, BigDecimal allocated) {
    }

    private static final int WIDTH = 900;
    private static final int LEFT = 230;
    private static final int RIGHT = 30;
    private static final int ROW = 30;

    private Charts() {
    }

    /** The widest label line, in characters; longer titles wrap onto more lines (never cut). */
    static final int LABEL_CHARS = 30;
    private static final int LINE = 16;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    static String milestones(String id, List<MilestonePoint> milestones, List<DecisionPoint> decisions, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        milestones.forEach(m -> {
            add(dates, m.planned());
            add(dates, m.originallyPlanned());
            add(dates, m.achieved());
        });
        decisions.forEach(d -> add(dates, d.date()));
        if (dates.isEmpty()) {
            return "";
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow().plusMonths(1).withDayOfMonth(1);
        if (!today.isBefore(first) && today.isBefore(last.plusYears(1))) {
            last = today.isAfter(last) ? today.plusMonths(1).withDayOfMonth(1) : last;
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        List<List<String>> labels = milestones.stream().map(m -> wrap(m.title(), LABEL_CHARS)).toList();
        int top = 46;
        int rowsHeight = labels.stream().mapToInt(Charts::rowHeight).sum() + (decisions.isEmpty() ? 0 : ROW);
        int bottom = top + rowsHeight;
        int height = bottom + 70;
        StringBuilder svg = start(id, height, "Milestones planned against achieved, and decisions over time",
                milestones.size() + " milestones and " + decisions.size() + " decisions between " + DAY.format(first) + " and "
                        + DAY.format(last) + ". The tables below give the same dates.");
        monthTicks(svg, first, last, span, top, bottom);
        if (!today.isBefore(first) && !today.isAfter(last)) {
            double x = x(today, first, span);
            svg.append(line(x, top - 6, x, bottom, "today"))
                    .append("<text class=\"today-label\" x=\"").append(f(x + 3)).append("\" y=\"").append(bottom + 34).append("\">today</text>");
        }
        int y0 = top;
        for (int i = 0; i < milestones.size(); i++) {
            MilestonePoint m = milestones.get(i);
            List<String> label = labels.get(i);
            int h = rowHeight(label);
            double y = y0 + h / 2.0;
            svg.append(label(label, y0, h));
            if (i % 2 == 1) {
                svg.append("<rect class=\"band\" x=\"").append(LEFT).append("\" y=\"").append(y0).append("\" width=\"")
                        .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(h).append("\"/>");
            }
            if (m.originallyPlanned() != null && !m.originallyPlanned().equals(m.planned())) {
                double xo = x(m.originallyPlanned(), first, span);
                svg.append("<line class=\"first-planned\" x1=\"").append(f(xo)).append("\" y1=\"").append(f(y - 8)).append("\" x2=\"")
                        .append(f(xo)).append("\" y2=\"").append(f(y + 8)).append("\"><title>").append(esc(m.title()))
                        .append(": first planned for ").append(DAY.format(m.originallyPlanned())).append("</title></line>");
            }
            if (m.planned() != null && m.achieved() != null && !m.planned().equals(m.achieved())) {
                svg.append(line(x(m.planned(), first, span), y, x(m.achieved(), first, span), y, "link"));
            }
            if (m.planned() != null) {
                double xp = x(m.planned(), first, span);
                svg.append("<circle class=\"").append(m.overdue() ? "overdue" : "planned").append("\" cx=\"").append(f(xp))
                        .append("\" cy=\"").append(f(y)).append("\" r=\"").append(m.overdue() ? "7" : "9").append("\"><title>")
                        .append(esc(m.title())).append(m.overdue() ? ": overdue, planned for " : ": planned for ")
                        .append(DAY.format(m.planned())).append("</title></circle>");
            }
            if (m.achieved() != null) {
                double xa = x(m.achieved(), first, span);
                boolean late = m.planned() != null && m.achieved().isAfter(m.planned());
                if (late) {
                    // A triangle: achieved after the date planned.
                    svg.append("<path class=\"late\" d=\"M").append(f(xa)).append(' ').append(f(y - 8)).append(" L").append(f(xa + 8))
                            .append(' ').append(f(y + 7)).append(" L").append(f(xa - 8)).append(' ').append(f(y + 7)).append(" Z\"><title>")
                            .append(esc(m.title())).append(": achieved late, ").append(DAY.format(m.achieved())).append(" (planned for ")
                            .append(DAY.format(m.planned())).append(")</title></path>");
                } else {
                    // A square inside the planned ring: achieved on (or before) the date planned.
                    svg.append("<rect class=\"on-time\" x=\"").append(f(xa - 5)).append("\" y=\"").append(f(y - 5))
                            .append("\" width=\"10\" height=\"10\"><title>").append(esc(m.title())).append(": achieved on time, ")
                            .append(DAY.format(m.achieved())).append("</title></rect>");
                }
            }
            y0 += h;
        }
        if (!decisions.isEmpty()) {
            double y = y0 + ROW / 2.0;
            svg.append("<text x=\"4\" y=\"").append(f(y + 5)).append("\">Decisions</text>");
            for (DecisionPoint d : decisions) {
                if (d.date() == null) {
                    continue;
                }
                double x = x(d.date(), first, span);
                svg.append("<path class=\"decision\" d=\"M").append(f(x)).append(' ').append(f(y - 8)).append(" L").append(f(x + 7))
                        .append(' ').append(f(y)).append(" L").append(f(x)).append(' ').append(f(y + 8)).append(" L").append(f(x - 7))
                        .append(' ').append(f(y)).append(" Z\"><title>").append(esc(d.reference())).append(": ").append(DAY.format(d.date()))
                        .append("</title></path>");
            }
        }
        svg.append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "axis"));
        legend(svg, height - 14);
        return svg.append("</svg>").toString();
    }

    /**
     * A tick at the start of every month, labelled every month, two, three, six or twelve months so
     * that labels never crowd (about one label per 70 pixels); January's label carries the year.
     */
    static void monthTicks(StringBuilder svg, LocalDate first, LocalDate last, long span, int top, int bottom) {
        long months = Math.max(1, ChronoUnit.MONTHS.between(first, last));
        int maxLabels = Math.max(2, (WIDTH - LEFT - RIGHT) / 70);
        int step = 12;
        for (int candidate : new int[] {1, 2, 3, 6, 12}) {
            if (months / candidate <= maxLabels) {
                step = candidate;
                break;
            }
        }
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            double x = x(month, first, span);
            boolean labelled = (month.getMonthValue() - 1) % step == 0;
            svg.append(line(x, bottom, x, bottom + (labelled ? 8 : 4), "tick"));
            if (labelled) {
                svg.append(line(x, top - 6, x, bottom, month.getMonthValue() == 1 ? "grid-year" : "grid"));
                svg.append("<text class=\"tick-label\" x=\"").append(f(x)).append("\" y=\"").append(bottom + 20)
                        .append("\" text-anchor=\"middle\">").append(MONTH.format(month))
                        .append(month.getMonthValue() == 1 || month.equals(first) ? " " + month.getYear() : "").append("</text>");
            }
        }
    }

    private static void legend(StringBuilder svg, int ly) {
        svg.append("<g class=\"legend\">");
        int x = 4;
        svg.append("<circle class=\"planned\" cx=\"").append(x + 9).append("\" cy=\"").append(ly - 5).append("\" r=\"9\"/>")
                .append("<text x=\"").append(x + 24).append("\" y=\"").append(ly).append("\">planned</text>");
        x += 100;
        svg.append("<circle class=\"planned\" cx=\"").append(x + 9).append("\" cy=\"").append(ly - 5).append("\" r=\"9\"/>")
                .append("<rect class=\"on-time\" x=\"").append(x + 4).append("\" y=\"").append(ly - 10).append("\" width=\"10\" height=\"10\"/>")
                .append("<text x=\"").append(x + 24).append("\" y=\"").append(ly).append("\">achieved on time</text>");
        x += 170;
        svg.append("<path class=\"late\" d=\"M").append(x + 9).append(' ').append(ly - 13).append(" l8 15 l-16 0 Z\"/>")
                .append("<text x=\"").append(x + 24).append("\" y=\"").append(ly).append("\">achieved late</text>");
        x += 140;
        svg.append("<circle class=\"overdue\" cx=\"").append(x + 9).append("\" cy=\"").append(ly - 5).append("\" r=\"7\"/>")
                .append("<text x=\"").append(x + 24).append("\" y=\"").append(ly).append("\">overdue</text>");
        x += 110;
        svg.append("<path class=\"decision\" d=\"M").append(x + 9).append(' ').append(ly - 13).append(" l7 8 l-7 8 l-7 -8 Z\"/>")
                .append("<text x=\"").append(x + 24).append("\" y=\"").append(ly).append("\">decision</text>");
        x += 110;
        svg.append(line(x + 9, ly - 14, x + 9, ly + 2, "today"))
                .append("<text x=\"").append(x + 16).append("\" y=\"").append(ly).append("\">today</text>");
        svg.append("</g>");
    }

    private static int rowHeight(List<String> label) {
        return Math.max(ROW, label.size() * LINE + 12);
    }

    /** A label of one or more lines, vertically centred in its row. */
    private static String label(List<String> lines, int rowTop, int rowHeight) {
        double firstBaseline = rowTop + rowHeight / 2.0 - (lines.size() - 1) * LINE / 2.0 + 5;
        StringBuilder text = new StringBuilder("<text class=\"row-label\" x=\"4\" y=\"").append(f(firstBaseline)).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            text.append("<tspan x=\"4\" dy=\"").append(i == 0 ? "0" : String.valueOf(LINE)).append("\">")
                    .append(esc(lines.get(i))).append("</tspan>");
        }
        return text.append("</text>").toString();
    }

    /** Words into lines of at most width characters; a word longer than a line is split, never dropped. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.trim()).split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!word.isEmpty()) {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String funding(String id, List<FundingBar> bars) {
        if (bars.isEmpty()) {
            return "";
        }
        BigDecimal max = bars.stream().map(b -> b.requested().max(b.allocated())).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        int height = 20 + bars.size() * 56;
        StringBuilder svg = start(id, height, "Funding requested and allocated",
                "Requested and allocated amounts for " + bars.size() + " rows. The table below gives the same amounts.");
        int y = 20;
        double usable = WIDTH - LEFT - RIGHT - 190;
        for (FundingBar bar : bars) {
            svg.append(label(wrap(bar.label(), LABEL_CHARS), y, 40));
            double wr = bar.requested().divide(max, 6, RoundingMode.HALF_UP).doubleValue() * usable;
            double wa = bar.allocated().divide(max, 6, RoundingMode.HALF_UP).doubleValue() * usable;
            svg.append("<rect class=\"bar-requested\" x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
                    .append(f(Math.max(wr, 1))).append("\" height=\"18\"><title>requested ").append(Fmt.pounds(bar.requested()))
                    .append("</title></rect><text x=\"").append(f(LEFT + wr + 6)).append("\" y=\"").append(y + 14).append("\">requested ")
                    .append(esc(Fmt.pounds(bar.requested()))).append("</text>");
            y += 22;
            svg.append("<rect class=\"bar-allocated\" x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
                    .append(f(Math.max(wa, 1))).append("\" height=\"18\"><title>allocated ").append(Fmt.pounds(bar.allocated()))
                    .append("</title></rect><text x=\"").append(f(LEFT + wa + 6)).append("\" y=\"").append(y + 14).append("\">allocated ")
                    .append(esc(Fmt.pounds(bar.allocated()))).append("</text>");
            y += 34;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder start(String id, int height, String title, String description) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ledger-chart\" role=\"img\" id=\"")
                .append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\"><title id=\"").append(id).append("-title\">").append(esc(title)).append("</title><desc id=\"")
                .append(id).append("-desc\">").append(esc(description)).append("</desc>");
    }

    private static void add(List<LocalDate> dates, LocalDate date) {
        if (date != null) {
            dates.add(date);
        }
    }

    private static double x(LocalDate date, LocalDate first, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, date) / span;
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\"/>";
    }

    private static String f(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
