package vn.thidua.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code password_link}: a token's hash, whose account it opens, until when. */
@Repository
class PasswordLinkRepository {

    /** A link as stored; the token itself is nowhere but in the mail. */
    public record Link(long id, String username, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                       OffsetDateTime usedAt, String createdBy) {
    }

    private static final String COLUMNS = "id, username, created_at, expires_at, used_at, created_by";

    private final JdbcClient jdbc;

    PasswordLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String tokenHash, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                       String createdBy) {
        jdbc.sql("""
                insert into password_link (username, token_hash, created_at, expires_at, created_by)
                values (:username, :hash, :createdAt, :expiresAt, :createdBy)""")
                .param("username", username).param("hash", tokenHash).param("createdAt", createdAt)
                .param("expiresAt", expiresAt).param("createdBy", createdBy).update();
        return jdbc.sql("select id from password_link where token_hash = :hash").param("hash", tokenHash)
                .query(Long.class).single();
    }

    /** Voids the user's earlier links that are still open: only the newest link works. */
    public void voidOpenLinks(String username, OffsetDateTime now) {
        jdbc.sql("update password_link set used_at = :now where username = :username and used_at is null")
                .param("now", now).param("username", username).update();
    }

    public Optional<Link> findByHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from password_link where token_hash = :hash")
                .param("hash", tokenHash).query(Link.class).optional();
    }

    /** Marks the link used; false if it was used (or voided) meanwhile, by a second click or another node. */
    public boolean markUsed(long id, OffsetDateTime now) {
        return jdbc.sql("update password_link set used_at = :now where id = :id and used_at is null")
                .param("now", now).param("id", id).update() == 1;
    }

    /** Links not used yet and not expired, newest first. */
    public List<Link> pending(OffsetDateTime now) {
        return jdbc.sql("select " + COLUMNS + " from password_link where used_at is null and expires_at > :now "
                + "order by created_at desc, id desc").param("now", now).query(Link.class).list();
    }
}
