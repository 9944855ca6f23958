package vn.thidua.registration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.registration.NominationOutcomes.Outcome;
import vn.thidua.registration.Registration.Target;
import vn.thidua.report.Report;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;

/**
 * The achieved values the system knows, computed each time they are shown (so they follow the dossiers, decisions
 * and reports as they change): a target tied to a {@link KnownMeasure} gets its value from the nominations, the
 * registered people or the reports of the units below; a typed target keeps what was typed.
 */
@Component
class AchievedValues {

    private final RegistrationRepository registrations;
    private final ReportRepository reports;
    private final CampaignRepository campaigns;
    private final OrgDirectory org;
    private final ObjectProvider<NominationOutcomes> nominations;

    AchievedValues(RegistrationRepository registrations, ReportRepository reports, CampaignRepository campaigns,
                   OrgDirectory org, ObjectProvider<NominationOutcomes> nominations) {
        this.registrations = registrations;
        this.reports = reports;
        this.campaigns = campaigns;
        this.org = org;
        this.nominations = nominations;
    }

    /** The unit's registration with the computed achieved values in. */
    Registration get(long campaignId, String unitCode) {
        Registration r = registrations.get(campaignId, unitCode);
        return new Registration(r.campaignId(), r.unitCode(), r.collectiveTitle(),
                fill(campaignId, unitCode, r.targets()), r.people(), r.works());
    }

    /** The unit's targets with the computed achieved values in. */
    List<Target> targets(long campaignId, String unitCode) {
        return fill(campaignId, unitCode, registrations.targets(campaignId, unitCode));
    }

    List<Target> fill(long campaignId, String unitCode, List<Target> targets) {
        if (targets.stream().noneMatch(Target::computed)) {
            return targets;
        }
        Facts facts = new Facts(campaignId, unitCode);
        List<Target> filled = new ArrayList<>();
        for (Target t : targets) {
            filled.add(t.computed() ? t.withAchieved(KnownMeasure.Tie.parse(t.computedFrom()).map(facts::value)
                    .orElse(null)) : t);
        }
        return filled;
    }

    /** What is known of a unit, read once for all its targets and only when a target needs it. */
    private final class Facts {

        private final long campaignId;
        private final String unitCode;
        private List<String> subtree;
        private List<Outcome> outcomes;

        Facts(long campaignId, String unitCode) {
            this.campaignId = campaignId;
            this.unitCode = unitCode;
        }

        BigDecimal value(KnownMeasure.Tie tie) {
            return switch (tie.measure()) {
                case PROPOSED -> count(outcomes().stream().filter(o -> o.titleCode().equals(tie.titleCode()))
                        .map(Outcome::nomineeKey).distinct().count());
                case GRANTED -> count(outcomes().stream()
                        .filter(o -> o.granted() && o.titleCode().equals(tie.titleCode()))
                        .map(Outcome::nomineeKey).distinct().count());
                case REGISTERED_REACHED -> count(reached()[0]);
                case REGISTERED_REACHED_SHARE -> {
                    long[] reached = reached();
                    yield reached[1] == 0 ? null : BigDecimal.valueOf(reached[0] * 100)
                            .divide(BigDecimal.valueOf(reached[1]), 2, RoundingMode.HALF_UP);
                }
                case UNITS_REGISTERED -> count(reports.children(campaignId, RegistrationForms.REGISTRATION_PHASE,
                        unitCode).stream().filter(r -> r.status() == ReportStatus.ACCEPTED).count());
                case UNITS_FINAL_ACCEPTED -> count(finalPhase().stream()
                        .flatMap(phase -> reports.children(campaignId, phase, unitCode).stream())
                        .map(Report::status).filter(s -> s == ReportStatus.ACCEPTED).count());
            };
        }

        /** {reached, registered}: the people registered here and below, and those granted the title they chose. */
        private long[] reached() {
            Set<String> granted = new HashSet<>();
            outcomes().stream().filter(Outcome::granted).forEach(o -> granted.add(o.nomineeKey() + "|" + o.titleCode()));
            var people = registrations.people(campaignId, subtree());
            long reached = people.stream()
                    .filter(p -> granted.contains(p.person().nomineeKey() + "|" + p.person().titleCode())).count();
            return new long[] {reached, people.size()};
        }

        private List<Integer> finalPhase() {
            return campaigns.phases(campaignId).stream().filter(p -> p.kind() == ReportKind.FINAL)
                    .map(CampaignPhase::phaseNo).toList();
        }

        private List<Outcome> outcomes() {
            if (outcomes == null) {
                NominationOutcomes source = nominations.getIfAvailable();
                outcomes = source == null ? List.of() : source.of(campaignId, subtree());
            }
            return outcomes;
        }

        /** The unit and every unit below it. */
        private List<String> subtree() {
            if (subtree == null) {
                subtree = new ArrayList<>();
                List<String> next = new ArrayList<>(List.of(unitCode));
                while (!next.isEmpty()) {
                    String code = next.remove(next.size() - 1);
                    subtree.add(code);
                    org.children(code).stream().map(Unit::code).forEach(next::add);
                }
            }
            return subtree;
        }

        private static BigDecimal count(long n) {
            return BigDecimal.valueOf(n);
        }
    }
}
