package uk.police.collaboration.ledger.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Comparator;

/**
 * The clearance of whoever is reading now. {@link ClearanceFilter} puts it on every request as the
 * attribute {@value #ATTRIBUTE}; code with the request in hand may read that attribute, code without
 * it calls {@link #clearance()}. Whenever nothing says otherwise the answer is {@link Clearance#PUBLIC}:
 * a reader nobody vouched for sees only what anyone may see.
 */
public final class CurrentReader {

    /** The request attribute that holds the reader's {@link Clearance}. */
    public static final String ATTRIBUTE = "ledger.clearance";

    private CurrentReader() {
    }

    /** The current reader's clearance: from the current request, else the security context, else PUBLIC. */
    public static Clearance clearance() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Clearance clearance) {
            return clearance;
        }
        return clearanceOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The clearance an authenticated user's roles give: the widest of them (roles add up), PUBLIC
     * for an anonymous user or one with no ledger role.
     */
    public static Clearance clearanceOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Clearance.PUBLIC;
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Role::ofAuthority)
                .flatMap(java.util.Optional::stream)
                .map(Role::clearance)
                .max(Comparator.naturalOrder())
                .orElse(Clearance.PUBLIC);
    }
}
