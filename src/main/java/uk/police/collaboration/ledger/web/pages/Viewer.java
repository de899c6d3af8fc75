package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import uk.police.collaboration.ledger.access.Clearance;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who is looking at a page and what that lets them see and press. Read from the request (the
 * signed-in principal and its roles), so every page and every button asks the same question.
 * The data itself is narrowed again by {@link #clearance()} in the query services.
 */
public record Viewer(String name, List<String> roles, Clearance clearance) {

    static final List<String> ROLES = List.of("SECRETARIAT", "BOARD", "AUDITOR", "FOI");

    static Viewer of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            return new Viewer(null, List.of(), Clearance.PUBLIC);
        }
        List<String> roles = new ArrayList<>();
        Clearance widest = Clearance.PUBLIC;
        for (String role : ROLES) {
            if (request.isUserInRole(role)) {
                roles.add(role);
                Clearance c = Clearance.valueOf(role);
                if (c.compareTo(widest) > 0) {
                    widest = c;
                }
            }
        }
        return new Viewer(principal.getName(), List.copyOf(roles), widest);
    }

    public boolean signedIn() {
        return name != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Programme pages, timelines, funding: the board, the secretariat and auditors. */
    public boolean seesProgrammes() {
        return clearance.seesProgrammes();
    }

    /** Commands and journals: the secretariat only. */
    public boolean records() {
        return has("SECRETARIAT");
    }

    /** FOI decision histories: FOI officers, and the board and auditors who may check a release. */
    public boolean seesFoi() {
        return has("FOI") || has("BOARD") || has("AUDITOR");
    }

    /** The integrity page: auditors, who alone may verify and take digests. */
    public boolean seesIntegrity() {
        return has("AUDITOR");
    }

    public boolean verifies() {
        return has("AUDITOR");
    }

    public String roleLabel() {
        if (roles.isEmpty()) {
            return "Signed in";
        }
        String role = roles.get(0).toLowerCase(Locale.ROOT);
        return switch (role) {
            case "foi" -> "FOI officer";
            case "board" -> "Programme board";
            case "auditor" -> "Auditor";
            case "secretariat" -> "Secretariat";
            default -> role;
        };
    }
}
