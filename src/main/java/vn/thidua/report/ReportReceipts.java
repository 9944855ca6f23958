package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The other bodies each report goes to (fixed when the report opens) and their answers: the {@code report_receipt}
 * row holds a body's latest answer, {@code report_receipt_event} every answer for the report's history.
 */
@Repository
public class ReportReceipts {

    private static final String COLUMNS = """
            select r.id, r.report_id, r.body_code, r.status, r.round_no, r.received_at, r.reasons, r.decided_by,
                   r.decided_at from report_receipt r""";
    private static final RowMapper<Receipt> RECEIPT = (rs, n) -> new Receipt(rs.getLong(1), rs.getLong(2),
            rs.getString(3), ReceiptStatus.valueOf(rs.getString(4)), rs.getInt(5),
            rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8),
            rs.getObject(9, OffsetDateTime.class));

    private final JdbcClient jdbc;

    public ReportReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where a report stands with one other body.
     *
     * @param round      the report's round (returns by its parent) the body last received
     * @param receivedAt when the body last received it; null while {@link ReceiptStatus#NOT_SENT}
     */
    public record Receipt(long id, long reportId, String bodyCode, ReceiptStatus status, int round,
                         OffsetDateTime receivedAt, String reasons, String decidedBy, OffsetDateTime decidedAt) {
    }

    /** One answer of a body: acknowledged or returned, with reasons. */
    public record ReceiptEvent(long id, long reportId, String bodyCode, int round, ReceiptStatus decision,
                               String reasons, String decidedBy, OffsetDateTime decidedAt) {
    }

    /** Records the bodies a report goes to besides its parent; a retried opening adds nothing. */
    void register(long reportId, List<String> bodyCodes) {
        for (String body : bodyCodes) {
            jdbc.sql("""
                    insert into report_receipt (report_id, body_code, status, round_no)
                    select :report, :body, :status, 0
                    where not exists (select 1 from report_receipt where report_id = :report and body_code = :body)""")
                    .param("report", reportId).param("body", body).param("status", ReceiptStatus.NOT_SENT.name())
                    .update();
        }
    }

    public List<Receipt> of(long reportId) {
        return jdbc.sql(COLUMNS + " where r.report_id = :report order by r.body_code").param("report", reportId)
                .query(RECEIPT).list();
    }

    /** The receipts of many reports at once (an overview page), by report id. */
    public Map<Long, List<Receipt>> ofReports(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " where r.report_id in (:reports) order by r.report_id, r.body_code")
                .param("reports", reportIds).query(RECEIPT).list().stream()
                .collect(Collectors.groupingBy(Receipt::reportId));
    }

    /** Whether the body has received the report (it was submitted to it at least once). */
    public boolean hasReceived(long reportId, Collection<String> bodyCodes) {
        if (bodyCodes.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from report_receipt
                where report_id = :report and body_code in (:bodies) and received_at is not null""")
                .param("report", reportId).param("bodies", bodyCodes).query(Long.class).single() > 0;
    }

    /**
     * The report was submitted in the round: the body waits for it unless it still has it open. True when the body
     * must get a new task (it had none open); a body whose task is still open reads the new content in it.
     */
    boolean send(long receiptId, int round, OffsetDateTime at) {
        int changed = jdbc.sql("""
                update report_receipt set status = :waiting, round_no = :round, received_at = :at, reasons = null,
                       decided_by = null, decided_at = null
                where id = :id and status <> :waiting""")
                .param("waiting", ReceiptStatus.WAITING.name()).param("round", round).param("at", at)
                .param("id", receiptId).update();
        if (changed == 0) {
            jdbc.sql("update report_receipt set round_no = :round, received_at = :at where id = :id")
                    .param("round", round).param("at", at).param("id", receiptId).update();
        }
        return changed > 0;
    }

    /** The body answered: its latest answer on the receipt and one more event in the history; the event's id. */
    long decide(long reportId, String bodyCode, ReceiptStatus decision, String reasons, String decidedBy,
                OffsetDateTime at) {
        Receipt receipt = find(reportId, bodyCode).orElseThrow(
                () -> new IllegalStateException("Report " + reportId + " does not go to " + bodyCode));
        jdbc.sql("""
                update report_receipt set status = :status, reasons = :reasons, decided_by = :by, decided_at = :at
                where id = :id""")
                .param("status", decision.name()).param("reasons", reasons).param("by", decidedBy).param("at", at)
                .param("id", receipt.id()).update();
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_receipt_event (report_id, body_code, round_no, decision, reasons, decided_by,
                                                  decided_at)
                values (:report, :body, :round, :decision, :reasons, :by, :at)""")
                .param("report", reportId).param("body", bodyCode).param("round", receipt.round())
                .param("decision", decision.name()).param("reasons", reasons).param("by", decidedBy).param("at", at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Receipt> find(long reportId, String bodyCode) {
        return jdbc.sql(COLUMNS + " where r.report_id = :report and r.body_code = :body")
                .param("report", reportId).param("body", bodyCode).query(RECEIPT).optional();
    }

    /** Every answer of the other bodies to a report, oldest first. */
    public List<ReceiptEvent> events(long reportId) {
        return jdbc.sql("""
                select id, report_id, body_code, round_no, decision, reasons, decided_by, decided_at
                from report_receipt_event where report_id = :report order by decided_at, id""")
                .param("report", reportId)
                .query((rs, n) -> new ReceiptEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        ReceiptStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }
}
