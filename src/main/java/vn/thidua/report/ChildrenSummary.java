package vn.thidua.report;

import static vn.thidua.process.FormStrings.tableCell;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.org.OrgDirectory;
import vn.thidua.process.FormStrings;
import vn.thidua.text.Messages;
import vn.thidua.text.VietnameseNumbers;

/** What a consolidating unit's forms show of its children's reports: their figures and a table of them. */
@Component
class ChildrenSummary {

    private final OrgDirectory org;

    ChildrenSummary(OrgDirectory org) {
        this.org = org;
    }

    /**
     * A figure summed over the children's accepted reports, for the consolidating unit's own report (its staff may
     * still correct it); null only when no accepted report gives the figure.
     */
    static Integer acceptedTotal(List<Report> children, Function<Report, Integer> figure) {
        List<Integer> values = children.stream().filter(c -> c.status() == ReportStatus.ACCEPTED).map(figure)
                .filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A Markdown table of the children's accepted reports, for the consolidating unit: the rows that fit in a form
     * variable ({@link FormStrings}), then how many were left out, then the total over all of them. A district of a
     * hundred schools sees about forty rows here and the rest on the overview page the form links to.
     */
    String markdown(List<Report> children) {
        if (children.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder(Messages.get("report.form.children.header")).append('\n')
                .append("|---|---:|---:|---|---:|\n");
        String total = "| **" + Messages.get("report.form.children.total") + "** | " + VietnameseNumbers.integer(acceptedTotal(children, Report::staffCount))
                + " | " + VietnameseNumbers.integer(acceptedTotal(children, Report::registeredCount)) + " |  |  |\n";
        int leftOut = 0;
        for (Report child : children) {
            if (leftOut > 0) {
                leftOut++;
                continue;
            }
            String name = org.findUnit(child.unitCode()).map(u -> u.name()).orElse(child.unitCode());
            String row = "| " + tableCell(name)
                    + " | " + VietnameseNumbers.integer(child.staffCount())
                    + " | " + VietnameseNumbers.integer(child.registeredCount())
                    + " | " + (child.submittedAt() == null ? "" : DeadlineCalendar.label(child.submittedAt()))
                    + " | " + child.returnCount() + " |\n";
            if (md.length() + row.length() + total.length() > FormStrings.ROOM_FOR_ROWS) {
                leftOut++;
                continue;
            }
            md.append(row);
        }
        if (leftOut > 0) {
            md.append("| _").append(Messages.get("report.form.children.leftOut", VietnameseNumbers.integer(leftOut)))
                    .append("_ |  |  |  |  |\n");
        }
        return md.append(total).toString();
    }
}
