package vn.thidua.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.deadline.EngineClock;
import vn.thidua.model.ModelProcess.Vars;
import vn.thidua.model.ModelRepository.Proposal;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.rules.ModelRules;
import vn.thidua.rules.RuleBook;
import vn.thidua.rules.RuleSetRef;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;
import vn.thidua.web.UploadedFile;

/**
 * What people do with exemplary models outside the task forms: a unit's staff propose a model and complete its
 * proposal (story, criteria, recognition and its minutes, evidence); the deciding level records the honour and
 * approves publication; everyone reads the models of their unit and the units below it. Each action checks who may
 * do it now; a model the user may not see is "not found".
 */
@Service
class ModelService {

    static final int MAX_NAME = 200;
    static final int MAX_STORY = 4000;
    static final int MIN_STORY = 20;
    static final int MAX_SHORT = 300;
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 20;

    private final ModelRepository models;
    private final OrgDirectory org;
    private final RuleBook rules;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final EngineClock clock;

    ModelService(ModelRepository models, OrgDirectory org, RuleBook rules, RuntimeService runtime,
                 IdentityService identity, EngineClock clock) {
        this.models = models;
        this.org = org;
        this.rules = rules;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    // ---- Who ---------------------------------------------------------------------------------------------------

    /** Units whose staff the user is: where they may propose. */
    List<Unit> proposingUnits(SignedInUser user) {
        return user.groupIds().stream().filter(g -> g.endsWith(UnitRole.STAFF.code()))
                .map(g -> g.substring(0, g.length() - UnitRole.STAFF.code().length()))
                .map(org::findUnit).flatMap(java.util.Optional::stream)
                .filter(u -> !u.isRoot()).toList();
    }

    /** Units the user belongs to. */
    List<String> unitsOf(SignedInUser user) {
        return user.groupIds().stream().filter(g -> org.findUnit(g).isPresent()).toList();
    }

    boolean canSee(SignedInUser user, String unitCode) {
        return user.isAdmin() || unitsOf(user).stream().anyMatch(own -> org.isSameOrAncestor(own, unitCode));
    }

    boolean canEdit(SignedInUser user, ExemplaryModel model) {
        return model.status().staffEdits()
                && (user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(model.unitCode())));
    }

    /**
     * The deciding level honours a chosen model and approves its publication: the head of a unit above the model's
     * unit (the level whose decision commends it), or an administrator.
     */
    boolean canHonour(SignedInUser user, ExemplaryModel model) {
        if (model.status() != ModelStatus.CHOSEN) {
            return false;
        }
        return user.isAdmin() || unitsOf(user).stream().anyMatch(own -> !own.equals(model.unitCode())
                && org.isSameOrAncestor(own, model.unitCode()) && user.isMemberOf(UnitRole.HEAD.groupId(own)));
    }

    ExemplaryModel readable(SignedInUser user, long id) {
        ExemplaryModel model = models.find(id).orElse(null);
        if (model == null || !canSee(user, model.unitCode())) {
            throw new NoSuchElementException(Messages.get("model.notFound", id));
        }
        return model;
    }

    private ExemplaryModel editable(SignedInUser user, long id) {
        ExemplaryModel model = readable(user, id);
        if (!user.isAdmin() && !user.isMemberOf(UnitRole.STAFF.groupId(model.unitCode()))) {
            throw new AccessDeniedException();
        }
        if (!model.status().staffEdits()) {
            throw new InvalidInputException(Messages.get("model.notEditable", model.status().label()));
        }
        return model;
    }

    ModelRules rulesOf(ExemplaryModel model) {
        return rules.open(RuleSetRef.parse(model.ruleSet())).models();
    }

    /** The criteria the newest default rule set lists, for a proposal about to be made. */
    ModelRules currentRules() {
        return rules.open(rules.pin(rules.defaultRuleSetId())).models();
    }

    // ---- Proposing ---------------------------------------------------------------------------------------------

    /**
     * The unit's staff start a proposal: the model exists as a draft of their unit and the unit's Tasklist gets the
     * task to complete it, linked to the model's page.
     */
    long propose(SignedInUser user, String unitCode, String kindText, String name) {
        return propose(user, unitCode, kindText, name, rules.defaultRuleSetId());
    }

    /**
     * As {@link #propose(SignedInUser, String, String, String)}, judged by the newest version of {@code ruleSetId}:
     * its criteria, and how many levels above the unit review the proposal in turn.
     */
    @Transactional
    long propose(SignedInUser user, String unitCode, String kindText, String name, String ruleSetId) {
        List<InputError> errors = new ArrayList<>();
        Unit unit = unitCode == null ? null : org.findUnit(unitCode.trim()).orElse(null);
        if (unit == null || !(user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(unit.code())))) {
            throw new AccessDeniedException();
        }
        if (unit.isRoot()) {
            errors.add(new InputError(0, 0, "unitCode", Messages.get("model.propose.root")));
        }
        NomineeKind kind = kind(kindText, errors);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.add(new InputError(0, 0, "name", Messages.get("model.name.missing")));
        } else if (cleanName.length() > MAX_NAME) {
            errors.add(new InputError(0, 0, "name", Messages.get("model.name.tooLong", MAX_NAME)));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        RuleSetRef pinned = rules.pin(ruleSetId);
        String ruleSet = pinned.toString();
        int reviewLevels = rules.open(pinned).models().reviewLevels();
        long id = models.create(unit.code(), unit.parentCode(), kind, cleanName, ruleSet, user.username(),
                clock.now());
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.MODEL_ID, id);
        vars.put(Vars.UNIT_CODE, unit.code());
        vars.put(Vars.PARENT_UNIT_CODE, unit.parentCode());
        vars.put(Vars.REVIEW_UNIT_CODE, unit.parentCode());
        vars.put(Vars.REVIEW_UNIT_NAME, org.findUnit(unit.parentCode()).map(Unit::name).orElse(unit.parentCode()));
        vars.put(Vars.REVIEW_LEVEL, 1);
        vars.put(Vars.REVIEW_LEVELS, reviewLevels);
        vars.put(Vars.MODEL_NAME, cleanName);
        vars.put(Vars.UNIT_NAME, unit.name());
        vars.put(Vars.MODEL_URL, ModelPages.pageOf(id));
        ProcessInstance instance = asSystem(() -> runtime.createMessageCorrelation(ModelProcess.PROPOSED_MESSAGE)
                .processInstanceBusinessKey("model-" + id).setVariables(vars).correlateStartMessage());
        models.setProcessInstance(id, instance.getId());
        return id;
    }

    /** What the page's proposal form sends, as typed. */
    record ProposalInput(String kind, String name, String dateOfBirth, String position, String contact,
                         String field, List<String> criteria, String storyDone, String storyResults,
                         String storyApply, String recognisedBy, String recognisedOn) {
    }

    /** Saves the proposal as typed, all or nothing; every rule is checked here whatever the page allowed. */
    @Transactional
    ExemplaryModel saveProposal(SignedInUser user, long id, ProposalInput in) {
        ExemplaryModel model = editable(user, id);
        ModelRules set = rulesOf(model);
        List<InputError> errors = new ArrayList<>();
        NomineeKind kind = kind(in.kind(), errors);
        String name = required(in.name(), "name", Messages.get("model.field.name"), MAX_NAME, errors);
        LocalDate birth = null;
        if (kind == NomineeKind.PERSON) {
            birth = day(in.dateOfBirth(), "dateOfBirth", Messages.get("model.field.dateOfBirth"), errors);
            if (birth != null && !birth.isBefore(clock.now().toLocalDate().minusYears(18))) {
                errors.add(new InputError(0, 0, "dateOfBirth", Messages.get("model.dateOfBirth.age")));
            }
        }
        String position = optional(in.position(), "position", Messages.get("model.field.position"), MAX_NAME, errors);
        String contact = optional(in.contact(), "contact", Messages.get("model.field.contact"), MAX_NAME, errors);
        String field = in.field() == null || in.field().isBlank() ? null : in.field().trim();
        if (field != null && set.field(field).isEmpty()) {
            errors.add(new InputError(0, 0, "field", Messages.get("model.field.unknown", field)));
        }
        List<String> criteria = new ArrayList<>(new LinkedHashSet<>(in.criteria() == null ? List.of()
                : in.criteria().stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList()));
        for (String code : criteria) {
            var criterion = set.criterion(code);
            if (criterion.isEmpty()) {
                errors.add(new InputError(0, 0, "criteria", Messages.get("model.criterion.unknown", code)));
            } else if (kind != null && criterion.get().kind() != kind) {
                errors.add(new InputError(0, 0, "criteria", Messages.get("model.criterion.otherKind",
                        criterion.get().name())));
            }
        }
        String done = optional(in.storyDone(), "storyDone", Messages.get("model.field.storyDone"), MAX_STORY, errors);
        String results = optional(in.storyResults(), "storyResults", Messages.get("model.field.storyResults"),
                MAX_STORY, errors);
        String apply = optional(in.storyApply(), "storyApply", Messages.get("model.field.storyApply"), MAX_STORY,
                errors);
        String recognisedBy = optional(in.recognisedBy(), "recognisedBy", Messages.get("model.field.recognisedBy"),
                MAX_SHORT, errors);
        LocalDate recognisedOn = day(in.recognisedOn(), "recognisedOn", Messages.get("model.field.recognisedOn"),
                errors);
        if (recognisedOn != null && recognisedOn.isAfter(clock.now().toLocalDate())) {
            errors.add(new InputError(0, 0, "recognisedOn", Messages.get("model.recognisedOn.future")));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        models.saveProposal(id, new Proposal(kind, name, kind == NomineeKind.PERSON ? birth : null,
                kind == NomineeKind.PERSON ? position : null, contact, field, criteria, done, results, apply,
                recognisedBy, recognisedOn));
        if (!name.equals(model.name()) && model.processInstanceId() != null) {
            asSystem(() -> {
                if (runtime.createProcessInstanceQuery().processInstanceId(model.processInstanceId()).count() > 0) {
                    runtime.setVariable(model.processInstanceId(), Vars.MODEL_NAME, name);
                }
                return null;
            });
        }
        return models.find(id).orElseThrow();
    }

    @Transactional
    void uploadMinutes(SignedInUser user, long id, String fileName, String contentType, byte[] content) {
        editable(user, id);
        checkFile(fileName, content, "minutes");
        models.saveMinutes(id, UploadedFile.name(fileName), UploadedFile.contentType(contentType), content);
    }

    @Transactional
    void addEvidence(SignedInUser user, long id, String fileName, String contentType, byte[] content) {
        editable(user, id);
        checkFile(fileName, content, "evidence");
        if (models.evidence(id).size() >= MAX_FILES) {
            throw invalid(List.of(new InputError(0, 0, "evidence", Messages.get("model.file.tooMany", MAX_FILES))));
        }
        models.addEvidence(id, UploadedFile.name(fileName), UploadedFile.contentType(contentType), content, user.username(), clock.now());
    }

    @Transactional
    void removeEvidence(SignedInUser user, long id, long evidenceId) {
        editable(user, id);
        if (models.removeEvidence(id, evidenceId) == 0) {
            throw new NoSuchElementException(Messages.get("model.file.notFound"));
        }
    }

    ModelRepository.StoredFile evidenceFile(SignedInUser user, long id, long evidenceId) {
        readable(user, id);
        return models.evidenceFile(id, evidenceId)
                .orElseThrow(() -> new NoSuchElementException(Messages.get("model.file.notFound")));
    }

    ModelRepository.StoredFile minutes(SignedInUser user, long id) {
        readable(user, id);
        return models.minutes(id).orElseThrow(() -> new NoSuchElementException(Messages.get("model.file.notFound")));
    }

    List<ModelRepository.Evidence> evidence(long id) {
        return models.evidence(id);
    }

    List<ModelRepository.FollowUp> followUps(long id) {
        return models.followUps(id);
    }

    /**
     * What a proposal still lacks before the head can sign it: the rule set's criteria, the story in its three parts,
     * who recognised the model (tập thể suy tôn) with the minutes, and at least one piece of evidence.
     */
    List<String> missing(ExemplaryModel model) {
        List<String> missing = new ArrayList<>();
        if (model.fieldCode() == null) {
            missing.add(Messages.get("model.missing.field"));
        }
        if (model.criteria().isEmpty()) {
            missing.add(Messages.get("model.missing.criteria"));
        }
        if (model.kind() == NomineeKind.PERSON && model.dateOfBirth() == null) {
            missing.add(Messages.get("model.missing.dateOfBirth"));
        }
        for (String[] part : new String[][] {{model.storyDone(), "model.field.storyDone"},
                {model.storyResults(), "model.field.storyResults"}, {model.storyApply(), "model.field.storyApply"}}) {
            if (part[0] == null || part[0].strip().length() < MIN_STORY) {
                missing.add(Messages.get("model.missing.story", Messages.get(part[1]), MIN_STORY));
            }
        }
        if (model.recognisedBy() == null || model.recognisedOn() == null) {
            missing.add(Messages.get("model.missing.recognition"));
        }
        if (!model.hasMinutes()) {
            missing.add(Messages.get("model.missing.minutes"));
        }
        if (models.evidence(model.id()).isEmpty()) {
            missing.add(Messages.get("model.missing.evidence"));
        }
        return missing;
    }

    // ---- Honour and publication --------------------------------------------------------------------------------

    /** The deciding level records the honour (year, form of commendation, decision) of a chosen model. */
    @Transactional
    void honour(SignedInUser user, long id, Integer year, String title, String decision) {
        ExemplaryModel model = readable(user, id);
        if (!canHonour(user, model)) {
            throw new AccessDeniedException();
        }
        List<InputError> errors = new ArrayList<>();
        int thisYear = clock.now().getYear();
        if (year == null || year < 2000 || year > thisYear) {
            errors.add(new InputError(0, 0, "year", Messages.get("model.honour.year", thisYear)));
        }
        String cleanTitle = required(title, "title", Messages.get("model.field.honouredTitle"), MAX_NAME, errors);
        String cleanDecision = required(decision, "decision", Messages.get("model.field.honouredDecision"), MAX_NAME,
                errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        models.honoured(id, year, cleanTitle, cleanDecision);
    }

    /** The deciding level approves (or withdraws) publication on the public page; only an honoured model. */
    @Transactional
    void publish(SignedInUser user, long id, boolean publish) {
        ExemplaryModel model = readable(user, id);
        if (!canHonour(user, model)) {
            throw new AccessDeniedException();
        }
        if (publish && !model.honoured()) {
            throw invalid(List.of(new InputError(0, 0, "published", Messages.get("model.publish.notHonoured"))));
        }
        models.published(id, publish, clock.now());
    }

    // ---- Lists and counts --------------------------------------------------------------------------------------

    /** The unit and every unit below it. */
    Set<String> subtree(String unitCode) {
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

    /** The unit to show when none is asked for: the user's own (the highest, for a person of two units). */
    Unit homeUnit(SignedInUser user, String asked) {
        if (asked != null && !asked.isBlank()) {
            Unit unit = org.findUnit(asked.trim()).orElse(null);
            if (unit == null || !canSee(user, unit.code())) {
                throw new NoSuchElementException(Messages.get("model.unit.notFound", asked.trim()));
            }
            return unit;
        }
        List<String> own = unitsOf(user);
        if (own.isEmpty()) {
            if (user.isAdmin() && !org.roots().isEmpty()) {
                return org.roots().get(0);
            }
            throw new AccessDeniedException();
        }
        return own.stream().map(org::unit)
                .filter(u -> own.stream().noneMatch(o -> !o.equals(u.code()) && org.isSameOrAncestor(o, u.code())))
                .findFirst().orElse(org.unit(own.get(0)));
    }

    /** Models proposed by the unit and every unit below it, newest first. */
    List<ExemplaryModel> listUnder(Unit unit) {
        return models.ofUnits(subtree(unit.code()));
    }

    /** Counts of one unit's subtree. */
    record Counts(Unit unit, int proposed, int chosen, int followedUp, int honoured) {
    }

    /** The unit's own models and, per child unit, the models of that child and everything under it. */
    List<Counts> counts(Unit unit) {
        List<Counts> rows = new ArrayList<>();
        rows.add(count(unit, models.ofUnits(List.of(unit.code()))));
        for (Unit child : org.children(unit.code())) {
            rows.add(count(child, models.ofUnits(subtree(child.code()))));
        }
        return rows;
    }

    private Counts count(Unit unit, List<ExemplaryModel> list) {
        List<Long> chosen = list.stream().filter(m -> m.status() == ModelStatus.CHOSEN).map(ExemplaryModel::id)
                .toList();
        int proposed = (int) list.stream().filter(m -> m.status() != ModelStatus.PREPARING || m.returnCount() > 0)
                .count();
        return new Counts(unit, proposed, chosen.size(), models.followedUp(chosen).size(),
                (int) list.stream().filter(ExemplaryModel::honoured).count());
    }

    /** Published models for the public page. */
    List<ExemplaryModel> published(String field, Integer year) {
        return models.published(field == null || field.isBlank() ? null : field.trim(), year);
    }

    List<Integer> publishedYears() {
        return models.publishedYears();
    }

    /** The unit's name, the code of a unit no longer in the tree, null for none. */
    String unitName(String code) {
        return code == null ? null : org.findUnit(code).map(Unit::name).orElse(code);
    }

    Map<String, String> unitNames(List<ExemplaryModel> list) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ExemplaryModel m : list) {
            names.computeIfAbsent(m.unitCode(), code -> org.findUnit(code).map(Unit::name).orElse(code));
        }
        return names;
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static NomineeKind kind(String text, List<InputError> errors) {
        try {
            return NomineeKind.valueOf(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new InputError(0, 0, "kind", Messages.get("model.kind.invalid")));
            return null;
        }
    }

    private static String required(String text, String field, String label, int max, List<InputError> errors) {
        String value = optional(text, field, label, max, errors);
        if (value == null) {
            errors.add(new InputError(0, 0, field, Messages.get("model.required", label)));
        }
        return value;
    }

    private static String optional(String text, String field, String label, int max, List<InputError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            errors.add(new InputError(0, 0, field, Messages.get("model.tooLong", label, value.length(), max)));
            return null;
        }
        return value;
    }

    private static LocalDate day(String text, String field, String label, List<InputError> errors) {
        try {
            return vn.thidua.web.DayInput.parse(text, label);
        } catch (InvalidInputException e) {
            errors.add(new InputError(0, 0, field, e.getMessage()));
            return null;
        }
    }

    private static void checkFile(String fileName, byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw invalid(List.of(new InputError(0, 0, field, Messages.get("model.file.missing"))));
        }
        if (content.length > MAX_FILE_BYTES) {
            throw invalid(List.of(new InputError(0, 0, field, Messages.get("model.file.tooLarge", 10))));
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw invalid(List.of(new InputError(0, 0, field, Messages.get("model.file.name"))));
        }
    }

    static InvalidInputException invalid(List<InputError> errors) {
        return new InvalidInputException(errors.size() == 1 ? errors.get(0).message()
                : Messages.get("model.invalid", errors.size()), errors);
    }

    private <T> T asSystem(Supplier<T> action) {
        var previous = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (previous != null) {
                identity.setAuthentication(previous);
            }
        }
    }

    OffsetDateTime now() {
        return clock.now();
    }
}
