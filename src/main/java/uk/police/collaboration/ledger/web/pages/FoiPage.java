package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.foi.DecisionHistories;
import uk.police.collaboration.ledger.foi.DecisionHistoryFormats;
import uk.police.collaboration.ledger.foi.DecisionHistoryView;
import uk.police.collaboration.ledger.foi.DecisionHistoryView.ReleasedDecisionView;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.registers.Registers;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The FOI officer's page: choose a programme and a period, see what would be released, and take it
 * away as CSV or as a printable document. What is released is the read side's decision history:
 * published decisions only, redactions applied, Part Two material never included.
 */
@Controller
class FoiPage {

    private final DecisionHistories histories;
    private final Registers registers;

    FoiPage(DecisionHistories histories, Registers registers) {
        this.histories = histories;
        this.registers = registers;
    }

    @GetMapping("/foi")
    String page(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String produce,
                HttpServletRequest request, Model model) {
        Viewer viewer = requireFoi(request);
        Period period = Period.read(from, to);
        String programme = RegisterPages.blankToNull(collaboration);
        model.addAttribute("period", period);
        model.addAttribute("errors", period.errors());
        model.addAttribute("collaboration", programme);
        model.addAttribute("programmes", programmes());
        if (produce != null && !period.errors().any()) {
            DecisionHistoryView history = history(programme, period, viewer);
            model.addAttribute("history", history);
        }
        return "pages/foi";
    }

    @GetMapping(path = "/foi/decision-history.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, HttpServletRequest request) {
        Viewer viewer = requireFoi(request);
        DecisionHistoryView history = history(RegisterPages.blankToNull(collaboration), checked(from, to), viewer);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(history) + ".csv\"")
                .body(DecisionHistoryFormats.csv(history));
    }

    @GetMapping(path = "/foi/decision-history.html")
    String printable(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, HttpServletRequest request, Model model) {
        Viewer viewer = requireFoi(request);
        model.addAttribute("history", history(RegisterPages.blankToNull(collaboration), checked(from, to), viewer));
        return "pages/foi-print";
    }

    private DecisionHistoryView history(String programme, Period period, Viewer viewer) {
        try {
            // The release is the same whoever prepares it: FOI clearance, never more.
            return histories.history(programme, period.from(), period.to(), Clearance.FOI);
        } catch (ReadRefused refused) {
            throw new ResponseStatusException(HttpStatus.valueOf(refused.status()), refused.getMessage());
        }
    }

    private static Period checked(String from, String to) {
        Period period = Period.read(from, to);
        if (period.errors().any()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, period.errors().summary().get(0).message());
        }
        return period;
    }

    /** Programmes with a published decision, for the chooser: what an FOI officer may know exists. */
    private Map<String, String> programmes() {
        Map<String, String> programmes = new LinkedHashMap<>();
        registers.decisions(null, null, null, Clearance.FOI).forEach(e -> programmes.putIfAbsent(e.collaborationId(), e.programme()));
        return programmes;
    }

    static Viewer requireFoi(HttpServletRequest request) {
        Viewer viewer = Viewer.of(request);
        if (!viewer.seesFoi()) {
            throw new ResponseStatusException(viewer.signedIn() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED);
        }
        return viewer;
    }

    private static String fileName(DecisionHistoryView history) {
        return "decision-history-" + (history.collaborationId() == null ? "all"
                : history.collaborationId().replaceAll("[^A-Za-z0-9._-]", "-"));
    }
}
