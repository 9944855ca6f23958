package vn.thidua.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.thidua.deadline.EngineClock;
import vn.thidua.nomination.NomineeKind;

/** The tables of V11.1: models, their evidence and their yearly follow-ups. */
@Repository
class ModelRepository {

    private static final String COLUMNS = """
            id, unit_code, parent_unit_code, kind, name, date_of_birth, position_title, contact, field_code, criteria,
            story_done, story_results, story_apply, recognised_by, recognised_on, minutes_file_name, rule_set, status,
            status_reason, return_count, process_instance_id, chosen_on, plan_support, plan_by, plan_until,
            honoured_year, honoured_title, honoured_decision, published, published_at, created_by, created_at,
            review_unit_code, chosen_by_unit_code""";

    private final JdbcClient jdbc;

    ModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the proposer types on the model's page. */
    record Proposal(NomineeKind kind, String name, LocalDate dateOfBirth, String position, String contact,
                    String fieldCode, List<String> criteria, String storyDone, String storyResults,
                    String storyApply, String recognisedBy, LocalDate recognisedOn) {
    }

    record Evidence(long id, long modelId, String fileName, String contentType, long size, String uploadedBy,
                    OffsetDateTime uploadedAt) {
    }

    record StoredFile(String fileName, String contentType, byte[] content) {
    }

    record FollowUp(long modelId, String schoolYear, OffsetDateTime dueAt, String done, String replicatedBy,
                    String filedBy, OffsetDateTime filedAt) {

        boolean filed() {
            return filedAt != null;
        }

        boolean late() {
            return filedAt != null && filedAt.isAfter(dueAt);
        }
    }

    long create(String unitCode, String parentUnitCode, NomineeKind kind, String name, String ruleSet,
                String createdBy, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into exemplary_model (unit_code, parent_unit_code, review_unit_code, kind, name, criteria,
                    rule_set, status, created_by, created_at)
                values (:unit, :parent, :parent, :kind, :name, '', :ruleSet, :status, :by, :at)""")
                .param("unit", unitCode).param("parent", parentUnitCode).param("kind", kind.name())
                .param("name", name).param("ruleSet", ruleSet).param("status", ModelStatus.PREPARING.name())
                .param("by", createdBy).param("at", now).update(key, "id");
        return key.getKey().longValue();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update exemplary_model set process_instance_id = :p where id = :id")
                .param("p", processInstanceId).param("id", id).update();
    }

    void saveProposal(long id, Proposal p) {
        jdbc.sql("""
                update exemplary_model set kind = :kind, name = :name, date_of_birth = :dob, position_title = :pos,
                    contact = :contact, field_code = :field, criteria = :criteria, story_done = :done,
                    story_results = :results, story_apply = :apply, recognised_by = :by, recognised_on = :on
                where id = :id""")
                .param("kind", p.kind().name()).param("name", p.name()).param("dob", p.dateOfBirth())
                .param("pos", p.position()).param("contact", p.contact()).param("field", p.fieldCode())
                .param("criteria", String.join(",", p.criteria())).param("done", p.storyDone())
                .param("results", p.storyResults()).param("apply", p.storyApply()).param("by", p.recognisedBy())
                .param("on", p.recognisedOn()).param("id", id).update();
    }

    void saveMinutes(long id, String fileName, String contentType, byte[] content) {
        jdbc.sql("""
                update exemplary_model set minutes_file_name = :n, minutes_content_type = :t, minutes_content = :c
                where id = :id""").param("n", fileName).param("t", contentType).param("c", content)
                .param("id", id).update();
    }

    Optional<StoredFile> minutes(long id) {
        return jdbc.sql("""
                select minutes_file_name, minutes_content_type, minutes_content from exemplary_model
                where id = :id and minutes_file_name is not null""").param("id", id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    void setStatus(long id, ModelStatus status, String reason) {
        jdbc.sql("update exemplary_model set status = :s, status_reason = :r where id = :id")
                .param("s", status.name()).param("r", reason).param("id", id).update();
    }

    void returned(long id, String reason) {
        jdbc.sql("""
                update exemplary_model set status = :s, status_reason = :r, return_count = return_count + 1
                where id = :id""").param("s", ModelStatus.RETURNED.name()).param("r", reason).param("id", id)
                .update();
    }

    /**
     * The level {@code chosenBy} chose the model with its nurturing plan. When {@code nextLevel} is not null the rule
     * set has that level review it too: the proposal waits for it, the plan standing until it decides.
     */
    void chosen(long id, String chosenBy, String nextLevel, LocalDate on, String support, String by,
                LocalDate until) {
        jdbc.sql("""
                update exemplary_model set status = :s, status_reason = null, chosen_on = :on, plan_support = :support,
                    plan_by = :by, plan_until = :until, chosen_by_unit_code = :chosenBy, review_unit_code = :review
                where id = :id""")
                .param("s", (nextLevel == null ? ModelStatus.CHOSEN : ModelStatus.WAITING_PARENT).name())
                .param("on", on).param("support", support).param("by", by).param("until", until)
                .param("chosenBy", chosenBy).param("review", nextLevel == null ? chosenBy : nextLevel)
                .param("id", id).update();
    }

    /**
     * A level above the one that chose the model declined it: the model stays chosen by the level below, with that
     * level's plan; the reason is kept for the unit to read.
     */
    void declinedAbove(long id, String reason) {
        jdbc.sql("""
                update exemplary_model set status = :s, status_reason = :r, review_unit_code = chosen_by_unit_code
                where id = :id""").param("s", ModelStatus.CHOSEN.name()).param("r", reason).param("id", id)
                .update();
    }

    void honoured(long id, int year, String title, String decision) {
        jdbc.sql("""
                update exemplary_model set honoured_year = :y, honoured_title = :t, honoured_decision = :d
                where id = :id""").param("y", year).param("t", title).param("d", decision).param("id", id).update();
    }

    void published(long id, boolean published, OffsetDateTime at) {
        jdbc.sql("update exemplary_model set published = :p, published_at = :at where id = :id")
                .param("p", published).param("at", published ? at : null).param("id", id).update();
    }

    long count() {
        return jdbc.sql("select count(*) from exemplary_model").query(Long.class).single();
    }

    Optional<ExemplaryModel> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from exemplary_model where id = :id").param("id", id)
                .query(ModelRepository::model).optional();
    }

    /** Models proposed by any of the units, newest first. */
    List<ExemplaryModel> ofUnits(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from exemplary_model where unit_code in (:units) order by id desc")
                .param("units", unitCodes).query(ModelRepository::model).list();
    }

    /** What the public page shows: published models, optionally of one field and one year honoured. */
    List<ExemplaryModel> published(String fieldCode, Integer year) {
        return jdbc.sql("select " + COLUMNS + """
                 from exemplary_model
                where published and honoured_year is not null
                  and (cast(:field as varchar) is null or field_code = :field)
                  and (cast(:year as integer) is null or honoured_year = :year)
                order by honoured_year desc, name""")
                .param("field", fieldCode).param("year", year).query(ModelRepository::model).list();
    }

    List<Integer> publishedYears() {
        return jdbc.sql("""
                select distinct honoured_year from exemplary_model where published and honoured_year is not null
                order by honoured_year desc""").query(Integer.class).list();
    }

    long addEvidence(long modelId, String fileName, String contentType, byte[] content, String by,
                     OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into exemplary_model_evidence (model_id, file_name, content_type, content, uploaded_by,
                    uploaded_at)
                values (:m, :n, :t, :c, :by, :at)""").param("m", modelId).param("n", fileName)
                .param("t", contentType).param("c", content).param("by", by).param("at", at).update(key, "id");
        return key.getKey().longValue();
    }

    List<Evidence> evidence(long modelId) {
        return jdbc.sql("""
                select id, model_id, file_name, content_type, octet_length(content), uploaded_by, uploaded_at
                from exemplary_model_evidence where model_id = :m order by id""").param("m", modelId)
                .query((rs, n) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), time(rs, 7))).list();
    }

    Optional<StoredFile> evidenceFile(long modelId, long evidenceId) {
        return jdbc.sql("""
                select file_name, content_type, content from exemplary_model_evidence
                where model_id = :m and id = :id""").param("m", modelId).param("id", evidenceId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    int removeEvidence(long modelId, long evidenceId) {
        return jdbc.sql("delete from exemplary_model_evidence where model_id = :m and id = :id")
                .param("m", modelId).param("id", evidenceId).update();
    }

    /** Opens the year's follow-up once; a job run twice finds it there. */
    void openFollowUp(long modelId, String schoolYear, OffsetDateTime dueAt) {
        jdbc.sql("""
                insert into exemplary_model_follow_up (model_id, school_year, due_at)
                select :m, :y, :due where not exists
                    (select 1 from exemplary_model_follow_up where model_id = :m and school_year = :y)""")
                .param("m", modelId).param("y", schoolYear).param("due", dueAt).update();
    }

    void fileFollowUp(long modelId, String schoolYear, String done, String replicatedBy, String by,
                      OffsetDateTime at) {
        jdbc.sql("""
                update exemplary_model_follow_up set done = :done, replicated_by = :rep, filed_by = :by, filed_at = :at
                where model_id = :m and school_year = :y""").param("done", done).param("rep", replicatedBy)
                .param("by", by).param("at", at).param("m", modelId).param("y", schoolYear).update();
    }

    Optional<FollowUp> followUp(long modelId, String schoolYear) {
        return jdbc.sql("""
                select model_id, school_year, due_at, done, replicated_by, filed_by, filed_at
                from exemplary_model_follow_up where model_id = :m and school_year = :y""")
                .param("m", modelId).param("y", schoolYear).query(ModelRepository::followUp).optional();
    }

    List<FollowUp> followUps(long modelId) {
        return jdbc.sql("""
                select model_id, school_year, due_at, done, replicated_by, filed_by, filed_at
                from exemplary_model_follow_up where model_id = :m order by school_year""")
                .param("m", modelId).query(ModelRepository::followUp).list();
    }

    /** Models of the units that have at least one filed follow-up. */
    List<Long> followedUp(Collection<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct model_id from exemplary_model_follow_up
                where model_id in (:ids) and filed_at is not null""").param("ids", modelIds).query(Long.class).list();
    }

    private static FollowUp followUp(ResultSet rs, int n) throws SQLException {
        return new FollowUp(rs.getLong(1), rs.getString(2), time(rs, 3), rs.getString(4), rs.getString(5),
                rs.getString(6), time(rs, 7));
    }

    private static ExemplaryModel model(ResultSet rs, int n) throws SQLException {
        String criteria = rs.getString("criteria");
        return new ExemplaryModel(rs.getLong("id"), rs.getString("unit_code"), rs.getString("parent_unit_code"),
                NomineeKind.valueOf(rs.getString("kind")), rs.getString("name"), day(rs, "date_of_birth"),
                rs.getString("position_title"), rs.getString("contact"), rs.getString("field_code"),
                criteria == null || criteria.isBlank() ? List.of() : Arrays.asList(criteria.split(",")),
                rs.getString("story_done"), rs.getString("story_results"), rs.getString("story_apply"),
                rs.getString("recognised_by"), day(rs, "recognised_on"), rs.getString("minutes_file_name"),
                rs.getString("rule_set"), ModelStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getInt("return_count"), rs.getString("process_instance_id"), day(rs, "chosen_on"),
                rs.getString("plan_support"), rs.getString("plan_by"), day(rs, "plan_until"),
                rs.getObject("honoured_year", Integer.class), rs.getString("honoured_title"),
                rs.getString("honoured_decision"), rs.getBoolean("published"), time(rs, "published_at"),
                rs.getString("created_by"), time(rs, "created_at"), rs.getString("review_unit_code"),
                rs.getString("chosen_by_unit_code"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
    }
}
