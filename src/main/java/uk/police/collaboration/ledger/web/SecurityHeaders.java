package uk.police.collaboration.ledger.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers Spring Security adds to every answer it sees (access.SecurityConfig), for the
 * few answers it never sees: Tomcat's own error reports. The two lists must stay the same;
 * {@code ErrorsBelowSpringTest} compares an answer from each.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void addTo(HttpServletResponse response, boolean secure) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
