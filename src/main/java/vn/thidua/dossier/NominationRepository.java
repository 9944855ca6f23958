package vn.thidua.dossier;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.text.Messages;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.rules.UnmetCriterion;

/** The nominations of every dossier, with their verdicts and where they stand. */
@Repository
class NominationRepository {

    private static final TypeReference<List<UnmetCriterion>> UNMET = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ObjectMapper json;

    NominationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /**
     * The origin unit's own list, in its order: without the models a models review added to its dossier and the
     * leading units of its blocs (their origin is the unit nominated, not the unit whose report it is).
     */
    public List<DossierEntry> ofOriginReport(long reportId, String unitCode) {
        return jdbc.sql("""
                select * from nomination where origin_report_id = :r and model_id is null and origin_unit_code = :u
                order by list_position, id""")
                .param("r", reportId).param("u", unitCode).query(this::map).list();
    }

    /** Every nomination a unit's dossier holds now (its own and those its children forwarded), in a stable order. */
    List<DossierEntry> heldBy(long campaignId, String unitCode) {
        return jdbc.sql("""
                select * from nomination where campaign_id = :c and at_unit_code = :u
                order by origin_unit_code, list_position, id""")
                .param("c", campaignId).param("u", unitCode).query(this::map).list();
    }

    /**
     * Every nomination a unit's dossier holds now or sent up: those at the unit, and those from its subtree that
     * stand now at a unit above it (forwarded, decided or rejected there).
     *
     * @param subtree the unit and every unit below it
     * @param above   the units above it, nearest first
     */
    List<DossierEntry> heldOrSentUp(long campaignId, String unitCode, Collection<String> subtree,
                                           Collection<String> above) {
        if (above.isEmpty()) {
            return heldBy(campaignId, unitCode);
        }
        return jdbc.sql("""
                select * from nomination where campaign_id = :c
                  and (at_unit_code = :u or (at_unit_code in (:above) and origin_unit_code in (:origins)))
                order by origin_unit_code, list_position, id""")
                .param("c", campaignId).param("u", unitCode).param("above", above).param("origins", subtree)
                .query(this::map).list();
    }

    /** Who the units nominated for which title, and whether it was granted; read as a set, without the details. */
    List<vn.thidua.registration.NominationOutcomes.Outcome> outcomes(long campaignId,
                                                                    Collection<String> originUnitCodes) {
        if (originUnitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select origin_unit_code, nominee_key, requested_title, status from nomination
                where campaign_id = :c and origin_unit_code in (:units)""")
                .param("c", campaignId).param("units", originUnitCodes)
                .query((rs, n) -> new vn.thidua.registration.NominationOutcomes.Outcome(
                        rs.getString("origin_unit_code"), rs.getString("nominee_key"), rs.getString("requested_title"),
                        NominationStatus.AWARDED.name().equals(rs.getString("status"))))
                .list();
    }

    public List<DossierEntry> ofCampaign(long campaignId) {
        return jdbc.sql("select * from nomination where campaign_id = :c order by origin_unit_code, list_position, id")
                .param("c", campaignId).query(this::map).list();
    }

    List<DossierEntry> ofDecision(long decisionId) {
        return jdbc.sql("select * from nomination where decision_id = :d order by origin_unit_code, list_position, id")
                .param("d", decisionId).query(this::map).list();
    }

    public Optional<DossierEntry> find(long id) {
        return jdbc.sql("select * from nomination where id = :id").param("id", id).query(this::map).optional();
    }

    public DossierEntry get(long id) {
        return find(id).orElseThrow(() -> new NoSuchElementException(Messages.get("dossier.nomination.notFoundById", id)));
    }

    /** Replaces the origin unit's whole list (its own nominations still at the unit) in one batch. */
    void replaceOwnList(long campaignId, long reportId, String unitCode, List<Nomination> list,
                               List<List<UnmetCriterion>> verdicts, Map<String, String> justifications) {
        jdbc.sql("""
                delete from nomination_vote where nomination_id in
                    (select id from nomination where origin_report_id = :r and model_id is null
                     and origin_unit_code = :u)""")
                .param("r", reportId).param("u", unitCode).update();
        jdbc.sql("delete from nomination where origin_report_id = :r and model_id is null and origin_unit_code = :u")
                .param("r", reportId).param("u", unitCode).update();
        SqlParameterSource[] rows = new SqlParameterSource[list.size()];
        for (int i = 0; i < list.size(); i++) {
            Nomination n = list.get(i);
            MapSqlParameterSource row = new MapSqlParameterSource()
                    .addValue("campaign", campaignId).addValue("unit", unitCode).addValue("report", reportId)
                    .addValue("position", i + 1).addValue("key", n.nomineeKey()).addValue("kind", n.kind().name())
                    .addValue("name", n.fullName()).addValue("rating", name(n.rating()))
                    .addValue("score", n.score()).addValue("title", n.requestedTitle())
                    .addValue("achievements", n.achievements())
                    .addValue("unmet", write(verdicts.get(i)))
                    .addValue("justification", justifications.get(n.nomineeKey() + "|" + n.requestedTitle()))
                    .addValue("status", NominationStatus.PROPOSED.name());
            Nomination.Person p = n instanceof Nomination.Person person ? person : null;
            Nomination.Collective c = n instanceof Nomination.Collective collective ? collective : null;
            row.addValue("dob", p == null ? null : p.dateOfBirth())
                    .addValue("pos", p == null ? null : p.position())
                    .addValue("initiative", p == null ? null : p.initiative())
                    .addValue("initiativeLevel", p == null ? null : name(p.initiativeLevel()))
                    .addValue("research", p == null ? null : p.research())
                    .addValue("researchLevel", p == null ? null : name(p.researchLevel()))
                    .addValue("discipline", p == null ? null : name(p.discipline()))
                    .addValue("daysAbsent", p == null ? null : p.daysAbsent())
                    .addValue("maternity", p == null ? null : p.maternityLeave())
                    .addValue("months", p == null ? null : p.monthsInPost())
                    .addValue("members", c == null ? null : c.members())
                    .addValue("completed", c == null ? null : c.membersCompleted())
                    .addValue("ldtt", c == null ? null : c.membersLdtt())
                    .addValue("cstdcs", c == null ? null : c.membersCstdcs())
                    .addValue("disciplined", c == null ? null : c.membersDisciplined());
            rows[i] = row;
        }
        batch.batchUpdate("""
                insert into nomination (campaign_id, origin_unit_code, origin_report_id, at_unit_code, list_position,
                    nominee_key, kind, full_name, date_of_birth, position_title, rating, initiative, initiative_level,
                    research, research_level, discipline, days_absent, maternity_leave, months_in_post, members,
                    members_completed, members_ldtt, members_cstdcs, members_disciplined, score, requested_title,
                    achievements, unmet, justification, status)
                values (:campaign, :unit, :report, :unit, :position, :key, :kind, :name, :dob, :pos, :rating,
                    :initiative, :initiativeLevel, :research, :researchLevel, :discipline, :daysAbsent, :maternity,
                    :months, :members, :completed, :ldtt, :cstdcs, :disciplined, :score, :title, :achievements,
                    :unmet, :justification, :status)""", rows);
    }

    /**
     * Adds an exemplary model (or, with a null {@code modelId}, a bloc's leading unit) to the dossier of the unit
     * that proposed it, after the unit's own list; its origin is the nominee's unit, so the decision and its mail
     * name that unit.
     *
     * @return the new nomination's id
     */
    public long addModel(long campaignId, long reportId, String atUnitCode, Long modelId, Nomination n,
                         List<UnmetCriterion> unmet, String justification) {
        Integer last = jdbc.sql("select max(list_position) from nomination where origin_report_id = :r")
                .param("r", reportId).query(Integer.class).optional().orElse(null);
        Nomination.Person p = n instanceof Nomination.Person person ? person : null;
        Nomination.Collective c = n instanceof Nomination.Collective collective ? collective : null;
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into nomination (campaign_id, origin_unit_code, origin_report_id, at_unit_code, list_position,
                    nominee_key, kind, full_name, date_of_birth, position_title, rating, members, score,
                    requested_title, achievements, unmet, justification, status, model_id)
                values (:campaign, :origin, :report, :at, :position, :key, :kind, :name, :dob, :pos, :rating,
                    :members, :score, :title, :achievements, :unmet, :justification, :status, :model)""")
                .param("campaign", campaignId).param("origin", n.unitCode()).param("report", reportId)
                .param("at", atUnitCode).param("position", (last == null ? 0 : last) + 1)
                .param("key", n.nomineeKey()).param("kind", n.kind().name()).param("name", n.fullName())
                .param("dob", p == null ? null : p.dateOfBirth()).param("pos", p == null ? null : p.position())
                .param("rating", name(n.rating())).param("members", c == null ? null : c.members())
                .param("score", n.score()).param("title", n.requestedTitle()).param("achievements", n.achievements())
                .param("unmet", write(unmet)).param("justification", justification)
                .param("status", NominationStatus.PROPOSED.name()).param("model", modelId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Whether the campaign already holds a nomination of this nominee for this title. */
    public boolean exists(long campaignId, String nomineeKey, String titleCode) {
        return jdbc.sql("""
                select count(*) from nomination where campaign_id = :c and nominee_key = :k and requested_title = :t""")
                .param("c", campaignId).param("k", nomineeKey).param("t", titleCode).query(Integer.class).single() > 0;
    }

    /** The nominations a models review proposed for one model, in every campaign. */
    public List<DossierEntry> ofModel(long modelId) {
        return jdbc.sql("select * from nomination where model_id = :m order by campaign_id, id")
                .param("m", modelId).query(this::map).list();
    }

    void setJustification(long id, String justification) {
        jdbc.sql("update nomination set justification = :j where id = :id")
                .param("j", justification).param("id", id).update();
    }

    /** One nomination's new status, for {@link #setStatuses}. */
    public record StatusChange(long id, NominationStatus status, String reason) {
    }

    /** Many statuses set by one unit (its council's outcomes), in one batch. */
    void setStatuses(List<StatusChange> changes, String byUnitCode) {
        batch.batchUpdate("""
                update nomination set status = :s, status_reason = :reason, status_by_unit_code = :by
                where id = :id""", changes.stream()
                .map(c -> new MapSqlParameterSource().addValue("s", c.status().name()).addValue("reason", c.reason())
                        .addValue("by", byUnitCode).addValue("id", c.id()))
                .toArray(MapSqlParameterSource[]::new));
    }

    public void setStatus(long id, NominationStatus status, String reason, String byUnitCode) {
        jdbc.sql("""
                update nomination set status = :s, status_reason = :reason, status_by_unit_code = :by
                where id = :id""")
                .param("s", status.name()).param("reason", reason).param("by", byUnitCode).param("id", id).update();
    }

    /**
     * A new round at a unit (its staff prepare again after a send-back or a return): what its council decided
     * but no decision granted yet is open to a new vote.
     */
    int reopenUndecided(long campaignId, String unitCode) {
        jdbc.sql("""
                delete from nomination_vote where unit_code = :u and nomination_id in
                    (select id from nomination where campaign_id = :c and at_unit_code = :u
                     and status in ('PROPOSED', 'NOT_PASSED', 'APPROVED') and decision_id is null)""")
                .param("c", campaignId).param("u", unitCode).update();
        return jdbc.sql("""
                update nomination set status = 'PROPOSED', status_reason = null, status_by_unit_code = null
                where campaign_id = :c and at_unit_code = :u and decision_id is null
                  and (status = 'APPROVED' or (status = 'NOT_PASSED' and status_by_unit_code = :u))""")
                .param("c", campaignId).param("u", unitCode).update();
    }

    /** The parent accepted the child's dossier: what is still proposed moves up to the parent's dossier. */
    public int forward(long campaignId, String fromUnitCode, String toUnitCode) {
        return jdbc.sql("""
                update nomination set at_unit_code = :to
                where campaign_id = :c and at_unit_code = :from and status = 'PROPOSED'""")
                .param("c", campaignId).param("from", fromUnitCode).param("to", toUnitCode).update();
    }

    public int grant(long decisionId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update nomination set status = 'AWARDED', decision_id = :d where id in (:ids)")
                .param("d", decisionId).param("ids", ids).update();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private String write(List<UnmetCriterion> unmet) {
        try {
            return json.writeValueAsString(unmet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DossierEntry map(ResultSet rs, int row) throws SQLException {
        Nomination n = NomineeKind.valueOf(rs.getString("kind")) == NomineeKind.PERSON
                ? new Nomination.Person(rs.getString("nominee_key"), rs.getString("origin_unit_code"),
                        rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("position_title"), value(Rating.class, rs.getString("rating")),
                        rs.getString("initiative"), value(RecognitionLevel.class, rs.getString("initiative_level")),
                        rs.getString("research"), value(RecognitionLevel.class, rs.getString("research_level")),
                        value(Discipline.class, rs.getString("discipline")), integer(rs, "days_absent"),
                        (Boolean) rs.getObject("maternity_leave"), integer(rs, "months_in_post"),
                        integer(rs, "score"), rs.getString("requested_title"), rs.getString("achievements"))
                : new Nomination.Collective(rs.getString("nominee_key"), rs.getString("origin_unit_code"),
                        rs.getString("full_name"), value(Rating.class, rs.getString("rating")),
                        integer(rs, "members"), integer(rs, "members_completed"), integer(rs, "members_ldtt"),
                        integer(rs, "members_cstdcs"), integer(rs, "members_disciplined"), integer(rs, "score"),
                        rs.getString("requested_title"), rs.getString("achievements"));
        List<UnmetCriterion> unmet;
        try {
            unmet = json.readValue(rs.getString("unmet"), UNMET);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable verdict of nomination " + rs.getLong("id"), e);
        }
        Object decision = rs.getObject("decision_id");
        Object model = rs.getObject("model_id");
        return new DossierEntry(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("origin_unit_code"),
                rs.getLong("origin_report_id"), rs.getString("at_unit_code"), rs.getInt("list_position"), n, unmet,
                rs.getString("justification"), NominationStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), rs.getString("status_by_unit_code"),
                decision == null ? null : ((Number) decision).longValue(),
                model == null ? null : ((Number) model).longValue());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).intValue();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
