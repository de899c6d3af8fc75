package uk.police.collaboration.ledger.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security checks the name and password posted back to /login. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut, Model model) {
        FormErrors errors = FormErrors.none();
        if (error != null) {
            errors.field("username", "username", "Enter a correct user name and password");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("signedOut", signedOut != null);
        return "pages/login";
    }
}
