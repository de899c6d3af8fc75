package uk.police.collaboration.ledger.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.police.collaboration.ledger.integrity.IntegrityChecks;

/**
 * For auditors: the verifications remembered, the latest digest and checkpoint, the public keys,
 * whether the demo keys are in use, and buttons to verify now or take a digest.
 */
@Controller
class IntegrityPage {

    private final IntegrityChecks checks;

    IntegrityPage(IntegrityChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/integrity")
    String show(Model model) {
        model.addAttribute("report", checks.lastVerification().orElse(null));
        model.addAttribute("verifications", checks.verifications(20));
        model.addAttribute("digest", checks.latestDigest().orElse(null));
        model.addAttribute("checkpoint", checks.latestCheckpoint());
        model.addAttribute("checkpoints", checks.checkpoints(10));
        model.addAttribute("verifierKeys", checks.verifierKeys());
        model.addAttribute("demoKeys", checks.demoKeysInUse());
        return "pages/integrity";
    }

    @PostMapping("/integrity/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("justVerified", checks.verifyNow().ok());
        return "redirect:/integrity";
    }

    @PostMapping("/integrity/digests")
    String takeDigest(RedirectAttributes redirect) {
        redirect.addFlashAttribute("digestTaken", checks.takeDigest().id());
        return "redirect:/integrity";
    }
}
