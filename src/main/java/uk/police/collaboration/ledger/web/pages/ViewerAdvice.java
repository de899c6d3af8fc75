package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Viewer} on every page's model, for the navigation and the buttons. */
@ControllerAdvice(basePackageClasses = ViewerAdvice.class, annotations = Controller.class)
class ViewerAdvice {

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        return Viewer.of(request);
    }
}
