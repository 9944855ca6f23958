package vn.thidua.rules;

import java.util.List;
import java.util.Optional;

import vn.thidua.nomination.NomineeKind;

/**
 * What a rule set says about exemplary models (điển hình tiên tiến): the fields a model is proposed in and the
 * criteria a collective or a person must meet (the provincial union's plan 2017–2020 lists them: for a school union
 * "trường học đạt chuẩn văn hóa", "CĐCS vững mạnh"; for a person "hoàn thành xuất sắc nhiệm vụ", leading by example).
 * Empty in a version deployed before the section existed.
 *
 * @param reviewLevels how many levels above the proposing unit review a proposal in turn ({@code reviewLevels} of the
 *                     section): 1, the default, is the parent alone; 2 takes a proposal the parent chose on to the
 *                     level above it, and so on up to the tree's root
 */
public record ModelRules(List<Field> fields, List<Criterion> criteria, int reviewLevels) {

    /** The parent alone reviews, as long as a rule set says nothing else. */
    public static final int DEFAULT_REVIEW_LEVELS = 1;
    /** A city tree has at most a few levels above a school. */
    public static final int MAX_REVIEW_LEVELS = 5;

    public static final ModelRules NONE = new ModelRules(List.of(), List.of());

    public ModelRules {
        fields = List.copyOf(fields);
        criteria = List.copyOf(criteria);
    }

    public ModelRules(List<Field> fields, List<Criterion> criteria) {
        this(fields, criteria, DEFAULT_REVIEW_LEVELS);
    }

    /** A field of work (lĩnh vực): giảng dạy, quản lý, công đoàn, phục vụ … */
    public record Field(String code, String name) {
    }

    /** A criterion a model of {@code kind} may meet. */
    public record Criterion(String code, NomineeKind kind, String name) {
    }

    public Optional<Field> field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The criteria a model of {@code kind} is judged by, in the order of the rule set. */
    public List<Criterion> criteriaFor(NomineeKind kind) {
        return criteria.stream().filter(c -> c.kind() == kind).toList();
    }
}
