package vn.thidua.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Council meetings and the votes cast at them. */
@Repository
class CouncilRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CouncilRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<CouncilMeeting> meeting(long reportId) {
        return jdbc.sql("""
                select report_id, held_on, members_total, present, secret_ballot, minutes_file_name, recorded_by,
                       recorded_at from council_meeting where report_id = :r""")
                .param("r", reportId)
                .query((rs, n) -> new CouncilMeeting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getInt(4), rs.getBoolean(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .optional();
    }

    /** Records (or corrects) the meeting; the minutes are kept unless a new file is given. */
    void saveMeeting(CouncilMeeting meeting, Minutes minutes) {
        int updated = jdbc.sql("""
                update council_meeting set held_on = :on, members_total = :total, present = :present,
                       secret_ballot = :secret, recorded_by = :by, recorded_at = :at where report_id = :r""")
                .params(meetingParams(meeting)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into council_meeting (report_id, held_on, members_total, present, secret_ballot,
                                                 recorded_by, recorded_at)
                    values (:r, :on, :total, :present, :secret, :by, :at)""")
                    .params(meetingParams(meeting)).update();
        }
        if (minutes != null) {
            jdbc.sql("""
                    update council_meeting set minutes_file_name = :name, minutes_content_type = :type,
                           minutes_content = :content where report_id = :r""")
                    .param("name", minutes.fileName()).param("type", minutes.contentType())
                    .param("content", minutes.content()).param("r", meeting.reportId()).update();
        }
    }

    /** The minutes (biên bản họp) as uploaded. */
    public record Minutes(String fileName, String contentType, byte[] content) {
    }

    public Optional<Minutes> minutes(long reportId) {
        return jdbc.sql("""
                select minutes_file_name, minutes_content_type, minutes_content from council_meeting
                where report_id = :r and minutes_content is not null""")
                .param("r", reportId)
                .query((rs, n) -> new Minutes(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static Map<String, Object> meetingParams(CouncilMeeting m) {
        return Map.of("r", m.reportId(), "on", m.heldOn(), "total", m.membersTotal(), "present", m.present(),
                "secret", m.secretBallot(), "by", m.recordedBy(), "at", m.recordedAt());
    }

    /** One vote and what the rule set made of it. */
    public record Vote(long nominationId, String unitCode, int votesFor, Boolean passed, BigDecimal share,
                       String reasons) {
    }

    /**
     * A council's votes in two batches (a district's council votes on thousands of nominations at once): those voted
     * before are updated, the rest inserted.
     */
    void saveVotes(Map<Long, Integer> votesFor, String unitCode) {
        List<Map.Entry<Long, Integer>> votes = List.copyOf(votesFor.entrySet());
        int[] updated = batch.batchUpdate("""
                update nomination_vote set votes_for = :v, passed = null, share = null, reasons = null
                where nomination_id = :n and unit_code = :u""", votes.stream()
                .map(v -> new MapSqlParameterSource().addValue("v", v.getValue()).addValue("n", v.getKey())
                        .addValue("u", unitCode)).toArray(MapSqlParameterSource[]::new));
        List<MapSqlParameterSource> inserts = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            if (updated[i] == 0) {
                inserts.add(new MapSqlParameterSource().addValue("n", votes.get(i).getKey()).addValue("u", unitCode)
                        .addValue("v", votes.get(i).getValue()));
            }
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    insert into nomination_vote (nomination_id, unit_code, votes_for, campaign_id)
                    values (:n, :u, :v, (select campaign_id from nomination where id = :n))""",
                    inserts.toArray(MapSqlParameterSource[]::new));
        }
    }

    /** What the rule set made of one nomination's vote. */
    public record Outcome(long nominationId, boolean passed, double share, String reasons) {
    }

    /** The outcomes of a council's votes, in one batch. */
    void saveOutcomes(String unitCode, List<Outcome> outcomes) {
        batch.batchUpdate("""
                update nomination_vote set passed = :p, share = :s, reasons = :reasons
                where nomination_id = :n and unit_code = :u""", outcomes.stream()
                .map(o -> new MapSqlParameterSource().addValue("p", o.passed())
                        .addValue("s", BigDecimal.valueOf(o.share()).setScale(4, java.math.RoundingMode.HALF_UP))
                        .addValue("reasons", o.reasons()).addValue("n", o.nominationId()).addValue("u", unitCode))
                .toArray(MapSqlParameterSource[]::new));
    }

    /** The votes a unit's council cast in a campaign, by nomination id. */
    Map<Long, Vote> votesAt(long campaignId, String unitCode) {
        return jdbc.sql("""
                select v.nomination_id, v.unit_code, v.votes_for, v.passed, v.share, v.reasons
                from nomination_vote v
                where v.campaign_id = :c and v.unit_code = :u""")
                .param("c", campaignId).param("u", unitCode)
                .query((rs, n) -> new Vote(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        (Boolean) rs.getObject(4), rs.getBigDecimal(5), rs.getString(6)))
                .list().stream().collect(Collectors.toMap(Vote::nominationId, v -> v));
    }
}
