package org.zwfw.platform.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** Bearer tokens of {@link Credentials}: the configured ones, or the development ones in the default profile. */
class TokenAuthenticationProvider implements AuthenticationProvider {
    private final Credentials credentials;

    TokenAuthenticationProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        Credentials.TokenHolder holder = credentials.holderOf(token);
        if (holder == null) {
            // A JWT provider, when configured, is asked next.
            throw new InvalidBearerTokenException("The bearer token is not known");
        }
        return new TokenAuthentication(holder);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** An authenticated token holder: its name is the caller the audit log records. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final Credentials.TokenHolder holder;

        TokenAuthentication(Credentials.TokenHolder holder) {
            super(List.of(new SimpleGrantedAuthority(holder.role().authority())));
            this.holder = holder;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return holder.name();
        }
    }
}
