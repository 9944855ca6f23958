package vn.thidua.org;

import java.util.List;

/**
 * Published inside the import's transaction once users.csv went in.
 *
 * @param createdUsernames the accounts this import created (they have no password yet)
 */
public record UsersImported(List<String> createdUsernames) {

    public UsersImported {
        createdUsernames = List.copyOf(createdUsernames);
    }
}
