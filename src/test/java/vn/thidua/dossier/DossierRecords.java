package vn.thidua.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.thidua.security.SignedInUser;

/**
 * What the dossier module holds, read (and, for the history of titles, written) the way its pages and services do,
 * for tests of other modules: a unit's dossier as a user sees it, the nominations a report sent, the council's
 * meeting, the decisions of a campaign.
 */
@Component
public class DossierRecords {

    private final DossierService dossiers;
    private final NominationRepository nominations;
    private final CouncilRepository council;
    private final AwardDecisionService decisions;
    private final DecisionRepository history;
    private final vn.thidua.report.ReportRepository reports;

    DossierRecords(DossierService dossiers, NominationRepository nominations, CouncilRepository council,
                   AwardDecisionService decisions, DecisionRepository history,
                   vn.thidua.report.ReportRepository reports) {
        this.reports = reports;
        this.dossiers = dossiers;
        this.nominations = nominations;
        this.council = council;
        this.decisions = decisions;
        this.history = history;
    }

    /** The dossier page's "held" list: nominations of the units below, and models, before the unit's council. */
    public List<DossierEntry> held(SignedInUser user, long reportId) {
        return dossiers.view(user, reportId).held();
    }

    /** The dossier page's list of the unit's own nominations. */
    public List<DossierEntry> own(SignedInUser user, long reportId) {
        return dossiers.view(user, reportId).own();
    }

    /** Whether the user may record the council's votes on the dossier now. */
    public boolean canVote(SignedInUser user, long reportId) {
        return dossiers.view(user, reportId).canVote();
    }

    /** The nominations the council votes on. */
    public List<DossierEntry> toVote(SignedInUser user, long reportId) {
        return dossiers.view(user, reportId).toVote();
    }

    /** Every nomination a report sent, wherever it now is. */
    public List<DossierEntry> ofOriginReport(long reportId) {
        return nominations.ofOriginReport(reportId, reports.get(reportId).unitCode());
    }

    /** The day the council met on the report's dossier, once recorded. */
    public Optional<LocalDate> meetingDay(long reportId) {
        return council.meeting(reportId).map(CouncilMeeting::heldOn);
    }

    /** The decisions of a campaign the user may read. */
    public List<IssuedDecision> decisions(SignedInUser user, long campaignId) {
        return decisions.ofCampaign(user, campaignId);
    }

    /** The names on a decision's list of awards, in its order. */
    public List<String> awardedNames(long decisionId) {
        return decisions.document(decisionId).awards().stream().map(AwardDecision.Award::fullName).toList();
    }

    /** The names on a decision's list of awards marked as exemplary models (điển hình tiên tiến). */
    public List<String> awardedModelNames(long decisionId) {
        return decisions.document(decisionId).awards().stream().filter(AwardDecision.Award::exemplaryModel)
                .map(AwardDecision.Award::fullName).toList();
    }

    /** A title held before the system, as the title-history import records it; 1 if it was new. */
    public int recordEarlierTitle(String nomineeKey, String titleCode, String schoolYear, String fullName,
                                  String unitCode) {
        return history.recordEarlierTitle(nomineeKey, titleCode, schoolYear, fullName, unitCode);
    }
}
