package vn.thidua.dossier;

import vn.thidua.nomination.Nomination;
import vn.thidua.text.Messages;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.deadline.EngineClock;
import vn.thidua.dossier.file.NominationFiles;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.Report;
import vn.thidua.report.ReportAccess;
import vn.thidua.report.ReportContext;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.registration.RegistrationApi;
import vn.thidua.rules.PinnedRuleSet;
import vn.thidua.rules.TitleRule;
import vn.thidua.rules.UnmetCriterion;
import vn.thidua.rules.Verdict;
import vn.thidua.security.SignedInUser;

/**
 * What people do with a tổng kết dossier outside the task forms: the unit's staff build the nomination list
 * (typed, or from their Excel file) and see the rule set's verdict on every line; the council records its
 * meeting and votes; the parent's reviewer rejects single nominations. Each action checks who may do it now.
 */
@Service
public class DossierService {


    static final int MAX_JUSTIFICATION = 2000;
    static final int MIN_REASON = 10;

    private final ReportRepository reports;
    private final CampaignRepository campaigns;
    private final NominationRepository nominations;
    private final CouncilRepository council;
    private final DecisionRepository decisions;
    private final CampaignRules campaignRules;
    private final NominationFiles files;
    private final ReportAccess access;
    private final OrgDirectory org;
    private final EngineClock clock;
    private final DossierForms forms;
    private final TransactionTemplate writes;
    private final RegistrationApi registrations;
    /** Code of the criterion a nomination fails when its title needs a registration the nominee did not make. */
    static final String REGISTRATION_CRITERION = "REGISTRATION";

    DossierService(ReportRepository reports, CampaignRepository campaigns, NominationRepository nominations,
                          CouncilRepository council, DecisionRepository decisions, CampaignRules campaignRules,
                          NominationFiles files, ReportAccess access, OrgDirectory org, EngineClock clock,
                          DossierForms forms, RegistrationApi registrations,
                          PlatformTransactionManager transactions) {
        this.forms = forms;
        this.registrations = registrations;
        this.writes = new TransactionTemplate(transactions);
        this.reports = reports;
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.council = council;
        this.decisions = decisions;
        this.campaignRules = campaignRules;
        this.files = files;
        this.access = access;
        this.org = org;
        this.clock = clock;
    }

    // ---- Reading ----------------------------------------------------------------------------------------------

    DossierView view(SignedInUser user, long reportId) {
        Report report = readable(user, reportId);
        Campaign campaign = campaigns.get(report.campaignId());
        PinnedRuleSet rules = campaignRules.of(report.campaignId());
        Unit unit = org.unit(report.unitCode());
        Map<Long, CouncilRepository.Vote> votes = council.votesAt(report.campaignId(), unit.code());
        List<String> above = above(unit);
        List<DossierEntry> entries = nominations.heldOrSentUp(report.campaignId(), unit.code(),
                above.isEmpty() ? List.of() : subtree(unit.code()), above);
        Set<Long> granting = entries.stream().map(DossierEntry::decisionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<IssuedDecision> ofCampaign = decisions.ofCampaign(report.campaignId());
        String title = ReportContext.View.title(campaigns.phase(report.campaignId(), report.phaseNo()), unit,
                campaign);
        return new DossierView(title, report, campaign, unit, rules.name() + " (" + String.join("; ", rules.legalBases()) + ")",
                rules.titles(), entries, votes, council.meeting(reportId),
                ofCampaign.stream().filter(d -> d.unitCode().equals(unit.code())).toList(),
                ofCampaign.stream().filter(d -> !d.unitCode().equals(unit.code()) && granting.contains(d.id()))
                        .toList(),
                canEditList(user, report), canVote(user, report), canReject(user, report));
    }

    /** The unit and every unit below it: where the nominations its dossier gathers come from. */
    private Set<String> subtree(String unitCode) {
        Set<String> codes = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(unitCode));
        while (!open.isEmpty()) {
            String code = open.poll();
            if (codes.add(code)) {
                org.children(code).forEach(child -> open.add(child.code()));
            }
        }
        return codes;
    }

    /** The units above the unit, nearest first: where a nomination it sent up may stand now. */
    private List<String> above(Unit unit) {
        List<String> codes = new ArrayList<>();
        Optional<Unit> parent = unit.parentCode() == null ? Optional.empty() : org.findUnit(unit.parentCode());
        while (parent.isPresent() && !parent.get().code().equals(unit.code()) && !codes.contains(parent.get().code())) {
            codes.add(parent.get().code());
            parent = parent.get().parentCode() == null ? Optional.empty() : org.findUnit(parent.get().parentCode());
        }
        return codes;
    }

    public byte[] template(SignedInUser user, long reportId) {
        Report report = readable(user, reportId);
        return files.template(campaignRules.of(report.campaignId()).titles());
    }

    /** The unit's own list as the template's workbook, named after the unit. */
    public NamedFile export(SignedInUser user, long reportId) {
        Report report = readable(user, reportId);
        return new NamedFile(DossierDownloads.listFileName(report.unitCode()), files.export(nominations.ofOriginReport(reportId, report.unitCode()).stream().map(DossierEntry::nomination).toList(),
                campaignRules.of(report.campaignId()).titles()));
    }

    CouncilRepository.Minutes minutes(SignedInUser user, long reportId) {
        readable(user, reportId);
        return council.minutes(reportId).orElseThrow(
                () -> new java.util.NoSuchElementException(Messages.get("dossier.minutes.none")));
    }

    // ---- The unit's staff: the nomination list ----------------------------------------------------------------

    /**
     * Reads the unit's file (.xlsx or .csv, told apart by content) and makes it the unit's list: all or nothing.
     *
     * @return the dossier as it stands after the upload
     */
    public DossierView upload(SignedInUser user, long reportId, String fileName, byte[] content) {
        Report report = editableList(user, reportId);
        if (content == null || content.length == 0) {
            throw invalid(Messages.get("dossier.upload.missing"), "file");
        }
        // Reading a workbook takes seconds: it happens before the transaction, so a hundred schools uploading at
        // the deadline hour do not hold a hundred pooled connections while their files are parsed.
        List<Nomination> list = files.read(fileName, content, report.unitCode(),
                campaignRules.of(report.campaignId()).titles(), today());
        List<List<UnmetCriterion>> unmet = judge(report, list);
        writes.executeWithoutResult(status -> replace(editableList(user, reportId), list, unmet));
        return view(user, reportId);
    }

    /**
     * Makes the rows typed on the dossier page or sent as JSON the unit's list: all or nothing. The rows go through
     * the same checker as the rows of an uploaded file.
     *
     * @return the dossier as it stands after the save
     */
    DossierView saveRows(SignedInUser user, long reportId, List<TypedNominationRows.Row> rows) {
        Report report = editableList(user, reportId);
        checkedAndWritten(user, report, TypedNominationRows.read(rows, report.unitCode(),
                campaignRules.of(report.campaignId()).titles(), today()));
        return view(user, reportId);
    }

    /**
     * Makes {@code list} the unit's list: all or nothing. The list goes through the same checker as a typed or
     * uploaded one (ages, lengths, counts, titles of the right kind); its row N is the list's entry N - 1.
     */
    public List<DossierEntry> save(SignedInUser user, long reportId, List<Nomination> list) {
        Report report = editableList(user, reportId);
        List<TypedNominationRows.Row> rows = new ArrayList<>();
        for (Nomination nomination : list) {
            rows.add(TypedNominationRows.of(rows.size() + 1, nomination));
        }
        return checkedAndWritten(user, report, TypedNominationRows.read(rows, report.unitCode(),
                campaignRules.of(report.campaignId()).titles(), today()));
    }

    /**
     * Judges a checked list against the rules (FEEL, seconds for a long list) before the transaction, which then
     * only writes it: at the deadline hour a hundred schools saving at once must not each hold a pooled connection
     * while their lists are judged.
     */
    private List<DossierEntry> checkedAndWritten(SignedInUser user, Report report, List<Nomination> list) {
        List<List<UnmetCriterion>> unmet = judge(report, list);
        return writes.execute(status -> replace(editableList(user, report.id()), list, unmet));
    }

    /** The day ages are counted at: the engine's, so a moved clock moves it too. */
    private LocalDate today() {
        return clock.now().toLocalDate();
    }

    private List<DossierEntry> replace(Report report, List<Nomination> list, List<List<UnmetCriterion>> unmet) {
        Set<String> models = nominations.heldBy(report.campaignId(), report.unitCode()).stream()
                .filter(DossierEntry::isModel)
                .map(e -> e.nomination().nomineeKey() + "|" + e.nomination().requestedTitle())
                .collect(Collectors.toSet());
        Set<String> leading = nominations.heldBy(report.campaignId(), report.unitCode()).stream()
                .filter(e -> isLeadingUnit(e, report))
                .map(e -> e.nomination().nomineeKey() + "|" + e.nomination().requestedTitle())
                .collect(Collectors.toSet());
        for (Nomination n : list) {
            if (models.contains(n.nomineeKey() + "|" + n.requestedTitle())) {
                throw invalid(Messages.get("dossier.list.isModel", n.fullName()), "nominations");
            }
            if (leading.contains(n.nomineeKey() + "|" + n.requestedTitle())) {
                throw invalid(Messages.get("dossier.list.isLeadingUnit", n.fullName()), "nominations");
            }
        }
        List<DossierEntry> current = nominations.ofOriginReport(report.id(), report.unitCode());
        if (current.stream().anyMatch(e -> e.decisionId() != null)) {
            // A decision already granted part of the list (this level decided it before a return): it stays.
            throw invalid(Messages.get("dossier.list.granted"), "nominations");
        }
        Map<String, String> justifications = new HashMap<>();
        for (DossierEntry old : current) {
            if (old.justification() != null) {
                justifications.put(old.nomination().nomineeKey() + "|" + old.nomination().requestedTitle(),
                        old.justification());
            }
        }
        nominations.replaceOwnList(report.campaignId(), report.id(), report.unitCode(), list, unmet,
                justifications);
        forms.refresh(report);
        return nominations.ofOriginReport(report.id(), report.unitCode());
    }

    private List<List<UnmetCriterion>> judge(Report report, List<Nomination> list) {
        Campaign campaign = campaigns.get(report.campaignId());
        PinnedRuleSet rules = campaignRules.of(report.campaignId());
        List<Verdict> verdicts = rules.judge(list, campaign.evaluationYear(), decisions);
        Optional<Map<String, String>> registered = registrations.registeredTitles(report.campaignId());
        List<List<UnmetCriterion>> unmet = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            List<UnmetCriterion> criteria = new ArrayList<>(verdicts.get(i).unmet());
            Nomination n = list.get(i);
            if (registered.isPresent() && rules.registrationRequired(n.requestedTitle())) {
                // The rule set makes registration a gate for this title: flagged like any criterion, never dropped.
                String title = rules.title(n.requestedTitle()).map(TitleRule::name).orElse(n.requestedTitle());
                String theirs = registered.get().get(n.nomineeKey());
                if (theirs == null) {
                    criteria.add(new UnmetCriterion(REGISTRATION_CRITERION,
                            Messages.get("dossier.registration.missing", title)));
                } else if (!theirs.equals(n.requestedTitle())) {
                    criteria.add(new UnmetCriterion(REGISTRATION_CRITERION, Messages.get(
                            "dossier.registration.otherTitle", rules.title(theirs).map(TitleRule::name)
                                    .orElse(theirs), title)));
                }
            }
            unmet.add(List.copyOf(criteria));
        }
        return unmet;
    }

    /** Why the unit sends a nomination that fails a criterion; blank removes it. */
    @Transactional
    public void justify(SignedInUser user, long reportId, long nominationId, String justification) {
        Report report = editableList(user, reportId);
        DossierEntry entry = own(reportId, nominationId);
        String text = justification == null || justification.isBlank() ? null : justification.strip();
        if (text != null && text.length() > MAX_JUSTIFICATION) {
            throw invalid(Messages.get("dossier.justification.tooLong", MAX_JUSTIFICATION), "justification");
        }
        nominations.setJustification(entry.id(), text);
        forms.refresh(report);
    }

    // ---- The council: meeting and votes -----------------------------------------------------------------------

    @Transactional
    public void recordMeeting(SignedInUser user, long reportId, LocalDate heldOn, Integer membersTotal,
                              Integer present, boolean secretBallot, CouncilRepository.Minutes minutes) {
        Report report = votable(user, reportId);
        List<InputError> errors = new ArrayList<>();
        if (heldOn == null) {
            errors.add(new InputError(0, 0, "heldOn", Messages.get("dossier.meeting.noDay")));
        } else if (heldOn.isAfter(clock.now().toLocalDate())) {
            errors.add(new InputError(0, 0, "heldOn", Messages.get("dossier.meeting.future")));
        }
        if (membersTotal == null || membersTotal < 1) {
            errors.add(new InputError(0, 0, "membersTotal", Messages.get("dossier.meeting.members")));
        }
        if (present == null || present < 0) {
            errors.add(new InputError(0, 0, "present", Messages.get("dossier.meeting.noPresent")));
        } else if (membersTotal != null && present > membersTotal) {
            errors.add(new InputError(0, 0, "present", Messages.get("dossier.meeting.presentOverTotal", present,
                    membersTotal)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("dossier.meeting.invalid"), errors);
        }
        council.saveMeeting(new CouncilMeeting(report.id(), heldOn, membersTotal, present, secretBallot, null,
                user.username(), clock.now()), minutes);
    }

    /** Votes for (số phiếu đồng ý) per nomination id; all or nothing. */
    @Transactional
    public void recordVotes(SignedInUser user, long reportId, Map<Long, Integer> votesFor) {
        Report report = votable(user, reportId);
        if (votesFor.isEmpty()) {
            throw invalid(Messages.get("dossier.votes.none"), "votes");
        }
        CouncilMeeting meeting = council.meeting(reportId).orElseThrow(() -> invalid(
                Messages.get("dossier.votes.noMeeting"), "meeting"));
        Map<Long, DossierEntry> open = nominations.heldBy(report.campaignId(), report.unitCode()).stream()
                .filter(e -> e.status() == NominationStatus.PROPOSED)
                .collect(Collectors.toMap(DossierEntry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<InputError> errors = new ArrayList<>();
        votesFor.forEach((id, votes) -> {
            DossierEntry entry = open.get(id);
            if (entry == null) {
                errors.add(new InputError(0, 0, "votes", Messages.get("dossier.votes.notOpen", id)));
            } else if (votes == null || votes < 0 || votes > meeting.present()) {
                errors.add(new InputError(0, 0, "votes", Messages.get("dossier.votes.range",
                        entry.nomination().fullName(), meeting.present())));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("dossier.votes.invalid"), errors);
        }
        council.saveVotes(votesFor, report.unitCode());
        forms.refresh(report);
    }

    // ---- The parent's reviewer: single rejections -------------------------------------------------------------

    /** The parent's reviewer rejects one nomination of the dossier under review, with a reason. */
    @Transactional
    public void reject(SignedInUser user, long reportId, long nominationId, String reason) {
        Report report = rejectable(user, reportId);
        DossierEntry entry = held(report, nominationId);
        if (entry.status() != NominationStatus.PROPOSED) {
            throw invalid(Messages.get("dossier.reject.notOpen", entry.status().label()), "nomination");
        }
        if (reason == null || reason.strip().length() < MIN_REASON) {
            throw invalid(Messages.get("dossier.reject.reason", MIN_REASON), "reason");
        }
        nominations.setStatus(entry.id(), NominationStatus.REJECTED, reason.strip(), report.parentUnitCode());
        forms.refresh(report);
    }

    /** Takes a rejection back while the review is still open. */
    @Transactional
    public void restore(SignedInUser user, long reportId, long nominationId) {
        Report report = rejectable(user, reportId);
        DossierEntry entry = held(report, nominationId);
        if (entry.status() == NominationStatus.REJECTED && report.parentUnitCode().equals(entry.statusByUnitCode())) {
            nominations.setStatus(entry.id(), NominationStatus.PROPOSED, null, null);
            forms.refresh(report);
        }
    }

    // ---- Models review: exemplary models proposed for commendation ---------------------------------------------

    /** A unit's tổng kết dossier whose list its staff are preparing: where its models review may propose now. */
    public record OpenDossier(long campaignId, long reportId, String title, List<vn.thidua.rules.TitleRule> titles) {
    }

    /** The unit's tổng kết dossiers, in running campaigns, whose list is open now. */
    public List<OpenDossier> openForModels(String unitCode) {
        List<OpenDossier> open = new ArrayList<>();
        Unit unit = org.findUnit(unitCode).orElse(null);
        if (unit == null) {
            return open;
        }
        for (Campaign campaign : campaigns.all()) {
            if (!Campaign.STATUS_RUNNING.equals(campaign.status())) {
                continue;
            }
            for (var phase : campaigns.phases(campaign.id())) {
                if (phase.kind() != ReportKind.FINAL) {
                    continue;
                }
                reports.find(campaign.id(), phase.phaseNo(), unitCode)
                        .filter(r -> r.kind() == ReportKind.FINAL && r.status().staffOwesWork())
                        .ifPresent(r -> open.add(new OpenDossier(campaign.id(), r.id(),
                                ReportContext.View.title(phase, unit, campaign),
                                campaignRules.of(campaign.id()).titles())));
            }
        }
        return open;
    }

    /**
     * A models review proposes an exemplary model for commendation: the nomination enters the tổng kết dossier of
     * the unit that holds the model (while its staff prepare it), marked as a model, judged by the campaign's rule
     * set, then voted and decided like every other. The caller checks who may propose for {@code unitCode}; the
     * report must be that unit's. {@code reason} is the council's reason, kept as the nomination's justification.
     */
    @Transactional
    public DossierEntry proposeModel(String unitCode, long reportId, long modelId, Nomination nomination,
                                     String reason) {
        Report report = reports.find(reportId).filter(r -> r.unitCode().equals(unitCode))
                .orElseThrow(() -> new AccessDeniedException());
        if (report.kind() != ReportKind.FINAL || !report.status().staffOwesWork()) {
            throw invalid(Messages.get("dossier.model.closed"), "campaign");
        }
        PinnedRuleSet rules = campaignRules.of(report.campaignId());
        var title = rules.title(nomination.requestedTitle()).orElse(null);
        if (title == null || title.kind() != nomination.kind()) {
            throw invalid(Messages.get("dossier.model.title"), "title");
        }
        if (nominations.exists(report.campaignId(), nomination.nomineeKey(), nomination.requestedTitle())) {
            throw invalid(Messages.get("dossier.model.twice", nomination.fullName(), title.name()), "title");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text == null || text.length() < MIN_REASON || text.length() > MAX_JUSTIFICATION) {
            throw invalid(Messages.get("dossier.model.reason", MIN_REASON, MAX_JUSTIFICATION), "reason");
        }
        long id = nominations.addModel(report.campaignId(), report.id(), report.unitCode(), modelId, nomination,
                judge(report, List.of(nomination)).get(0), text);
        forms.refresh(report);
        return nominations.get(id);
    }

    // ---- Blocs: a parent nominates the leading units of its blocs ---------------------------------------------

    /**
     * The parent proposes a bloc's leading unit (đơn vị dẫn đầu khối thi đua) for the collective title the rule set
     * links to bloc leadership: a collective nomination of the leading unit enters the parent's tổng kết dossier
     * (while its staff prepare it), judged by the campaign's rule set, then voted and decided like every other. The
     * caller checks who may propose for {@code parentUnitCode}; the report must be that unit's, the leading unit
     * one of its children. {@code reason} is kept as the nomination's justification.
     */
    @Transactional
    public DossierEntry proposeLeadingUnit(String parentUnitCode, long reportId, String leadingUnitCode,
                                           String titleCode, String achievements, String reason) {
        Report report = reports.find(reportId).filter(r -> r.unitCode().equals(parentUnitCode))
                .orElseThrow(() -> new AccessDeniedException());
        Unit leading = org.findUnit(leadingUnitCode).filter(u -> parentUnitCode.equals(u.parentCode()))
                .orElseThrow(() -> new AccessDeniedException());
        if (report.kind() != ReportKind.FINAL || !report.status().staffOwesWork()) {
            throw invalid(Messages.get("dossier.leading.closed"), "campaign");
        }
        var title = titleCode == null ? null : campaignRules.of(report.campaignId()).title(titleCode).orElse(null);
        if (title == null || title.kind() != vn.thidua.nomination.NomineeKind.COLLECTIVE) {
            throw invalid(Messages.get("dossier.leading.title"), "title");
        }
        if (leading.name().length() > NominationChecker.MAX_NAME) {
            throw invalid(Messages.get("dossier.leading.name", leading.name(), NominationChecker.MAX_NAME), "unit");
        }
        Nomination nomination = leadingUnitNomination(leading, title.code(), achievements);
        if (nominations.exists(report.campaignId(), nomination.nomineeKey(), nomination.requestedTitle())) {
            throw invalid(Messages.get("dossier.leading.twice", leading.name(), title.name()), "unit");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text == null || text.length() < MIN_REASON || text.length() > MAX_JUSTIFICATION) {
            throw invalid(Messages.get("dossier.leading.reason", MIN_REASON, MAX_JUSTIFICATION), "reason");
        }
        long id = nominations.addModel(report.campaignId(), report.id(), report.unitCode(), null, nomination,
                judge(report, List.of(nomination)).get(0), text);
        forms.refresh(report);
        return nominations.get(id);
    }

    /** Where the nominations of the unit, as a collective, for the title stand in the campaign. */
    public List<DossierEntry> collectiveNominations(long campaignId, String unitCode, String titleCode) {
        Unit unit = org.findUnit(unitCode).orElse(null);
        if (unit == null) {
            return List.of();
        }
        String key = vn.thidua.nomination.NomineeKeys.collective(unit.code(), unit.name());
        return nominations.ofCampaign(campaignId).stream()
                .filter(e -> e.nomination().nomineeKey().equals(key) && e.nomination().requestedTitle().equals(titleCode))
                .toList();
    }

    /** The unit nominated as a collective under its own name, as its own list would name it. */
    private static Nomination leadingUnitNomination(Unit unit, String titleCode, String achievements) {
        String text = achievements == null ? "" : achievements.strip();
        int max = NominationChecker.MAX_ACHIEVEMENTS;
        return new Nomination.Collective(vn.thidua.nomination.NomineeKeys.collective(unit.code(), unit.name()),
                unit.code(), unit.name(), null, null, null, null, null, null, null, titleCode,
                text.length() <= max ? text : text.substring(0, max - 1) + "…");
    }

    /** Added to the report's dossier by the report's own unit for one of its children: a bloc's leading unit. */
    private static boolean isLeadingUnit(DossierEntry entry, Report report) {
        return !entry.isModel() && entry.originReportId() == report.id()
                && !entry.originUnitCode().equals(report.unitCode());
    }

    /** The title's name under the campaign's rule set ("Giấy khen"), or its code. */
    public String titleName(long campaignId, String code) {
        return campaignRules.of(campaignId).title(code).map(vn.thidua.rules.TitleRule::name).orElse(code);
    }

    /** Where the nominations a models review proposed for the model stand, in every campaign. */
    public List<DossierEntry> ofModel(long modelId) {
        return nominations.ofModel(modelId);
    }

    // ---- Who may do what --------------------------------------------------------------------------------------

    Report readable(SignedInUser user, long reportId) {
        Report report = reports.find(reportId).orElseThrow(() -> new AccessDeniedException());
        access.requireCanSeeUnit(user, report.unitCode());
        if (report.kind() != ReportKind.FINAL) {
            throw new java.util.NoSuchElementException(Messages.get("dossier.interimHasNone"));
        }
        return report;
    }

    static boolean canEditList(SignedInUser user, Report report) {
        return report.kind() == ReportKind.FINAL && report.status().staffOwesWork()
                && user.isMemberOf(UnitRole.STAFF.groupId(report.unitCode()));
    }

    static boolean canVote(SignedInUser user, Report report) {
        return report.status() == ReportStatus.WAITING_COUNCIL
                && user.isMemberOf(UnitRole.COUNCIL.groupId(report.unitCode()));
    }

    static boolean canReject(SignedInUser user, Report report) {
        return report.status() == ReportStatus.SUBMITTED && report.parentUnitCode() != null
                && user.isMemberOf(UnitRole.STAFF.groupId(report.parentUnitCode()));
    }

    private Report editableList(SignedInUser user, long reportId) {
        return allowed(user, reportId, DossierService::canEditList, "dossier.denied.editList");
    }

    private Report votable(SignedInUser user, long reportId) {
        return allowed(user, reportId, DossierService::canVote, "dossier.denied.vote");
    }

    private Report rejectable(SignedInUser user, long reportId) {
        return allowed(user, reportId, DossierService::canReject, "dossier.denied.reject");
    }

    /** The report, if the user may see it and {@code may} allows the action now; else the Vietnamese refusal. */
    private Report allowed(SignedInUser user, long reportId, java.util.function.BiPredicate<SignedInUser, Report> may,
                           String refusalKey) {
        Report report = readable(user, reportId);
        if (!may.test(user, report)) {
            throw new AccessDeniedException(Messages.get(refusalKey));
        }
        return report;
    }

    private DossierEntry own(long reportId, long nominationId) {
        return nominations.find(nominationId).filter(e -> e.originReportId() == reportId)
                .orElseThrow(() -> new java.util.NoSuchElementException(Messages.get("dossier.nomination.notFound")));
    }

    private DossierEntry held(Report report, long nominationId) {
        return nominations.find(nominationId)
                .filter(e -> e.campaignId() == report.campaignId() && e.atUnitCode().equals(report.unitCode()))
                .orElseThrow(() -> new java.util.NoSuchElementException(Messages.get("dossier.nomination.notFound")));
    }

    private static InvalidInputException invalid(String message, String field) {
        return new InvalidInputException(message, List.of(new InputError(0, 0, field, message)));
    }
}
