package vn.thidua.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks the password of an HTTP Basic sign-in through {@link IdentityService#checkPassword}, like Camunda's own
 * logins, so that its login throttling counts these attempts too and refuses even the right password while a user
 * is held back. Wrong password, unknown user, a user without a password yet or one held back: one answer for all,
 * so nobody learns which accounts exist.
 */
class CamundaPasswords implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaPasswords(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object password = authentication.getCredentials();
        if (username == null || username.isEmpty() || !(password instanceof String typed)
                || !checked(username, typed)) {
            throw new BadCredentialsException("Camunda refused the password of " + username);
        }
        List<String> groupIds = identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList();
        return new SignedInAuthentication(new SignedInUser(username, groupIds));
    }

    private boolean checked(String username, String password) {
        try {
            // Camunda fails (instead of answering false) for a user who has no password yet.
            User account = identityService.createUserQuery().userId(username).singleResult();
            return account != null && account.getPassword() != null
                    && identityService.checkPassword(username, password);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
