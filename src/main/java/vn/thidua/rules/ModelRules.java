package vn.thidua.rules;

import java.util.List;
import java.util.Optional;

import vn.thidua.nomination.NomineeKind;

/**
 * What a rule set says about exemplary models (điển hình tiên tiến): the fields a model is proposed in and the
 * criteria a collective or a person must meet (the provincial union's plan 2017–2020 lists them: for a school union
 * "trường học đạt chuẩn văn hóa", "CĐCS vững mạnh"; for a person "hoàn thành xuất sắc nhiệm vụ", leading by example).
 * Empty in a version deployed before the section existed.
 */
public record ModelRules(List<Field> fields, List<Criterion> criteria) {

    public static final ModelRules NONE = new ModelRules(List.of(), List.of());

    public ModelRules {
        fields = List.copyOf(fields);
        criteria = List.copyOf(criteria);
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
