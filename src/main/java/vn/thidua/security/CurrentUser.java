package vn.thidua.security;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.thidua.problem.AccessDeniedException;

/** Gives controllers and services the user that {@link ApiAuthenticationFilter} authenticated. */
@Component
public class CurrentUser {

    static final String REQUEST_ATTRIBUTE = SignedInUser.class.getName();

    public SignedInUser get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object user = attributes == null ? null
                : attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (user == null) {
            throw new AccessDeniedException("Bạn cần đăng nhập để thực hiện thao tác này.");
        }
        return (SignedInUser) user;
    }

    public SignedInUser requireAdmin() {
        SignedInUser user = get();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị viên mới được thực hiện thao tác này.");
        }
        return user;
    }
}
