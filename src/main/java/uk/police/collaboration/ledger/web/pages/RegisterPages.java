package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.collaboration.ledger.registers.Registers;

/** The registers across programmes: decisions (published ones only for the public) and agreements in force. */
@Controller
class RegisterPages {

    private final Registers registers;

    RegisterPages(Registers registers) {
        this.registers = registers;
    }

    @GetMapping("/registers/decisions")
    String decisions(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, HttpServletRequest request, Model model) {
        Viewer viewer = Viewer.of(request);
        Period period = Period.read(from, to);
        String programme = blankToNull(collaboration);
        model.addAttribute("period", period);
        model.addAttribute("errors", period.errors());
        model.addAttribute("collaboration", programme);
        model.addAttribute("entries", period.errors().any() ? java.util.List.of()
                : registers.decisions(programme, period.from(), period.to(), viewer.clearance()));
        return "pages/register-decisions";
    }

    @GetMapping("/registers/agreements")
    String agreements(@RequestParam(required = false) String collaboration, HttpServletRequest request, Model model) {
        Viewer viewer = Viewer.of(request);
        model.addAttribute("entries", registers.agreements(blankToNull(collaboration), viewer.clearance()));
        return "pages/register-agreements";
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
