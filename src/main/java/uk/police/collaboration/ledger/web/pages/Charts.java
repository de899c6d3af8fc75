package uk.police.collaboration.ledger.web.pages;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
        int rows = milestones.size() + (decisions.isEmpty() ? 0 : 1);
        int height = 50 + rows * ROW + 40;
        StringBuilder svg = start(id, height, "Milestones planned against achieved, and decisions over time",
                milestones.size() + " milestones and " + decisions.size() + " decisions between " + first + " and " + last
                        + ". The tables below give the same dates.");
        int top = 30;
        int bottom = top + rows * ROW;
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(top - 14).append("\">")
                .append(first.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK)).append(' ')
                .append(first.getYear()).append("</text>");
        for (int year = first.getYear() + 1; year <= last.getYear(); year++) {
            LocalDate jan = LocalDate.of(year, 1, 1);
            if (jan.isBefore(first)) {
                continue;
            }
            double x = x(jan, first, span);
            svg.append(line(x, top - 10, x, bottom, "grid"))
                    .append("<text x=\"").append(f(x + 3)).append("\" y=\"").append(top - 14).append("\">").append(year).append("</text>");
        }
        if (!today.isBefore(first) && !today.isAfter(last)) {
            double x = x(today, first, span);
            svg.append(line(x, top - 10, x, bottom, "axis"))
                    .append("<text x=\"").append(f(x + 3)).append("\" y=\"").append(bottom + 16).append("\">today</text>");
        }
        int row = 0;
        for (MilestonePoint m : milestones) {
            double y = top + row * ROW + ROW / 2.0;
            svg.append("<text x=\"4\" y=\"").append(f(y + 5)).append("\">").append(esc(shorten(m.title()))).append("</text>");
            if (m.originallyPlanned() != null && !m.originallyPlanned().equals(m.planned())) {
                double xo = x(m.originallyPlanned(), first, span);
                svg.append(line(xo, y - 7, xo, y + 7, "axis"));
            }
            if (m.planned() != null && m.achieved() != null) {
                svg.append(line(x(m.planned(), first, span), y, x(m.achieved(), first, span), y, "link"));
            }
            if (m.planned() != null) {
                svg.append("<circle class=\"").append(m.overdue() ? "overdue" : "planned").append("\" cx=\"")
                        .append(f(x(m.planned(), first, span))).append("\" cy=\"").append(f(y)).append("\" r=\"7\"><title>")
                        .append(esc(m.title())).append(m.overdue() ? ": overdue, planned " : ": planned ").append(m.planned())
                        .append("</title></circle>");
            }
            if (m.achieved() != null) {
                double xa = x(m.achieved(), first, span);
                svg.append("<rect class=\"actual\" x=\"").append(f(xa - 6)).append("\" y=\"").append(f(y - 6))
                        .append("\" width=\"12\" height=\"12\"><title>").append(esc(m.title())).append(": achieved ")
                        .append(m.achieved()).append("</title></rect>");
            }
            row++;
        }
        if (!decisions.isEmpty()) {
            double y = top + row * ROW + ROW / 2.0;
            svg.append("<text x=\"4\" y=\"").append(f(y + 5)).append("\">Decisions</text>");
            for (DecisionPoint d : decisions) {
                if (d.date() == null) {
                    continue;
                }
                double x = x(d.date(), first, span);
                svg.append("<path class=\"decision\" d=\"M").append(f(x)).append(' ').append(f(y - 8)).append(" L").append(f(x + 7))
                        .append(' ').append(f(y)).append(" L").append(f(x)).append(' ').append(f(y + 8)).append(" L").append(f(x - 7))
                        .append(' ').append(f(y)).append(" Z\"><title>").append(esc(d.reference())).append(": ").append(d.date())
                        .append("</title></path>");
            }
        }
        svg.append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "axis"));
        // Legend
        int ly = height - 12;
        svg.append("<circle class=\"planned\" cx=\"").append(LEFT + 6).append("\" cy=\"").append(ly - 5).append("\" r=\"6\"/>")
                .append("<text x=\"").append(LEFT + 18).append("\" y=\"").append(ly).append("\">planned</text>")
                .append("<rect class=\"actual\" x=\"").append(LEFT + 90).append("\" y=\"").append(ly - 11).append("\" width=\"12\" height=\"12\"/>")
                .append("<text x=\"").append(LEFT + 108).append("\" y=\"").append(ly).append("\">achieved</text>")
                .append("<circle class=\"overdue\" cx=\"").append(LEFT + 190).append("\" cy=\"").append(ly - 5).append("\" r=\"6\"/>")
                .append("<text x=\"").append(LEFT + 202).append("\" y=\"").append(ly).append("\">overdue</text>")
                .append("<path class=\"decision\" d=\"M").append(LEFT + 280).append(' ').append(ly - 12).append(" l7 7 l-7 7 l-7 -7 Z\"/>")
                .append("<text x=\"").append(LEFT + 292).append("\" y=\"").append(ly).append("\">decision</text>");
        return svg.append("</svg>").toString();
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
            svg.append("<text x=\"4\" y=\"").append(y + 26).append("\">").append(esc(shorten(bar.label()))).append("</text>");
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

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 30 ? text.substring(0, 29) + "…" : text;
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
