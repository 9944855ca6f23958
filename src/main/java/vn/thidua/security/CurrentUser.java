package vn.thidua.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.thidua.problem.AccessDeniedException;
import vn.thidua.text.Messages;

/** Gives controllers and services the user Spring Security authenticated for this request. */
@Component
public class CurrentUser {

    public SignedInUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            throw new AccessDeniedException(Messages.get("auth.signInRequired"));
        }
        return user;
    }

    public SignedInUser requireAdmin() {
        return get().requireAdmin();
    }
}
