package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;
import uk.police.collaboration.ledger.readside.ReadRefused;

import java.util.List;

/**
 * Errors on the pages are pages: a 404, 403 or 500 in the layout, with the header and navigation of
 * whoever is signed in. Runs before the API's problem+json advice, but only for the pages'
 * controllers and for addresses outside the API that match nothing; the API keeps problem+json.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    /** Addresses that are never pages: their errors stay problem+json. */
    static final List<String> NOT_PAGES = List.of("/api/", "/v3/api-docs", "/actuator", "/error");

    @Override
    public int getOrder() {
        // After Spring Boot's DefaultErrorAttributes (which only notes the exception), before the MVC advice.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        boolean pageController = handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().equals(PageErrors.class.getPackageName()) && isPagePath(request);
        boolean nothingHere = (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException)
                && isPagePath(request) && acceptsHtml(request);
        if (!pageController && !nothingHere) {
            return null;
        }
        int status = statusOf(e);
        if (status >= 500) {
            log.error("A page failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        return page(request, response, status);
    }

    static ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("pages/error");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("viewer", Viewer.of(request));
        page.addObject("path", request.getRequestURI());
        return page;
    }

    private static int statusOf(Exception e) {
        if (e instanceof ResponseStatusException rse) {
            return rse.getStatusCode().value();
        }
        if (e instanceof ReadRefused refused) {
            return refused.status();
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return 404;
        }
        if (e instanceof org.springframework.web.ErrorResponse known) {
            return known.getStatusCode().value();
        }
        return 500;
    }

    static boolean isPagePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(t -> !t.isWildcardType() && t.isCompatibleWith(MediaType.TEXT_HTML));
        } catch (org.springframework.http.InvalidMediaTypeException bad) {
            return false;
        }
    }
}
