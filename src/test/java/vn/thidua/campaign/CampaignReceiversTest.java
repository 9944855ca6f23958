package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * A campaign keeps who receives its reports on its row, as the launch said; a campaign launched before the row kept
 * it gets it at start from the launch's process variable.
 */
@PostgresIntegrationTest
class CampaignReceiversTest {

    @Autowired
    YearDriver year;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    CampaignReceiversBackfill backfill;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() throws Exception {
        year.setClock(OffsetDateTime.parse("2026-10-01T08:00:00+07:00"));
        year.importOrg("scenario/ward-units.csv", "scenario/ward-users.csv");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theLaunchSaysWhoReceivesAndAnOlderCampaignLearnsItFromItsLaunch() throws Exception {
        long both = launch("Phong trào gửi phường và Sở " + System.nanoTime(), "PARENT_AND_OTHERS");
        long parentOnly = launch("Phong trào chỉ gửi phường " + System.nanoTime(), null);
        assertThat(campaigns.get(both).receivers()).isEqualTo("PARENT_AND_OTHERS");
        assertThat(campaigns.get(both).receiversLabel()).isEqualTo("Đơn vị cấp trên và các đơn vị nhận khác");
        assertThat(campaigns.get(parentOnly).receivers()).isEqualTo("PARENT");
        assertThat(campaigns.rounds(both)).extracting(ReportRound::receivers).containsOnly("PARENT_AND_OTHERS");

        // As before V23__campaign_receivers.sql: nothing on the rows; the next start fills them in.
        jdbc.sql("update campaign set receivers = null where id in (:ids)").param("ids", List.of(both, parentOnly))
                .update();
        backfill.run(null);

        assertThat(campaigns.get(both).receivers()).isEqualTo("PARENT_AND_OTHERS");
        assertThat(campaigns.get(parentOnly).receivers()).isEqualTo("PARENT");
    }

    private long launch(String name, String receivers) throws Exception {
        Map<String, Object> fields = receivers == null ? Map.of() : Map.of(CampaignProcess.Vars.RECEIVERS, receivers);
        return year.launch("wbtinhstaff", name, List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 25), LocalDate.of(2027, 6, 5))),
                fields);
    }
}
