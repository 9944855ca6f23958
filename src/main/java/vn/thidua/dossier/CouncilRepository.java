package vn.thidua.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Council meetings and the votes cast at them. */
@Repository
public class CouncilRepository {

    private final JdbcClient jdbc;

    public CouncilRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    public void saveMeeting(CouncilMeeting meeting, Minutes minutes) {
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

    public void saveVote(long nominationId, String unitCode, int votesFor) {
        int updated = jdbc.sql("""
                update nomination_vote set votes_for = :v, passed = null, share = null, reasons = null
                where nomination_id = :n and unit_code = :u""")
                .param("v", votesFor).param("n", nominationId).param("u", unitCode).update();
        if (updated == 0) {
            jdbc.sql("insert into nomination_vote (nomination_id, unit_code, votes_for) values (:n, :u, :v)")
                    .param("n", nominationId).param("u", unitCode).param("v", votesFor).update();
        }
    }

    public void saveOutcome(long nominationId, String unitCode, boolean passed, double share, String reasons) {
        jdbc.sql("""
                update nomination_vote set passed = :p, share = :s, reasons = :reasons
                where nomination_id = :n and unit_code = :u""")
                .param("p", passed).param("s", BigDecimal.valueOf(share).setScale(4, java.math.RoundingMode.HALF_UP))
                .param("reasons", reasons).param("n", nominationId).param("u", unitCode).update();
    }

    /** The votes a unit's council cast in a campaign, by nomination id. */
    public Map<Long, Vote> votesAt(long campaignId, String unitCode) {
        return jdbc.sql("""
                select v.nomination_id, v.unit_code, v.votes_for, v.passed, v.share, v.reasons
                from nomination_vote v join nomination n on n.id = v.nomination_id
                where n.campaign_id = :c and v.unit_code = :u""")
                .param("c", campaignId).param("u", unitCode)
                .query((rs, n) -> new Vote(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        (Boolean) rs.getObject(4), rs.getBigDecimal(5), rs.getString(6)))
                .list().stream().collect(Collectors.toMap(Vote::nominationId, v -> v));
    }
}
