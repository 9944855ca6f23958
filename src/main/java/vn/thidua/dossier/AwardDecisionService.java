package vn.thidua.dossier;

import vn.thidua.nomination.Nomination;
import vn.thidua.text.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.deadline.EngineClock;
import vn.thidua.dossier.document.DecisionDocuments;
import vn.thidua.mail.MailOutbox;
import vn.thidua.mail.OutboxMail;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Person;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.Report;
import vn.thidua.report.ReportAccess;
import vn.thidua.report.ReportRepository;
import vn.thidua.rules.PinnedRuleSet;
import vn.thidua.rules.RuleSetDefinition;
import vn.thidua.security.SignedInUser;

/**
 * Award decisions (quyết định khen thưởng): the deciding level's head signs what its council approved; the
 * decision is published at once — the titles enter each nominee's history, each nominee's unit is told by
 * email, and everyone it concerns can read the results and download the decision (.docx) and its list (.xlsx).
 */
@Service
class AwardDecisionService {

    /** "125/QĐ-GDĐT", "07/QĐ-CĐGD": a number, a slash, then the issuer's symbol. */
    static final Pattern NUMBER = Pattern.compile("^\\d{1,6}/[\\p{L}\\p{N}Đđ&.\\-]{2,40}$");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportRepository reports;
    private final CampaignRepository campaigns;
    private final NominationRepository nominations;
    private final DecisionRepository decisions;
    private final DossierFlow flow;
    private final CampaignRules campaignRules;
    private final DecisionDocuments documents;
    private final MailOutbox outbox;
    private final OrgDirectory org;
    private final ReportAccess access;
    private final DossierProperties properties;
    private final EngineClock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AwardDecisionService(ReportRepository reports, CampaignRepository campaigns, NominationRepository nominations,
                           DecisionRepository decisions, DossierFlow flow, CampaignRules campaignRules,
                           DecisionDocuments documents, MailOutbox outbox, OrgDirectory org, ReportAccess access,
                           DossierProperties properties, EngineClock clock,
                           org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.reports = reports;
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.decisions = decisions;
        this.flow = flow;
        this.campaignRules = campaignRules;
        this.documents = documents;
        this.outbox = outbox;
        this.org = org;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the head fills in to sign the decision. */
    public record Signing(String number, LocalDate signedOn, String signerName, String signerPosition) {
    }

    /**
     * Issues and publishes the decision granting what the unit's council approved (called by the head's task,
     * inside the engine's transaction, so everything or nothing happens).
     *
     * @return the decision's id
     */
    public long issue(long reportId, Signing signing, String issuedBy) {
        Report report = reports.get(reportId);
        List<DossierEntry> granted = flow.toGrant(report);
        if (granted.isEmpty()) {
            throw new InvalidInputException(Messages.get("decision.issue.nothing"));
        }
        List<String> problems = new ArrayList<>();
        String number = signing.number() == null ? "" : signing.number().strip().replaceAll("\\s+", "");
        if (!NUMBER.matcher(number).matches()) {
            problems.add(Messages.get("decision.issue.numberFormat"));
        } else if (decisions.numberTaken(report.unitCode(), number)) {
            problems.add(Messages.get("decision.issue.numberTaken", number));
        }
        LocalDate today = clock.now().toLocalDate();
        if (signing.signedOn() == null) {
            problems.add(Messages.get("decision.issue.noDay"));
        } else if (signing.signedOn().isAfter(today) || signing.signedOn().isBefore(today.minusDays(60))) {
            problems.add(Messages.get("decision.issue.dayOutOfRange", DAY.format(signing.signedOn())));
        }
        if (blank(signing.signerName()) || signing.signerName().strip().length() > 200) {
            problems.add(Messages.get("decision.issue.noSigner"));
        }
        if (blank(signing.signerPosition()) || signing.signerPosition().strip().length() > 200) {
            problems.add(Messages.get("decision.issue.noPosition"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems));
        }
        PinnedRuleSet rules = campaignRules.of(report.campaignId());
        long decisionId = decisions.insert(report.campaignId(), report.unitCode(), report.id(), number,
                signing.signedOn(), signing.signerName().strip(), signing.signerPosition().strip(),
                RuleSetDefinition.storedLegalBases(rules.legalBases()), issuedBy, clock.now());
        nominations.grant(decisionId, granted.stream().map(DossierEntry::id).toList());
        Campaign campaign = campaigns.get(report.campaignId());
        decisions.recordHistory(decisionId, campaign.evaluationYear(), granted);
        notifyUnits(decisionId, granted);
        String issuer = org.findUnit(report.unitCode()).map(Unit::name).orElse(report.unitCode());
        for (DossierEntry entry : granted) {
            if (entry.isModel()) {
                String title = entry.nomination().requestedTitle();
                events.publishEvent(new ModelNominationGranted(entry.modelId(), entry.id(),
                        rules.title(title).map(t -> t.name()).orElse(title), number, signing.signedOn(), issuer));
            }
        }
        return decisionId;
    }

    /** One mail per nominee's unit and recipient: the unit's mailbox and its staff. */
    private void notifyUnits(long decisionId, List<DossierEntry> granted) {
        AwardDecision decision = document(decisionId);
        PinnedRuleSet rules = campaignRules.of(granted.get(0).campaignId());
        Map<String, List<AwardDecision.Award>> byUnit = new LinkedHashMap<>();
        for (DossierEntry entry : granted) {
            byUnit.computeIfAbsent(entry.originUnitCode(), u -> new ArrayList<>()).add(award(entry, rules));
        }
        byUnit.forEach((unitCode, awards) -> {
            Unit unit = org.unit(unitCode);
            Map<String, Object> model = new HashMap<>();
            model.put("unitName", unit.name());
            model.put("issuingUnitName", decision.issuingUnitName());
            model.put("decisionNumber", decision.number());
            model.put("signedOn", DAY.format(decision.signedOn()));
            model.put("campaignName", decision.campaignName());
            model.put("awards", awards.stream().map(a -> Map.of("name", a.fullName(), "title", a.titleName()))
                    .toList());
            model.put("resultsUrl", "/campaigns/" + granted.get(0).campaignId() + "/results");
            List<Person> staff = org.people(unitCode, UnitRole.STAFF);
            outbox.queue(new OutboxMail("decision:" + decisionId + ":" + unitCode + ":unit", unit.email(),
                    unit.name(), "award-decision", model));
            for (Person person : staff) {
                outbox.queue(new OutboxMail("decision:" + decisionId + ":" + unitCode + ":" + person.username(),
                        person.email(), person.fullName(), "award-decision", model));
            }
        });
    }

    /** The decision as printed: the granted nominations by unit, in each unit's order. */
    public AwardDecision document(long decisionId) {
        IssuedDecision d = decisions.find(decisionId).orElseThrow(
                () -> new NoSuchElementException(Messages.get("decision.notFound", decisionId)));
        Campaign campaign = campaigns.get(d.campaignId());
        PinnedRuleSet rules = campaignRules.of(d.campaignId());
        Unit issuer = org.unit(d.unitCode());
        List<AwardDecision.Award> awards = nominations.ofDecision(decisionId).stream()
                .map(e -> award(e, rules)).toList();
        return new AwardDecision(issuer.name(), null, d.number(), d.signedOn(), properties.place(), d.signerName(),
                d.signerPosition(), campaign.name(), campaign.schoolYear(), d.legalBases(), awards);
    }

    private AwardDecision.Award award(DossierEntry e, PinnedRuleSet rules) {
        Nomination n = e.nomination();
        return new AwardDecision.Award(n.requestedTitle(),
                rules.title(n.requestedTitle()).map(t -> t.name()).orElse(n.requestedTitle()), n.kind(),
                n.fullName(), n instanceof Nomination.Person p ? p.position() : null, org.findUnit(e.originUnitCode()).map(Unit::name).orElse(e.originUnitCode()),
                e.isModel());
    }

    // ---- Reading, for the people a decision concerns -----------------------------------------------------------

    /** The issuing unit and the units above it, and every unit whose nominee it grants (and those above them). */
    public boolean canSee(SignedInUser user, IssuedDecision decision) {
        return access.canSeeUnit(user, decision.unitCode()) || nominations.ofDecision(decision.id()).stream()
                .anyMatch(e -> access.canSeeUnit(user, e.originUnitCode()));
    }

    /** A decision and who receives what, for those who may read it. */
    public record DecisionPage(IssuedDecision decision, AwardDecision document) {
    }

    /** The decision with its awards, for those who may read it. */
    public DecisionPage page(SignedInUser user, long decisionId) {
        return new DecisionPage(readable(user, decisionId), document(decisionId));
    }

    public IssuedDecision readable(SignedInUser user, long decisionId) {
        IssuedDecision decision = decisions.find(decisionId)
                .orElseThrow(() -> new AccessDeniedException());
        if (!canSee(user, decision)) {
            throw new AccessDeniedException();
        }
        return decision;
    }

    public List<IssuedDecision> ofCampaign(SignedInUser user, long campaignId) {
        requireCanSeeCampaign(user, campaignId);
        return decisions.ofCampaign(campaignId).stream().filter(d -> canSee(user, d)).toList();
    }

    /** The decision as a Word document, for those who may read it. */
    public NamedFile docx(SignedInUser user, long decisionId) {
        IssuedDecision decision = readable(user, decisionId);
        return new NamedFile(DossierDownloads.decisionFileName(decision.number(), "docx"),
                documents.docx(document(decisionId)));
    }

    /** The decision's list of awards as a workbook, for those who may read it. */
    public NamedFile xlsx(SignedInUser user, long decisionId) {
        IssuedDecision decision = readable(user, decisionId);
        return new NamedFile(DossierDownloads.decisionFileName(decision.number(), "xlsx"),
                documents.xlsx(document(decisionId)));
    }

    /** Every nomination of the campaign from the user's units and below, with where it stands. */
    public List<DossierEntry> results(SignedInUser user, long campaignId) {
        requireCanSeeCampaign(user, campaignId);
        return nominations.ofCampaign(campaignId).stream()
                .filter(e -> access.canSeeUnit(user, e.originUnitCode())).toList();
    }

    /** Report whose head signs: the prefilled signer name. */
    String headName(String unitCode) {
        return org.people(unitCode, UnitRole.HEAD).stream().findFirst().map(Person::fullName).orElse("");
    }

    /**
     * The prefilled signer position: the one the unit's head gave on the unit's latest decision ("Trưởng phòng"),
     * null when the head has signed none here (users.csv holds no positions).
     */
    String headPosition(String unitCode) {
        String head = headName(unitCode);
        return head.isEmpty() ? null : decisions.lastPositionOf(unitCode, head).orElse(null);
    }

    /** Another tree's campaign is refused like a missing one: its name is not for the user either. */
    private void requireCanSeeCampaign(SignedInUser user, long campaignId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new AccessDeniedException());
        access.requireCanSeeCampaign(user, campaign.rootUnitCode());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
