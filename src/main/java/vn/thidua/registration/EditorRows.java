package vn.thidua.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.thidua.registration.Registration.PublishedTarget;
import vn.thidua.registration.Registration.Target;
import vn.thidua.web.DayInput;

/**
 * The lines of the page's list editors: what is saved, or what was just typed when it was refused, and a few spare
 * lines. The parent's published targets come first in the targets list, their name and measure fixed.
 */
final class EditorRows {

    /** A line of a list editor; {@code id} the published target a target line answers, "" for none. */
    record Line(String id, boolean fixed, List<String> cells) {

        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private EditorRows() {
    }

    static List<Line> targets(RegistrationService.View view, Map<String, String> typed) {
        if (typed != null && typed.containsKey("tName1") || typed != null && typed.containsKey("tValue1")) {
            return typedTargets(view, typed, "t");
        }
        List<Line> lines = new ArrayList<>();
        for (PublishedTarget p : view.mandatory()) {
            Target answer = view.answer(p).orElse(null);
            lines.add(new Line(String.valueOf(p.id()), true, List.of(p.name(), p.measure(),
                    answer == null ? plain(p.targetValue()) : plain(answer.targetValue()), code(p.computedFrom()))));
        }
        for (Target t : view.registration().targets()) {
            if (t.publishedTargetId() == null || view.mandatory().stream().noneMatch(p -> p.id() == t.publishedTargetId())) {
                lines.add(new Line("", false, List.of(t.name(), t.measure(), plain(t.targetValue()),
                        code(t.computedFrom()))));
            }
        }
        return spare(lines, 4);
    }

    static List<Line> published(RegistrationService.View view, Map<String, String> typed) {
        if (typed != null && typed.containsKey("uName1")) {
            return typedTargets(view, typed, "u");
        }
        List<Line> lines = new ArrayList<>();
        for (PublishedTarget p : view.ownPublished()) {
            lines.add(new Line(String.valueOf(p.id()), false, List.of(p.name(), p.measure(), plain(p.targetValue()),
                    code(p.computedFrom()))));
        }
        return spare(lines, 4);
    }

    private static List<Line> typedTargets(RegistrationService.View view, Map<String, String> typed, String prefix) {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; typed.containsKey(prefix + "Name" + i) || typed.containsKey(prefix + "Value" + i); i++) {
            String id = typed.getOrDefault(prefix + "Id" + i, "");
            boolean fixed = "t".equals(prefix) && view.mandatory().stream().anyMatch(p -> String.valueOf(p.id()).equals(id));
            lines.add(new Line(id, fixed, List.of(typed.getOrDefault(prefix + "Name" + i, ""),
                    typed.getOrDefault(prefix + "Measure" + i, ""), typed.getOrDefault(prefix + "Value" + i, ""),
                    typed.getOrDefault(prefix + "Computed" + i, ""))));
        }
        return lines;
    }

    static List<Line> people(RegistrationService.View view, Map<String, String> typed) {
        List<Line> lines = new ArrayList<>();
        if (typed != null && typed.containsKey("pName1")) {
            for (int i = 1; typed.containsKey("pName" + i); i++) {
                lines.add(new Line("", false, List.of(typed.get("pName" + i), typed.getOrDefault("pBirth" + i, ""),
                        typed.getOrDefault("pPosition" + i, ""), typed.getOrDefault("pTitle" + i, ""))));
            }
            return lines;
        }
        for (Registration.Person p : view.registration().people()) {
            lines.add(new Line("", false, List.of(p.fullName(), DayInput.format(p.dateOfBirth()),
                    p.positionTitle() == null ? "" : p.positionTitle(), p.titleCode())));
        }
        return spare(lines, 4);
    }

    static List<Line> works(RegistrationService.View view, Map<String, String> typed) {
        List<Line> lines = new ArrayList<>();
        if (typed != null && typed.containsKey("wName1")) {
            for (int i = 1; typed.containsKey("wName" + i); i++) {
                lines.add(new Line("", false, List.of(typed.get("wName" + i), typed.getOrDefault("wOwner" + i, ""),
                        typed.getOrDefault("wOn" + i, ""))));
            }
            return lines;
        }
        for (Registration.Work w : view.registration().works()) {
            lines.add(new Line("", false, List.of(w.name(), w.owner(), DayInput.format(w.expectedOn()))));
        }
        return spare(lines, 3);
    }

    private static String code(String computedFrom) {
        return computedFrom == null ? "" : computedFrom;
    }

    /** 100.00 → "100", 95.50 → "95,5": numbers as a Vietnamese page writes them. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static List<Line> spare(List<Line> lines, int cells) {
        List<Line> all = new ArrayList<>(lines);
        List<String> blank = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            blank.add("");
        }
        for (int i = 0; i < RegistrationController.SPARE_ROWS; i++) {
            all.add(new Line("", false, blank));
        }
        return all;
    }
}
