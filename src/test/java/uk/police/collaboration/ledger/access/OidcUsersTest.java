package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OidcUsersTest {

    @Test
    void theRolesClaimGivesTheLedgerRolesAndIgnoresOthers() {
        var users = new OidcUsers("roles", "preferred_username");
        var authentication = users.convert(jwt(Map.of("roles", List.of("Auditor", "ROLE_board", "payroll"),
                "preferred_username", "a.auditor")));

        assertThat(authentication.getName()).isEqualTo("a.auditor");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_AUDITOR", "ROLE_BOARD");
        assertThat(CurrentReader.clearanceOf(authentication)).isEqualTo(Clearance.AUDITOR);
    }

    @Test
    void aDottedClaimReachesIntoNestedClaimsAndTextIsSplit() {
        var users = new OidcUsers("realm_access.roles", "preferred_username");
        assertThat(users.authorities(Map.of("realm_access", Map.of("roles", List.of("foi")))))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_FOI");
        assertThat(new OidcUsers("scope", "x").authorities(Map.of("scope", "openid secretariat")))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_SECRETARIAT");
    }

    @Test
    void withoutAUsernameClaimTheSubjectNamesTheUser() {
        var authentication = new OidcUsers("roles", "preferred_username").convert(jwt(Map.of()));
        assertThat(authentication.getName()).isEqualTo("subject-1");
        assertThat(authentication.getAuthorities()).isEmpty();
        assertThat(CurrentReader.clearanceOf(authentication)).isEqualTo(Clearance.PUBLIC);
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("subject-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
