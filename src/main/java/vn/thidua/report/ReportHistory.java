package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * A report's history (lịch sử báo cáo): where it stands with its parent and each other body, and every answer, the
 * parent's reviews and the other bodies' acknowledgements and returns, in the order they came.
 */
@Component
public class ReportHistory {

    private final ReportRepository reports;
    private final ReportReceipts receipts;
    private final ReportAccess access;
    private final ReportContext context;
    private final OrgDirectory org;

    ReportHistory(ReportRepository reports, ReportReceipts receipts, ReportAccess access, ReportContext context,
                  OrgDirectory org) {
        this.reports = reports;
        this.receipts = receipts;
        this.access = access;
        this.context = context;
        this.org = org;
    }

    /** Where the report stands with one receiving body; {@code parent} for the unit's parent. */
    public record Body(String code, String name, boolean parent, String status, String statusLabel,
                       String receivedAt, String reasons, String decidedBy, String decidedAt) {
    }

    /** One answer: the parent's review, or an other body's acknowledgement or return. */
    public record Entry(OffsetDateTime at, String atLabel, String bodyCode, String bodyName, boolean parent,
                        String decision, String decisionLabel, String reasons, String newDeadline, String by) {
    }

    public record View(long reportId, String title, String unitCode, String unitName, String status,
                       String statusLabel, String submittedAt, List<Body> bodies, List<Entry> entries) {
    }

    public View of(SignedInUser user, long reportId) {
        Report report = reports.find(reportId).orElseThrow(AccessDeniedException::new);
        access.requireCanSeeReport(user, report);
        ReportContext.View view = context.of(reportId);
        List<Body> bodies = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        if (report.parentUnitCode() != null) {
            String parentName = name(report.parentUnitCode());
            bodies.add(new Body(report.parentUnitCode(), parentName, true, report.status().name(),
                    report.status().label(), label(report.submittedAt()), null, null, label(report.acceptedAt())));
            for (ReportRepository.Review review : reports.reviews(reportId)) {
                entries.add(new Entry(review.decidedAt(), label(review.decidedAt()), report.parentUnitCode(),
                        parentName, true, review.decision(),
                        Messages.get("report.history.review." + review.decision()), review.reasons(),
                        label(review.newDeadline()), review.reviewer()));
            }
        }
        for (ReportReceipts.Receipt receipt : receipts.of(reportId)) {
            bodies.add(new Body(receipt.bodyCode(), name(receipt.bodyCode()), false, receipt.status().name(),
                    receipt.status().label(), label(receipt.receivedAt()), receipt.reasons(), receipt.decidedBy(),
                    label(receipt.decidedAt())));
        }
        for (ReportReceipts.ReceiptEvent event : receipts.events(reportId)) {
            entries.add(new Entry(event.decidedAt(), label(event.decidedAt()), event.bodyCode(),
                    name(event.bodyCode()), false, event.decision().name(), event.decision().label(),
                    event.reasons(), null, event.decidedBy()));
        }
        entries.sort(Comparator.comparing(Entry::at));
        return new View(reportId, view.title(), report.unitCode(), view.unit().name(), report.status().name(),
                report.status().label(), label(report.submittedAt()), bodies, entries);
    }

    private String name(String code) {
        return org.findUnit(code).map(Unit::name).orElse(code);
    }

    private static String label(OffsetDateTime at) {
        return at == null ? null : DeadlineCalendar.label(at);
    }
}
