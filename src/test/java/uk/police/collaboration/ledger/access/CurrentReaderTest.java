package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentReaderTest {

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void eachRoleReadsWithItsOwnClearance() {
        assertThat(CurrentReader.clearanceOf(user("ROLE_SECRETARIAT"))).isEqualTo(Clearance.SECRETARIAT);
        assertThat(CurrentReader.clearanceOf(user("ROLE_BOARD"))).isEqualTo(Clearance.BOARD);
        assertThat(CurrentReader.clearanceOf(user("ROLE_AUDITOR"))).isEqualTo(Clearance.AUDITOR);
        assertThat(CurrentReader.clearanceOf(user("ROLE_FOI"))).isEqualTo(Clearance.FOI);
    }

    @Test
    void anAnonymousOrRolelessOrMissingReaderIsPublic() {
        assertThat(CurrentReader.clearanceOf(null)).isEqualTo(Clearance.PUBLIC);
        assertThat(CurrentReader.clearanceOf(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEqualTo(Clearance.PUBLIC);
        assertThat(CurrentReader.clearanceOf(user("ROLE_SOMETHING_ELSE"))).isEqualTo(Clearance.PUBLIC);
        assertThat(CurrentReader.clearance()).isEqualTo(Clearance.PUBLIC);
    }

    @Test
    void rolesAddUpToTheWidestClearance() {
        assertThat(CurrentReader.clearanceOf(user("ROLE_FOI", "ROLE_AUDITOR"))).isEqualTo(Clearance.AUDITOR);
        assertThat(CurrentReader.clearanceOf(user("ROLE_FOI", "ROLE_BOARD")).seesPartTwo()).isFalse();
    }

    @Test
    void theFilterPutsTheClearanceOnTheRequestOverwritingAnythingThere() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(user("ROLE_BOARD"));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/collaborations");
        request.setAttribute(CurrentReader.ATTRIBUTE, Clearance.AUDITOR);

        new ClearanceFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(request.getAttribute(CurrentReader.ATTRIBUTE)).isEqualTo(Clearance.BOARD);
    }

    @Test
    void codeWithoutTheRequestInHandReadsTheRequestsClearance() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(CurrentReader.ATTRIBUTE, Clearance.FOI);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(user("ROLE_AUDITOR"));

        assertThat(CurrentReader.clearance()).isEqualTo(Clearance.FOI);
    }

    @Test
    void withoutARequestTheSignedInUserDecides() {
        SecurityContextHolder.getContext().setAuthentication(user("ROLE_AUDITOR"));
        assertThat(CurrentReader.clearance()).isEqualTo(Clearance.AUDITOR);
    }

    private static Authentication user(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", "n/a", AuthorityUtils.createAuthorityList(authorities));
    }
}
