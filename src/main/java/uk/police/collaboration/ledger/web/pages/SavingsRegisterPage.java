package uk.police.collaboration.ledger.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.collaboration.ledger.registers.SavingsRegister;

import static uk.police.collaboration.ledger.web.pages.RegisterPages.blankToNull;

/** The savings register across programmes, as the papers state the savings (public, like the other registers). */
@Controller
class SavingsRegisterPage {

    private final SavingsRegister register;

    SavingsRegisterPage(SavingsRegister register) {
        this.register = register;
    }

    @GetMapping("/registers/savings")
    String savings(@RequestParam(required = false) String collaboration, Model model) {
        model.addAttribute("entries", register.entries(blankToNull(collaboration), null, null));
        return "pages/register-savings";
    }
}
