package vn.thidua.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Someone Camunda knows, signed in by a password Camunda checked (HTTP Basic) or by the Camunda webapps' sign-in:
 * the principal is the {@link SignedInUser}; the authorities are the webapps the sign-in opens ({@link #app}).
 */
final class SignedInAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final SignedInUser user;

    SignedInAuthentication(SignedInUser user, Collection<String> apps) {
        super(apps.stream().map(SignedInAuthentication::app).map(SimpleGrantedAuthority::new)
                .map(GrantedAuthority.class::cast).toList());
        this.user = user;
        setAuthenticated(true);
    }

    SignedInAuthentication(SignedInUser user) {
        this(user, List.of());
    }

    /** The authority of a Camunda webapp ("cockpit", "admin", "tasklist") its sign-in carries. */
    static String app(String name) {
        return "APP_" + name;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
