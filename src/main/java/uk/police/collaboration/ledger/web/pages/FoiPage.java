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
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.registers.Registers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The FOI officer's page: choose a programme, a period and the request being answered, see what
 * would be released, and take it away as CSV, as a printable document or as a PDF. Page,
 * printable and PDF are one template (pages/foi-document); what is released is the read side's
 * decision history: published decisions only, redactions applied, Part Two material never included.
 */
@Controller
class FoiPage {

    private final DecisionHistories histories;
    private final Registers registers;
    private final FoiDocuments documents;

    FoiPage(DecisionHistories histories, Registers registers, FoiDocuments documents) {
        this.histories = histories;
        this.registers = registers;
        this.documents = documents;
    }

    @GetMapping("/foi")
    String page(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String request,
                @RequestParam(required = false) String produce, HttpServletRequest http, Model model) {
        requireFoi(http);
        Period period = Period.read(from, to);
        String programme = RegisterPages.blankToNull(collaboration);
        model.addAttribute("period", period);
        model.addAttribute("errors", period.errors());
        model.addAttribute("collaboration", programme);
        model.addAttribute("requestReference", FoiDocument.requestReference(request));
        model.addAttribute("programmes", programmes());
        if (produce != null && !period.errors().any()) {
            model.addAttribute("doc", document(programme, period, request, false));
        }
        return "pages/foi";
    }

    @GetMapping(path = "/foi/decision-history.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String request,
                               HttpServletRequest http) {
        requireFoi(http);
        FoiDocument doc = document(RegisterPages.blankToNull(collaboration), checked(from, to), request, true);
        return Csv.download(DecisionHistoryFormats.csv(doc.history()), doc.fileName("csv"));
    }

    @GetMapping(path = "/foi/decision-history.html")
    String printable(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String request,
                     HttpServletRequest http, Model model) {
        requireFoi(http);
        model.addAttribute("doc", document(RegisterPages.blankToNull(collaboration), checked(from, to), request, true));
        return "pages/foi-print";
    }

    @GetMapping(path = "/foi/decision-history.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String request,
                               HttpServletRequest http) {
        requireFoi(http);
        FoiDocument doc = document(RegisterPages.blankToNull(collaboration), checked(from, to), request, true);
        return pdf(documents.pdf(doc), doc.fileName("pdf"));
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(pdf);
    }

    private FoiDocument document(String programme, Period period, String request, boolean standalone) {
        return new FoiDocument(history(programme, period), LocalDate.now(Fmt.UK), FoiDocument.requestReference(request),
                standalone, FoiDocument.PRINT_CSS);
    }

    private DecisionHistoryView history(String programme, Period period) {
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
}
