package uk.police.collaboration.ledger.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.police.collaboration.ledger.integrity.IntegritySeals;
import uk.police.collaboration.ledger.programme.ProgrammeQueries;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.timeline.TimelineQueries;
import uk.police.collaboration.ledger.timeline.TimelineView;
import uk.police.collaboration.ledger.timeline.TimelineView.LineView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A programme's timeline: every recorded fact in world order. As of a date, only what had happened
 * by then; as known at an instant, only what the ledger had recorded by then, and a line counts as
 * corrected only if its correction was recorded by then too. Filtered by the API's own parameters
 * (type, from, to), by paper and keyword; 50 lines a page; the whole selection as CSV.
 */
@Controller
class TimelinePage {

    private static final int ALL = 100_000;

    private final TimelineQueries timelines;
    private final ProgrammeQueries programmes;
    private final IntegritySeals seals;

    TimelinePage(TimelineQueries timelines, ProgrammeQueries programmes, IntegritySeals seals) {
        this.timelines = timelines;
        this.programmes = programmes;
        this.seals = seals;
    }

    /**
     * One line as shown: corrected only if the correction was known at the chosen instant; hash is
     * the event's integrity link (null until the sealer reaches it, moments after it is recorded);
     * changes are what a correction's line changed, field by field.
     */
    public record Line(LineView line, boolean corrected, String hash, List<String> correctedBy, List<Change> changes) {
    }

    /** One corrected field: its label and the value the correction gives it. */
    public record Change(String label, String value) {
    }

    @GetMapping("/programmes/{id}/timeline")
    Object timeline(@PathVariable String id, @RequestParam(required = false) String asOf,
                    @RequestParam(required = false) String knownAt, @RequestParam(required = false) String source,
                    @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(required = false) String q,
                    @RequestParam(required = false) String page, @RequestParam(required = false) String event,
                    @RequestParam(required = false) String format, HttpServletRequest request, Model model) {
        Viewer viewer = ProgrammePages.requireProgrammes(request);
        Clock clock = Clock.read(asOf, knownAt);
        Period period = Period.read(from, to);
        FormErrors errors = clock.errors();
        period.errors().summary().forEach(e -> errors.field(e.anchor(), e.anchor(), e.message()));
        String kind = RegisterPages.blankToNull(type);
        String paper = RegisterPages.blankToNull(source);
        String words = RegisterPages.blankToNull(q);
        TimelineView everything;
        TimelineView view;
        String title;
        try {
            everything = timelines.timeline(id, null, clock.asOf(), Set.of(), 0, ALL, viewer.clearance());
            // The API's own filters: effective dates (capped by as-of) and event type.
            java.time.LocalDate last = clock.asOf() == null ? period.to()
                    : period.to() == null || period.to().isAfter(clock.asOf()) ? clock.asOf() : period.to();
            view = timelines.timeline(id, period.from(), last, kind == null ? Set.of() : Set.of(kind), 0, ALL, viewer.clearance());
            title = programmes.current(id, viewer.clearance()).title();
        } catch (ReadRefused refused) {
            throw new ResponseStatusException(HttpStatus.valueOf(refused.status()), refused.getMessage());
        }
        Instant knownBy = clock.knownAt();
        Map<String, LineView> byEvent = everything.lines().stream()
                .collect(Collectors.toMap(LineView::eventId, Function.identity(), (a, b) -> a));
        List<Line> lines = view.lines().stream()
                .filter(l -> knownBy == null || !l.recordedAt().isAfter(knownBy))
                .filter(l -> paper == null || (l.source() != null && paper.equals(l.source().reference())))
                .filter(l -> words == null || Search.matches(words, l.summary(), l.currentSummary(), l.recordedBy(),
                        l.source() == null ? null : l.source().reference(), l.source() == null ? null : l.source().title()))
                .map(l -> {
                    List<String> knownFixes = l.correctedBy().stream()
                            .filter(c -> byEvent.get(c) == null || knownBy == null || !byEvent.get(c).recordedAt().isAfter(knownBy))
                            .toList();
                    return new Line(l, l.corrected() && !knownFixes.isEmpty(), seals.linkOf(l.eventId()).orElse(null),
                            knownFixes, changes(l));
                })
                .toList();
        if ("csv".equals(format)) {
            Csv csv = new Csv(List.of("Happened", "Recorded at (UTC)", "Recorded by", "Event", "What", "As corrected",
                    "Source reference", "Source section", "Source title", "Source URL", "Event id", "Hash"));
            lines.forEach(row -> {
                LineView l = row.line();
                csv.row(List.of(String.valueOf(l.effectiveOn()), String.valueOf(l.recordedAt()), n(l.recordedBy()),
                        l.eventType(), n(l.summary()), row.corrected() ? n(l.currentSummary()) : "",
                        l.source() == null ? "" : n(l.source().reference()), l.source() == null ? "" : n(l.source().section()),
                        l.source() == null ? "" : n(l.source().title()), l.source() == null ? "" : n(l.source().url()),
                        l.eventId(), n(row.hash())));
            });
            return csv.download("timeline-" + id + ".csv");
        }
        Paging paging = Paging.of(page, lines.size());
        if (event != null) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).line().eventId().equals(event)) {
                    paging = Paging.of(String.valueOf(i / Paging.SIZE + 1), lines.size());
                    break;
                }
            }
        }
        Set<String> types = new TreeSet<>();
        everything.lines().forEach(l -> types.add(l.eventType()));
        model.addAttribute("collaborationId", id);
        model.addAttribute("programmeTitle", title);
        model.addAttribute("clock", clock);
        model.addAttribute("period", period);
        model.addAttribute("errors", errors);
        model.addAttribute("source", paper);
        model.addAttribute("type", kind);
        model.addAttribute("types", types);
        Tables.page(model, request, words, paging, lines, "lines");
        model.addAttribute("filtered", paper != null || kind != null || words != null || period.from() != null || period.to() != null);
        return "pages/timeline";
    }

    /** The fields a correction's line sets, with labels a reader knows, flattening nested facts ("timescale, from"). */
    static List<Change> changes(LineView line) {
        if (line.correction() == null || line.correction().correctedFacts() == null) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        flatten("", line.correction().correctedFacts(), changes);
        return changes;
    }

    private static void flatten(String prefix, JsonNode node, List<Change> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(prefix.isEmpty() ? label(f.getKey()) : prefix + ", " + label(f.getKey()).toLowerCase(java.util.Locale.UK), f.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.isValueNode() ? n.asText() : n.toString()));
            out.add(new Change(prefix, String.join("; ", items)));
        } else {
            out.add(new Change(prefix, node.isNull() ? "(none)" : node.asText()));
        }
    }

    /** "plannedOn" reads "Planned on". */
    static String label(String field) {
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String n(String text) {
        return text == null ? "" : text;
    }
}
