package vn.thidua.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.registration.Registration.PublishedTarget;
import vn.thidua.registration.RegistrationChecker.Cell;
import vn.thidua.registration.RegistrationChecker.PersonRow;
import vn.thidua.registration.RegistrationChecker.TargetRow;
import vn.thidua.registration.RegistrationChecker.WorkRow;
import vn.thidua.report.Report;
import vn.thidua.report.ReportAccess;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.RuleBook;
import vn.thidua.rules.TitleRule;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * A unit's registration, reached through its registration report (phase 0 of the campaign): who may read it (the
 * unit and the units above it), who may change it (the unit's staff while the registration is theirs to work on),
 * and the roll-up of the units below.
 */
@Service
class RegistrationService {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final CampaignRepository campaigns;
    private final RuleBook ruleBook;
    private final OrgDirectory org;
    private final RegistrationRepository registrations;
    private final EngineClock clock;
    private final ApplicationEventPublisher events;
    private final AchievedValues achieved;

    RegistrationService(ReportRepository reports, ReportAccess access, CampaignRepository campaigns,
                        RuleBook ruleBook, OrgDirectory org, RegistrationRepository registrations, EngineClock clock,
                        ApplicationEventPublisher events, AchievedValues achieved) {
        this.events = events;
        this.achieved = achieved;
        this.reports = reports;
        this.access = access;
        this.campaigns = campaigns;
        this.ruleBook = ruleBook;
        this.org = org;
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * What the page shows of one unit's registration.
     *
     * @param registration      with the achieved values the system computes
     * @param childrenHaveUnits some unit directly below has units below it (a published target may then count them)
     */
    record View(Report report, Unit unit, Campaign campaign, Registration registration, List<TitleRule> titles,
                List<PublishedTarget> mandatory, List<PublishedTarget> ownPublished, boolean canEdit,
                boolean canEnterAchieved, boolean hasChildren, boolean childrenHaveUnits) {

        View(Report report, Unit unit, Campaign campaign, Registration registration, List<TitleRule> titles,
             List<PublishedTarget> mandatory, List<PublishedTarget> ownPublished, boolean canEdit,
             boolean canEnterAchieved, boolean hasChildren) {
            this(report, unit, campaign, registration, titles, mandatory, ownPublished, canEdit, canEnterAchieved,
                    hasChildren, false);
        }

        /** The known measures the unit's own targets may be tied to. */
        public List<KnownMeasure.Choice> choices() {
            return choices(KnownMeasure.choices(titles, hasChildren));
        }

        /** The known measures a target published to the units below may be tied to. */
        public List<KnownMeasure.Choice> publishChoices() {
            return choices(KnownMeasure.choices(titles, childrenHaveUnits));
        }

        /** "Số được tặng danh hiệu Lao động tiên tiến" for GRANTED:LDTT; "" for none. */
        public String computedLabel(String code) {
            return KnownMeasure.Tie.parse(code).map(t -> t.label(titles)).orElse("");
        }

        private List<KnownMeasure.Choice> choices(List<KnownMeasure.Tie> ties) {
            return ties.stream().map(t -> new KnownMeasure.Choice(t.code(), t.label(titles))).toList();
        }

        public String statusLabel() {
            return report.status().label(ReportKind.REGISTRATION);
        }

        public List<TitleRule> personTitles() {
            return titles.stream().filter(t -> t.kind() == vn.thidua.nomination.NomineeKind.PERSON).toList();
        }

        public List<TitleRule> collectiveTitles() {
            return titles.stream().filter(t -> t.kind() == vn.thidua.nomination.NomineeKind.COLLECTIVE).toList();
        }

        public String titleName(String code) {
            return code == null ? "" : titles.stream().filter(t -> t.code().equals(code)).map(TitleRule::name)
                    .findFirst().orElse(code);
        }

        /** The unit's target that answers a published one, if it registered one. */
        public Optional<Registration.Target> answer(PublishedTarget published) {
            return registration.targets().stream()
                    .filter(t -> t.publishedTargetId() != null && t.publishedTargetId() == published.id())
                    .findFirst();
        }
    }

    View view(SignedInUser user, long reportId) {
        Report report = registrationReport(reportId);
        access.requireCanSeeUnit(user, report.unitCode());
        return view(user, report);
    }

    private View view(SignedInUser user, Report report) {
        Campaign campaign = campaigns.get(report.campaignId());
        boolean staff = user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(report.unitCode()));
        List<Unit> children = org.children(report.unitCode());
        return new View(report, org.unit(report.unitCode()), campaign,
                achieved.get(report.campaignId(), report.unitCode()), titles(campaign),
                mandatory(report.campaignId(), report.unitCode()),
                registrations.published(report.campaignId(), List.of(report.unitCode())),
                access.canEditAttachments(user, report),
                staff && report.status() == ReportStatus.ACCEPTED && Campaign.STATUS_RUNNING.equals(campaign.status()),
                !children.isEmpty(), children.stream().anyMatch(c -> org.childCount(c.code()) > 0));
    }

    /** Targets every unit above this one published for the units below it. */
    List<PublishedTarget> mandatory(long campaignId, String unitCode) {
        List<String> above = new ArrayList<>();
        for (Unit u = org.unit(unitCode); u.parentCode() != null; u = org.unit(u.parentCode())) {
            above.add(0, u.parentCode());
        }
        return registrations.published(campaignId, above);
    }

    List<TitleRule> titles(Campaign campaign) {
        return campaign.ruleSet() == null ? List.of() : ruleBook.open(campaign.ruleSet()).titles();
    }

    @Transactional
    View saveCollectiveTitle(SignedInUser user, long reportId, String title) {
        Report report = editable(user, reportId);
        Campaign campaign = campaigns.get(report.campaignId());
        String code = RegistrationChecker.collectiveTitle(title, titles(campaign));
        touch(user, report);
        registrations.saveCollectiveTitle(report.campaignId(), report.unitCode(), code);
        return changed(user, report);
    }

    @Transactional
    View saveTargets(SignedInUser user, long reportId, List<TargetRow> rows) {
        Report report = editable(user, reportId);
        List<TitleRule> titles = titles(campaigns.get(report.campaignId()));
        var targets = RegistrationChecker.targets(rows, mandatory(report.campaignId(), report.unitCode()), titles,
                KnownMeasure.choices(titles, !org.children(report.unitCode()).isEmpty()));
        touch(user, report);
        registrations.replaceTargets(report.campaignId(), report.unitCode(), targets);
        return changed(user, report);
    }

    @Transactional
    View savePeople(SignedInUser user, long reportId, List<PersonRow> rows) {
        Report report = editable(user, reportId);
        var people = RegistrationChecker.people(rows, report.unitCode(), titles(campaigns.get(report.campaignId())));
        touch(user, report);
        registrations.replacePeople(report.campaignId(), report.unitCode(), people);
        return changed(user, report);
    }

    @Transactional
    View uploadPeople(SignedInUser user, long reportId, String fileName, byte[] content) {
        editable(user, reportId);
        return savePeople(user, reportId, PeopleSheet.read(content, fileName));
    }

    @Transactional
    View saveWorks(SignedInUser user, long reportId, List<WorkRow> rows) {
        Report report = editable(user, reportId);
        var works = RegistrationChecker.works(rows);
        touch(user, report);
        registrations.replaceWorks(report.campaignId(), report.unitCode(), works);
        return changed(user, report);
    }

    /** The targets the unit sets for the units below it; only a unit with units below publishes. */
    @Transactional
    View publishTargets(SignedInUser user, long reportId, List<TargetRow> rows) {
        Report report = editable(user, reportId);
        List<Unit> children = org.children(report.unitCode());
        if (children.isEmpty()) {
            throw new InvalidInputException(Messages.get("registration.published.noChildren"));
        }
        List<TitleRule> titles = titles(campaigns.get(report.campaignId()));
        var published = RegistrationChecker.published(rows, titles, KnownMeasure.choices(titles,
                children.stream().anyMatch(c -> org.childCount(c.code()) > 0)));
        List<Long> own = registrations.published(report.campaignId(), List.of(report.unitCode())).stream()
                .map(PublishedTarget::id).toList();
        if (published.stream().anyMatch(t -> t.id() > 0 && !own.contains(t.id()))) {
            throw new AccessDeniedException();
        }
        touch(user, report);
        registrations.replacePublished(report.campaignId(), report.unitCode(), published);
        return changed(user, report);
    }

    /** What the unit reached against each target, at sơ kết or tổng kết, once its registration is approved. */
    @Transactional
    View saveAchieved(SignedInUser user, long reportId, List<Cell> values) {
        Report report = registrationReport(reportId);
        access.requireCanSeeUnit(user, report.unitCode());
        View view = view(user, report);
        if (!view.canEnterAchieved()) {
            throw new AccessDeniedException();
        }
        if (values.size() != view.registration().targets().size()) {
            throw new InvalidInputException(Messages.get("registration.achieved.changed"));
        }
        List<BigDecimal> typed = RegistrationChecker.achieved(values, view.registration().targets());
        touch(user, report);
        registrations.saveAchieved(report.campaignId(), report.unitCode(), typed);
        return changed(user, report);
    }

    byte[] template(SignedInUser user, long reportId) {
        Report report = registrationReport(reportId);
        access.requireCanSeeUnit(user, report.unitCode());
        return PeopleSheet.template(titles(campaigns.get(report.campaignId())));
    }

    // ---- roll-up ---------------------------------------------------------------------------------------------

    RollUp rollUp(SignedInUser user, long reportId) {
        Report report = registrationReport(reportId);
        access.requireCanSeeUnit(user, report.unitCode());
        return rollUp(report);
    }

    RollUp rollUp(Report report) {
        Campaign campaign = campaigns.get(report.campaignId());
        Map<String, Report> byUnit = new LinkedHashMap<>();
        for (Report r : reports.ofCampaign(report.campaignId())) {
            if (r.phaseNo() == report.phaseNo()) {
                byUnit.put(r.unitCode(), r);
            }
        }
        return RollUp.of(org, report.campaignId(), report.unitCode(), byUnit, titles(campaign), registrations,
                achieved);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    Campaign campaignOf(Report report) {
        return campaigns.get(report.campaignId());
    }

    String unitName(String unitCode) {
        return org.findUnit(unitCode).map(Unit::name).orElse(unitCode);
    }

    Report registrationReport(long reportId) {
        Report report = reports.get(reportId);
        if (report.kind() != ReportKind.REGISTRATION) {
            throw new NoSuchElementException(Messages.get("registration.notFound", reportId));
        }
        return report;
    }

    private Report editable(SignedInUser user, long reportId) {
        Report report = registrationReport(reportId);
        access.requireCanSeeUnit(user, report.unitCode());
        if (!user.isAdmin() && !user.isMemberOf(UnitRole.STAFF.groupId(report.unitCode()))) {
            throw new AccessDeniedException();
        }
        if (!report.status().staffOwesWork()) {
            throw new InvalidInputException(Messages.get("registration.notEditable",
                    report.status().label(ReportKind.REGISTRATION)));
        }
        return report;
    }

    /** Tells the open forms (and anyone else listening) that the registration changed; the page's view of it. */
    private View changed(SignedInUser user, Report report) {
        events.publishEvent(new RegistrationChanged(report));
        return view(user, report);
    }

    private void touch(SignedInUser user, Report report) {
        registrations.touch(report.campaignId(), report.unitCode(), user.username(), clock.now());
    }
}
