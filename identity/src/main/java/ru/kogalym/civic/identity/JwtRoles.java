package ru.kogalym.civic.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import ru.kogalym.civic.contract.identity.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A JWT from the identity provider as a caller: the name from the configured claim (else {@code sub}), the roles from
 * the configured claim, matched to this product's roles case-insensitively; other values in the claim are ignored.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final IdentityProperties.Jwt claims;

    JwtRoles(IdentityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(claims.usernameClaim());
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        List<GrantedAuthority> authorities = values(claim(jwt.getClaims(), claims.rolesClaim())).stream()
                .map(value -> value.trim().toUpperCase(Locale.ROOT))
                .filter(value -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(value)))
                .distinct()
                .<GrantedAuthority>map(value -> new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + value))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> collection) {
            return collection.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        if (claim instanceof String text) {
            return Arrays.asList(text.split("[\\s,]+"));
        }
        return List.of();
    }
}
