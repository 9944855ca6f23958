package vn.thidua.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import vn.thidua.overview.CampaignOverview.Counts;
import vn.thidua.overview.CampaignOverview.Row;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * A city of 30 districts and 2,400 schools: the city's overview counts every district's schools right, from the
 * reports' own tree, in the same two queries as a small one (about a tenth of a second on a busy test machine, logged;
 * a recursive SQL walk took seconds there before the table had statistics).
 */
@PostgresIntegrationTest
class LargeCityOverviewTest {

    private static final Logger log = LoggerFactory.getLogger(LargeCityOverviewTest.class);
    static final int DISTRICTS = 30;
    static final int SCHOOLS_PER_DISTRICT = 80;
    static final OffsetDateTime NOW = OffsetDateTime.parse("2027-01-12T10:00:00+07:00");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    CampaignOverview overview;
    @Autowired
    YearDriver year;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCityCountsEachDistrictsSchools() {
        String root = "LC" + (System.nanoTime() % 1_000_000);
        List<Object[]> units = new ArrayList<>();
        units.add(new Object[] {root, "Sở Giáo dục và Đào tạo Thành phố Lớn", "thanh_pho", null, "so@lc.thidua.local"});
        for (int d = 1; d <= DISTRICTS; d++) {
            String district = root + "Q" + d;
            units.add(new Object[] {district, "Phòng Giáo dục và Đào tạo Quận " + d, "quan", root, "q@lc.thidua.local"});
            for (int s = 1; s <= SCHOOLS_PER_DISTRICT; s++) {
                units.add(new Object[] {district + "T" + s, "Trường số " + s + " Quận " + d, "truong", district,
                        "t@lc.thidua.local"});
            }
        }
        jdbcTemplate.batchUpdate("insert into org_unit (code, name, level, parent_code, email) values (?, ?, ?, ?, ?)",
                units);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign (name, school_year, root_unit_code, launched_by, launched_at, status)
                values ('Phong trào thành phố lớn', '2026-2027', :root, 'lcsostaff', :at, 'RUNNING')""")
                .param("root", root).param("at", OffsetDateTime.parse("2026-10-01T08:00:00+07:00"))
                .update(keys, "id");
        long campaignId = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("""
                insert into campaign_phase (campaign_id, phase_no, name, kind, starts_on, ends_on, report_deadline)
                values (:c, 1, 'Đợt 1', 'INTERIM', date '2026-09-05', date '2027-01-16', :deadline)""")
                .param("c", campaignId).param("deadline", OffsetDateTime.parse("2027-01-22T17:00:00+07:00")).update();
        OffsetDateTime schoolDeadline = OffsetDateTime.parse("2027-01-08T17:00:00+07:00");
        List<Object[]> reports = new ArrayList<>();
        reports.add(report(campaignId, root, null, "DRAFT", OffsetDateTime.parse("2027-01-22T17:00:00+07:00")));
        for (int d = 1; d <= DISTRICTS; d++) {
            String district = root + "Q" + d;
            reports.add(report(campaignId, district, root, "DRAFT", OffsetDateTime.parse("2027-01-15T17:00:00+07:00")));
            for (int s = 1; s <= SCHOOLS_PER_DISTRICT; s++) {
                // District d: its first d schools (up to 80) submitted, the rest late.
                reports.add(report(campaignId, district + "T" + s, district, s <= d ? "SUBMITTED" : "DRAFT",
                        schoolDeadline));
            }
        }
        jdbcTemplate.batchUpdate("""
                insert into report (campaign_id, phase_no, unit_code, parent_unit_code, kind, status, deadline,
                                    return_count)
                values (?, 1, ?, ?, 'INTERIM', ?, ?, 0)""", reports);

        year.setClock(NOW);
        long started = System.nanoTime();
        CampaignOverview.Overview city = overview.of(new SignedInUser("lcadmin", List.of(SignedInUser.ADMIN_GROUP)),
                campaignId, null);
        log.info("Overview of {} schools in {} ms", DISTRICTS * SCHOOLS_PER_DISTRICT,
                (System.nanoTime() - started) / 1_000_000);

        List<Row> districts = city.phases().get(0).children();
        assertThat(districts).hasSize(DISTRICTS);
        for (Row district : districts) {
            int d = Integer.parseInt(district.code().substring(root.length() + 1));
            assertThat(district.subtree()).as(district.code())
                    .isEqualTo(new Counts(d, SCHOOLS_PER_DISTRICT - d, SCHOOLS_PER_DISTRICT));
            assertThat(district.hasChildren()).isTrue();
        }
        int submitted = DISTRICTS * (DISTRICTS + 1) / 2;
        assertThat(city.phases().get(0).totals()).isEqualTo(new Counts(submitted,
                DISTRICTS * SCHOOLS_PER_DISTRICT - submitted, DISTRICTS * SCHOOLS_PER_DISTRICT));

        // Drilling into district 7: its 80 schools, the first 7 submitted, the others two working days late.
        CampaignOverview.Overview district7 = overview.of(new SignedInUser("lcadmin",
                List.of(SignedInUser.ADMIN_GROUP)), campaignId, root + "Q7");
        assertThat(district7.phases().get(0).children()).hasSize(SCHOOLS_PER_DISTRICT)
                .filteredOn(Row::late).hasSize(SCHOOLS_PER_DISTRICT - 7)
                .allSatisfy(r -> assertThat(r.workingDaysLate()).isEqualTo(2));
    }

    private static Object[] report(long campaignId, String unit, String parent, String status,
                                   OffsetDateTime deadline) {
        return new Object[] {campaignId, unit, parent, status, deadline};
    }
}
