package vn.thidua.model;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.DossierEntry;
import vn.thidua.dossier.DossierService;
import vn.thidua.dossier.ModelNominationGranted;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.Report;
import vn.thidua.report.ReportContext;
import vn.thidua.report.ReportRepository;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * The models review of a campaign (sơ kết / tổng kết điển hình tiên tiến): the level that chose a model (its staff
 * or its council) gathers the model's record over the years and proposes it for commendation; the proposal becomes
 * a nomination in that level's tổng kết dossier, marked as a model, judged, voted and decided like every other.
 * When an award decision grants it, the model's honour is recorded from the decision.
 */
@Component
class ModelCommendation {

    static final int MAX_ACHIEVEMENTS = 4000;

    private final ModelService service;
    private final ModelRepository models;
    private final DossierService dossiers;
    private final ReportRepository reports;
    private final ReportContext context;
    private final OrgDirectory org;

    ModelCommendation(ModelService service, ModelRepository models, DossierService dossiers,
                      ReportRepository reports, ReportContext context, OrgDirectory org) {
        this.service = service;
        this.models = models;
        this.dossiers = dossiers;
        this.reports = reports;
        this.context = context;
        this.org = org;
    }

    /** Staff and council of the level that chose the model (last), while it is chosen. */
    boolean canPropose(SignedInUser user, ExemplaryModel model) {
        String level = model.followingUnitCode();
        return model.status() == ModelStatus.CHOSEN && level != null
                && (user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(level))
                        || user.isMemberOf(UnitRole.COUNCIL.groupId(level)));
    }

    /** The choosing level's tổng kết dossiers open now, where the model may be proposed. */
    List<DossierService.OpenDossier> openDossiers(SignedInUser user, ExemplaryModel model) {
        return canPropose(user, model) ? dossiers.openForModels(model.followingUnitCode()) : List.of();
    }

    /** Where the model's proposals for commendation stand, in every campaign. */
    List<DossierEntry> proposals(ExemplaryModel model) {
        return dossiers.ofModel(model.id());
    }

    /** The title each proposal requests, by nomination id, as the campaign's rule set names it. */
    java.util.Map<Long, String> titleNames(List<DossierEntry> proposals) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (DossierEntry e : proposals) {
            names.put(e.id(), dossiers.titleName(e.campaignId(), e.nomination().requestedTitle()));
        }
        return names;
    }

    /**
     * Proposes the model for {@code titleCode} in the dossier {@code reportId} of the level that chose it; the
     * nomination carries the model's story and its yearly follow-ups as achievements, and the council's reason.
     */
    @Transactional
    DossierEntry propose(SignedInUser user, long id, Long reportId, String titleCode, String ratingText,
                         String reason) {
        ExemplaryModel model = service.readable(user, id);
        if (!canPropose(user, model)) {
            throw new AccessDeniedException();
        }
        List<InputError> errors = new ArrayList<>();
        if (reportId == null) {
            errors.add(new InputError(0, 0, "reportId", Messages.get("model.commendation.noDossier")));
        }
        if (titleCode == null || titleCode.isBlank()) {
            errors.add(new InputError(0, 0, "title", Messages.get("model.commendation.noTitle")));
        }
        Rating rating = null;
        try {
            rating = Rating.valueOf(ratingText == null ? "" : ratingText.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new InputError(0, 0, "rating", Messages.get("model.commendation.noRating")));
        }
        if (model.kind() == NomineeKind.PERSON && model.dateOfBirth() == null) {
            errors.add(new InputError(0, 0, "dateOfBirth", Messages.get("model.missing.dateOfBirth")));
        }
        if (!errors.isEmpty()) {
            throw ModelService.invalid(errors);
        }
        String title = titleCode.trim();
        String record = record(model);
        Nomination nomination = model.kind() == NomineeKind.PERSON
                ? new Nomination.Person(NomineeKeys.person(model.unitCode(), model.name(), model.dateOfBirth()),
                        model.unitCode(), model.name(), model.dateOfBirth(), model.position(), rating, "",
                        null, "", null, null, null, null, null, null, title, record)
                : new Nomination.Collective(NomineeKeys.collective(model.unitCode(), model.name()), model.unitCode(),
                        model.name(), rating, null, null, null, null, null, null, title, record);
        try {
            return dossiers.proposeModel(model.followingUnitCode(), reportId, model.id(), nomination, reason);
        } catch (NoSuchElementException e) {
            throw new AccessDeniedException();
        }
    }

    // ---- The models review of one level in one campaign ---------------------------------------------------------

    /**
     * One chosen model as the models review reads it: its record (plan, follow-ups, replication), where its
     * proposals of this campaign stand, and whether this level may propose it now.
     */
    record Candidate(ModelViews.ModelView model, String followingUnitName, List<DossierEntry> proposals,
                     boolean proposable) {
    }

    /**
     * The models review of the level whose report {@code reportId} is, in that report's campaign: every chosen model
     * of the level's units and below, and the level's tổng kết dossiers of the campaign open now.
     */
    record ReviewBoard(Report report, Unit level, String title, List<Candidate> candidates,
                       List<DossierService.OpenDossier> openDossiers, boolean canPropose) {
    }

    /** Only the level and the levels above it read its models review; any other report is "not found". */
    ReviewBoard board(SignedInUser user, long reportId) {
        Report report = reports.find(reportId).filter(r -> service.canSee(user, r.unitCode()))
                .orElseThrow(() -> new NoSuchElementException(Messages.get("model.review.notFound", reportId)));
        Unit level = org.unit(report.unitCode());
        boolean levelMember = user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(level.code()))
                || user.isMemberOf(UnitRole.COUNCIL.groupId(level.code()));
        List<DossierService.OpenDossier> open = levelMember ? dossiers.openForModels(level.code()).stream()
                .filter(d -> d.campaignId() == report.campaignId()).toList() : List.of();
        List<Candidate> candidates = new ArrayList<>();
        for (ExemplaryModel m : service.listUnder(level)) {
            if (m.status() != ModelStatus.CHOSEN) {
                continue;
            }
            List<DossierEntry> ofCampaign = proposals(m).stream()
                    .filter(e -> e.campaignId() == report.campaignId()).toList();
            boolean proposable = !open.isEmpty() && ofCampaign.isEmpty()
                    && level.code().equals(m.followingUnitCode()) && canPropose(user, m);
            ModelViews.ModelView view = ModelViews.of(m, service.rulesOf(m), service.unitName(m.unitCode()),
                    service.unitName(m.parentUnitCode()), models.followUps(m.id()),
                    service.unitName(m.reviewUnitCode()), service.unitName(m.chosenByUnitCode()));
            candidates.add(new Candidate(view, service.unitName(m.followingUnitCode()), ofCampaign, proposable));
        }
        return new ReviewBoard(report, level, context.of(reportId).title(), candidates, open,
                candidates.stream().anyMatch(Candidate::proposable));
    }

    /** One model the review selected, with the title and the school year's rating it is proposed with. */
    record Selection(long modelId, String titleCode, String rating) {
    }

    /**
     * The level's staff or council propose the selected models into its dossier {@code dossierReportId} in one
     * action, each by the same path as from the model's page, with the council's one reason: all or none.
     */
    @Transactional
    List<DossierEntry> proposeAll(SignedInUser user, long reportId, Long dossierReportId, List<Selection> selected,
                                  String reason) {
        ReviewBoard board = board(user, reportId);
        if (selected == null || selected.isEmpty()) {
            throw ModelService.invalid(List.of(new InputError(0, 0, "model",
                    Messages.get("model.review.noneSelected"))));
        }
        List<DossierEntry> proposed = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Selection selection : selected) {
            Candidate candidate = board.candidates().stream()
                    .filter(c -> c.model().id() == selection.modelId()).findFirst().orElse(null);
            if (candidate == null || !candidate.proposable()) {
                throw new AccessDeniedException();
            }
            try {
                proposed.add(propose(user, selection.modelId(), dossierReportId, selection.titleCode(),
                        selection.rating(), reason));
            } catch (InvalidInputException e) {
                List<InputError> each = e.errors().isEmpty()
                        ? List.of(new InputError(0, 0, "model", e.getMessage())) : e.errors();
                for (InputError error : each) {
                    errors.add(new InputError(0, 0, error.field(), Messages.get("model.review.failed",
                            candidate.model().name(), error.message())));
                }
            }
        }
        if (!errors.isEmpty()) {
            // Nothing of the action stays: the transaction rolls back what the others added.
            throw ModelService.invalid(errors);
        }
        return proposed;
    }

    /** The model's record over the years: its results, then each filed follow-up and who replicated it. */
    String record(ExemplaryModel model) {
        StringBuilder text = new StringBuilder(Messages.get("model.commendation.record", model.name()));
        if (model.storyResults() != null) {
            text.append(' ').append(model.storyResults());
        }
        for (ModelRepository.FollowUp f : models.followUps(model.id())) {
            if (f.filed()) {
                text.append(' ').append(Messages.get("model.commendation.year", f.schoolYear(),
                        f.done() == null ? "" : f.done(), f.replicatedBy() == null || f.replicatedBy().isBlank()
                                ? Messages.get("model.commendation.noReplication") : f.replicatedBy()));
            }
        }
        String value = text.toString().strip();
        return value.length() > MAX_ACHIEVEMENTS ? value.substring(0, MAX_ACHIEVEMENTS - 1) + "…" : value;
    }

    /** An award decision granted the model: its honour is the decision's year, title and number. */
    @EventListener
    void granted(ModelNominationGranted event) {
        if (models.find(event.modelId()).isEmpty()) {
            return;
        }
        String title = Messages.get("model.commendation.honouredTitle", event.titleName(), event.issuingUnitName());
        models.honoured(event.modelId(), event.signedOn().getYear(),
                title.length() > ModelService.MAX_NAME ? event.titleName() : title, event.decisionNumber());
    }
}
