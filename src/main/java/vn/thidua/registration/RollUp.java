package vn.thidua.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.campaign.ReportKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.registration.Registration.Person;
import vn.thidua.registration.Registration.Target;
import vn.thidua.report.Report;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.TitleRule;

/**
 * Bảng tổng hợp đăng ký thi đua of a unit: where each unit directly below stands (sent, approved, returned, not
 * sent), and over every registration sent from below (the units below and theirs): the collective and individual
 * titles aimed for, the targets, and the people registered.
 */
record RollUp(String unitCode, String unitName, List<UnitLine> units, int sent, int approved, int returned,
              int notSent, List<TitleCount> collectiveTitles, List<TitleCount> personTitles,
              List<TargetTotal> targets, List<PersonLine> people) {

    /**
     * A unit directly below; {@code reportId} null when its registration is not open. {@code reached} and
     * {@code missed} count its targets đạt and chưa đạt so far (typed or computed), once its registration is approved.
     */
    record UnitLine(String unitCode, String unitName, Long reportId, String status, String statusLabel,
                    String collectiveTitle, int people, int targets, int works, int reached, int missed) {

        UnitLine(String unitCode, String unitName, Long reportId, String status, String statusLabel,
                 String collectiveTitle, int people, int targets, int works) {
            this(unitCode, unitName, reportId, status, statusLabel, collectiveTitle, people, targets, works, 0, 0);
        }
    }

    record TitleCount(String code, String name, int count) {
    }

    /** One target over the units that registered it: how many, the sum and the lowest and highest values. */
    record TargetTotal(String name, String measure, int units, BigDecimal sum, BigDecimal min, BigDecimal max) {

        public String sumText() {
            return EditorRows.plain(sum);
        }

        public String minText() {
            return EditorRows.plain(min);
        }

        public String maxText() {
            return EditorRows.plain(max);
        }
    }

    record PersonLine(String unitCode, String unitName, Person person, String titleName) {
    }

    public int total() {
        return units.size();
    }

    static boolean sentUp(ReportStatus status) {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
    }

    static RollUp of(OrgDirectory org, long campaignId, String unitCode, Map<String, Report> byUnit,
                     List<TitleRule> titles, RegistrationRepository registrations, AchievedValues achieved) {
        Unit unit = org.unit(unitCode);
        Map<String, String> titleNames = new LinkedHashMap<>();
        titles.forEach(t -> titleNames.put(t.code(), t.name()));
        List<UnitLine> lines = new ArrayList<>();
        int sent = 0;
        int approved = 0;
        int returned = 0;
        int notSent = 0;
        for (Unit child : org.children(unitCode)) {
            Report report = byUnit.get(child.code());
            ReportStatus status = report == null ? ReportStatus.DRAFT : report.status();
            switch (status) {
                case SUBMITTED -> sent++;
                case ACCEPTED -> approved++;
                case RETURNED -> returned++;
                default -> notSent++;
            }
            Registration r = status == ReportStatus.ACCEPTED ? achieved.get(campaignId, child.code())
                    : registrations.get(campaignId, child.code());
            int reached = 0;
            int missed = 0;
            if (status == ReportStatus.ACCEPTED) {
                reached = (int) r.targets().stream().filter(t -> Boolean.TRUE.equals(t.reached())).count();
                missed = (int) r.targets().stream().filter(t -> Boolean.FALSE.equals(t.reached())).count();
            }
            lines.add(new UnitLine(child.code(), child.name(), report == null ? null : report.id(), status.name(),
                    status.label(ReportKind.REGISTRATION),
                    r.collectiveTitle() == null ? "" : titleNames.getOrDefault(r.collectiveTitle(),
                            r.collectiveTitle()), r.people().size(), r.targets().size(), r.works().size(), reached,
                    missed));
        }
        // Everything sent from below: the units below that sent theirs, and the approved ones further down.
        List<String> counted = new ArrayList<>();
        for (Report report : byUnit.values()) {
            boolean child = unitCode.equals(report.parentUnitCode()) && sentUp(report.status());
            boolean below = report.status() == ReportStatus.ACCEPTED && !report.unitCode().equals(unitCode)
                    && org.isSameOrAncestor(unitCode, report.unitCode());
            if (child || below) {
                counted.add(report.unitCode());
            }
        }
        counted.sort(Comparator.naturalOrder());
        Map<String, Integer> collective = new TreeMap<>();
        Map<String, Integer> person = new TreeMap<>();
        Map<String, List<BigDecimal>> targetValues = new LinkedHashMap<>();
        Map<String, String[]> targetNames = new LinkedHashMap<>();
        for (String code : counted) {
            Registration r = registrations.get(campaignId, code);
            if (r.collectiveTitle() != null) {
                collective.merge(r.collectiveTitle(), 1, Integer::sum);
            }
            for (Target t : r.targets()) {
                String key = vn.thidua.nomination.NomineeKeys.fold(t.name()) + "|"
                        + vn.thidua.nomination.NomineeKeys.fold(t.measure());
                targetNames.putIfAbsent(key, new String[] {t.name(), t.measure()});
                targetValues.computeIfAbsent(key, k -> new ArrayList<>()).add(t.targetValue());
            }
        }
        List<PersonLine> people = new ArrayList<>();
        for (RegistrationRepository.UnitPerson p : registrations.people(campaignId, counted)) {
            person.merge(p.person().titleCode(), 1, Integer::sum);
            people.add(new PersonLine(p.unitCode(), org.findUnit(p.unitCode()).map(Unit::name).orElse(p.unitCode()),
                    p.person(), titleNames.getOrDefault(p.person().titleCode(), p.person().titleCode())));
        }
        List<TargetTotal> targets = new ArrayList<>();
        targetValues.forEach((key, values) -> targets.add(new TargetTotal(targetNames.get(key)[0],
                targetNames.get(key)[1], values.size(), values.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                values.stream().min(Comparator.naturalOrder()).orElse(null),
                values.stream().max(Comparator.naturalOrder()).orElse(null))));
        return new RollUp(unitCode, unit.name(), lines, sent, approved, returned, notSent,
                counts(collective, titles), counts(person, titles), targets, people);
    }

    /** Counts in the rule set's order of titles. */
    private static List<TitleCount> counts(Map<String, Integer> counts, List<TitleRule> titles) {
        List<TitleCount> result = new ArrayList<>();
        for (TitleRule t : titles) {
            if (counts.containsKey(t.code())) {
                result.add(new TitleCount(t.code(), t.name(), counts.get(t.code())));
            }
        }
        counts.forEach((code, n) -> {
            if (titles.stream().noneMatch(t -> t.code().equals(code))) {
                result.add(new TitleCount(code, code, n));
            }
        });
        return result;
    }
}
