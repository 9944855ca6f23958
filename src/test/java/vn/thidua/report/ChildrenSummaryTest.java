package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.ReportKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Person;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.process.FormStrings;

/** The consolidating unit's table of its children's reports fits in a form variable, however many children. */
class ChildrenSummaryTest {

    private final ChildrenSummary summary = new ChildrenSummary(new Schools());

    @Test
    void aFewSchoolsAreAllListedWithTheirTotal() {
        String md = summary.markdown(schools(3));

        assertThat(md).contains("| Trường Tiểu học số 1 Quận Bình Thạnh | 45 | 40 |")
                .contains("| Trường Tiểu học số 3 Quận Bình Thạnh |")
                .doesNotContain("đơn vị khác")
                .endsWith("| **Tổng cộng** | 135 | 120 |  |  |\n");
    }

    @Test
    void aHundredSchoolsFitInAVariableAndTheTotalCountsThemAll() {
        String md = summary.markdown(schools(100));

        assertThat(md.length()).isLessThanOrEqualTo(FormStrings.MAX_CHARS);
        int listed = (int) md.lines().filter(line -> line.startsWith("| Trường")).count();
        assertThat(listed).isBetween(20, 99);
        assertThat(md).contains("| _… và " + (100 - listed) + " đơn vị khác: xem trang tình hình nộp báo cáo_ |")
                .endsWith("| **Tổng cộng** | 4.500 | 4.000 |  |  |\n");
    }

    /** The consolidating unit's figures are the sum of what its children reported and had accepted. */
    @Test
    void totalsComeFromTheAcceptedReportsOnly() {
        List<Report> children = new java.util.ArrayList<>(schools(3));
        Report accepted = children.get(2);
        children.set(2, new Report(accepted.id(), accepted.campaignId(), accepted.phaseNo(), accepted.unitCode(),
                accepted.parentUnitCode(), accepted.kind(), ReportStatus.RETURNED, accepted.deadline(), null, null, null,
                null, null, 1, null, null, null));

        assertThat(ChildrenSummary.acceptedTotal(children, Report::staffCount)).isEqualTo(90);
        assertThat(ChildrenSummary.acceptedTotal(children, Report::registeredCount)).isEqualTo(80);
        assertThat(summary.markdown(children)).endsWith("| **Tổng cộng** | 90 | 80 |  |  |\n");
        assertThat(ChildrenSummary.acceptedTotal(children.subList(2, 3), Report::staffCount)).isNull();
    }

    @Test
    void noChildrenNoTable() {
        assertThat(summary.markdown(List.of())).isEmpty();
    }

    private static List<Report> schools(int count) {
        OffsetDateTime submitted = OffsetDateTime.parse("2027-01-14T15:30:00+07:00");
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Report(i, 1, 1, "Q%03d".formatted(i), "Q",
                ReportKind.INTERIM,
                ReportStatus.ACCEPTED, submitted, "Tóm tắt", 45, 40, null, null, i % 10 == 0 ? 1 : 0, submitted,
                submitted, null)).toList();
    }

    /** Every child is "Trường Tiểu học số N Quận Bình Thạnh", a name as long as a city's usual ones. */
    private static final class Schools implements OrgDirectory {

        @Override
        public Optional<Unit> findUnit(String code) {
            return Optional.of(new Unit(code, "Trường Tiểu học số " + Integer.parseInt(code.substring(1))
                    + " Quận Bình Thạnh", "SCHOOL", "Q", null));
        }

        @Override
        public List<Unit> children(String code) {
            return List.of();
        }

        @Override
        public List<Unit> otherBodies(String code) {
            return List.of();
        }

        @Override
        public List<Unit> roots() {
            return List.of();
        }

        @Override
        public int childCount(String code) {
            return 0;
        }

        @Override
        public Map<String, String> unitNames(Collection<String> codes) {
            return codes.stream().collect(Collectors.toMap(code -> code, code -> findUnit(code).orElseThrow().name(),
                    (a, b) -> a));
        }

        @Override
        public List<String> unitsWhere(String username, UnitRole role) {
            return List.of();
        }

        @Override
        public List<Person> people(String unitCode, UnitRole role) {
            return List.of();
        }

        @Override
        public Optional<String> fullName(String username) {
            return Optional.empty();
        }

        @Override
        public boolean isSameOrAncestor(String ancestorCode, String unitCode) {
            return ancestorCode.equals(unitCode);
        }
    }
}
