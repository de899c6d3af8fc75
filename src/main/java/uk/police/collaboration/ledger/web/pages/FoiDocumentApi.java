package uk.police.collaboration.ledger.web.pages;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.collaboration.ledger.foi.DecisionHistories;
import uk.police.collaboration.ledger.readside.Params;
import uk.police.collaboration.ledger.readside.ReaderClearance;

import java.time.LocalDate;

/**
 * The API's decision history as a document (format=html, format=pdf): the same template as the FOI
 * page, so the API and the pages cannot drift apart. JSON and CSV stay with the read side's
 * controller; these two formats are answered here, at the caller's clearance as the API always was.
 * Refusals stay problem+json (PageErrors leaves /api/ alone).
 */
@Controller
@Hidden // documented with the JSON and CSV formats on DecisionHistoryController's operation
class FoiDocumentApi {

    private final DecisionHistories histories;
    private final FoiDocuments documents;

    FoiDocumentApi(DecisionHistories histories, FoiDocuments documents) {
        this.histories = histories;
        this.documents = documents;
    }

    @GetMapping(path = "/api/foi/decision-history", params = "format=html")
    String html(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String request,
                HttpServletRequest http, Model model) {
        model.addAttribute("doc", document(collaboration, from, to, request, http));
        return "pages/foi-print";
    }

    @GetMapping(path = "/api/foi/decision-history", params = "format=pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String request,
                               HttpServletRequest http) {
        FoiDocument doc = document(collaboration, from, to, request, http);
        return FoiPage.pdf(documents.pdf(doc), doc.fileName("pdf"));
    }

    private FoiDocument document(String collaboration, String from, String to, String request, HttpServletRequest http) {
        return new FoiDocument(histories.history(collaboration == null || collaboration.isBlank() ? null : collaboration,
                Params.date("from", from), Params.date("to", to), ReaderClearance.of(http)), LocalDate.now(Fmt.UK),
                FoiDocument.requestReference(request), true, FoiDocument.PRINT_CSS);
    }
}
