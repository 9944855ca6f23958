package vn.thidua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.thidua.rules.HeldTitle;
import vn.thidua.rules.TitleHistory;

/** Award decisions and the history of titles they write, which next year's consecutive-year rules read. */
@Repository
class DecisionRepository implements TitleHistory {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public DecisionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insert(long campaignId, String unitCode, long reportId, String number, LocalDate signedOn,
                       String signerName, String signerPosition, String legalBasis, String issuedBy,
                       OffsetDateTime publishedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into award_decision (campaign_id, unit_code, report_id, number, signed_on, signer_name,
                    signer_position, legal_basis, issued_by, published_at)
                values (:c, :u, :r, :number, :on, :signer, :position, :basis, :by, :at)""")
                .param("c", campaignId).param("u", unitCode).param("r", reportId).param("number", number)
                .param("on", signedOn).param("signer", signerName).param("position", signerPosition)
                .param("basis", legalBasis).param("by", issuedBy).param("at", publishedAt)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public boolean numberTaken(String unitCode, String number) {
        return jdbc.sql("select count(*) from award_decision where unit_code = :u and number = :n")
                .param("u", unitCode).param("n", number).query(Integer.class).single() > 0;
    }

    public Optional<IssuedDecision> find(long id) {
        return jdbc.sql("select * from award_decision where id = :id").param("id", id).query(this::map).optional();
    }

    /** The position the signer gave on the unit's latest decision signed under that name, if any. */
    public Optional<String> lastPositionOf(String unitCode, String signerName) {
        return jdbc.sql("""
                select signer_position from award_decision where unit_code = :u and signer_name = :name
                order by published_at desc, id desc limit 1""")
                .param("u", unitCode).param("name", signerName).query(String.class).optional();
    }

    public List<IssuedDecision> ofCampaign(long campaignId) {
        return jdbc.sql("select * from award_decision where campaign_id = :c order by published_at, id")
                .param("c", campaignId).query(this::map).list();
    }

    /** Records the titles a decision grants; the same title twice in one year is kept once. */
    public void recordHistory(long decisionId, String schoolYear, List<DossierEntry> granted) {
        SqlParameterSource[] rows = granted.stream().map(e -> new MapSqlParameterSource()
                .addValue("key", e.nomination().nomineeKey()).addValue("title", e.nomination().requestedTitle())
                .addValue("year", schoolYear).addValue("name", e.nomination().fullName())
                .addValue("unit", e.originUnitCode()).addValue("decision", decisionId))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate(INSERT_HISTORY, rows);
    }

    private static final String INSERT_HISTORY = """
            insert into title_history (nominee_key, title_code, school_year, full_name, unit_code, decision_id)
            select cast(:key as varchar(400)), cast(:title as varchar(40)), cast(:year as varchar(20)),
                   cast(:name as varchar(200)), cast(:unit as varchar(64)), cast(:decision as bigint)
            where not exists (select 1 from title_history
                              where nominee_key = :key and title_code = :title and school_year = :year)""";

    /**
     * Adds a title held before the product was used (from earlier paper decisions); idempotent.
     *
     * @return 1 if it was new, 0 if it was known
     */
    public int recordEarlierTitle(String nomineeKey, String titleCode, String schoolYear, String fullName,
                                  String unitCode) {
        return batch.update(INSERT_HISTORY, new MapSqlParameterSource().addValue("key", nomineeKey)
                .addValue("title", titleCode).addValue("year", schoolYear).addValue("name", fullName)
                .addValue("unit", unitCode).addValue("decision", null));
    }

    @Override
    public List<HeldTitle> titlesOf(Collection<String> nomineeKeys) {
        if (nomineeKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select nominee_key, title_code, school_year from title_history where nominee_key in (:keys)
                order by nominee_key, school_year""")
                .param("keys", nomineeKeys)
                .query((rs, n) -> new HeldTitle(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Every title of one nominee, newest year first, for the nominee's history view. */
    public List<HeldTitle> historyOf(String nomineeKey) {
        return jdbc.sql("""
                select nominee_key, title_code, school_year from title_history where nominee_key = :key
                order by school_year desc, title_code""")
                .param("key", nomineeKey)
                .query((rs, n) -> new HeldTitle(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private IssuedDecision map(ResultSet rs, int row) throws SQLException {
        return new IssuedDecision(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("unit_code"),
                rs.getLong("report_id"), rs.getString("number"), rs.getObject("signed_on", LocalDate.class),
                rs.getString("signer_name"), rs.getString("signer_position"), rs.getString("legal_basis"),
                rs.getString("issued_by"), rs.getObject("published_at", OffsetDateTime.class));
    }
}
