package vn.thidua.bloc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.thidua.bloc.BlocYearRepository.Rank;
import vn.thidua.bloc.BlocYears.Context;
import vn.thidua.dossier.DossierEntry;
import vn.thidua.dossier.DossierService;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.rules.BlocRules;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * Once the parent's council confirmed a bloc's result, the parent's staff nominate the leading units for the
 * collective title the rule set links to bloc leadership ({@code blocs.leadingAward}): the nomination enters the
 * parent's tổng kết dossier through the dossier module and is judged, voted and decided there like every other.
 */
@Component
class LeadingUnitAward {

    private final BlocYears years;
    private final DossierService dossiers;

    LeadingUnitAward(BlocYears years, DossierService dossiers) {
        this.years = years;
        this.dossiers = dossiers;
    }

    /** One leading unit and where its nominations for the linked title stand (empty: not nominated yet). */
    record Line(String unitCode, String unitName, List<String> standing) {
    }

    /**
     * What the bloc year page shows of the linked award: nothing before the council confirmed or when the rule set
     * links no title; the leading units with their nominations; the parent's open dossiers its staff may nominate in.
     */
    record Board(boolean shown, String awardName, List<Line> lines, List<DossierService.OpenDossier> open,
                 Long defaultReportId, boolean canNominate, String closedMessage) {

        static Board hidden() {
            return new Board(false, "", List.of(), List.of(), null, false, null);
        }
    }

    Board board(SignedInUser user, Context c) {
        String award = years.rulesOf(c.year()).leadingAward();
        if (c.year().status() != BlocYearStatus.CONFIRMED || award == null) {
            return Board.hidden();
        }
        String parent = c.bloc().parentUnitCode();
        boolean parentStaff = BlocYears.staffOf(user, parent);
        List<DossierService.OpenDossier> open = parentStaff ? dossiers.openForModels(parent) : List.of();
        Set<Long> campaigns = new LinkedHashSet<>();
        campaigns.add(c.year().campaignId());
        open.forEach(d -> campaigns.add(d.campaignId()));
        List<Line> lines = new ArrayList<>();
        for (Rank rank : leading(c)) {
            List<String> standing = new ArrayList<>();
            for (long campaignId : campaigns) {
                for (DossierEntry e : dossiers.collectiveNominations(campaignId, rank.unitCode(), award)) {
                    standing.add(Messages.get("bloc.leadingAward.standing", e.status().label(),
                            years.unitName(e.atUnitCode())));
                }
            }
            lines.add(new Line(rank.unitCode(), years.unitName(rank.unitCode()), standing));
        }
        Long preferred = open.stream().filter(d -> d.campaignId() == c.year().campaignId()).findFirst()
                .or(() -> open.stream().findFirst()).map(DossierService.OpenDossier::reportId).orElse(null);
        return new Board(true, dossiers.titleName(c.year().campaignId(), award), lines, open, preferred,
                parentStaff && !open.isEmpty() && lines.stream().anyMatch(l -> l.standing().isEmpty()),
                parentStaff && open.isEmpty() ? Messages.get("bloc.leadingAward.noDossier") : null);
    }

    /**
     * The parent's staff nominate the confirmed leading unit {@code unitCode} for the linked title in the parent's
     * open tổng kết dossier {@code reportId} (the only one open when null), with their reason.
     */
    DossierEntry nominate(SignedInUser user, long yearId, String unitCode, Long reportId, String reason) {
        Context c = years.readable(user, yearId);
        String parent = c.bloc().parentUnitCode();
        if (!BlocYears.staffOf(user, parent)) {
            throw new AccessDeniedException();
        }
        if (c.year().status() != BlocYearStatus.CONFIRMED) {
            throw invalid("status", Messages.get("bloc.leadingAward.notConfirmed"));
        }
        BlocRules set = years.rulesOf(c.year());
        if (set.leadingAward() == null) {
            throw invalid("title", Messages.get("bloc.leadingAward.none"));
        }
        Rank rank = leading(c).stream().filter(r -> r.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> invalid("unitCode", Messages.get("bloc.leadingAward.notLeading")));
        List<DossierService.OpenDossier> open = dossiers.openForModels(parent);
        DossierService.OpenDossier dossier = open.stream()
                .filter(d -> reportId == null ? open.size() == 1 : d.reportId() == reportId).findFirst()
                .orElseThrow(() -> invalid("reportId", Messages.get(open.isEmpty() ? "bloc.leadingAward.noDossier"
                        : "bloc.leadingAward.chooseDossier")));
        String achievements = Messages.get("bloc.leadingAward.achievements", c.bloc().name(),
                c.bloc().schoolYear(), rank.rankNo(), rank.total().stripTrailingZeros().toPlainString(),
                set.maxTotal().stripTrailingZeros().toPlainString());
        return dossiers.proposeLeadingUnit(parent, dossier.reportId(), unitCode, set.leadingAward(), achievements,
                reason);
    }

    /** The leading units the parent's council confirmed, best ranked first. */
    private List<Rank> leading(Context c) {
        return years.repository().ranking(c.year().id()).stream().filter(Rank::leading).toList();
    }

    private static vn.thidua.problem.InvalidInputException invalid(String field, String message) {
        return BlocYears.invalid(List.of(new InputError(0, 0, field, message)));
    }
}
