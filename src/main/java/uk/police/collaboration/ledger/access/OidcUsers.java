package uk.police.collaboration.ledger.access;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Users from the organisation's OIDC issuer (profiles postgres and axonserver): a JWT's roles claim
 * (configurable; a dotted path such as realm_access.roles reaches into nested claims) gives the
 * ledger roles, matched case-insensitively; other values are ignored. The user's name, which is
 * what "recorded by" says, is the username claim, else the subject.
 */
final class OidcUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String usernameClaim;

    OidcUsers(String rolesClaim, String usernameClaim) {
        this.rolesClaim = rolesClaim;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(usernameClaim);
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        return new JwtAuthenticationToken(jwt, authorities(jwt.getClaims()), name);
    }

    List<GrantedAuthority> authorities(Map<String, Object> claims) {
        Object value = claims;
        for (String step : rolesClaim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Collection<?> names = value instanceof Collection<?> list ? list
                : value instanceof String text ? List.of(text.split("[\\s,]+")) : List.of();
        return names.stream()
                .map(String::valueOf)
                .map(Role::named)
                .flatMap(java.util.Optional::stream)
                .distinct()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
