package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.collaboration.ledger.registers.Registers;
import uk.police.collaboration.ledger.registers.Registers.FundingEntryView;

import java.util.List;

import static uk.police.collaboration.ledger.web.pages.RegisterPages.blankToNull;

/**
 * The funding register across programmes (public, like the other registers), in two tables: the
 * shared model, and money outside it (one party's own contributions, income received), so no reader
 * adds the second into the first's totals.
 */
@Controller
class FundingRegisterPage {

    private final Registers registers;

    FundingRegisterPage(Registers registers) {
        this.registers = registers;
    }

    @GetMapping("/registers/funding")
    String funding(@RequestParam(required = false) String collaboration, HttpServletRequest request, Model model) {
        List<FundingEntryView> all = registers.funding(blankToNull(collaboration), null, Viewer.of(request).clearance());
        model.addAttribute("shared", all.stream().filter(e -> "SHARED".equals(e.kind())).toList());
        model.addAttribute("outside", all.stream().filter(e -> !"SHARED".equals(e.kind())).toList());
        return "pages/register-funding";
    }
}
