package vn.thidua.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.thidua.dossier.DossierEntry;
import vn.thidua.dossier.DossierRecords;
import vn.thidua.dossier.DossierService;
import vn.thidua.mail.OutboxDelivery;
import vn.thidua.model.ModelProcess.Vars;
import vn.thidua.model.ModelService.ProposalInput;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.rules.RuleSetDeployment;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * Exemplary models of Quận 3 told from proposal to the public page: Lê Lợi proposes a teacher and its maths team,
 * Hòa Bình its school union; the district returns the team for missing evidence and chooses it once completed,
 * chooses the teacher, declines the union; the nurturing plans run and the yearly follow-ups come due, the teacher's
 * late (reminded, then reported overdue) naming the school that replicated her method; the district's head honours
 * her and approves publication, and the public page shows exactly her, nothing personal, every story as text. On a
 * real PostgreSQL and SMTP server.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class ModelScenarioTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(PostgresIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

    static final OffsetDateTime PROPOSALS = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    static final String HOSTILE = "<script>alert('x')</script><b>Câu lạc bộ</b> đọc sách & [liên kết](javascript:x)";

    @Autowired
    YearDriver year;
    @Autowired
    ModelService models;
    @Autowired
    ModelRepository repository;
    @Autowired
    ModelExport export;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OutboxDelivery dispatcher;
    @Autowired
    MockMvc mvc;
    @Autowired
    ModelCommendation commendation;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierRecords dossierRecords;
    @Autowired
    ReportRepository reports;
    @Autowired
    RuleSetDeployment ruleSets;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @BeforeEach
    void tree() throws Exception {
        year.setClock(PROPOSALS);
        year.importOrg("scenario/model-units.csv", "scenario/model-users.csv");
        year.runDueJobs();
        dispatcher.dispatchDue();
        smtp.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void modelsAreProposedChosenFollowedUpHonouredAndShownToAll() throws Exception {
        String suffix = " " + System.nanoTime() % 100000;
        // 1. Two schools propose three models; the task to complete each proposal is in their Tasklist.
        long lan = models.propose(user("mdlleloistaff"), "MDLLELOI", "PERSON", "Nguyễn Thị Lan" + suffix);
        long team = models.propose(user("mdlleloistaff"), "MDLLELOI", "COLLECTIVE", "Tổ Toán – Tin" + suffix);
        long union = models.propose(user("mdlhoabinhstaff"), "MDLHOABINH", "COLLECTIVE",
                "Công đoàn cơ sở Trường Tiểu học Hòa Bình" + suffix);
        assertThat(task(lan, ModelProcess.PREPARE).getName()).startsWith("Lập hồ sơ đề xuất điển hình: Nguyễn Thị Lan")
                .endsWith("Trường Tiểu học Lê Lợi");
        // Another school sees nothing of Lê Lợi's model.
        assertThatThrownBy(() -> models.readable(user("mdlhoabinhstaff"), lan))
                .isInstanceOf(java.util.NoSuchElementException.class);

        complete("mdlleloistaff", lan, "PERSON", "05/09/1985", List.of("CN_HTXS", "CN_SANG_TAO"), HOSTILE);
        // The proposal is not whole yet: without minutes and evidence Tasklist refuses to send it to the head.
        assertThatThrownBy(() -> year.submit("mdlleloistaff", task(lan, ModelProcess.PREPARE), Map.of()))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .rootCause().hasMessageContaining("biên bản suy tôn").hasMessageContaining("minh chứng");
        attach("mdlleloistaff", lan, true);
        complete("mdlleloistaff", team, "COLLECTIVE", null, List.of("TT_CHAT_LUONG", "TT_PHONG_TRAO"),
                "Tổ Toán – Tin tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học mỗi tháng.");
        attach("mdlleloistaff", team, true);
        complete("mdlhoabinhstaff", union, "COLLECTIVE", null, List.of("TT_CDCS_VUNG_MANH"),
                "Công đoàn tổ chức phong trào “Mái ấm công đoàn” cho đoàn viên khó khăn.");
        attach("mdlhoabinhstaff", union, true);
        for (long id : List.of(lan, team, union)) {
            String staff = id == union ? "mdlhoabinhstaff" : "mdlleloistaff";
            year.submit(staff, task(id, ModelProcess.PREPARE), Map.of());
            assertThat(repository.find(id).orElseThrow().status()).isEqualTo(ModelStatus.WAITING_HEAD);
            year.submit(staff.replace("staff", "head"), task(id, ModelProcess.SIGN),
                    Map.of(Vars.HEAD_DECISION, ModelProcess.HEAD_APPROVE));
            assertThat(repository.find(id).orElseThrow().status()).isEqualTo(ModelStatus.WAITING_PARENT);
        }

        // 2. The district returns the team for missing evidence; the school adds it and sends it again.
        assertThatThrownBy(() -> year.submit("mdlq3staff", task(team, ModelProcess.REVIEW), Map.of(
                Vars.REVIEW_DECISION, ModelProcess.REVIEW_RETURN, Vars.REVIEW_REASON, "Thiếu")))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        year.submit("mdlq3staff", task(team, ModelProcess.REVIEW), Map.of(Vars.REVIEW_DECISION,
                ModelProcess.REVIEW_RETURN, Vars.REVIEW_REASON, "Thiếu minh chứng kết quả học sinh giỏi các cấp."));
        assertThat(repository.find(team).orElseThrow().status()).isEqualTo(ModelStatus.RETURNED);
        assertThat(task(team, ModelProcess.PREPARE)).isNotNull();
        attach("mdlleloistaff", team, false);
        year.submit("mdlleloistaff", task(team, ModelProcess.PREPARE), Map.of());
        year.submit("mdlleloihead", task(team, ModelProcess.SIGN), Map.of(Vars.HEAD_DECISION, ModelProcess.HEAD_APPROVE));
        // The second review opens empty: last round's "return" and its reason are not ticked again.
        assertThat(taskService.getVariable(task(team, ModelProcess.REVIEW).getId(), Vars.REVIEW_DECISION)).isNull();
        assertThat(taskService.getVariable(task(team, ModelProcess.REVIEW).getId(), Vars.REVIEW_REASON)).isNull();

        // The district chooses two with their nurturing plans and declines the third.
        year.submit("mdlq3staff", task(lan, ModelProcess.REVIEW), choose("2028-05-31"));
        year.submit("mdlq3staff", task(team, ModelProcess.REVIEW), choose("2027-04-30"));
        year.submit("mdlq3staff", task(union, ModelProcess.REVIEW), Map.of(Vars.REVIEW_DECISION,
                ModelProcess.REVIEW_DECLINE, Vars.REVIEW_REASON, "Chưa có kết quả nổi bật so với các trường khác."));
        ExemplaryModel chosen = repository.find(lan).orElseThrow();
        assertThat(chosen.status()).isEqualTo(ModelStatus.CHOSEN);
        assertThat(chosen.planBy()).isEqualTo("Tổ chuyên môn Phòng Giáo dục");
        assertThat(chosen.planUntil()).isEqualTo(java.time.LocalDate.of(2028, 5, 31));
        assertThat(repository.find(team).orElseThrow().returnCount()).isEqualTo(1);
        assertThat(repository.find(union).orElseThrow().status()).isEqualTo(ModelStatus.DECLINED);
        Task lanFollowUp = task(lan, ModelProcess.FOLLOW_UP);
        assertThat(lanFollowUp.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-05-31T17:00:00+07:00").toInstant());

        // 3. The team files its follow-up in time; nobody is reminded of it.
        year.setClock(OffsetDateTime.parse("2027-05-20T09:00:00+07:00"));
        run();
        year.submit("mdlleloistaff", task(team, ModelProcess.FOLLOW_UP), followUp("Trường Tiểu học Hòa Bình"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("model-" + team).count())
                .as("the team's plan ended before next year's follow-up").isZero();

        // Five working days before the due day, Lê Lợi's staff are reminded of the teacher's follow-up, once.
        year.setClock(OffsetDateTime.parse("2027-05-25T09:00:00+07:00"));
        run();
        run();
        List<MimeMessage> reminders = received("Nhắc hạn: báo cáo theo dõi điển hình");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getSubject()).contains("Nguyễn Thị Lan").contains("2026-2027");
        assertThat(to(reminders.get(0))).isEqualTo("mdlleloistaff@mdl.thidua.local");

        // Past the due day: the school's head and the district's staff are told it is overdue.
        year.setClock(OffsetDateTime.parse("2027-06-01T09:00:00+07:00"));
        run();
        assertThat(received("Quá hạn: báo cáo theo dõi điển hình").stream().map(ModelScenarioTest::to).toList())
                .containsExactlyInAnyOrder("mdlleloihead@mdl.thidua.local", "mdlq3staff@mdl.thidua.local");
        year.submit("mdlleloistaff", task(lan, ModelProcess.FOLLOW_UP), followUp("Trường Tiểu học Hòa Bình"));
        List<ModelRepository.FollowUp> followUps = repository.followUps(lan);
        assertThat(followUps).hasSize(2);
        assertThat(followUps.get(0).late()).isTrue();
        assertThat(followUps.get(0).replicatedBy()).isEqualTo("Trường Tiểu học Hòa Bình");
        assertThat(followUps.get(1).schoolYear()).isEqualTo("2027-2028");
        assertThat(task(lan, ModelProcess.FOLLOW_UP).getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2028-05-31T17:00:00+07:00").toInstant());

        // 4. The district's head honours the teacher and approves publication; the school's head may not.
        assertThatThrownBy(() -> models.honour(user("mdlleloihead"), lan, 2027, "Giấy khen", "1/QĐ"))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
        models.honour(user("mdlq3head"), lan, 2027, "Giấy khen của Phòng Giáo dục và Đào tạo Quận 3",
                "45/QĐ-PGDĐT");
        assertThat(repository.find(lan).orElseThrow().published()).isFalse();
        String before = publicPage("");
        assertThat(before).doesNotContain("Nguyễn Thị Lan" + suffix);
        models.publish(user("mdlq3head"), lan, true);

        String page = publicPage("");
        assertThat(page).contains("Nguyễn Thị Lan" + suffix).contains("Trường Tiểu học Lê Lợi")
                .contains("Giấy khen của Phòng Giáo dục và Đào tạo Quận 3")
                .doesNotContain("Tổ Toán – Tin" + suffix).doesNotContain("Công đoàn cơ sở Trường Tiểu học Hòa Bình" + suffix)
                .doesNotContain("05/09/1985").doesNotContain("1985").doesNotContain("0903 123 456");
        // The hostile story is text: escaped, never markup.
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>Câu lạc bộ</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;Câu lạc bộ&lt;/b&gt;");
        assertThat(publicPage("?field=QUAN_LY")).doesNotContain("Nguyễn Thị Lan" + suffix);
        assertThat(publicPage("?field=GIANG_DAY&year=2027")).contains("Nguyễn Thị Lan" + suffix);
        assertThat(publicPage("?year=2026")).doesNotContain("Nguyễn Thị Lan" + suffix);

        // 5. The district's counts per school, and its Excel list.
        var counts = models.counts(models.homeUnit(user("mdlq3staff"), "MDLQ3"));
        var leloi = counts.stream().filter(c -> c.unit().code().equals("MDLLELOI")).findFirst().orElseThrow();
        var hoabinh = counts.stream().filter(c -> c.unit().code().equals("MDLHOABINH")).findFirst().orElseThrow();
        assertThat(List.of(leloi.proposed(), leloi.chosen(), leloi.followedUp(), leloi.honoured()))
                .containsExactly(2, 2, 2, 1);
        assertThat(List.of(hoabinh.proposed(), hoabinh.chosen(), hoabinh.followedUp(), hoabinh.honoured()))
                .containsExactly(1, 0, 0, 0);
        var q3 = models.homeUnit(user("mdlq3staff"), "MDLQ3");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export.workbook(q3, models.listUnder(q3))))) {
            var sheet = book.getSheetAt(0);
            List<String> names = java.util.stream.IntStream.rangeClosed(2, sheet.getLastRowNum())
                    .mapToObj(r -> sheet.getRow(r).getCell(1).getStringCellValue()).toList();
            assertThat(names).contains("Nguyễn Thị Lan" + suffix, "Tổ Toán – Tin" + suffix);
            String lanRow = Arrays.toString(java.util.stream.IntStream.range(0, 17)
                    .mapToObj(c -> sheet.getRow(2 + names.indexOf("Nguyễn Thị Lan" + suffix)).getCell(c))
                    .map(c -> c == null ? "" : c.toString()).toArray());
            assertThat(lanRow).contains("Trường Tiểu học Hòa Bình").contains("2027").doesNotContain("1985");
        }
    }

    /**
     * The models review of Quận 5's tổng kết: the school's teacher, chosen and followed up, is proposed by the
     * district for a Giấy khen; the nomination enters the district's dossier marked as a model (a new upload of
     * the district's own list keeps it), the district's council passes it, the head's decision names it and the
     * model is honoured from the decision.
     */
    @Test
    void theModelsReviewProposesAModelTheCouncilPassesAndTheDecisionHonoursIt() throws Exception {
        year.importOrg("scenario/model-review-units.csv", "scenario/model-review-users.csv");
        long campaignId = year.launch("mdrsostaff", "Tổng kết điển hình tiên tiến năm học 2026-2027 " + System.nanoTime(),
                List.of(YearDriver.phase("Đợt 1", java.time.LocalDate.of(2026, 9, 5),
                                java.time.LocalDate.of(2027, 1, 16), java.time.LocalDate.of(2027, 1, 25)),
                        YearDriver.phase("Đợt 2", java.time.LocalDate.of(2027, 1, 18),
                                java.time.LocalDate.of(2027, 5, 25), java.time.LocalDate.of(2027, 6, 5))));
        String name = "Trần Thị Hạnh " + System.nanoTime() % 100000;
        long hanh = models.propose(user("mdrtraistaff"), "MDRTRAI", "PERSON", name);
        complete("mdrtraistaff", hanh, "PERSON", "12/03/1984", List.of("CN_HTXS"),
                "Cô Hạnh xây dựng thư viện lớp học và câu lạc bộ đọc sách cho học sinh lớp 3.");
        attach("mdrtraistaff", hanh, true);
        year.submit("mdrtraistaff", task(hanh, ModelProcess.PREPARE), Map.of());
        year.submit("mdrtraihead", task(hanh, ModelProcess.SIGN), Map.of(Vars.HEAD_DECISION, ModelProcess.HEAD_APPROVE));
        year.submit("mdrq5staff", task(hanh, ModelProcess.REVIEW), choose("2028-05-31"));
        String secondName = "Lê Văn Nhân " + System.nanoTime() % 100000;
        long second = models.propose(user("mdrtraistaff"), "MDRTRAI", "PERSON", secondName);
        complete("mdrtraistaff", second, "PERSON", "20/11/1990", List.of("CN_HTXS"),
                "Thầy Nhân hướng dẫn học sinh làm thí nghiệm khoa học với vật liệu tái chế mỗi tháng.");
        attach("mdrtraistaff", second, true);
        year.submit("mdrtraistaff", task(second, ModelProcess.PREPARE), Map.of());
        year.submit("mdrtraihead", task(second, ModelProcess.SIGN), Map.of(Vars.HEAD_DECISION, ModelProcess.HEAD_APPROVE));
        year.submit("mdrq5staff", task(second, ModelProcess.REVIEW), choose("2028-05-31"));

        // Tổng kết: the model's yearly follow-up is filed; the school sends an empty dossier, the district accepts it.
        OffsetDateTime tongKet = OffsetDateTime.parse("2027-05-20T09:00:00+07:00");
        year.setClock(tongKet);
        run();
        year.submit("mdrtraistaff", task(hanh, ModelProcess.FOLLOW_UP), followUp("Trường Tiểu học Hàm Tử"));
        year.submit("mdrtraistaff", task(second, ModelProcess.FOLLOW_UP), followUp("Trường Tiểu học Chương Dương"));
        year.submit("mdrtraistaff", year.task(campaignId, 2, "MDRTRAI", UnitReportProcess.PREPARE_REPORT), tongKetContent());
        year.submit("mdrtraicouncil", year.task(campaignId, 2, "MDRTRAI", UnitReportProcess.COUNCIL_VOTE),
                Map.of(FormFields.COUNCIL_CONFIRMED, true));
        year.submit("mdrtraihead", year.task(campaignId, 2, "MDRTRAI", UnitReportProcess.APPROVE_REPORT),
                Map.of(UnitReportProcess.Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
        year.submit("mdrq5staff", year.task(campaignId, 2, "MDRTRAI", UnitReportProcess.REVIEW_REPORT),
                Map.of(UnitReportProcess.Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        year.runDueJobs();

        // The models review: only the level that chose the model proposes it, into its own open dossier.
        long districtReport = reports.find(campaignId, 2, "MDRQ5").orElseThrow().id();
        ExemplaryModel model = repository.find(hanh).orElseThrow();

        // The district's models review page gathers both models with their record over the years; the school has
        // no access to it, the city reads it without proposing.
        String review = "/models/review/" + districtReport;
        mvc.perform(get(review).with(signedIn("mdrtraistaff"))).andExpect(status().isNotFound());
        String board = page("mdrq5staff", review);
        assertThat(board).contains(name, secondName, "Năm học <span>2026-2027</span>", "Trường Tiểu học Hàm Tử",
                "Trường Tiểu học Chương Dương", "Tổ chuyên môn Phòng Giáo dục")
                .contains("name=\"model\" value=\"" + hanh + "\"").contains("name=\"model\" value=\"" + second + "\"");
        assertThat(page("mdrsostaff", review)).contains(name, secondName).doesNotContain("name=\"model\"");
        // One action, all or nothing: the second has no title, so neither is proposed.
        mvc.perform(post(review).with(signedIn("mdrq5staff")).param("model", String.valueOf(hanh), String.valueOf(second))
                        .param("title-" + hanh, "GK").param("rating-" + hanh, "EXCELLENT")
                        .param("title-" + second, "").param("rating-" + second, "EXCELLENT")
                        .param("dossier", String.valueOf(districtReport))
                        .param("reason", "Hội đồng thi đua Phòng đề nghị tặng Giấy khen cho điển hình tiêu biểu của năm học."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.startsWith(secondName + ": "))));
        assertThat(commendation.proposals(model)).isEmpty();
        assertThat(commendation.proposals(repository.find(second).orElseThrow())).isEmpty();

        assertThat(commendation.openDossiers(user("mdrtraistaff"), model)).isEmpty();
        assertThatThrownBy(() -> commendation.propose(user("mdrtraistaff"), hanh, districtReport, "GK", "EXCELLENT",
                "Đề nghị tặng Giấy khen cho điển hình tiêu biểu."))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
        assertThat(commendation.openDossiers(user("mdrq5staff"), model))
                .extracting(DossierService.OpenDossier::reportId).containsExactly(districtReport);
        assertThatThrownBy(() -> commendation.propose(user("mdrq5staff"), hanh, districtReport, "TTLDTT", "EXCELLENT",
                "Đề nghị tặng Giấy khen cho điển hình tiêu biểu."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("danh hiệu");
        DossierEntry proposed = commendation.propose(user("mdrq5staff"), hanh, districtReport, "GK", "EXCELLENT",
                "Hội đồng thi đua Phòng đề nghị tặng Giấy khen cho điển hình tiêu biểu của năm học.");
        assertThat(proposed.isModel()).isTrue();
        assertThat(proposed.originUnitCode()).isEqualTo("MDRTRAI");
        assertThat(proposed.atUnitCode()).isEqualTo("MDRQ5");
        assertThat(proposed.nomination().achievements()).contains("Năm học 2026-2027")
                .contains("Trường Tiểu học Hàm Tử");
        assertThatThrownBy(() -> commendation.propose(user("mdrq5staff"), hanh, districtReport, "GK", "EXCELLENT",
                "Hội đồng thi đua Phòng đề nghị tặng Giấy khen cho điển hình tiêu biểu của năm học."))
                .isInstanceOf(InvalidInputException.class);
        // The page proposes the second model; both now show as proposed and can no longer be ticked.
        mvc.perform(post(review).with(signedIn("mdrq5staff")).param("model", String.valueOf(second))
                        .param("title-" + second, "GK").param("rating-" + second, "EXCELLENT")
                        .param("dossier", String.valueOf(districtReport))
                        .param("reason", "Hội đồng thi đua Phòng đề nghị tặng Giấy khen cho điển hình tiêu biểu của năm học."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
        List<DossierEntry> secondProposals = commendation.proposals(repository.find(second).orElseThrow());
        assertThat(secondProposals).singleElement().satisfies(e -> {
            assertThat(e.isModel()).isTrue();
            assertThat(e.atUnitCode()).isEqualTo("MDRQ5");
            assertThat(e.nomination().achievements()).contains("Trường Tiểu học Chương Dương");
        });
        assertThat(page("mdrq5staff", review)).doesNotContain("name=\"model\"").contains("Đã đề nghị");
        // The district saves its own list again: the model stays in its dossier, outside its own list.
        dossiers.save(user("mdrq5staff"), districtReport, List.of());
        assertThat(dossierRecords.held(user("mdrq5staff"), districtReport)).extracting(e -> e.nomination().fullName())
                .containsExactlyInAnyOrder(name, secondName);
        assertThat(dossierRecords.own(user("mdrq5staff"), districtReport)).isEmpty();
        assertThat(dossierPage("mdrq5staff", districtReport)).contains(name).contains("Điển hình tiên tiến")
                .contains("/models/review/" + districtReport);

        // The district's council passes it; its head's decision names it.
        year.submit("mdrq5staff", year.task(campaignId, 2, "MDRQ5", UnitReportProcess.PREPARE_REPORT), tongKetContent());
        dossiers.recordMeeting(user("mdrq5council"), districtReport, tongKet.toLocalDate(), 9, 9, false, null);
        dossiers.recordVotes(user("mdrq5council"), districtReport, Map.of(proposed.id(), 8,
                secondProposals.get(0).id(), 8));
        year.submit("mdrq5council", year.task(campaignId, 2, "MDRQ5", UnitReportProcess.COUNCIL_VOTE),
                Map.of(FormFields.COUNCIL_CONFIRMED, true));
        year.submit("mdrq5head", year.task(campaignId, 2, "MDRQ5", UnitReportProcess.APPROVE_REPORT),
                Map.of(UnitReportProcess.Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        assertThat(repository.find(hanh).orElseThrow().honoured()).as("not before the decision").isFalse();
        year.submit("mdrq5head", year.task(campaignId, 2, "MDRQ5", UnitReportProcess.ISSUE_DECISION), Map.of(
                FormFields.DECISION_NUMBER, "46/QĐ-PGDĐT", FormFields.DECISION_SIGNED_ON, tongKet.toLocalDate().toString(),
                FormFields.SIGNER_NAME, "Võ Thị Chín", FormFields.SIGNER_POSITION, "Trưởng phòng"));

        DossierEntry granted = commendation.proposals(repository.find(hanh).orElseThrow()).get(0);
        assertThat(granted.status()).isEqualTo(vn.thidua.dossier.NominationStatus.AWARDED);
        assertThat(dossierRecords.awardedNames(granted.decisionId())).containsExactlyInAnyOrder(name, secondName);
        assertThat(dossierRecords.awardedModelNames(granted.decisionId())).containsExactlyInAnyOrder(name, secondName);
        ExemplaryModel honoured = repository.find(hanh).orElseThrow();
        assertThat(honoured.honouredYear()).isEqualTo(2027);
        assertThat(honoured.honouredTitle()).isEqualTo("Giấy khen của Phòng Giáo dục và Đào tạo Quận 5");
        assertThat(honoured.honouredDecision()).isEqualTo("46/QĐ-PGDĐT");
        assertThat(modelPage("mdrq5staff", hanh)).contains("46/QĐ-PGDĐT").contains("Đã có quyết định khen thưởng");
    }

    /**
     * A rule set whose models are reviewed by two levels: the district chooses Hòa Bình's union and it goes on to
     * the city, which returns it once (it comes back to the city, not the district, once signed again) and then
     * chooses it with its own plan, so the city follows it up and proposes it for commendation; Lê Lợi's teacher,
     * chosen by the district and declined by the city, stays the district's model with the district's plan. Only
     * the reviewing level's staff decide at each level.
     */
    @Test
    void aRuleSetWithTwoReviewLevelsTakesAChosenModelUpToTheLevelAbove() throws Exception {
        String ruleSet = twoLevelRuleSet();
        String suffix = " " + System.nanoTime() % 100000;
        long union = models.propose(user("mdlhoabinhstaff"), "MDLHOABINH", "COLLECTIVE",
                "Công đoàn cơ sở hai cấp" + suffix, ruleSet);
        long teacher = models.propose(user("mdlleloistaff"), "MDLLELOI", "PERSON", "Phan Thị Hai Cấp" + suffix,
                ruleSet);
        complete("mdlhoabinhstaff", union, "COLLECTIVE", null, List.of("TT_CDCS_VUNG_MANH"),
                "Công đoàn tổ chức phong trào “Mái ấm công đoàn” cho đoàn viên khó khăn.");
        attach("mdlhoabinhstaff", union, true);
        complete("mdlleloistaff", teacher, "PERSON", "07/07/1987", List.of("CN_HTXS"),
                "Cô tổ chức câu lạc bộ toán học cho học sinh lớp 4 và lớp 5 mỗi tuần một buổi.");
        attach("mdlleloistaff", teacher, true);
        for (long id : List.of(union, teacher)) {
            String staff = id == union ? "mdlhoabinhstaff" : "mdlleloistaff";
            year.submit(staff, task(id, ModelProcess.PREPARE), Map.of());
            year.submit(staff.replace("staff", "head"), task(id, ModelProcess.SIGN),
                    Map.of(Vars.HEAD_DECISION, ModelProcess.HEAD_APPROVE));
        }
        assertThat(candidateGroups(task(union, ModelProcess.REVIEW))).containsExactly("MDLQ3staff");

        // The district chooses the union: it goes on to the city, the district's plan standing meanwhile.
        year.submit("mdlq3staff", task(union, ModelProcess.REVIEW), choose("2028-05-31"));
        ExemplaryModel waiting = repository.find(union).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ModelStatus.WAITING_PARENT);
        assertThat(waiting.reviewUnitCode()).isEqualTo("MDL");
        assertThat(waiting.chosenByUnitCode()).isEqualTo("MDLQ3");
        assertThat(task(union, ModelProcess.FOLLOW_UP)).as("no follow-up before the last level decides").isNull();
        Task cityReview = task(union, ModelProcess.REVIEW);
        assertThat(candidateGroups(cityReview)).containsExactly("MDLstaff");
        assertThat(taskService.getVariable(cityReview.getId(), Vars.CHOSEN_BY_NAME))
                .isEqualTo("Phòng Giáo dục và Đào tạo Quận 3");
        assertThat(taskService.getVariable(cityReview.getId(), Vars.REVIEW_DECISION)).as("opens empty").isNull();
        assertThat(modelPage("mdlhoabinhstaff", union)).contains("đang xét chọn")
                .contains("Sở Giáo dục và Đào tạo Thành phố Điển Hình");

        // Whatever the engine's grants, the district's staff cannot decide in the city's place.
        var configuration = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration());
        configuration.setAuthorizationEnabled(false);
        try {
            assertThatThrownBy(() -> year.submit("mdlq3staff", cityReview, choose("2028-05-31")))
                    .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                    .hasMessageContaining("Chỉ cán bộ của Sở Giáo dục và Đào tạo Thành phố Điển Hình");
        } finally {
            configuration.setAuthorizationEnabled(true);
        }
        assertThat(repository.find(union).orElseThrow().status()).isEqualTo(ModelStatus.WAITING_PARENT);

        // The city returns it; signed again, it comes back to the city.
        year.submit("mdlsostaff", cityReview, Map.of(Vars.REVIEW_DECISION, ModelProcess.REVIEW_RETURN,
                Vars.REVIEW_REASON, "Bổ sung biên bản hội nghị công đoàn có chữ ký."));
        assertThat(repository.find(union).orElseThrow().status()).isEqualTo(ModelStatus.RETURNED);
        attach("mdlhoabinhstaff", union, false);
        year.submit("mdlhoabinhstaff", task(union, ModelProcess.PREPARE), Map.of());
        year.submit("mdlhoabinhhead", task(union, ModelProcess.SIGN), Map.of(Vars.HEAD_DECISION,
                ModelProcess.HEAD_APPROVE));
        assertThat(candidateGroups(task(union, ModelProcess.REVIEW))).containsExactly("MDLstaff");

        // The city chooses it with its own plan: the city holds the plan and follows the model up.
        year.submit("mdlsostaff", task(union, ModelProcess.REVIEW), Map.of(Vars.REVIEW_DECISION,
                ModelProcess.REVIEW_CHOOSE, Vars.PLAN_SUPPORT, "Giới thiệu mô hình tại hội nghị điển hình cấp thành phố.",
                Vars.PLAN_BY, "Văn phòng Sở", Vars.PLAN_UNTIL, "2029-05-31"));
        ExemplaryModel chosen = repository.find(union).orElseThrow();
        assertThat(chosen.status()).isEqualTo(ModelStatus.CHOSEN);
        assertThat(chosen.chosenByUnitCode()).isEqualTo("MDL");
        assertThat(chosen.planBy()).isEqualTo("Văn phòng Sở");
        assertThat(chosen.planUntil()).isEqualTo(java.time.LocalDate.of(2029, 5, 31));
        assertThat(task(union, ModelProcess.FOLLOW_UP)).isNotNull();
        assertThat(commendation.canPropose(user("mdlsostaff"), chosen)).isTrue();
        assertThat(commendation.canPropose(user("mdlq3staff"), chosen)).isFalse();

        // The teacher: the district chooses her, the city declines; she stays the district's model.
        year.submit("mdlq3staff", task(teacher, ModelProcess.REVIEW), choose("2028-05-31"));
        year.submit("mdlsostaff", task(teacher, ModelProcess.REVIEW), Map.of(Vars.REVIEW_DECISION,
                ModelProcess.REVIEW_DECLINE, Vars.REVIEW_REASON, "Mô hình phù hợp ở cấp quận, chưa nhân rộng cấp thành phố."));
        ExemplaryModel districtModel = repository.find(teacher).orElseThrow();
        assertThat(districtModel.status()).isEqualTo(ModelStatus.CHOSEN);
        assertThat(districtModel.chosenByUnitCode()).isEqualTo("MDLQ3");
        assertThat(districtModel.reviewUnitCode()).isEqualTo("MDLQ3");
        assertThat(districtModel.planBy()).isEqualTo("Tổ chuyên môn Phòng Giáo dục");
        assertThat(districtModel.statusReason()).contains("chưa nhân rộng cấp thành phố");
        assertThat(task(teacher, ModelProcess.FOLLOW_UP)).isNotNull();
        assertThat(commendation.canPropose(user("mdlq3staff"), districtModel)).isTrue();
        assertThat(commendation.canPropose(user("mdlsostaff"), districtModel)).isFalse();
        assertThat(modelPage("mdlleloistaff", teacher)).contains("Cấp trên không chọn")
                .contains("bởi <span>Phòng Giáo dục và Đào tạo Quận 3</span>");
    }

    /** The shipped education rule set under another id, with two levels reviewing models. */
    private String twoLevelRuleSet() throws Exception {
        String id = "giao-duc-hai-cap";
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(
                java.nio.file.Files.readString(java.nio.file.Path.of("processes/rules/giao-duc-2025/ruleset.json")));
        json.put("id", id);
        json.put("name", "Ngành giáo dục – điển hình hai cấp xét chọn");
        ((ObjectNode) json.path("models")).put("reviewLevels", 2);
        String dmn = java.nio.file.Files.readString(java.nio.file.Path.of("processes/rules/giao-duc-2025/eligibility.dmn"))
                .replace("Eligibility_giaoduc2025", "Eligibility_giaoduchaicap");
        ruleSets.deploy(new ObjectMapper().writeValueAsBytes(json), dmn.getBytes(StandardCharsets.UTF_8), id, null);
        return id;
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(signedIn(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String dossierPage(String username, long reportId) throws Exception {
        return mvc.perform(get("/dossiers/" + reportId).with(signedIn(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String modelPage(String username, long id) throws Exception {
        return mvc.perform(get("/models/" + id).with(signedIn(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        String password = "MatKhau@2026";
        var account = identityService.createUserQuery().userId(username).singleResult();
        account.setPassword(password);
        identityService.saveUser(account);
        return request -> {
            request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
            return request;
        };
    }

    private static Map<String, Object> tongKetContent() {
        return Map.of(FormFields.SUMMARY, "Đơn vị tổ chức tổng kết phong trào thi đua, bình xét thi đua cuối năm học.",
                FormFields.STAFF_COUNT, 45, FormFields.REGISTERED_COUNT, 40,
                FormFields.HIGHLIGHTS, "Điển hình tiên tiến được nhân rộng.");
    }

    private String publicPage(String query) throws Exception {
        return mvc.perform(get("/public/models" + query)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void complete(String staff, long id, String kind, String birth, List<String> criteria, String done) {
        ExemplaryModel m = repository.find(id).orElseThrow();
        models.saveProposal(user(staff), id, new ProposalInput(kind, m.name(), birth, birth == null ? null : "Giáo viên",
                "0903 123 456", "GIANG_DAY", criteria, done,
                "Tỷ lệ học sinh hoàn thành tốt các môn học tăng từ 72% lên 85% trong hai năm.",
                "Các trường có thể tổ chức theo nhóm lớp, mỗi tuần một buổi, giáo viên luân phiên hướng dẫn.",
                "Hội nghị viên chức, người lao động năm học 2026-2027", "25/09/2026"));
    }

    private void attach(String staff, long id, boolean withMinutes) {
        if (withMinutes) {
            models.uploadMinutes(user(staff), id, "Biên bản suy tôn.pdf", "application/pdf",
                    "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8));
        }
        models.addEvidence(user(staff), id, "Minh chứng " + System.nanoTime() + ".pdf", "application/pdf",
                "%PDF-1.4 minh chứng".getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> choose(String until) {
        return Map.of(Vars.REVIEW_DECISION, ModelProcess.REVIEW_CHOOSE,
                Vars.PLAN_SUPPORT, "Dự giờ, góp ý và tổ chức chuyên đề cấp quận để giới thiệu cách làm.",
                Vars.PLAN_BY, "Tổ chuyên môn Phòng Giáo dục", Vars.PLAN_UNTIL, until);
    }

    private static Map<String, Object> followUp(String replicatedBy) {
        return Map.of(Vars.FOLLOW_UP_DONE, "Tổ chức ba chuyên đề cấp trường, hướng dẫn giáo viên trẻ áp dụng.",
                Vars.FOLLOW_UP_REPLICATED_BY, replicatedBy);
    }

    private Task task(long modelId, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey("model-" + modelId).taskDefinitionKey(key)
                .singleResult();
    }

    private void run() {
        year.runDueJobs();
        dispatcher.dispatchDue();
    }

    private List<MimeMessage> received(String subjectStart) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().startsWith(subjectStart)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String to(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, identityService.createGroupQuery().groupMember(username).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    }
}
