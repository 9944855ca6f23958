package vn.thidua.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.nomination.NomineeKind;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * The numbers of one rule set as its {@code ruleset.json} writes them: titles with their vote rule, which level
 * decides which title, quotas over a unit's list and consecutive-year requirements. Eligibility itself lives in
 * the set's DMN table.
 *
 * @param name        the display name users choose from (e.g. "Ngành giáo dục – mặc định"), never printed on a
 *                    decision
 * @param legalBases  the legal documents a decision under this set cites, one per "Căn cứ …;" line, in order
 * @param titles      lowest rank first
 * @param deciders    level label of units.csv → codes of the titles a unit of that level decides
 */
public record RuleSetDefinition(String id, String name, List<String> legalBases, String note, List<Title> titles,
                                Map<String, List<String>> deciders, List<Quota> quotas, List<HistoryRule> history,
                                ModelRules models, BlocRules blocs) {

    public static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    /** Column {@code rule_set.legal_basis} holds the bases joined by {@link #BASES_SEPARATOR}. */
    static final int MAX_LEGAL_BASES_CHARS = 1_000;
    static final int MAX_LEGAL_BASES = 20;
    static final String BASES_SEPARATOR = "; ";
    /** What separated the items of the single legal-basis line of versions deployed before {@code legalBases}. */
    private static final Pattern LEGACY_SEPARATOR = Pattern.compile("[+;\\r\\n]+");
    /** The display decoration those versions carried in their legal-basis line ("… (mặc định)", "…, mặc định"). */
    private static final Pattern LEGACY_DECORATION = Pattern.compile(
            "\\s*(\\(\\s*mặc định\\s*\\)|,\\s*mặc định)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.;,]+$");
    private static final Pattern BASIS_FORBIDDEN = Pattern.compile("[+;\\r\\n]");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A title with its exact vote thresholds.
     *
     * @param rule           as the contract shows it
     * @param quorum         share of all members that must attend
     * @param approvalShare  share of the denominator that must vote for
     * @param registrationRequired whether a nominee must have registered for the title at the start of the campaign
     *                             (đăng ký thi đua), in a campaign that opened with registration; off unless the
     *                             title says {@code "registrationRequired": true} (the 2022 law no longer asks it)
     */
    public record Title(TitleRule rule, Share quorum, Share approvalShare, boolean registrationRequired) {

        public Title(TitleRule rule, Share quorum, Share approvalShare) {
            this(rule, quorum, approvalShare, false);
        }
    }

    /**
     * At most {@code maxShare} of the unit's nominations for any title in {@code of} may be for {@code title}
     * (e.g. CSTĐCS at most 15% of the unit's LĐTT: a CSTĐCS also holds LĐTT, so both count in the base).
     */
    public record Quota(String code, String title, Share maxShare, List<String> of, String note) {
    }

    /**
     * A nominee for {@code title} must have held one of {@code anyOf} in each of the {@code years} school years
     * before the campaign's.
     */
    public record HistoryRule(String code, String title, List<String> anyOf, int years, String note) {
    }

    /** Reads and checks a ruleset.json to deploy; every problem is listed in Vietnamese. */
    public static RuleSetDefinition parse(byte[] json) {
        return parse(json, false);
    }

    /**
     * Reads a version as deployed: a version deployed before {@code legalBases} existed keeps its single
     * {@code legalBasis} line, whose items become the bases without the display decoration it carried.
     */
    public static RuleSetDefinition parseDeployed(byte[] json) {
        return parse(json, true);
    }

    /** How a decision stores the bases: one per line. */
    public static String storedLegalBases(List<String> bases) {
        return String.join("\n", bases);
    }

    /** The bases on one line, for lists and pages (not for a decision, which prints one line per basis). */
    public String legalBasesLine() {
        return String.join(BASES_SEPARATOR, legalBases);
    }

    /**
     * The bases of a stored legal-basis line: items separated by line breaks (as decisions store them), or by "+"
     * and ";" with the "mặc định" decoration (as versions deployed before {@code legalBases} wrote their single
     * line, "Luật … + Nghị định … (mặc định)"). No basis contains a separator: {@link #parse} refuses it.
     */
    public static List<String> legalBasesOf(String line) {
        List<String> bases = new ArrayList<>();
        if (line == null) {
            return bases;
        }
        for (String item : LEGACY_SEPARATOR.split(line)) {
            String basis = item.trim();
            String before;
            do {
                before = basis;
                basis = TRAILING_PUNCTUATION.matcher(basis).replaceAll("");
                basis = LEGACY_DECORATION.matcher(basis).replaceAll("");
            } while (!basis.equals(before));
            if (!basis.isEmpty()) {
                bases.add(basis);
            }
        }
        return List.copyOf(bases);
    }

    private static RuleSetDefinition parse(byte[] json, boolean deployed) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid(List.of(new InputError(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "ruleset",
                    Messages.get("rules.json.unreadable", e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read rule set JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw invalid(List.of(new InputError(0, 0, "ruleset", Messages.get("rules.json.notAnObject"))));
        }
        List<InputError> errors = new ArrayList<>();
        String id = text(root, "id", Messages.get("rules.field.id"), errors);
        if (id != null && !ID.matcher(id).matches()) {
            errors.add(error("id", Messages.get("rules.id.chars", id)));
        }
        String name = text(root, "name", Messages.get("rules.field.name"), errors);
        List<String> legalBases = deployed && root.path("legalBases").isMissingNode()
                ? legalBasesOf(root.path("legalBasis").asText(null))
                : legalBases(root, errors);
        String note = root.path("note").isTextual() ? root.path("note").asText() : null;

        List<Title> titles = titles(root.path("titles"), errors);
        Set<String> codes = new HashSet<>();
        titles.forEach(t -> codes.add(t.rule().code()));
        Map<String, List<String>> deciders = deciders(root.path("deciders"), codes, errors);
        List<Quota> quotas = quotas(root.path("quotas"), codes, errors);
        List<HistoryRule> history = history(root.path("history"), codes, errors);
        ModelRules models = models(root.path("models"), errors);
        BlocRules blocs = blocs(root.path("blocs"), codes, titles, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        titles.sort(Comparator.comparingInt(t -> t.rule().rank()));
        return new RuleSetDefinition(id, name, legalBases, note, List.copyOf(titles), deciders, quotas, history,
                models, blocs);
    }

    /**
     * The optional {@code blocs} section: {@code criteria} ({@code code}, {@code name}, {@code maxPoints},
     * {@code source} TYPED, ON_TIME_REPORTS or MEETINGS), {@code leadingUnits} (how many leading units a bloc
     * proposes), {@code tieRule} (HIGHER_RANK or PARENT_DECIDES) and {@code leadingAward} (a collective title).
     */
    private static BlocRules blocs(JsonNode node, Set<String> codes, List<Title> titles, List<InputError> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return BlocRules.NONE;
        }
        if (!node.isObject()) {
            errors.add(error("blocs", Messages.get("rules.blocs.notAnObject")));
            return BlocRules.NONE;
        }
        List<BlocRules.Criterion> criteria = new ArrayList<>();
        Set<String> criterionCodes = new HashSet<>();
        JsonNode list = node.path("criteria");
        for (int i = 0; i < list.size(); i++) {
            String at = "blocs.criteria[" + i + "]";
            JsonNode c = list.get(i);
            String code = text(c, "code", Messages.get("rules.field.criterionCode"), at, errors);
            String criterionName = text(c, "name", Messages.get("rules.field.name"), at, errors);
            BlocRules.Source source = BlocRules.Source.TYPED;
            if (c.path("source").isTextual()) {
                try {
                    source = BlocRules.Source.valueOf(c.path("source").asText());
                } catch (IllegalArgumentException e) {
                    errors.add(error(at + ".source", Messages.get("rules.blocs.source", c.path("source").asText())));
                }
            }
            JsonNode max = c.path("maxPoints");
            if (!max.isNumber() || max.decimalValue().signum() <= 0 || max.decimalValue().compareTo(
                    java.math.BigDecimal.valueOf(1000)) > 0) {
                errors.add(error(at + ".maxPoints", Messages.get("rules.blocs.maxPoints")));
            }
            if (code != null && !CODE.matcher(code).matches()) {
                errors.add(error(at + ".code", Messages.get("rules.title.code.chars", code)));
            } else if (code != null && !criterionCodes.add(code)) {
                errors.add(error(at + ".code", Messages.get("rules.title.code.duplicate", code)));
            } else if (code != null && criterionName != null && max.isNumber() && max.decimalValue().signum() > 0) {
                criteria.add(new BlocRules.Criterion(code, criterionName, max.decimalValue(), source));
            }
        }
        int leading = node.path("leadingUnits").isMissingNode() ? 1 : node.path("leadingUnits").asInt(0);
        if (leading < 1 || leading > 10) {
            errors.add(error("blocs.leadingUnits", Messages.get("rules.blocs.leadingUnits")));
        }
        BlocRules.TieRule tie = BlocRules.TieRule.HIGHER_RANK;
        if (node.path("tieRule").isTextual()) {
            try {
                tie = BlocRules.TieRule.valueOf(node.path("tieRule").asText());
            } catch (IllegalArgumentException e) {
                errors.add(error("blocs.tieRule", Messages.get("rules.blocs.tieRule", node.path("tieRule").asText())));
            }
        }
        String award = node.path("leadingAward").isTextual() ? node.path("leadingAward").asText().trim() : null;
        if (award != null && (!codes.contains(award) || titles.stream().noneMatch(t -> t.rule().code().equals(award)
                && t.rule().kind() == NomineeKind.COLLECTIVE))) {
            errors.add(error("blocs.leadingAward", Messages.get("rules.blocs.leadingAward", award)));
        }
        return new BlocRules(criteria, Math.max(1, leading), tie, award);
    }

    /**
     * The optional {@code models} section: {@code fields} ({@code code}, {@code name}) and {@code criteria}
     * ({@code code}, {@code kind} PERSON or COLLECTIVE, {@code name}) of exemplary models, and {@code reviewLevels}
     * (optional, 1 to {@link ModelRules#MAX_REVIEW_LEVELS}, default 1): how many levels above the proposing unit
     * review a proposal in turn.
     */
    private static ModelRules models(JsonNode node, List<InputError> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return ModelRules.NONE;
        }
        if (!node.isObject()) {
            errors.add(error("models", Messages.get("rules.models.notAnObject")));
            return ModelRules.NONE;
        }
        List<ModelRules.Field> fields = new ArrayList<>();
        Set<String> fieldCodes = new HashSet<>();
        JsonNode fieldList = node.path("fields");
        for (int i = 0; i < fieldList.size(); i++) {
            String at = "models.fields[" + i + "]";
            String code = text(fieldList.get(i), "code", Messages.get("rules.field.criterionCode"), at, errors);
            String fieldName = text(fieldList.get(i), "name", Messages.get("rules.field.name"), at, errors);
            if (code != null && !CODE.matcher(code).matches()) {
                errors.add(error(at + ".code", Messages.get("rules.title.code.chars", code)));
            } else if (code != null && !fieldCodes.add(code)) {
                errors.add(error(at + ".code", Messages.get("rules.title.code.duplicate", code)));
            } else if (code != null && fieldName != null) {
                fields.add(new ModelRules.Field(code, fieldName));
            }
        }
        List<ModelRules.Criterion> criteria = new ArrayList<>();
        Set<String> criterionCodes = new HashSet<>();
        JsonNode criterionList = node.path("criteria");
        for (int i = 0; i < criterionList.size(); i++) {
            String at = "models.criteria[" + i + "]";
            JsonNode c = criterionList.get(i);
            String code = text(c, "code", Messages.get("rules.field.criterionCode"), at, errors);
            String criterionName = text(c, "name", Messages.get("rules.field.name"), at, errors);
            String kindText = text(c, "kind", Messages.get("rules.field.kind"), at, errors);
            NomineeKind kind = null;
            if (kindText != null) {
                try {
                    kind = NomineeKind.valueOf(kindText);
                } catch (IllegalArgumentException e) {
                    errors.add(error(at + ".kind", Messages.get("rules.title.kind.invalid", kindText)));
                }
            }
            if (code != null && !CODE.matcher(code).matches()) {
                errors.add(error(at + ".code", Messages.get("rules.title.code.chars", code)));
            } else if (code != null && !criterionCodes.add(code)) {
                errors.add(error(at + ".code", Messages.get("rules.title.code.duplicate", code)));
            } else if (code != null && criterionName != null && kind != null) {
                criteria.add(new ModelRules.Criterion(code, kind, criterionName));
            }
        }
        int reviewLevels = ModelRules.DEFAULT_REVIEW_LEVELS;
        JsonNode levels = node.path("reviewLevels");
        if (!levels.isMissingNode() && !levels.isNull()) {
            if (!levels.isIntegralNumber() || levels.asInt() < 1 || levels.asInt() > ModelRules.MAX_REVIEW_LEVELS) {
                errors.add(error("models.reviewLevels", Messages.get("rules.models.reviewLevels", levels.asText(),
                        ModelRules.MAX_REVIEW_LEVELS)));
            } else {
                reviewLevels = levels.asInt();
            }
        }
        return new ModelRules(fields, criteria, reviewLevels);
    }

    /**
     * Required: a decision without its legal bases cannot be signed. One document per item, printed as
     * "Căn cứ &lt;item&gt;;" in order; all of them fit column {@code rule_set.legal_basis}.
     */
    private static List<String> legalBases(JsonNode root, List<InputError> errors) {
        JsonNode node = root.path("legalBases");
        List<String> bases = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            errors.add(error("legalBases", Messages.get("rules.legalBases.missing")
                    + (root.has("legalBasis") ? " " + Messages.get("rules.legalBases.legacy") : "")));
            return bases;
        }
        if (node.size() > MAX_LEGAL_BASES) {
            errors.add(error("legalBases", Messages.get("rules.legalBases.tooMany", MAX_LEGAL_BASES)));
            return bases;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = "legalBases[" + i + "]";
            if (!item.isTextual() || item.asText().isBlank()) {
                errors.add(error(at, Messages.get("rules.legalBases.blank")));
                continue;
            }
            String basis = item.asText().trim().replaceAll("\\s+", " ");
            if (BASIS_FORBIDDEN.matcher(basis).find()) {
                errors.add(error(at, Messages.get("rules.legalBases.oneEach", basis)));
                continue;
            }
            bases.add(basis);
        }
        if (String.join(BASES_SEPARATOR, bases).length() > MAX_LEGAL_BASES_CHARS) {
            errors.add(error("legalBases",
                    Messages.get("rules.legalBases.tooLong", MAX_LEGAL_BASES_CHARS)));
        }
        return List.copyOf(bases);
    }

    public List<TitleRule> titleRules() {
        return titles.stream().map(Title::rule).toList();
    }

    private static List<Title> titles(JsonNode node, List<InputError> errors) {
        List<Title> titles = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            errors.add(error("titles", Messages.get("rules.titles.none")));
            return titles;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode t = node.get(i);
            String at = "titles[" + i + "]";
            String code = text(t, "code", Messages.get("rules.field.titleCode"), at, errors);
            if (code != null && !CODE.matcher(code).matches()) {
                errors.add(error(at + ".code", Messages.get("rules.title.code.chars", code)));
            } else if (code != null && !seen.add(code)) {
                errors.add(error(at + ".code", Messages.get("rules.title.code.duplicate", code)));
            }
            String titleName = text(t, "name", Messages.get("rules.field.titleName"), at, errors);
            NomineeKind kind = null;
            String kindText = text(t, "kind", Messages.get("rules.field.kind"), at, errors);
            if (kindText != null) {
                try {
                    kind = NomineeKind.valueOf(kindText);
                } catch (IllegalArgumentException e) {
                    errors.add(error(at + ".kind", Messages.get("rules.title.kind.invalid", kindText)));
                }
            }
            int rank = t.path("rank").asInt(0);
            if (!t.path("rank").canConvertToInt() || rank < 1) {
                errors.add(error(at + ".rank", Messages.get("rules.title.rank.invalid")));
            }
            JsonNode vote = t.path("vote");
            if (!vote.isObject()) {
                errors.add(error(at + ".vote", Messages.get("rules.title.vote.missing")));
                continue;
            }
            Share quorum = share(vote, "quorum", Messages.get("rules.field.quorum"), at + ".vote", errors);
            Share approval = share(vote, "approvalShare", Messages.get("rules.field.approvalShare"), at + ".vote",
                    errors);
            VoteDenominator denominator = null;
            String den = text(vote, "denominator", Messages.get("rules.field.denominator"), at + ".vote",
                    errors);
            if (den != null) {
                try {
                    denominator = VoteDenominator.valueOf(den);
                } catch (IllegalArgumentException e) {
                    errors.add(error(at + ".vote.denominator",
                            Messages.get("rules.title.denominator.invalid", den)));
                }
            }
            if (!vote.path("secretBallot").isBoolean()) {
                errors.add(error(at + ".vote.secretBallot", Messages.get("rules.title.secretBallot.missing")));
            }
            JsonNode registration = t.path("registrationRequired");
            if (!registration.isMissingNode() && !registration.isBoolean()) {
                errors.add(error(at + ".registrationRequired",
                        Messages.get("rules.title.registrationRequired.notBoolean")));
            }
            if (code != null && titleName != null && kind != null && quorum != null && approval != null
                    && denominator != null && rank >= 1) {
                titles.add(new Title(new TitleRule(code, titleName, kind, quorum.value(), approval.value(), denominator,
                        vote.path("secretBallot").asBoolean(), rank), quorum, approval,
                        registration.asBoolean(false)));
            }
        }
        return titles;
    }

    private static Map<String, List<String>> deciders(JsonNode node, Set<String> codes, List<InputError> errors) {
        Map<String, List<String>> deciders = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return deciders;
        }
        if (!node.isObject()) {
            errors.add(error("deciders", Messages.get("rules.deciders.notAnObject")));
            return deciders;
        }
        for (Map.Entry<String, JsonNode> level : node.properties()) {
            deciders.put(level.getKey(), codes(level.getValue(), "deciders." + level.getKey(), codes, errors));
        }
        return Map.copyOf(deciders);
    }

    private static List<Quota> quotas(JsonNode node, Set<String> codes, List<InputError> errors) {
        List<Quota> quotas = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return quotas;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode q = node.get(i);
            String at = "quotas[" + i + "]";
            String code = text(q, "code", Messages.get("rules.field.criterionCode"), at, errors);
            String title = title(q, "title", at, codes, errors);
            Share max = share(q, "maxShare", Messages.get("rules.field.maxShare"), at, errors);
            List<String> of = codes(q.path("of"), at + ".of", codes, errors);
            if (of.isEmpty()) {
                errors.add(error(at + ".of", Messages.get("rules.quota.of.missing")));
            }
            if (code != null && title != null && max != null && !of.isEmpty()) {
                quotas.add(new Quota(code, title, max, of, q.path("note").asText(null)));
            }
        }
        return List.copyOf(quotas);
    }

    private static List<HistoryRule> history(JsonNode node, Set<String> codes, List<InputError> errors) {
        List<HistoryRule> rules = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return rules;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode h = node.get(i);
            String at = "history[" + i + "]";
            String code = text(h, "code", Messages.get("rules.field.criterionCode"), at, errors);
            String title = title(h, "title", at, codes, errors);
            List<String> anyOf = codes(h.path("anyOf"), at + ".anyOf", codes, errors);
            if (anyOf.isEmpty()) {
                errors.add(error(at + ".anyOf", Messages.get("rules.history.anyOf.missing")));
            }
            int years = h.path("years").asInt(0);
            if (!h.path("years").canConvertToInt() || years < 1 || years > 20) {
                errors.add(error(at + ".years", Messages.get("rules.history.years.invalid", 20)));
            }
            if (code != null && title != null && !anyOf.isEmpty() && years >= 1 && years <= 20) {
                rules.add(new HistoryRule(code, title, anyOf, years, h.path("note").asText(null)));
            }
        }
        return List.copyOf(rules);
    }

    private static String title(JsonNode node, String field, String at, Set<String> codes, List<InputError> errors) {
        String code = text(node, field, Messages.get("rules.field.titleCode"), at, errors);
        if (code != null && !codes.contains(code)) {
            errors.add(error(at + "." + field, Messages.get("rules.title.unknownCode", code)));
            return null;
        }
        return code;
    }

    private static List<String> codes(JsonNode node, String at, Set<String> codes, List<InputError> errors) {
        List<String> list = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return list;
        }
        if (!node.isArray()) {
            errors.add(error(at, Messages.get("rules.codes.notAList")));
            return list;
        }
        for (JsonNode c : node) {
            if (!c.isTextual() || !codes.contains(c.asText())) {
                errors.add(error(at, Messages.get("rules.title.unknownCode", c.asText())));
            } else {
                list.add(c.asText());
            }
        }
        return List.copyOf(list);
    }

    private static Share share(JsonNode node, String field, String what, String at, List<InputError> errors) {
        JsonNode value = node.path(field);
        String path = at + "." + field;
        if (!value.isNumber() && !value.isTextual()) {
            errors.add(error(path, Messages.get("rules.share.missing", what)));
            return null;
        }
        try {
            Share share = value.isNumber() ? Share.of(value.decimalValue()) : Share.parse(value.asText());
            if (!share.positive() || !share.atMostOne()) {
                errors.add(error(path, Messages.get("rules.share.range",
                        what.substring(0, 1).toUpperCase() + what.substring(1), value.asText())));
                return null;
            }
            return share;
        } catch (IllegalArgumentException e) {
            errors.add(error(path, Messages.get("rules.share.format",
                    what.substring(0, 1).toUpperCase() + what.substring(1), value.asText())));
            return null;
        }
    }

    private static String text(JsonNode node, String field, String what, List<InputError> errors) {
        return text(node, field, what, null, errors);
    }

    private static String text(JsonNode node, String field, String what, String at, List<InputError> errors) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            errors.add(error(at == null ? field : at + "." + field, Messages.get("rules.field.missing", what, field)));
            return null;
        }
        return value.asText().trim();
    }

    private static InputError error(String field, String message) {
        return new InputError(0, 0, field, message);
    }

    private static InvalidInputException invalid(List<InputError> errors) {
        return new InvalidInputException(Messages.get("rules.upload.invalid", errors.size()), errors);
    }
}
