package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.collaboration.ledger.programme.ProgrammeQueries;
import uk.police.collaboration.ledger.programme.ProgrammeQueries.ProgrammeSummaryView;
import uk.police.collaboration.ledger.registers.Registers;
import uk.police.collaboration.ledger.registers.Registers.DecisionEntryView;

import java.util.Comparator;
import java.util.List;

/**
 * One search box across programmes and decisions, by reference or keyword, as far as the reader may
 * see: the public and FOI officers find published decisions only, and no programmes. A reference typed
 * exactly comes first.
 */
@Controller
class SearchPage {

    private final ProgrammeQueries programmes;
    private final Registers registers;

    SearchPage(ProgrammeQueries programmes, Registers registers) {
        this.programmes = programmes;
        this.registers = registers;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        Viewer viewer = Viewer.of(request);
        String words = RegisterPages.blankToNull(q);
        List<ProgrammeSummaryView> foundProgrammes = words == null || !viewer.seesProgrammes() ? List.of()
                : programmes.list(viewer.clearance()).stream()
                .filter(p -> Search.matches(words, p.title(), p.collaborationId(), String.join(" ", p.parties())))
                .sorted(Comparator.comparing(ProgrammeSummaryView::title, RegisterPages.collator()))
                .toList();
        List<DecisionEntryView> foundDecisions = words == null ? List.of()
                : registers.decisions(null, null, null, viewer.clearance()).stream()
                .filter(e -> RegisterPages.matches(words, e))
                .sorted(Comparator.comparing((DecisionEntryView e) -> !e.decision().reference().equalsIgnoreCase(words))
                        .thenComparing(DecisionEntryView::decisionDate, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(200)
                .toList();
        model.addAttribute("q", words);
        model.addAttribute("foundProgrammes", foundProgrammes);
        model.addAttribute("foundDecisions", foundDecisions);
        return "pages/search";
    }
}
