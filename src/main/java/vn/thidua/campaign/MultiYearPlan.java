package vn.thidua.campaign;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import vn.thidua.text.Messages;

/**
 * A campaign over several school years (the city union's plan 2016 – 2020): its phases as the plan lists them and
 * the report rounds derived from them, in deadline order. Every school year has its yearly evaluation round
 * (tổng kết năm học, with a dossier honouring the year's best), a phase the launcher gave a deadline ends with an
 * interim review (sơ kết), and the last phase with the final review (tổng kết of the whole campaign, with a dossier).
 *
 * @param phases the phases (đợt) in order
 * @param rounds the report rounds, numbered from 1 in deadline order (the campaign's "phases" to the report chain)
 */
record MultiYearPlan(List<PlanPhase> phases, List<Round> rounds) {

    /** @param reportDeadline deadline of the review that ends the phase at the root; null when it has none */
    record PlanPhase(int phaseNo, String name, LocalDate startsOn, LocalDate endsOn, OffsetDateTime reportDeadline) {
    }

    /**
     * @param phase      the round as the report chain knows it (its number, label, kind, period and deadline)
     * @param schoolYear the school year it reports on, e.g. "2025-2026"
     * @param opensOn    the day its report opens: the start of the school year it closes in, not before its period
     * @param yearly     the yearly evaluation round of {@code schoolYear}, which runs as that year's own campaign
     */
    record Round(CampaignPhase phase, String schoolYear, LocalDate opensOn, boolean yearly) {
    }

    /** The rounds of a campaign whose phases passed every check; a yearly deadline falls in the year a school year ends. */
    static MultiYearPlan derive(SchoolYears.Span span, List<PlanPhase> phases, MonthDay yearlyDeadline,
                                Function<LocalDate, OffsetDateTime> closeOfDay) {
        LocalDate campaignStarts = phases.get(0).startsOn();
        LocalDate campaignEnds = phases.get(phases.size() - 1).endsOn();
        List<Round> rounds = new ArrayList<>();
        for (int year = span.first(); year < span.last(); year++) {
            LocalDate from = max(campaignStarts, SchoolYears.firstDay(year));
            LocalDate to = min(campaignEnds, SchoolYears.lastDay(year));
            LocalDate deadline = yearlyDeadline.atYear(year + 1);
            rounds.add(new Round(new CampaignPhase(0, 0,
                    Messages.get("campaign.round.yearly.name", SchoolYears.label(year)), ReportKind.FINAL, from,
                    to.isBefore(from) ? from : to, closeOfDay.apply(deadline)), SchoolYears.label(year), from, true));
        }
        for (int i = 0; i < phases.size(); i++) {
            PlanPhase p = phases.get(i);
            boolean last = i == phases.size() - 1;
            if (p.reportDeadline() == null) {
                continue;
            }
            LocalDate from = last ? campaignStarts : p.startsOn();
            String name = last ? Messages.get("campaign.round.final.name", span.label()) : p.name();
            LocalDate closes = min(p.endsOn(), p.reportDeadline().toLocalDate());
            int schoolYear = SchoolYears.startYearOf(closes);
            rounds.add(new Round(new CampaignPhase(0, 0, name, last ? ReportKind.FINAL : ReportKind.INTERIM, from,
                    p.endsOn(), p.reportDeadline()), SchoolYears.label(schoolYear),
                    max(p.startsOn(), SchoolYears.firstDay(schoolYear)), false));
        }
        // The yearly round before the interim review before the final review when their deadlines meet.
        rounds.sort(Comparator.comparing((Round r) -> r.phase().reportDeadline())
                .thenComparing(r -> r.yearly() ? 0 : r.phase().kind() == ReportKind.INTERIM ? 1 : 2));
        List<Round> numbered = new ArrayList<>();
        for (Round r : rounds) {
            CampaignPhase p = r.phase();
            numbered.add(new Round(new CampaignPhase(0, numbered.size() + 1, p.name(), p.kind(), p.startsOn(),
                    p.endsOn(), p.reportDeadline()), r.schoolYear(), r.opensOn(), r.yearly()));
        }
        return new MultiYearPlan(List.copyOf(phases), List.copyOf(numbered));
    }

    /** The rounds as the campaign's phases (what the launch registers and checks the deadlines of). */
    List<CampaignPhase> roundPhases() {
        return rounds.stream().map(Round::phase).toList();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
