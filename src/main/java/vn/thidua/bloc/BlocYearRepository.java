package vn.thidua.bloc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A bloc's years: plan, pledge, meetings, scores, votes and ranking (tables of V22). */
@Repository
class BlocYearRepository {

    private static final String COLUMNS = """
            id, bloc_id, campaign_id, status, process_instance_id, plan_deadline, common_targets, plan_submitted_at,
            plan_accepted_at, return_count, return_reason, interim_summary, interim_submitted_at, eval_minutes_name,
            eval_agreed_at, result_submitted_at, next_leader_unit_code, confirmed_at, confirmed_by, next_bloc_id""";

    private final JdbcClient jdbc;

    BlocYearRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting as planned and, once held, as recorded. */
    record Meeting(long id, int seq, LocalDate plannedOn, String hostUnitCode, String topic, LocalDate heldOn,
                   String heldTopic, List<String> present, String conclusions, String minutesName,
                   OffsetDateTime recordedAt) {

        boolean held() {
            return recordedAt != null;
        }
    }

    /** A meeting of the plan, as the leader's staff type it. */
    record PlannedMeeting(LocalDate plannedOn, String hostUnitCode, String topic) {
    }

    record Signature(String unitCode, String signedBy, OffsetDateTime signedAt) {
    }

    record Score(String unitCode, String criterion, BigDecimal selfScore, BigDecimal agreedScore) {
    }

    record Rank(String unitCode, BigDecimal total, int rankNo, boolean leading) {
    }

    record StoredFile(String name, String contentType, byte[] content) {
    }

    Optional<BlocYear> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from bloc_year where id = :id").param("id", id)
                .query(BlocYearRepository::year).optional();
    }

    Optional<BlocYear> find(long blocId, long campaignId) {
        return jdbc.sql("select " + COLUMNS + " from bloc_year where bloc_id = :b and campaign_id = :c")
                .param("b", blocId).param("c", campaignId).query(BlocYearRepository::year).optional();
    }

    List<BlocYear> ofBloc(long blocId) {
        return jdbc.sql("select " + COLUMNS + " from bloc_year where bloc_id = :b order by id desc")
                .param("b", blocId).query(BlocYearRepository::year).list();
    }

    /** The newest year of each bloc. */
    Map<Long, BlocYear> latest(Collection<Long> blocIds) {
        Map<Long, BlocYear> map = new LinkedHashMap<>();
        if (blocIds.isEmpty()) {
            return map;
        }
        jdbc.sql("select " + COLUMNS + " from bloc_year where bloc_id in (:ids) order by id")
                .param("ids", List.copyOf(blocIds)).query(BlocYearRepository::year).list()
                .forEach(y -> map.put(y.blocId(), y));
        return map;
    }

    /** A new year, or null when the bloc has one for the campaign already (two starts race: one wins). */
    Long create(long blocId, long campaignId, OffsetDateTime planDeadline, OffsetDateTime now) {
        if (find(blocId, campaignId).isPresent()) {
            return null;
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into bloc_year (bloc_id, campaign_id, status, plan_deadline, created_at)
                    values (:b, :c, 'PLANNING', :d, :now)""")
                    .param("b", blocId).param("c", campaignId).param("d", planDeadline).param("now", now)
                    .update(key, "id");
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return null;
        }
        return key.getKey().longValue();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update bloc_year set process_instance_id = :p where id = :id")
                .param("p", processInstanceId).param("id", id).update();
    }

    void setStatus(long id, BlocYearStatus status) {
        jdbc.sql("update bloc_year set status = :s where id = :id").param("s", status.name()).param("id", id)
                .update();
    }

    void savePlan(long id, String commonTargets, List<PlannedMeeting> meetings, Map<String, String> topics) {
        jdbc.sql("update bloc_year set common_targets = :t where id = :id").param("t", commonTargets)
                .param("id", id).update();
        jdbc.sql("delete from bloc_meeting where bloc_year_id = :id and recorded_at is null").param("id", id)
                .update();
        int seq = 1;
        for (PlannedMeeting m : meetings) {
            jdbc.sql("""
                    insert into bloc_meeting (bloc_year_id, seq, planned_on, host_unit_code, topic)
                    values (:id, :seq, :d, :h, :t)""")
                    .param("id", id).param("seq", seq++).param("d", m.plannedOn()).param("h", m.hostUnitCode())
                    .param("t", m.topic()).update();
        }
        jdbc.sql("delete from bloc_topic where bloc_year_id = :id").param("id", id).update();
        topics.forEach((unit, topic) -> jdbc.sql("""
                insert into bloc_topic (bloc_year_id, unit_code, topic) values (:id, :u, :t)""")
                .param("id", id).param("u", unit).param("t", topic).update());
    }

    Map<String, String> topics(long id) {
        Map<String, String> map = new LinkedHashMap<>();
        jdbc.sql("select unit_code, topic from bloc_topic where bloc_year_id = :id order by unit_code")
                .param("id", id).query(rs -> {
                    map.put(rs.getString(1), rs.getString(2));
                });
        return map;
    }

    List<Meeting> meetings(long id) {
        return jdbc.sql("""
                select id, seq, planned_on, host_unit_code, topic, held_on, held_topic, present, conclusions,
                       minutes_name, recorded_at
                from bloc_meeting where bloc_year_id = :id order by seq""")
                .param("id", id)
                .query((rs, n) -> new Meeting(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getString(8) == null || rs.getString(8).isEmpty() ? List.of()
                                : Arrays.asList(rs.getString(8).split(",")),
                        rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class)))
                .list();
    }

    Optional<Meeting> meeting(long id, int seq) {
        return meetings(id).stream().filter(m -> m.seq() == seq).findFirst();
    }

    void recordMeeting(long id, int seq, LocalDate heldOn, String topic, List<String> present, String conclusions,
                       String by, OffsetDateTime at) {
        jdbc.sql("""
                update bloc_meeting set held_on = :d, held_topic = :t, present = :p, conclusions = :c,
                       recorded_by = :by, recorded_at = :at
                where bloc_year_id = :id and seq = :seq""")
                .param("d", heldOn).param("t", topic).param("p", String.join(",", present)).param("c", conclusions)
                .param("by", by).param("at", at).param("id", id).param("seq", seq).update();
    }

    void saveMeetingDraft(long id, int seq, LocalDate heldOn, String topic, List<String> present,
                          String conclusions) {
        jdbc.sql("""
                update bloc_meeting set held_on = :d, held_topic = :t, present = :p, conclusions = :c
                where bloc_year_id = :id and seq = :seq""")
                .param("d", heldOn).param("t", topic).param("p", String.join(",", present)).param("c", conclusions)
                .param("id", id).param("seq", seq).update();
    }

    void saveMeetingMinutes(long id, int seq, String name, String type, byte[] content) {
        jdbc.sql("""
                update bloc_meeting set minutes_name = :n, minutes_type = :t, minutes = :c
                where bloc_year_id = :id and seq = :seq""")
                .param("n", name).param("t", type).param("c", content).param("id", id).param("seq", seq).update();
    }

    Optional<StoredFile> meetingMinutes(long id, int seq) {
        return jdbc.sql("""
                select minutes_name, minutes_type, minutes from bloc_meeting
                where bloc_year_id = :id and seq = :seq and minutes is not null""")
                .param("id", id).param("seq", seq)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    void sign(long id, String unitCode, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into bloc_pledge (bloc_year_id, unit_code, signed_by, signed_at)
                select :id, :u, :by, :at where not exists
                    (select 1 from bloc_pledge where bloc_year_id = :id and unit_code = :u)""")
                .param("id", id).param("u", unitCode).param("by", by).param("at", at).update();
    }

    void clearSignatures(long id) {
        jdbc.sql("delete from bloc_pledge where bloc_year_id = :id").param("id", id).update();
    }

    List<Signature> signatures(long id) {
        return jdbc.sql("""
                select unit_code, signed_by, signed_at from bloc_pledge where bloc_year_id = :id order by signed_at""")
                .param("id", id)
                .query((rs, n) -> new Signature(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class))).list();
    }

    void planSubmitted(long id, OffsetDateTime at) {
        jdbc.sql("update bloc_year set plan_submitted_at = :at, status = 'WAITING_PARENT' where id = :id")
                .param("at", at).param("id", id).update();
    }

    void planAccepted(long id, OffsetDateTime at) {
        jdbc.sql("""
                update bloc_year set plan_accepted_at = :at, status = 'RUNNING', return_reason = null where id = :id""")
                .param("at", at).param("id", id).update();
    }

    void planReturned(long id, String reason, OffsetDateTime newDeadline) {
        jdbc.sql("""
                update bloc_year set status = 'PLANNING', return_reason = :r, return_count = return_count + 1,
                       plan_deadline = :d, plan_submitted_at = null
                where id = :id""")
                .param("r", reason).param("d", newDeadline).param("id", id).update();
    }

    void saveInterim(long id, String summary) {
        jdbc.sql("update bloc_year set interim_summary = :s where id = :id").param("s", summary).param("id", id)
                .update();
    }

    void interimSubmitted(long id, OffsetDateTime at) {
        jdbc.sql("update bloc_year set interim_submitted_at = :at where id = :id").param("at", at).param("id", id)
                .update();
    }

    void saveScore(long id, String unitCode, String criterion, BigDecimal value, boolean agreed) {
        String column = agreed ? "agreed_score" : "self_score";
        int updated = jdbc.sql("""
                update bloc_score set %s = :v where bloc_year_id = :id and unit_code = :u and criterion = :c"""
                .formatted(column))
                .param("id", id).param("u", unitCode).param("c", criterion).param("v", value).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into bloc_score (bloc_year_id, unit_code, criterion, %s) values (:id, :u, :c, :v)"""
                    .formatted(column))
                    .param("id", id).param("u", unitCode).param("c", criterion).param("v", value).update();
        }
    }

    List<Score> scores(long id) {
        return jdbc.sql("""
                select unit_code, criterion, self_score, agreed_score from bloc_score
                where bloc_year_id = :id order by unit_code, criterion""")
                .param("id", id)
                .query((rs, n) -> new Score(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4))).list();
    }

    void vote(long id, String voter, String candidate) {
        jdbc.sql("delete from bloc_vote where bloc_year_id = :id and voter_unit_code = :v")
                .param("id", id).param("v", voter).update();
        if (candidate != null) {
            jdbc.sql("""
                    insert into bloc_vote (bloc_year_id, voter_unit_code, candidate_unit_code) values (:id, :v, :c)""")
                    .param("id", id).param("v", voter).param("c", candidate).update();
        }
    }

    Map<String, String> votes(long id) {
        Map<String, String> map = new LinkedHashMap<>();
        jdbc.sql("select voter_unit_code, candidate_unit_code from bloc_vote where bloc_year_id = :id")
                .param("id", id).query(rs -> {
                    map.put(rs.getString(1), rs.getString(2));
                });
        return map;
    }

    void saveEvalMinutes(long id, String name, String type, byte[] content) {
        jdbc.sql("""
                update bloc_year set eval_minutes_name = :n, eval_minutes_type = :t, eval_minutes = :c where id = :id""")
                .param("n", name).param("t", type).param("c", content).param("id", id).update();
    }

    Optional<StoredFile> evalMinutes(long id) {
        return jdbc.sql("""
                select eval_minutes_name, eval_minutes_type, eval_minutes from bloc_year
                where id = :id and eval_minutes is not null""")
                .param("id", id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    void saveRanking(long id, List<Rank> ranks, String nextLeader) {
        jdbc.sql("delete from bloc_rank where bloc_year_id = :id").param("id", id).update();
        for (Rank r : ranks) {
            jdbc.sql("""
                    insert into bloc_rank (bloc_year_id, unit_code, total, rank_no, is_leading)
                    values (:id, :u, :t, :r, :l)""")
                    .param("id", id).param("u", r.unitCode()).param("t", r.total()).param("r", r.rankNo())
                    .param("l", r.leading()).update();
        }
        jdbc.sql("update bloc_year set next_leader_unit_code = :n where id = :id").param("n", nextLeader)
                .param("id", id).update();
    }

    List<Rank> ranking(long id) {
        return jdbc.sql("""
                select unit_code, total, rank_no, is_leading from bloc_rank where bloc_year_id = :id
                order by rank_no, unit_code""")
                .param("id", id)
                .query((rs, n) -> new Rank(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
    }

    void evalAgreed(long id, OffsetDateTime at) {
        jdbc.sql("update bloc_year set eval_agreed_at = :at where id = :id").param("at", at).param("id", id).update();
    }

    void resultSubmitted(long id, OffsetDateTime at) {
        jdbc.sql("update bloc_year set result_submitted_at = :at, status = 'WAITING_CONFIRM' where id = :id")
                .param("at", at).param("id", id).update();
    }

    void confirmed(long id, String by, OffsetDateTime at) {
        jdbc.sql("""
                update bloc_year set confirmed_at = :at, confirmed_by = :by, status = 'CONFIRMED' where id = :id""")
                .param("at", at).param("by", by).param("id", id).update();
    }

    void nextBloc(long id, long nextBlocId) {
        jdbc.sql("update bloc_year set next_bloc_id = :n where id = :id").param("n", nextBlocId).param("id", id)
                .update();
    }

    private static BlocYear year(ResultSet rs, int n) throws SQLException {
        long next = rs.getLong(20);
        Long nextBloc = rs.wasNull() ? null : next;
        return new BlocYear(rs.getLong(1), rs.getLong(2), rs.getLong(3), BlocYearStatus.valueOf(rs.getString(4)),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), rs.getInt(10),
                rs.getString(11), rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getString(14),
                rs.getObject(15, OffsetDateTime.class), rs.getObject(16, OffsetDateTime.class), rs.getString(17),
                rs.getObject(18, OffsetDateTime.class), rs.getString(19), nextBloc);
    }
}
