package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: the programmes for those who may see them, the published decisions for everyone else. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(HttpServletRequest request) {
        Viewer viewer = Viewer.of(request);
        if (viewer.seesProgrammes()) {
            return "redirect:/programmes";
        }
        if (viewer.has("FOI")) {
            return "redirect:/foi";
        }
        return "redirect:/registers/decisions";
    }
}
