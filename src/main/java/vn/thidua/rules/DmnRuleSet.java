package vn.thidua.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.thidua.nomination.Nomination;
import vn.thidua.rules.RuleSetDefinition.HistoryRule;
import vn.thidua.rules.RuleSetDefinition.Quota;
import vn.thidua.rules.RuleSetDefinition.Title;
import vn.thidua.text.Messages;

/**
 * One version of a rule set: its {@link RuleSetDefinition} and its eligibility table. Immutable, so a version once
 * opened can be cached and shared.
 */
final class DmnRuleSet implements PinnedRuleSet {

    public static final String TITLE_MISSING = "TITLE_MISSING";
    public static final String TITLE_UNKNOWN = "TITLE_UNKNOWN";
    public static final String KIND_MISSING = "KIND_MISSING";
    public static final String KIND_MISMATCH = "KIND_MISMATCH";
    public static final String VOTE_INVALID = "VOTE_INVALID";
    public static final String VOTE_QUORUM = "VOTE_QUORUM";
    public static final String VOTE_SECRET_BALLOT = "VOTE_SECRET_BALLOT";
    public static final String VOTE_SHARE = "VOTE_SHARE";

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private final RuleSetRef ref;
    private final RuleSetDefinition definition;
    private final EligibilityTable eligibility;
    private final Map<String, Title> titles = new LinkedHashMap<>();

    DmnRuleSet(RuleSetRef ref, RuleSetDefinition definition, EligibilityTable eligibility) {
        this.ref = ref;
        this.definition = definition;
        this.eligibility = eligibility;
        definition.titles().forEach(t -> titles.put(t.rule().code(), t));
    }

    @Override
    public boolean registrationRequired(String titleCode) {
        Title title = titleCode == null ? null : titles.get(titleCode);
        return title != null && title.registrationRequired();
    }

    public RuleSetDefinition definition() {
        return definition;
    }

    @Override
    public RuleSetRef ref() {
        return ref;
    }

    @Override
    public ModelRules models() {
        return definition.models();
    }

    @Override
    public BlocRules blocs() {
        return definition.blocs();
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public List<String> legalBases() {
        return definition.legalBases();
    }

    @Override
    public List<TitleRule> titles() {
        return definition.titleRules();
    }

    @Override
    public Optional<TitleRule> title(String code) {
        return Optional.ofNullable(code == null ? null : titles.get(code.trim())).map(Title::rule);
    }

    @Override
    public List<Verdict> judge(List<Nomination> nominations, String schoolYear, TitleHistory history) {
        List<List<UnmetCriterion>> unmet = new ArrayList<>();
        for (Nomination nomination : nominations) {
            unmet.add(eligibility(nomination));
        }
        applyQuotas(nominations, unmet);
        applyHistory(nominations, schoolYear, history, unmet);
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < nominations.size(); i++) {
            verdicts.add(new Verdict(i, List.copyOf(unmet.get(i))));
        }
        return verdicts;
    }

    /**
     * One nomination on its own, without quotas or history: the title and kind are checked here, everything else
     * the title asks is the table's.
     */
    List<UnmetCriterion> eligibility(Nomination n) {
        List<UnmetCriterion> unmet = new ArrayList<>();
        String code = n.requestedTitle() == null ? "" : n.requestedTitle().trim();
        if (code.isEmpty()) {
            unmet.add(new UnmetCriterion(TITLE_MISSING, Messages.get("rules.title.missing")));
            return unmet;
        }
        Title title = titles.get(code);
        if (title == null) {
            unmet.add(new UnmetCriterion(TITLE_UNKNOWN, Messages.get("rules.title.unknown", definition.name(), code)));
            return unmet;
        }
        if (n.kind() == null) {
            unmet.add(new UnmetCriterion(KIND_MISSING, Messages.get("rules.kind.missing")));
            return unmet;
        }
        if (n.kind() != title.rule().kind()) {
            unmet.add(new UnmetCriterion(KIND_MISMATCH, Messages.get("rules.kind.mismatch", title.rule().name(),
                    Messages.get("rules.kind." + title.rule().kind()), Messages.get("rules.kind." + n.kind()))));
            return unmet;
        }
        unmet.addAll(eligibility.unmet(EligibilityInputs.of(n)));
        return unmet;
    }

    /**
     * Per nominating unit: nominations beyond the allowance, the last ones in list order, fail the quota. The base
     * counts nominations, not eligible ones: the council trims the list, then judges again.
     */
    private void applyQuotas(List<Nomination> nominations, List<List<UnmetCriterion>> unmet) {
        for (Quota quota : definition.quotas()) {
            Map<String, List<Integer>> requestedByUnit = new LinkedHashMap<>();
            Map<String, Integer> baseByUnit = new LinkedHashMap<>();
            for (int i = 0; i < nominations.size(); i++) {
                Nomination n = nominations.get(i);
                String title = n.requestedTitle() == null ? "" : n.requestedTitle().trim();
                String unit = n.unitCode() == null ? "" : n.unitCode();
                if (quota.of().contains(title)) {
                    baseByUnit.merge(unit, 1, Integer::sum);
                }
                if (quota.title().equals(title)) {
                    requestedByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(i);
                }
            }
            for (Map.Entry<String, List<Integer>> unit : requestedByUnit.entrySet()) {
                int base = baseByUnit.getOrDefault(unit.getKey(), 0);
                long allowed = quota.maxShare().floorOf(base);
                List<Integer> requested = unit.getValue();
                if (requested.size() <= allowed) {
                    continue;
                }
                String message = Messages.get("rules.quota.exceeded", titleName(quota.title()),
                        quota.maxShare().percent(), names(quota.of()), base, allowed, requested.size());
                for (int k = (int) allowed; k < requested.size(); k++) {
                    unmet.get(requested.get(k)).add(new UnmetCriterion(quota.code(), message));
                }
            }
        }
    }

    private void applyHistory(List<Nomination> nominations, String schoolYear, TitleHistory history,
                              List<List<UnmetCriterion>> unmet) {
        Map<Integer, HistoryRule> ruled = new LinkedHashMap<>();
        for (int i = 0; i < nominations.size(); i++) {
            String title = nominations.get(i).requestedTitle() == null ? "" : nominations.get(i).requestedTitle().trim();
            int index = i;
            definition.history().stream().filter(h -> h.title().equals(title)).findFirst()
                    .ifPresent(h -> ruled.put(index, h));
        }
        if (ruled.isEmpty()) {
            return;
        }
        int startYear = startYear(schoolYear);
        Set<String> keys = ruled.keySet().stream().map(i -> nominations.get(i).nomineeKey())
                .filter(k -> k != null && !k.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> held = new HashSet<>();
        if (!keys.isEmpty() && history != null) {
            for (HeldTitle t : history.titlesOf(keys)) {
                held.add(t.nomineeKey() + "|" + t.titleCode() + "|" + t.schoolYear());
            }
        }
        for (Map.Entry<Integer, HistoryRule> entry : ruled.entrySet()) {
            Nomination n = nominations.get(entry.getKey());
            HistoryRule rule = entry.getValue();
            String required = rule.anyOf().stream().map(this::titleName)
                    .collect(Collectors.joining(Messages.get("rules.history.or")));
            if (n.nomineeKey() == null || n.nomineeKey().isBlank()) {
                unmet.get(entry.getKey()).add(new UnmetCriterion(rule.code(), Messages.get(
                        "rules.history.keyMissing", titleName(rule.title()), required, rule.years(), schoolYear)));
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (int back = rule.years(); back >= 1; back--) {
                String year = (startYear - back) + "-" + (startYear - back + 1);
                boolean holds = rule.anyOf().stream().anyMatch(c -> held.contains(n.nomineeKey() + "|" + c + "|" + year));
                if (!holds) {
                    missing.add(year);
                }
            }
            if (!missing.isEmpty()) {
                unmet.get(entry.getKey()).add(new UnmetCriterion(rule.code(), Messages.get("rules.history.missing",
                        required, rule.years(), schoolYear, String.join(", ", missing))));
            }
        }
    }

    private static int startYear(String schoolYear) {
        Matcher m = SCHOOL_YEAR.matcher(schoolYear == null ? "" : schoolYear.replaceAll("\\s", ""));
        if (!m.matches()) {
            throw new IllegalArgumentException(Messages.get("rules.schoolYear.invalid", schoolYear));
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * Invalid counts (no members, more present than members, more votes for than present) do not pass, with the
     * reason; they never throw.
     */
    @Override
    public VoteOutcome count(String titleCode, CouncilVote vote) {
        Title title = titleCode == null ? null : titles.get(titleCode.trim());
        if (title == null) {
            return new VoteOutcome(false, 0, List.of(new UnmetCriterion(TITLE_UNKNOWN,
                    Messages.get("rules.vote.unknownTitle", definition.name(), titleCode))));
        }
        List<UnmetCriterion> unmet = new ArrayList<>();
        int members = vote.membersTotal();
        int present = vote.present();
        int votesFor = vote.votesFor();
        if (members <= 0) {
            unmet.add(new UnmetCriterion(VOTE_INVALID, Messages.get("rules.vote.noMembers")));
        } else if (present < 0 || present > members) {
            unmet.add(new UnmetCriterion(VOTE_INVALID, Messages.get("rules.vote.presentInvalid", present, members)));
        } else if (votesFor < 0 || votesFor > present) {
            unmet.add(new UnmetCriterion(VOTE_INVALID, Messages.get("rules.vote.votesInvalid", votesFor, present)));
        }
        if (!unmet.isEmpty()) {
            return new VoteOutcome(false, 0, unmet);
        }
        TitleRule rule = title.rule();
        if (!title.quorum().reachedBy(present, members)) {
            unmet.add(new UnmetCriterion(VOTE_QUORUM, Messages.get("rules.vote.quorum", present, members,
                    title.quorum().ceilOf(members), title.quorum().percent())));
        }
        if (rule.secretBallot() && !vote.secretBallot()) {
            unmet.add(new UnmetCriterion(VOTE_SECRET_BALLOT, Messages.get("rules.vote.secretBallot", rule.name())));
        }
        int denominator = rule.denominator() == VoteDenominator.PRESENT ? present : members;
        double share = denominator == 0 ? 0 : (double) votesFor / denominator;
        if (!title.approvalShare().reachedBy(votesFor, denominator)) {
            unmet.add(new UnmetCriterion(VOTE_SHARE, Messages.get("rules.vote.share", votesFor, denominator,
                    Messages.get("rules.vote.denominator." + rule.denominator()),
                    title.approvalShare().ceilOf(denominator), title.approvalShare().percent())));
        }
        return new VoteOutcome(unmet.isEmpty(), share, List.copyOf(unmet));
    }

    /**
     * A level listed in the set's deciders decides exactly its list, root or not (a district that launches its
     * own campaign still cannot award a city title). A root whose level is not listed (the city, the province,
     * a department over upper-secondary schools) decides every title: anything that reaches it is its to decide.
     */
    @Override
    public boolean decides(String levelLabel, boolean isRoot, String titleCode) {
        if (titleCode == null || !titles.containsKey(titleCode.trim())) {
            return false;
        }
        List<String> listed = levelLabel == null ? null : definition.deciders().get(levelLabel.trim());
        if (listed != null) {
            return listed.contains(titleCode.trim());
        }
        return isRoot;
    }

    private String titleName(String code) {
        Title title = titles.get(code);
        return title == null ? code : title.rule().name();
    }

    private String names(Collection<String> codes) {
        return codes.stream().map(this::titleName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "rule set " + ref;
    }
}
