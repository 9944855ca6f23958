package vn.thidua.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignPhase;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.deadline.WorkingCalendar;
import vn.thidua.digest.DigestQueries.OwedReport;
import vn.thidua.mail.MailOutbox;
import vn.thidua.mail.OutboxMail;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Person;
import vn.thidua.org.UnitRole;
import vn.thidua.overview.CampaignOverview;
import vn.thidua.report.TaskLinks;

/**
 * Thư tổng hợp hằng ngày: for each parent unit whose staff get digests, the reports of its child units that are
 * overdue or due within the configured working days, in one mail per staff member and day. The outbox key
 * {@code digest:<username>:<day>} makes a rerun, or a second node, queue nothing more.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final DigestQueries queries;
    private final DigestPolicy policy;
    private final DigestProperties properties;
    private final OrgDirectory org;
    private final MailOutbox outbox;
    private final TaskLinks links;
    private final WorkingCalendar workingDays;

    DailyDigest(DigestQueries queries, DigestPolicy policy, DigestProperties properties, OrgDirectory org,
                       MailOutbox outbox, TaskLinks links, WorkingCalendar workingDays) {
        this.queries = queries;
        this.policy = policy;
        this.properties = properties;
        this.org = org;
        this.outbox = outbox;
        this.links = links;
        this.workingDays = workingDays;
    }

    /**
     * One line of a digest.
     *
     * @param workingDaysLate working days past the deadline (0: the deadline passed today); null while not overdue
     * @param workingDaysLeft working days left (0: the deadline is today); null once overdue
     * @param overviewPath    the parent's overview of the campaign, relative to the application's address (the
     *                        report's own task belongs to the child unit, which the reader cannot open)
     */
    public record Line(long reportId, String unitCode, String unitName, String reportLabel, String campaignName,
                       OffsetDateTime deadline, String deadlineLabel, boolean overdue, Integer workingDaysLate,
                       Integer workingDaysLeft, String overviewPath) {
    }

    /** The lines each parent unit's staff read on {@code day} at {@code now}, by parent unit code. */
    public Map<String, List<Line>> linesOn(LocalDate day, OffsetDateTime now) {
        LocalDate lastDay = workingDays.plusWorkingDays(day, properties.lookAheadDays());
        OffsetDateTime before = lastDay.plusDays(1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime();
        Map<String, List<OwedReport>> byParent = queries.owedBefore(before).stream()
                .collect(Collectors.groupingBy(OwedReport::parentUnitCode, LinkedHashMap::new, Collectors.toList()));
        byParent.keySet().removeIf(parent -> !policy.digestsFor(parent));
        if (byParent.isEmpty()) {
            return Map.of();
        }
        Predicate<LocalDate> calendar = workingDays.snapshot();
        Map<String, List<Line>> lines = new LinkedHashMap<>();
        byParent.forEach((parent, owed) -> lines.put(parent, owed.stream()
                .map(r -> line(r, now, calendar))
                // Most overdue first, then the nearest deadline.
                .sorted(Comparator.comparing(Line::deadline).thenComparing(Line::unitCode))
                .toList()));
        return lines;
    }

    /** Queues the digests of {@code day}; returns how many mails were queued (none on a rerun of the same day). */
    public int queue(LocalDate day, OffsetDateTime now) {
        int queued = 0;
        for (Map.Entry<String, List<Line>> entry : linesOn(day, now).entrySet()) {
            List<Line> lines = entry.getValue();
            String parentName = org.findUnit(entry.getKey()).map(u -> u.name()).orElse(entry.getKey());
            Map<String, Object> model = new HashMap<>();
            model.put("unitName", parentName);
            model.put("dayLabel", DeadlineCalendar.dayLabel(day));
            model.put("lines", lines);
            model.put("overdueCount", (int) lines.stream().filter(Line::overdue).count());
            model.put("dueSoonCount", (int) lines.stream().filter(l -> !l.overdue()).count());
            model.put("lookAheadDays", properties.lookAheadDays());
            model.put("taskUrl", links.tasklist());
            for (Person person : org.people(entry.getKey(), UnitRole.STAFF)) {
                Map<String, Object> personal = new HashMap<>(model);
                personal.put("recipientName", person.fullName());
                if (outbox.queue(new OutboxMail("digest:" + person.username() + ":" + day, person.email(),
                        person.fullName(), "digest", personal))) {
                    queued++;
                }
            }
        }
        log.info("Daily digest of {}: {} mails queued", day, queued);
        return queued;
    }

    private Line line(OwedReport report, OffsetDateTime now, Predicate<LocalDate> calendar) {
        boolean overdue = now.isAfter(report.deadline());
        String label = new CampaignPhase(report.campaignId(), report.phaseNo(), report.phaseName(), report.kind(),
                null, null, null).reportLabel();
        return new Line(report.reportId(), report.unitCode(), report.unitName(), label, report.campaignName(),
                report.deadline(), DeadlineCalendar.label(report.deadline()), overdue,
                overdue ? CampaignOverview.workingDaysBetween(calendar, report.deadline(), now) : null,
                overdue ? null : CampaignOverview.workingDaysBetween(calendar, now, report.deadline()),
                "/campaigns/" + report.campaignId() + "/overview?unit=" + report.parentUnitCode());
    }
}
