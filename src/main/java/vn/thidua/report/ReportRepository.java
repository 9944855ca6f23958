package vn.thidua.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.campaign.ReportKind;
import vn.thidua.text.Messages;

@Repository
public class ReportRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ReportRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Opens the report, or returns the one already there (a retried job must not open it twice). Two transactions
     * opening the same report at once (a job run twice, two nodes) both find none; the unique key stops the later
     * insert, which is undone to a savepoint – on PostgreSQL a failed statement would otherwise doom the whole
     * transaction – and that transaction takes the row the other one committed.
     */
    public Report open(long campaignId, int phaseNo, String unitCode, String parentUnitCode, ReportKind kind,
                       OffsetDateTime deadline, String processInstanceId) {
        Optional<Report> existing = find(campaignId, phaseNo, unitCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            Long id = savepoint.execute(status -> insert(campaignId, phaseNo, unitCode, parentUnitCode, kind,
                    deadline, processInstanceId));
            return get(id);
        } catch (DuplicateKeyException e) {
            return find(campaignId, phaseNo, unitCode).orElseThrow(() -> e);
        }
    }

    private long insert(long campaignId, int phaseNo, String unitCode, String parentUnitCode, ReportKind kind,
                        OffsetDateTime deadline, String processInstanceId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into report (campaign_id, phase_no, unit_code, parent_unit_code, kind, status, deadline,
                                    return_count, process_instance_id)
                values (:campaignId, :phaseNo, :unit, :parent, :kind, :status, :deadline, 0, :pi)""")
                .param("campaignId", campaignId).param("phaseNo", phaseNo).param("unit", unitCode)
                .param("parent", parentUnitCode).param("kind", kind.name())
                .param("status", ReportStatus.DRAFT.name()).param("deadline", deadline)
                .param("pi", processInstanceId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Report> find(long id) {
        return jdbc.sql("select * from report where id = :id").param("id", id).query(this::map).optional();
    }

    public Report get(long id) {
        return find(id).orElseThrow(() -> new NoSuchElementException(Messages.get("report.notFound", id)));
    }

    public Optional<Report> find(long campaignId, int phaseNo, String unitCode) {
        return jdbc.sql("select * from report where campaign_id = :c and phase_no = :p and unit_code = :u")
                .param("c", campaignId).param("p", phaseNo).param("u", unitCode).query(this::map).optional();
    }

    /** Reports of the direct children of a unit, in unit code order. */
    public List<Report> children(long campaignId, int phaseNo, String parentUnitCode) {
        return jdbc.sql("""
                select * from report where campaign_id = :c and phase_no = :p and parent_unit_code = :u
                order by unit_code""")
                .param("c", campaignId).param("p", phaseNo).param("u", parentUnitCode).query(this::map).list();
    }

    public List<Report> ofCampaign(long campaignId) {
        return jdbc.sql("select * from report where campaign_id = :c order by phase_no, unit_code")
                .param("c", campaignId).query(this::map).list();
    }

    /** Stores what the staff prepared; the report then waits for {@code next} (the council, or the head). */
    void saveContent(long id, Report.Content content, ReportStatus next) {
        jdbc.sql("""
                update report set summary = :summary, staff_count = :staff, registered_count = :registered,
                       highlights = :highlights, status = :status where id = :id""")
                .param("summary", content.summary()).param("staff", content.staffCount())
                .param("registered", content.registeredCount()).param("highlights", content.highlights())
                .param("status", next.name()).param("id", id).update();
    }

    /** The council recorded its evaluation: the head signs next. */
    public void markCouncilDone(long id) {
        jdbc.sql("update report set status = :status where id = :id")
                .param("status", ReportStatus.WAITING_HEAD.name()).param("id", id).update();
    }

    void sendBackToStaff(long id, String headComment) {
        jdbc.sql("update report set status = :status, head_comment = :comment where id = :id")
                .param("status", ReportStatus.DRAFT.name()).param("comment", headComment).param("id", id).update();
    }

    void markSubmitted(long id, OffsetDateTime at) {
        jdbc.sql("update report set status = :status, submitted_at = :at, head_comment = null where id = :id")
                .param("status", ReportStatus.SUBMITTED.name()).param("at", at).param("id", id).update();
    }

    void markReturned(long id, OffsetDateTime newDeadline) {
        jdbc.sql("""
                update report set status = :status, deadline = :deadline, return_count = return_count + 1
                where id = :id""")
                .param("status", ReportStatus.RETURNED.name()).param("deadline", newDeadline).param("id", id)
                .update();
    }

    /** The deadline was extended (gia hạn): the report keeps its status and round. */
    void moveDeadline(long id, OffsetDateTime newDeadline) {
        jdbc.sql("update report set deadline = :deadline where id = :id")
                .param("deadline", newDeadline).param("id", id).update();
    }

    /** Reports not yet submitted whose deadline falls within [from, to). */
    List<Report> openWithDeadlineBetween(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select * from report where deadline >= :from and deadline < :to and status not in (:done)
                order by id""")
                .param("from", from).param("to", to)
                .param("done", List.of(ReportStatus.SUBMITTED.name(), ReportStatus.ACCEPTED.name()))
                .query(this::map).list();
    }

    void markAccepted(long id, OffsetDateTime at) {
        jdbc.sql("update report set status = :status, accepted_at = :at where id = :id")
                .param("status", ReportStatus.ACCEPTED.name()).param("at", at).param("id", id).update();
    }

    void addReview(long reportId, String decision, String reasons, OffsetDateTime newDeadline,
                          String reviewer, OffsetDateTime at) {
        jdbc.sql("""
                insert into report_review (report_id, decision, reasons, new_deadline, reviewer, decided_at)
                values (:report, :decision, :reasons, :deadline, :reviewer, :at)""")
                .param("report", reportId).param("decision", decision).param("reasons", reasons)
                .param("deadline", newDeadline).param("reviewer", reviewer).param("at", at).update();
    }

    /** One review of a report by its parent's staff: ACCEPTED, or RETURNED with reasons and a new deadline. */
    public record Review(String decision, String reasons, OffsetDateTime newDeadline, String reviewer,
                         OffsetDateTime decidedAt) {
    }

    /** Every review of a report, oldest first. */
    public List<Review> reviews(long reportId) {
        return jdbc.sql("""
                select decision, reasons, new_deadline, reviewer, decided_at from report_review
                where report_id = :id order by decided_at, id""")
                .param("id", reportId)
                .query((rs, n) -> new Review(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** The latest return (trả hồ sơ) of a report. */
    public record Return(String reasons, OffsetDateTime newDeadline) {
    }

    Optional<Return> lastReturn(long reportId) {
        return jdbc.sql("""
                select reasons, new_deadline from report_review where report_id = :id and decision = :decision
                order by decided_at desc, id desc""")
                .param("id", reportId).param("decision", "RETURNED")
                .query((rs, n) -> new Return(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .list().stream().findFirst();
    }

    private Report map(ResultSet rs, int row) throws SQLException {
        return new Report(rs.getLong("id"), rs.getLong("campaign_id"), rs.getInt("phase_no"),
                rs.getString("unit_code"), rs.getString("parent_unit_code"), ReportKind.valueOf(rs.getString("kind")),
                ReportStatus.valueOf(rs.getString("status")), rs.getObject("deadline", OffsetDateTime.class),
                rs.getString("summary"), (Integer) rs.getObject("staff_count"),
                (Integer) rs.getObject("registered_count"), rs.getString("highlights"),
                rs.getString("head_comment"), rs.getInt("return_count"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("accepted_at", OffsetDateTime.class),
                rs.getString("process_instance_id"));
    }
}
