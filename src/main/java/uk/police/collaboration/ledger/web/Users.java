package uk.police.collaboration.ledger.web;

import java.security.Principal;

/** Who is recording: always the authenticated user, never a name taken from a request body. */
final class Users {

    static final String UNAUTHENTICATED = "anonymous";

    private Users() {
    }

    static String nameOf(Principal principal) {
        return principal == null ? UNAUTHENTICATED : principal.getName();
    }
}
