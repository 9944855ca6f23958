package vn.thidua.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.org.OrgImportService;
import vn.thidua.report.ReportReceiptProcess;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * The shared filters find a school's report as its deadline nears and once it has passed, and only its own; the
 * reviewers' filter is shown to the roles it concerns.
 */
@PostgresIntegrationTest
class TasklistFiltersTest {

    @Autowired
    YearDriver year;
    @Autowired
    FilterService filterService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    OrgImportService imports;
    @Autowired
    TaskService taskService;
    @Autowired
    TasklistFilters filters;

    String campaignName;
    long campaignId;

    @BeforeEach
    void launch() throws Exception {
        year.setClock(OffsetDateTime.parse("2026-10-01T08:00:00+07:00"));
        year.importOrg("scenario/two-level-units.csv", "scenario/two-level-users.csv");
        campaignName = "Phong trào bộ lọc " + System.nanoTime();
        // Province deadline Monday 25/01/2027; its schools report 5 working days earlier, Monday 18/01 17:00.
        campaignId = year.launch("scttinhstaff", campaignName, List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 20), LocalDate.of(2027, 6, 30))));
        year.runDueJobs();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void dueSoonAndOverdueFollowTheEngineClock() {
        year.setClock(OffsetDateTime.parse("2027-01-10T09:00:00+07:00"));
        assertThat(mine("sctlamsonstaff", TasklistFilters.DUE_SOON)).isEmpty();
        assertThat(mine("sctlamsonstaff", TasklistFilters.OVERDUE)).isEmpty();

        year.setClock(OffsetDateTime.parse("2027-01-16T09:00:00+07:00"));
        assertThat(mine("sctlamsonstaff", TasklistFilters.DUE_SOON)).singleElement()
                .satisfies(t -> assertThat(t.getName()).startsWith("Sơ kết đợt 1 – Trường THPT Lam Sơn"));
        assertThat(mine("sctlamsonstaff", TasklistFilters.OVERDUE)).isEmpty();

        year.setClock(OffsetDateTime.parse("2027-01-19T09:00:00+07:00"));
        assertThat(mine("sctlamsonstaff", TasklistFilters.DUE_SOON)).isEmpty();
        assertThat(mine("sctlamsonstaff", TasklistFilters.OVERDUE)).singleElement()
                .satisfies(t -> assertThat(t.getName()).contains("Trường THPT Lam Sơn"));
        // The province's staff review; the schools' own preparation is not theirs.
        assertThat(mine("scttinhstaff", TasklistFilters.OVERDUE)).isEmpty();
    }

    @Test
    void theReviewersFilterIsShownToTheRolesItConcernsAndListsWhatAwaitsThem() {
        // A school's staff review nobody; its head and council do, and so do the province's staff.
        assertThat(visible("sctlamsonstaff", TasklistFilters.TO_REVIEW)).isFalse();
        assertThat(visible("sctlamsonhead", TasklistFilters.TO_REVIEW)).isTrue();
        assertThat(visible("sctlamsoncouncil", TasklistFilters.TO_REVIEW)).isTrue();
        assertThat(visible("scttinhstaff", TasklistFilters.TO_REVIEW)).isTrue();
        assertThat(visible("sctlamsonstaff", TasklistFilters.MY_UNIT)).isTrue();

        assertThat(mine("sctlamsonhead", TasklistFilters.TO_REVIEW)).isEmpty();
        year.submit("sctlamsonstaff", year.task(campaignId, 1, "SCTLAMSON", UnitReportProcess.PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường triển khai đầy đủ kế hoạch thi đua học kỳ I.",
                FormFields.STAFF_COUNT, 40, FormFields.REGISTERED_COUNT, 38));
        assertThat(mine("sctlamsonhead", TasklistFilters.TO_REVIEW)).singleElement()
                .satisfies(t -> assertThat(t.getName()).startsWith("Ký duyệt: Sơ kết đợt 1 – Trường THPT Lam Sơn"));
    }

    @Test
    void theReviewersFilterFollowsAPersonsRoleAndNamesNoGroup() {
        String csv = "username,full_name,email,unit_code,role\nsctloccouncil,Trần Văn Lộc,loc@x.vn,SCTLAMSON,%s\n";
        imports.importUsers(csv.formatted("council").getBytes(StandardCharsets.UTF_8));
        assertThat(visible("sctloccouncil", TasklistFilters.TO_REVIEW)).isTrue();

        imports.importUsers(csv.formatted("staff").getBytes(StandardCharsets.UTF_8));
        assertThat(visible("sctloccouncil", TasklistFilters.TO_REVIEW)).as("a school's staff review nobody").isFalse();
        assertThat(visible("sctloccouncil", TasklistFilters.MY_UNIT)).isTrue();

        String filterId = filterService.createFilterQuery().filterName(TasklistFilters.TO_REVIEW).singleResult().getId();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
                .list()).as("granted to people, not to groups: every command scans the rows that name a group")
                .allSatisfy(a -> assertThat(a.getGroupId()).isNull());
    }

    /**
     * An installation started before receipts existed keeps its "Chờ tôi duyệt" filter (and the grants on it): at the
     * next start it is redefined in place to list receipts too; a user's own filter of the same name stays as it is,
     * and a further start changes nothing.
     */
    @Test
    void anOldSharedFilterIsBroughtUpToDateAtStartAndAUsersOwnFilterIsLeftAlone() {
        Filter current = filterService.createFilterQuery().filterName(TasklistFilters.TO_REVIEW).singleResult();
        filterService.deleteFilter(current.getId());
        Filter old = filterService.newTaskFilter(TasklistFilters.TO_REVIEW)
                .setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().taskDefinitionKeyIn(UnitReportProcess.COUNCIL_VOTE,
                                UnitReportProcess.APPROVE_REPORT, UnitReportProcess.ISSUE_DECISION,
                                UnitReportProcess.REVIEW_REPORT).orderByDueDate().asc())
                .setProperties(new HashMap<>(Map.of("description", "Báo cáo, hồ sơ chờ bạn ký duyệt.",
                        "priority", -7, "refresh", true)));
        filterService.saveFilter(old);
        Filter own = filterService.newTaskFilter(TasklistFilters.TO_REVIEW).setOwner("scttinhstaff")
                .setQuery(taskService.createTaskQuery().taskDefinitionKey(UnitReportProcess.REVIEW_REPORT))
                .setProperties(new HashMap<>(Map.of("description", "Của riêng tôi", "priority", 3)));
        filterService.saveFilter(own);
        try {
            upgradeInPlace(old, own);
        } finally {
            filterService.deleteFilter(own.getId());
        }
    }

    private void upgradeInPlace(Filter old, Filter own) {
        filters.run(null);

        Filter updated = filterService.getFilter(old.getId());
        assertThat(keys(updated)).contains(ReportReceiptProcess.ACKNOWLEDGE_REPORT, UnitReportProcess.REVIEW_REPORT);
        assertThat(updated.getProperties()).containsEntry("description",
                        "Báo cáo, hồ sơ chờ bạn ký duyệt, bình xét, ký quyết định, thẩm định, hoặc tiếp nhận (báo cáo "
                                + "gửi đến đơn vị bạn).")
                .containsEntry("priority", -7);
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.TO_REVIEW).count())
                .as("updated in place, nothing created").isEqualTo(2);
        assertThat(visible("sctlamsonhead", TasklistFilters.TO_REVIEW)).isTrue();
        Filter untouched = filterService.getFilter(own.getId());
        assertThat(keys(untouched)).isNull();
        assertThat(untouched.getProperties()).containsEntry("description", "Của riêng tôi")
                .doesNotContainKey(TasklistFilters.VERSION_PROPERTY);

        updated.setProperties(new HashMap<>(Map.of("description", "Sửa tay", "priority", -7, "refresh", true,
                TasklistFilters.VERSION_PROPERTY, TasklistFilters.DEFINITIONS_VERSION)));
        filterService.saveFilter(updated);
        filters.run(null);
        assertThat(filterService.getFilter(old.getId()).getProperties()).as("up to date: left as it is")
                .containsEntry("description", "Sửa tay");
    }

    private static String[] keys(Filter filter) {
        return ((TaskQueryImpl) filter.getQuery()).getKeys();
    }

    private boolean visible(String username, String filterName) {
        return year.as(username, () -> filterService.createFilterQuery().filterName(filterName).count()) > 0;
    }

    /** The user's tasks of this campaign in the named shared filter, as Tasklist lists them. */
    private List<Task> mine(String username, String filterName) {
        String filterId = year.as(username, () -> filterService.createFilterQuery().filterName(filterName)
                .singleResult().getId());
        List<Task> tasks = year.as(username, () -> filterService.list(filterId));
        return tasks.stream().filter(t -> t.getName().contains(campaignName)).toList();
    }
}
