package uk.police.collaboration.ledger.web.pages;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A programme's timeline: every recorded fact in world order. As of a date, only what had happened
 * by then; as known at an instant, only what the ledger had recorded by then, and a line counts as
 * corrected only if its correction was recorded by then too.
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
     * the event's integrity link (null until the sealer reaches it, moments after it is recorded).
     */
    public record Line(LineView line, boolean corrected, String hash) {
    }

    @GetMapping("/programmes/{id}/timeline")
    String timeline(@PathVariable String id, @RequestParam(required = false) String asOf,
                    @RequestParam(required = false) String knownAt, @RequestParam(required = false) String source,
                    HttpServletRequest request, Model model) {
        Viewer viewer = ProgrammePages.requireProgrammes(request);
        Clock clock = Clock.read(asOf, knownAt);
        TimelineView view;
        String title;
        try {
            view = timelines.timeline(id, null, clock.asOf(), Set.of(), 0, ALL, viewer.clearance());
            title = programmes.current(id, viewer.clearance()).title();
        } catch (ReadRefused refused) {
            if (refused.status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
            }
            throw refused;
        }
        Instant knownBy = clock.knownAt();
        Map<String, LineView> byEvent = view.lines().stream()
                .collect(Collectors.toMap(LineView::eventId, Function.identity(), (a, b) -> a));
        List<Line> lines = view.lines().stream()
                .filter(l -> knownBy == null || !l.recordedAt().isAfter(knownBy))
                .filter(l -> source == null || source.isBlank() || (l.source() != null && source.equals(l.source().reference())))
                .map(l -> new Line(l, l.corrected() && l.correctedBy().stream().map(byEvent::get)
                        .anyMatch(c -> c == null || knownBy == null || !c.recordedAt().isAfter(knownBy)),
                        seals.linkOf(l.eventId()).orElse(null)))
                .toList();
        model.addAttribute("collaborationId", id);
        model.addAttribute("programmeTitle", title);
        model.addAttribute("clock", clock);
        model.addAttribute("errors", clock.errors());
        model.addAttribute("source", source == null || source.isBlank() ? null : source);
        model.addAttribute("lines", lines);
        return "pages/timeline";
    }
}
