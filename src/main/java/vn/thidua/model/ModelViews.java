package vn.thidua.model;

import java.util.List;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.rules.ModelRules;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;

/** What pages, the API and the export show of a model, as people read it. */
final class ModelViews {

    private ModelViews() {
    }

    /** One model with its names resolved (unit, field, criteria, status), days as dd/mm/yyyy. */
    record ModelView(long id, String kind, String kindLabel, String name, String unitCode, String unitName,
                     String parentUnitName, String dateOfBirth, String position, String contact, String field,
                     String fieldName, List<String> criteria, List<String> criteriaNames, String storyDone,
                     String storyResults, String storyApply, String recognisedBy, String recognisedOn,
                     String minutesFileName, String status, String statusLabel, String statusReason, int returnCount,
                     String chosenOn, String planSupport, String planBy, String planUntil, Integer honouredYear,
                     String honouredTitle, String honouredDecision, boolean published, List<FollowUpView> followUps,
                     String reviewUnitName, String chosenByUnitName) {
    }

    record FollowUpView(String schoolYear, String due, String done, String replicatedBy, String filedAt,
                        boolean filed, boolean late) {
    }

    /** What the public page shows of an honoured model: nothing personal (no date of birth, no contact). */
    record PublicModel(String name, String kindLabel, String unitName, String fieldName, String storyDone,
                       String storyResults, String storyApply, int honouredYear, String honouredTitle) {
    }

    static ModelView of(ExemplaryModel m, ModelRules rules, String unitName, String parentUnitName,
                        List<ModelRepository.FollowUp> followUps) {
        return of(m, rules, unitName, parentUnitName, followUps, null, null);
    }

    /**
     * @param reviewUnitName   the level that reviews the proposal now (or last reviewed it)
     * @param chosenByUnitName the level that chose the model last and follows it up, null until one did
     */
    static ModelView of(ExemplaryModel m, ModelRules rules, String unitName, String parentUnitName,
                        List<ModelRepository.FollowUp> followUps, String reviewUnitName, String chosenByUnitName) {
        return new ModelView(m.id(), m.kind().name(), kindLabel(m.kind()), m.name(), m.unitCode(), unitName,
                parentUnitName, DayInput.format(m.dateOfBirth()), m.position(), m.contact(), m.fieldCode(),
                fieldName(rules, m.fieldCode()), m.criteria(),
                m.criteria().stream().map(c -> rules.criterion(c).map(ModelRules.Criterion::name).orElse(c)).toList(),
                m.storyDone(), m.storyResults(), m.storyApply(), m.recognisedBy(), DayInput.format(m.recognisedOn()),
                m.minutesFileName(), m.status().name(), m.status().label(), m.statusReason(), m.returnCount(),
                DayInput.format(m.chosenOn()), m.planSupport(), m.planBy(), DayInput.format(m.planUntil()),
                m.honouredYear(), m.honouredTitle(), m.honouredDecision(), m.published(),
                followUps.stream().map(f -> new FollowUpView(f.schoolYear(), DeadlineCalendar.label(f.dueAt()),
                        f.done(), f.replicatedBy(), f.filedAt() == null ? "" : DeadlineCalendar.label(f.filedAt()),
                        f.filed(), f.late())).toList(), reviewUnitName, chosenByUnitName);
    }

    static PublicModel publicOf(ExemplaryModel m, ModelRules rules, String unitName) {
        return new PublicModel(m.name(), kindLabel(m.kind()), unitName, fieldName(rules, m.fieldCode()), m.storyDone(),
                m.storyResults(), m.storyApply(), m.honouredYear(), m.honouredTitle());
    }

    static String kindLabel(NomineeKind kind) {
        return Messages.get("model.kind." + kind.name());
    }

    static String fieldName(ModelRules rules, String code) {
        return code == null ? "" : rules.field(code).map(ModelRules.Field::name).orElse(code);
    }
}
