package uk.police.collaboration.ledger.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import uk.police.collaboration.ledger.intake.CommandRefused;

import java.security.Principal;
import java.util.List;

/**
 * Who is recording: always the authenticated user (a demo user's name, or the OIDC username claim),
 * never a name taken from a request body. The security configuration lets only signed-in
 * secretariat users reach the endpoints that record; this refuses again should that ever change.
 */
final class Users {

    private Users() {
    }

    static String nameOf(Principal principal) {
        if (principal == null || principal instanceof AnonymousAuthenticationToken
                || principal.getName() == null || principal.getName().isBlank()) {
            throw new CommandRefused(401, "NOT_AUTHENTICATED", "Only a signed-in user may record", List.of());
        }
        return principal.getName();
    }
}
