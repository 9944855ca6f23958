package vn.thidua.overview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignReceivers;
import vn.thidua.campaign.ReportKind;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportRound;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.deadline.WorkingCalendar;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.overview.OverviewQueries.ReportLine;
import vn.thidua.overview.OverviewQueries.Node;
import vn.thidua.report.DeadlineExtensions;
import vn.thidua.report.ReceiptStatus;
import vn.thidua.report.ReportAccess;
import vn.thidua.report.ReportReceipts;
import vn.thidua.report.ReportStatus;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.SignedInUser;

/**
 * Tình hình nộp báo cáo: for one unit of a campaign, per phase, its own report and one line per child unit, with
 * who submitted, who is late and by how many working days, and the counts of the schools below each child. A user
 * sees their own unit and the units below it; administrators see every unit.
 */
@Component
public class CampaignOverview {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final CampaignRepository campaigns;
    private final OverviewQueries queries;
    private final OrgDirectory org;
    private final ReportAccess access;
    private final WorkingCalendar workingDays;
    private final EngineClock clock;
    private final MessageSource messages;
    private final ReportReceipts receipts;

    CampaignOverview(CampaignRepository campaigns, OverviewQueries queries, OrgDirectory org,
                            ReportAccess access, WorkingCalendar workingDays, EngineClock clock,
                            MessageSource messages, ReportReceipts receipts) {
        this.receipts = receipts;
        this.campaigns = campaigns;
        this.queries = queries;
        this.org = org;
        this.access = access;
        this.workingDays = workingDays;
        this.clock = clock;
        this.messages = messages;
    }

    public record UnitRef(String code, String name) {
    }

    /** Schools (units without units below them in the campaign) submitted, late, in all. */
    public record Counts(int submitted, int late, int total) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(submitted + other.submitted, late + other.late, total + other.total);
        }
    }

    /**
     * A unit's report in a phase.
     *
     * @param status          machine value ({@link ReportStatus} name)
     * @param statusLabel     what users read
     * @param late            still owed and past its deadline
     * @param workingDaysLate working days past the deadline: of a late report until today, of one submitted after
     *                        its deadline until it was submitted; null when not late
     * @param workingDaysLeft working days left before the deadline of a report still owed in time; null otherwise
     * @param subtree         the schools below this unit (this unit itself when none is below it)
     * @param hasChildren     units below report to this one: the overview can drill down
     * @param extendUrl       the page where the viewer extends this report's deadline (gia hạn): only for a report
     *                        still owed, shown to its parent's staff and administrators; null otherwise
     * @param otherBodies     where the report stands with each other body it goes to besides the parent (empty when
     *                        it goes to the parent only)
     * @param historyUrl      the report's history page (the parent's and the other bodies' answers)
     */
    public record Row(String code, String name, String status, String statusLabel, OffsetDateTime deadline,
                      String deadlineLabel, OffsetDateTime submittedAt, String submittedLabel, boolean late,
                      Integer workingDaysLate, Integer workingDaysLeft, int returnCount, Counts subtree,
                      boolean hasChildren, String extendUrl, List<BodyStatus> otherBodies, String historyUrl) {
    }

    /**
     * A report's standing with one other receiving body.
     *
     * @param status      machine value ({@link ReceiptStatus} name)
     * @param decidedAt   when the body last acknowledged or returned it; null while it has not answered
     * @param reasons     why the body returned it; null otherwise
     */
    public record BodyStatus(String code, String name, String status, String statusLabel, String decidedAt,
                             String reasons) {
    }

    /**
     * One phase (đợt): the unit's own report (null before the phase opened) and its children.
     *
     * @param totals          the schools of the whole subtree of the unit
     * @param schoolYear      the school year the round reports on, in a campaign over several; null otherwise
     * @param roundCampaignId the campaign of the school year that runs a yearly round (its results page); or null
     * @param opensOn         the day the round's reports open
     * @param receivers       who receives the round's reports (org's {@code Receivers} name) and, in words,
     *                        {@code receiversLabel}
     */
    public record PhaseOverview(int phaseNo, String name, String reportLabel, String kind, boolean opened, Row own,
                                List<Row> children, Counts totals, String schoolYear, Long roundCampaignId,
                                LocalDate opensOn, String receivers, String receiversLabel) {
    }

    /** The rounds of one school year of a campaign over several: its yearly round, and reviews closing in it. */
    public record YearOverview(String schoolYear, List<PhaseOverview> rounds) {
    }

    /**
     * @param parent the unit above, when the user may see it (the link up); null at the top of the user's reach
     * @param years  the rounds school year by school year, for a campaign over several; empty otherwise
     * @param receivers      who receives the campaign's reports (org's {@code Receivers} name, or PER_ROUND when
     *                       each round says, see {@link PhaseOverview#receivers})
     * @param receiversLabel the same in words
     */
    public record Overview(long campaignId, String campaignName, String schoolYear, UnitRef unit, UnitRef parent,
                           OffsetDateTime asOf, List<PhaseOverview> phases, List<YearOverview> years,
                           String receivers, String receiversLabel) {

        /** The rounds' receivers differ: each round's heading says where its reports go. */
        public boolean receiversPerRound() {
            return CampaignReceivers.PER_ROUND.equals(receivers);
        }

        /** What the page lists: the school years, or the phases as one group without a heading. */
        public List<YearOverview> groups() {
            return years.isEmpty() ? List.of(new YearOverview(null, phases)) : years;
        }
    }

    /** The campaigns the user takes part in (or is above), newest first; administrators see them all. */
    public List<Campaign> campaigns(SignedInUser user) {
        return campaigns.all().stream().filter(c -> access.canSeeCampaign(user, c.rootUnitCode())).toList();
    }

    /**
     * A campaign of the list, with the campaigns of its school years when it spans several (each runs that year's
     * evaluation round, with its own results page).
     */
    public record CampaignEntry(long id, String name, String schoolYear, String status, String receivers,
                                String receiversLabel, List<YearlyEntry> yearly) {
    }

    /** The campaign of one school year of a campaign over several. */
    public record YearlyEntry(long id, String schoolYear, String status) {
    }

    /**
     * The campaigns of {@link #campaigns}, a campaign over several school years with its years' campaigns nested
     * under it (in school year order) rather than listed beside it.
     */
    public List<CampaignEntry> campaignList(SignedInUser user) {
        List<Campaign> visible = campaigns(user);
        Set<Long> listed = new HashSet<>(visible.stream().map(Campaign::id).toList());
        Map<Long, List<YearlyEntry>> yearsOf = new HashMap<>();
        visible.stream().filter(c -> c.parentCampaignId() != null && listed.contains(c.parentCampaignId()))
                .sorted(java.util.Comparator.comparing(Campaign::schoolYear))
                .forEach(c -> yearsOf.computeIfAbsent(c.parentCampaignId(), k -> new ArrayList<>())
                        .add(new YearlyEntry(c.id(), c.schoolYear(), c.status())));
        return visible.stream().filter(c -> c.parentCampaignId() == null || !listed.contains(c.parentCampaignId()))
                .map(c -> new CampaignEntry(c.id(), c.name(), c.schoolYear(), c.status(), c.receivers(),
                        c.receiversLabel(), List.copyOf(yearsOf.getOrDefault(c.id(), List.of()))))
                .toList();
    }

    public Overview of(SignedInUser user, long campaignId, String requestedUnit) {
        Campaign campaign = campaigns.get(campaignId);
        access.requireCanSeeCampaign(user, campaign.rootUnitCode());
        String unitCode = requestedUnit == null || requestedUnit.isBlank()
                ? defaultUnit(user, campaign) : requestedUnit.trim();
        if (!access.canSeeUnit(user, unitCode)) {
            throw new AccessDeniedException(message("overview.error.unitDenied", unitCode));
        }
        if (!org.isSameOrAncestor(campaign.rootUnitCode(), unitCode)) {
            throw new NoSuchElementException(message("overview.error.unitNotInCampaign", unitCode));
        }
        Unit unit = org.unit(unitCode);
        UnitRef parent = unit.parentCode() != null && !unitCode.equals(campaign.rootUnitCode())
                && access.canSeeUnit(user, unit.parentCode())
                ? org.findUnit(unit.parentCode()).map(p -> new UnitRef(p.code(), p.name())).orElse(null) : null;

        OffsetDateTime now = clock.now();
        Predicate<LocalDate> calendar = workingDays.snapshot();
        // A yearly round of a campaign over several school years is filed under the campaign of its year.
        Map<Long, List<ReportLine>> linesOf = new HashMap<>();
        Map<Long, Map<String, List<Node>>> treeOf = new HashMap<>();
        Map<Long, Map<Long, List<ReportReceipts.Receipt>>> receiptsFor = new HashMap<>();
        List<PhaseOverview> phases = new ArrayList<>();
        Map<String, List<PhaseOverview>> byYear = new TreeMap<>();
        for (ReportRound round : campaigns.rounds(campaignId)) {
            long reportCampaign = round.reportCampaignId();
            List<ReportLine> lines = linesOf.computeIfAbsent(reportCampaign,
                    c -> queries.ownAndChildren(c, unitCode));
            Map<String, List<Node>> childrenOf = treeOf.computeIfAbsent(reportCampaign, this::childrenOf);
            Map<Long, List<ReportReceipts.Receipt>> receiptsOf = receiptsFor.computeIfAbsent(reportCampaign,
                    c -> receipts.ofReports(lines.stream().map(ReportLine::reportId).toList()));
            PhaseOverview phase = phase(user, round, lines, childrenOf, receiptsOf, unitCode, now, calendar);
            phases.add(phase);
            if (round.schoolYear() != null) {
                byYear.computeIfAbsent(round.schoolYear(), y -> new ArrayList<>()).add(phase);
            }
        }
        List<YearOverview> years = byYear.entrySet().stream()
                .map(e -> new YearOverview(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new Overview(campaignId, campaign.name(), campaign.schoolYear(), new UnitRef(unit.code(), unit.name()),
                parent, now, phases, years, campaign.receivers(), campaign.receiversLabel());
    }

    /** Where each report hangs in a campaign's tree, by phase and parent unit. */
    private Map<String, List<Node>> childrenOf(long campaignId) {
        Map<String, List<Node>> childrenOf = new HashMap<>();
        for (Node node : queries.tree(campaignId)) {
            if (node.parentUnitCode() != null) {
                childrenOf.computeIfAbsent(node.phaseNo() + "/" + node.parentUnitCode(), k -> new ArrayList<>())
                        .add(node);
            }
        }
        return childrenOf;
    }

    /** One round: the unit's own report and one row per child unit. */
    private PhaseOverview phase(SignedInUser user, ReportRound round, List<ReportLine> lines,
                                Map<String, List<Node>> childrenOf,
                                Map<Long, List<ReportReceipts.Receipt>> receiptsOf, String unitCode, OffsetDateTime now,
                                Predicate<LocalDate> calendar) {
        CampaignPhase phase = round.phase();
        int reportPhase = round.reportPhaseNo();
        Row own = null;
        List<Row> children = new ArrayList<>();
        Counts totals = Counts.NONE;
        for (ReportLine line : lines) {
            if (line.phaseNo() != reportPhase) {
                continue;
            }
            if (line.unitCode().equals(unitCode)) {
                own = row(user, line, null, now, calendar, phase.kind(), receiptsOf);
            } else {
                Row child = row(user, line, schoolsBelow(childrenOf, line.phaseNo(), line.unitCode(), now), now,
                        calendar, phase.kind(), receiptsOf);
                children.add(child);
                totals = totals.plus(child.subtree());
            }
        }
        if (own != null && children.isEmpty()) {
            // A school: its own report is the whole subtree.
            totals = own.subtree();
        }
        return new PhaseOverview(phase.phaseNo(), phase.name(), phase.reportLabel(), phase.kind().name(),
                own != null, own, children, totals, round.schoolYear(), round.roundCampaignId(), round.opensOn(),
                round.receivers(), round.receiversLabel());
    }

    /** The user's own unit within the campaign; the campaign's root for administrators and units above it. */
    private String defaultUnit(SignedInUser user, Campaign campaign) {
        if (user.isAdmin()) {
            return campaign.rootUnitCode();
        }
        List<String> own = access.unitsOf(user);
        return own.stream().filter(code -> org.isSameOrAncestor(campaign.rootUnitCode(), code)).findFirst()
                .orElse(campaign.rootUnitCode());
    }

    /** The schools (reports without reports below) under a unit, or null when the unit is one itself. */
    private static Counts schoolsBelow(Map<String, List<Node>> childrenOf, int phaseNo, String unitCode,
                                       OffsetDateTime now) {
        if (!childrenOf.containsKey(phaseNo + "/" + unitCode)) {
            return null;
        }
        int submitted = 0;
        int late = 0;
        int total = 0;
        Deque<Node> open = new ArrayDeque<>(childrenOf.get(phaseNo + "/" + unitCode));
        Set<String> seen = new HashSet<>();
        while (!open.isEmpty()) {
            Node node = open.pop();
            if (!seen.add(node.unitCode())) {
                continue;
            }
            List<Node> below = childrenOf.get(phaseNo + "/" + node.unitCode());
            if (below != null) {
                open.addAll(below);
                continue;
            }
            boolean done = node.status() == ReportStatus.SUBMITTED || node.status() == ReportStatus.ACCEPTED;
            total++;
            submitted += done ? 1 : 0;
            late += !done && now.isAfter(node.deadline()) ? 1 : 0;
        }
        return new Counts(submitted, late, total);
    }

    private Row row(SignedInUser user, ReportLine line, Counts subtree, OffsetDateTime now,
                    Predicate<LocalDate> calendar, ReportKind kind,
                    Map<Long, List<ReportReceipts.Receipt>> receiptsOf) {
        boolean done = line.status() == ReportStatus.SUBMITTED || line.status() == ReportStatus.ACCEPTED;
        boolean late = !done && now.isAfter(line.deadline());
        Integer daysLate = null;
        Integer daysLeft = null;
        if (late) {
            daysLate = workingDaysBetween(calendar, line.deadline(), now);
        } else if (done && line.submittedAt() != null && line.submittedAt().isAfter(line.deadline())) {
            daysLate = workingDaysBetween(calendar, line.deadline(), line.submittedAt());
        } else if (!done) {
            daysLeft = workingDaysBetween(calendar, now, line.deadline());
        }
        Counts own = new Counts(done ? 1 : 0, late ? 1 : 0, 1);
        return new Row(line.unitCode(), line.unitName(), line.status().name(), line.status().label(kind),
                line.deadline(), DeadlineCalendar.label(line.deadline()), line.submittedAt(),
                line.submittedAt() == null ? null : DeadlineCalendar.label(line.submittedAt()), late, daysLate,
                daysLeft, line.returnCount(), subtree == null ? own : subtree, subtree != null,
                !done && DeadlineExtensions.canExtend(user, line.parentUnitCode())
                        ? "/reports/" + line.reportId() + "/deadline" : null,
                receiptsOf.getOrDefault(line.reportId(), List.of()).stream().map(this::bodyStatus).toList(),
                "/reports/" + line.reportId() + "/history");
    }

    private BodyStatus bodyStatus(ReportReceipts.Receipt receipt) {
        return new BodyStatus(receipt.bodyCode(), org.findUnit(receipt.bodyCode()).map(Unit::name)
                .orElse(receipt.bodyCode()), receipt.status().name(), receipt.status().label(),
                receipt.decidedAt() == null ? null : DeadlineCalendar.label(receipt.decidedAt()), receipt.reasons());
    }

    /**
     * Working days after the day of {@code from} up to and including the day of {@code to}, as an office counts
     * them (the same count as {@link DeadlineCalendar#workingDaysLeft}); 0 when {@code to} falls on the same day.
     */
    public static int workingDaysBetween(Predicate<LocalDate> isWorkingDay, OffsetDateTime from, OffsetDateTime to) {
        LocalDate day = from.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        LocalDate last = to.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        int count = 0;
        for (LocalDate d = day.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (isWorkingDay.test(d)) {
                count++;
            }
        }
        return count;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
