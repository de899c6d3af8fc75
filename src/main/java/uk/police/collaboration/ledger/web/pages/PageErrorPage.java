package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the pages' security sends a signed-in user whose role does not open a page (a forward,
 * so the address stays the one they asked for): the 403 page in the layout, header and navigation included.
 */
@Controller
class PageErrorPage {

    static final String NOT_ALLOWED = "/page-errors/not-allowed";

    @RequestMapping(NOT_ALLOWED)
    ModelAndView notAllowed(HttpServletRequest request, HttpServletResponse response) {
        return PageErrors.page(request, response, 403);
    }
}
