package vn.thidua.account;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.thidua.org.UsersImported;

/**
 * Every account an import creates gets its password link by mail, in the import's transaction: no account is
 * left with a password someone else chose, and a rejected import sends nothing.
 */
@Component
class InviteImportedUsers {

    private final PasswordLinks links;
    private final IdentityService identityService;
    private final AccountProperties properties;

    InviteImportedUsers(PasswordLinks links, IdentityService identityService, AccountProperties properties) {
        this.links = links;
        this.identityService = identityService;
        this.properties = properties;
    }

    @EventListener
    public void usersImported(UsersImported event) {
        if (!properties.inviteNewUsers()) {
            return;
        }
        for (String username : event.createdUsernames()) {
            User user = identityService.createUserQuery().userId(username).singleResult();
            if (user != null && user.getPassword() == null && user.getEmail() != null && !user.getEmail().isBlank()) {
                links.send(username, null);
            }
        }
    }
}
