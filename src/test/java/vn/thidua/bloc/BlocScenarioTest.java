package vn.thidua.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.thidua.bloc.BlocYearProcess.Vars;
import vn.thidua.dossier.DossierEntry;
import vn.thidua.dossier.DossierRecords;
import vn.thidua.dossier.DossierService;
import vn.thidua.mail.OutboxDelivery;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * Quận 7's two blocs of four schools through a school year: the campaign reaches the district and each bloc's year
 * opens; Khối Tân Thuận's plan is returned once and accepted, its pledge signed by all four heads each time; four
 * quarterly meetings are held, the second recorded late (reminded, then reported overdue); the bloc's sơ kết shows
 * the members' figures; the members score themselves, the bloc agrees the scores, the ranking and leading unit
 * follow, the vote for next leader ties and the rule set's tie rule decides; the district's council confirms, next
 * year's bloc exists with the new leader and the district's staff nominate the leading unit for the linked award. Khối Tân Phong never sends its plan: reminded, then overdue. On a real
 * PostgreSQL and SMTP server.
 */
@PostgresIntegrationTest
class BlocScenarioTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(PostgresIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

    static final String HEADER = "code,name,parent_code,school_year,leader_code,members\n";
    static final List<String> A = List.of("KTDTANTHUAN", "KTDPHUMY", "KTDTANKIENG", "KTDBINHTHUAN");

    @Autowired
    YearDriver year;
    @Autowired
    BlocService service;
    @Autowired
    Blocs blocs;
    @Autowired
    BlocYears years;
    @Autowired
    BlocYearRepository repository;
    @Autowired
    RankingWorkbook workbook;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    IdentityService identity;
    @Autowired
    OutboxDelivery dispatcher;
    @Autowired
    LeadingUnitAward award;
    @Autowired
    BlocYearPages yearPages;
    @Autowired
    org.thymeleaf.ITemplateEngine templates;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierRecords dossierRecords;
    @Autowired
    ReportRepository reports;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twoBlocsOfQuan7ThroughTheSchoolYear() throws Exception {
        year.setClock(OffsetDateTime.parse("2026-09-07T08:00:00+07:00"));
        year.importOrg("scenario/bloc-units.csv", "scenario/bloc-users.csv");
        run();
        smtp.reset();
        service.importCsv(user("ktdq7staff"), utf8(HEADER
                + "KA,Khối Tân Thuận,KTDQ7,2026-2027,KTDTANTHUAN," + String.join(";", A) + "\n"
                + "KB,Khối Tân Phong,KTDQ7,2026-2027,KTDTANPHONG,KTDTANPHONG;KTDTANHUNG;KTDPHUTHUAN;KTDTANQUY\n"));
        Bloc ka = blocs.ofParent("KTDQ7", "2026-2027").get(0);
        Bloc kb = blocs.ofParent("KTDQ7", "2026-2027").get(1);

        long campaignId = year.launch("ktdsostaff", "Phong trào thi đua năm học 2026-2027 " + System.nanoTime(),
                List.of(YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16),
                                LocalDate.of(2027, 1, 25)),
                        YearDriver.phase("Đợt 2", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 25),
                                LocalDate.of(2027, 6, 5))));
        run();
        BlocYear yearA = repository.find(ka.id(), campaignId).orElseThrow();
        BlocYear yearB = repository.find(kb.id(), campaignId).orElseThrow();
        long a = yearA.id();
        assertThat(yearA.status()).isEqualTo(BlocYearStatus.PLANNING);
        assertThat(yearA.planDeadline().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-09-28T17:00:00+07:00").toInstant());
        assertThat(task(a, BlocYearProcess.PREPARE_PLAN).getName()).isEqualTo("Lập kế hoạch khối thi đua: Khối Tân Thuận");
        // A school of the other bloc sees nothing of this bloc's year.
        assertThatThrownBy(() -> years.readable(user("ktdtanphongstaff"), a))
                .isInstanceOf(NoSuchElementException.class);

        // 1. The leader's staff prepare the plan; without every member's chuyên đề the members cannot sign yet.
        years.savePlan(user("ktdtanthuanstaff"), a, plan(false));
        assertThatThrownBy(() -> year.submit("ktdtanthuanstaff", task(a, BlocYearProcess.PREPARE_PLAN), Map.of()))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .rootCause().hasMessageContaining("chuyên đề của Trường Tiểu học Bình Thuận");
        assertThatThrownBy(() -> years.savePlan(user("ktdphumystaff"), a, plan(true)))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
        years.savePlan(user("ktdtanthuanstaff"), a, plan(true));
        signAndSubmit(a);
        assertThat(repository.find(a).orElseThrow().status()).isEqualTo(BlocYearStatus.WAITING_PARENT);

        // 2. The district returns it once; the bloc completes it, all four sign again, the district accepts.
        year.submit("ktdq7staff", task(a, BlocYearProcess.REVIEW_PLAN), Map.of(Vars.REVIEW_DECISION,
                BlocYearProcess.REVIEW_RETURN, Vars.REVIEW_REASON, "Bổ sung chỉ tiêu về tỷ lệ học sinh hoàn thành chương trình."));
        assertThat(repository.find(a).orElseThrow().status()).isEqualTo(BlocYearStatus.PLANNING);
        assertThat(repository.find(a).orElseThrow().returnCount()).isEqualTo(1);
        assertThat(repository.signatures(a)).isEmpty();
        signAndSubmit(a);
        year.submit("ktdq7staff", task(a, BlocYearProcess.REVIEW_PLAN),
                Map.of(Vars.REVIEW_DECISION, BlocYearProcess.REVIEW_ACCEPT));
        run();
        assertThat(repository.find(a).orElseThrow().status()).isEqualTo(BlocYearStatus.RUNNING);
        assertThat(repository.signatures(a)).extracting(BlocYearRepository.Signature::unitCode)
                .containsExactlyInAnyOrderElementsOf(A);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("bloc-" + a)
                .taskDefinitionKey(BlocYearProcess.RECORD_MEETING).count()).isEqualTo(4);

        // Khối Tân Phong never sends its plan: its leader is reminded, then its head and the district are told.
        at("2026-09-24T09:00:00+07:00");
        assertThat(received("Nhắc hạn: kế hoạch và bảng giao ước thi đua của Khối Tân Phong"))
                .extracting(BlocScenarioTest::to)
                .containsExactlyInAnyOrder("ktdtanphongstaff@ktd.thidua.local", "ktdtanphonghead@ktd.thidua.local");
        assertThat(received("Nhắc hạn: kế hoạch và bảng giao ước thi đua của Khối Tân Thuận")).isEmpty();
        at("2026-09-29T09:00:00+07:00");
        assertThat(received("Quá hạn: kế hoạch và bảng giao ước thi đua của Khối Tân Phong"))
                .extracting(BlocScenarioTest::to)
                .containsExactlyInAnyOrder("ktdtanphonghead@ktd.thidua.local", "ktdq7staff@ktd.thidua.local");
        assertThat(repository.find(yearB.id()).orElseThrow().status()).isEqualTo(BlocYearStatus.PLANNING);

        // 3. The first meeting: its host is reminded before, holds it and records it with the minutes.
        at("2026-10-13T09:00:00+07:00");
        assertThat(received("Nhắc lịch giao ban Khối Tân Thuận ngày 15/10/2026")).extracting(BlocScenarioTest::to)
                .containsExactly("ktdtanthuanstaff@ktd.thidua.local");
        at("2026-10-15T15:00:00+07:00");
        record(a, 1, "KTDTANTHUAN", "15/10/2026", A);
        // The second is recorded late: reminded, then reported overdue to its head and the leader.
        at("2026-12-11T09:00:00+07:00");
        assertThat(received("Nhắc lịch giao ban Khối Tân Thuận ngày 15/12/2026")).extracting(BlocScenarioTest::to)
                .containsExactly("ktdphumystaff@ktd.thidua.local");
        at("2026-12-23T09:00:00+07:00");
        assertThat(received("Quá hạn: biên bản giao ban Khối Tân Thuận ngày 15/12/2026"))
                .extracting(BlocScenarioTest::to)
                .containsExactlyInAnyOrder("ktdphumyhead@ktd.thidua.local", "ktdtanthuanstaff@ktd.thidua.local");
        record(a, 2, "KTDPHUMY", "18/12/2026", A.subList(0, 3));
        assertThat(received("Quá hạn: biên bản giao ban Khối Tân Thuận ngày 15/10/2026")).isEmpty();

        // 4. Two members send their sơ kết on time; after phase 1 the leader prepares the bloc's sơ kết.
        at("2027-01-08T09:00:00+07:00");
        sendInterim(campaignId, "KTDTANTHUAN", 52);
        sendInterim(campaignId, "KTDPHUMY", 47);
        at("2027-01-18T09:00:00+07:00");
        assertThat(runtimeService.getActiveActivityIds(repository.find(a).orElseThrow().processInstanceId()))
                .contains(BlocYearProcess.PREPARE_INTERIM);
        var figures = years.interimFigures(years.context(a));
        assertThat(figures).extracting(BlocYears.InterimFigure::unitCode).containsExactlyInAnyOrderElementsOf(A);
        assertThat(figures).filteredOn(f -> f.unitCode().equals("KTDTANTHUAN")).singleElement()
                .satisfies(f -> {
                    assertThat(f.staffCount()).isEqualTo(52);
                    assertThat(f.onTime()).isTrue();
                });
        assertThatThrownBy(() -> year.submit("ktdtanthuanstaff", task(a, BlocYearProcess.PREPARE_INTERIM), Map.of()))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        years.saveInterim(user("ktdtanthuanstaff"), a,
                "Học kỳ I các trường trong khối hoàn thành kế hoạch; hai trường nộp sơ kết đúng hạn.");
        year.submit("ktdtanthuanstaff", task(a, BlocYearProcess.PREPARE_INTERIM), Map.of());
        assertThat(repository.find(a).orElseThrow().interimSubmittedAt()).isNotNull();

        at("2027-03-15T15:00:00+07:00");
        record(a, 3, "KTDTANKIENG", "15/03/2027", A);

        // 5. The evaluation opens: each member scores itself on the typed criteria.
        at("2027-04-26T09:00:00+07:00");
        assertThat(repository.find(a).orElseThrow().status()).isEqualTo(BlocYearStatus.EVALUATING);
        assertThatThrownBy(() -> year.submit("ktdtankiengstaff", selfScoreTask(a, "KTDTANKIENG"), Map.of()))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("Chưa tự chấm");
        assertThatThrownBy(() -> years.saveSelfScores(user("ktdtankiengstaff"), a, "KTDTANKIENG",
                Map.of("CHI_TIEU", "41", "CHUYEN_DE", "10", "KHEN_THUONG", "5")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("từ 0 đến 40");
        for (String member : A) {
            years.saveSelfScores(user(staff(member)), a, member, Map.of("CHI_TIEU", "38", "CHUYEN_DE", "14",
                    "KHEN_THUONG", "8"));
            year.submit(staff(member), selfScoreTask(a, member), Map.of());
            run();
        }
        at("2027-05-10T15:00:00+07:00");
        record(a, 4, "KTDBINHTHUAN", "10/05/2027", A);

        // 6. The bloc meeting agrees the scores and votes; a tie in the vote goes to the higher ranked (rule set).
        at("2027-05-11T09:00:00+07:00");
        years.saveAgreed(user("ktdtanthuanstaff"), a, Map.of(
                "KTDTANTHUAN", Map.of("CHI_TIEU", "35", "CHUYEN_DE", "12", "KHEN_THUONG", "8"),
                "KTDPHUMY", Map.of("CHI_TIEU", "40", "CHUYEN_DE", "15", "KHEN_THUONG", "10"),
                "KTDTANKIENG", Map.of("CHI_TIEU", "30", "CHUYEN_DE", "10", "KHEN_THUONG", "5"),
                "KTDBINHTHUAN", Map.of("CHI_TIEU", "32", "CHUYEN_DE", "11", "KHEN_THUONG", "6")), Map.of(
                "KTDTANTHUAN", "KTDPHUMY", "KTDPHUMY", "KTDTANTHUAN", "KTDTANKIENG", "KTDPHUMY",
                "KTDBINHTHUAN", "KTDTANTHUAN"));
        assertThatThrownBy(() -> year.submit("ktdtanthuanstaff", task(a, BlocYearProcess.AGREE_SCORES), Map.of()))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("biên bản họp bình xét");
        years.uploadEvalMinutes(user("ktdtanthuanstaff"), a, "Biên bản họp khối.pdf", "application/pdf",
                utf8("%PDF-1.4 biên bản"));
        year.submit("ktdtanthuanstaff", task(a, BlocYearProcess.AGREE_SCORES), Map.of());
        // Computed: reports on time (15: Tân Thuận and Phú Mỹ sent their sơ kết by its deadline, the others not)
        // and meetings (20 × hosted as planned and attended / hosted and held; Bình Thuận missed one: 16).
        List<BlocYearRepository.Rank> ranking = repository.ranking(a);
        assertThat(ranking).extracting(BlocYearRepository.Rank::unitCode)
                .containsExactly("KTDPHUMY", "KTDTANTHUAN", "KTDBINHTHUAN", "KTDTANKIENG");
        assertThat(ranking).extracting(r -> r.total().intValueExact()).containsExactly(100, 90, 65, 65);
        assertThat(ranking).extracting(BlocYearRepository.Rank::rankNo).containsExactly(1, 2, 3, 3);
        assertThat(ranking).extracting(BlocYearRepository.Rank::leading).containsExactly(true, false, false, false);
        assertThat(repository.find(a).orElseThrow().nextLeaderUnitCode()).isEqualTo("KTDPHUMY");

        // 7. The leader's head sends the result; the district's council confirms; next year's bloc exists.
        year.submit("ktdtanthuanhead", task(a, BlocYearProcess.SUBMIT_RESULT), Map.of());
        assertThat(repository.find(a).orElseThrow().status()).isEqualTo(BlocYearStatus.WAITING_CONFIRM);
        year.submit("ktdq7council", task(a, BlocYearProcess.CONFIRM_RESULT), Map.of());
        run();
        assertThat(repository.find(a).orElseThrow().status()).isEqualTo(BlocYearStatus.CONFIRMED);
        Bloc next = blocs.ofParent("KTDQ7", "2027-2028").stream().filter(b -> b.code().equals("KA")).findFirst()
                .orElseThrow();
        assertThat(next.leaderUnitCode()).isEqualTo("KTDPHUMY");
        assertThat(next.members()).containsExactlyInAnyOrderElementsOf(A);
        assertThat(next.previousBlocId()).isEqualTo(ka.id());

        // The ranking's Excel export, in rank order with the leading unit marked.
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(years.context(a))))) {
            var sheet = book.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rows.add(sheet.getRow(r).getCell(1).getStringCellValue() + "|"
                        + sheet.getRow(r).getCell(sheet.getRow(r).getLastCellNum() - 1).getStringCellValue());
            }
            assertThat(rows).containsExactly("Trường Tiểu học Phú Mỹ|Dẫn đầu", "Trường Tiểu học Tân Thuận|",
                    "Trường Tiểu học Bình Thuận|", "Trường Tiểu học Tân Kiểng|");
        }

        // 8. The district's staff nominate the leading unit for the title the rule set links to bloc leadership
        // (Tập thể lao động xuất sắc) in the district's tổng kết dossier, where it is judged like every nomination.
        long districtReport = reports.find(campaignId, 2, "KTDQ7").orElseThrow().id();
        String reason = "Khối Tân Thuận xác nhận Trường Tiểu học Phú Mỹ dẫn đầu khối năm học 2026-2027.";
        assertThatThrownBy(() -> award.nominate(user("ktdphumystaff"), a, "KTDPHUMY", districtReport, reason))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
        assertThatThrownBy(() -> award.nominate(user("ktdq7staff"), a, "KTDTANTHUAN", districtReport, reason))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Chỉ đề nghị được đơn vị dẫn đầu");
        assertThatThrownBy(() -> award.nominate(user("ktdq7staff"), yearB.id(), "KTDTANPHONG", districtReport,
                reason)).isInstanceOf(InvalidInputException.class).hasMessageContaining("chưa xác nhận");
        assertThatThrownBy(() -> award.nominate(user("ktdq7staff"), a, "KTDPHUMY", districtReport, "Dẫn đầu"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Lý do đề nghị cần từ 10");
        assertThat(award.board(user("ktdq7staff"), years.context(a)).canNominate()).isTrue();
        assertThat(page("ktdq7staff", a)).contains("/bloc-years/" + a + "/leading-award", "Chưa đề nghị");
        DossierEntry nominated = award.nominate(user("ktdq7staff"), a, "KTDPHUMY", districtReport, reason);
        assertThat(nominated.atUnitCode()).isEqualTo("KTDQ7");
        assertThat(nominated.originUnitCode()).isEqualTo("KTDPHUMY");
        assertThat(nominated.originReportId()).isEqualTo(districtReport);
        assertThat(nominated.isModel()).isFalse();
        assertThat(nominated.nomination().kind()).isEqualTo(vn.thidua.nomination.NomineeKind.COLLECTIVE);
        assertThat(nominated.nomination().fullName()).isEqualTo("Trường Tiểu học Phú Mỹ");
        assertThat(nominated.nomination().requestedTitle()).isEqualTo("TTLDXS");
        assertThat(nominated.nomination().achievements()).contains("Khối Tân Thuận", "xếp hạng 1", "100/");
        assertThat(nominated.justification()).isEqualTo(reason);
        // Judged by the rule set: the year's rating and the members' shares are not known from the bloc.
        assertThat(nominated.unmet()).isNotEmpty();
        assertThat(dossierRecords.held(user("ktdq7staff"), districtReport)).extracting(DossierEntry::id)
                .contains(nominated.id());
        // The district's own list is its own: saving it keeps the leading unit in the dossier.
        assertThat(dossierRecords.own(user("ktdq7staff"), districtReport)).extracting(DossierEntry::id)
                .doesNotContain(nominated.id());
        dossiers.save(user("ktdq7staff"), districtReport, List.of());
        assertThat(dossierRecords.held(user("ktdq7staff"), districtReport)).extracting(DossierEntry::id)
                .contains(nominated.id());
        assertThatThrownBy(() -> award.nominate(user("ktdq7staff"), a, "KTDPHUMY", districtReport, reason))
                .isInstanceOf(InvalidInputException.class).hasMessage(
                        "„Trường Tiểu học Phú Mỹ“ đã được đề nghị danh hiệu Tập thể lao động xuất sắc trong phong trào này.");
        LeadingUnitAward.Board board = award.board(user("ktdq7staff"), years.context(a));
        assertThat(board.awardName()).isEqualTo("Tập thể lao động xuất sắc");
        assertThat(board.lines()).singleElement().satisfies(l -> assertThat(l.standing())
                .containsExactly("Đang đề nghị – hồ sơ của Phòng Giáo dục và Đào tạo Quận 7"));
        assertThat(board.canNominate()).isFalse();
        assertThat(page("ktdq7staff", a)).contains("Đề nghị khen thưởng đơn vị dẫn đầu: <span>Tập thể lao động xuất sắc</span>",
                "Đang đề nghị – hồ sơ của Phòng Giáo dục và Đào tạo Quận 7");
        assertThat(page("ktdphumystaff", a)).contains("Đề nghị khen thưởng đơn vị dẫn đầu")
                .doesNotContain("/leading-award");
    }

    /** The bloc year page as the user's browser receives it. */
    private String page(String username, long yearId) {
        var security = org.springframework.security.core.context.SecurityContextHolder.getContext();
        security.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user(username), null, List.of()));
        try {
            var model = new org.springframework.ui.ExtendedModelMap();
            String view = yearPages.page(yearId, model);
            var servletContext = new org.springframework.mock.web.MockServletContext();
            var exchange = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(servletContext)
                    .buildExchange(new org.springframework.mock.web.MockHttpServletRequest(servletContext),
                            new org.springframework.mock.web.MockHttpServletResponse());
            return templates.process(view, new org.thymeleaf.context.WebContext(exchange,
                    java.util.Locale.forLanguageTag("vi"), model.asMap()));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private BlocYears.PlanInput plan(boolean everyTopic) {
        java.util.Map<String, String> topics = new java.util.HashMap<>(Map.of(
                "KTDTANTHUAN", "Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học",
                "KTDPHUMY", "Ứng dụng công nghệ thông tin trong dạy học",
                "KTDTANKIENG", "Giáo dục kỹ năng sống cho học sinh"));
        if (everyTopic) {
            topics.put("KTDBINHTHUAN", "Xây dựng thư viện thân thiện");
        }
        return new BlocYears.PlanInput("Các trường trong khối hoàn thành 100% chỉ tiêu; mỗi trường một chuyên đề.",
                List.of(new BlocYears.MeetingInput("15/10/2026", "KTDTANTHUAN", "Thống nhất kế hoạch, ký kết giao ước"),
                        new BlocYears.MeetingInput("15/12/2026", "KTDPHUMY", "Chuyển đổi số trong dạy học"),
                        new BlocYears.MeetingInput("15/03/2027", "KTDTANKIENG", "Giáo dục kỹ năng sống"),
                        new BlocYears.MeetingInput("10/05/2027", "KTDBINHTHUAN", "Tổng kết, bình xét thi đua")),
                topics);
    }

    private void signAndSubmit(long a) {
        year.submit("ktdtanthuanstaff", task(a, BlocYearProcess.PREPARE_PLAN), Map.of());
        for (String member : A) {
            Task sign = taskService.createTaskQuery().processInstanceBusinessKey("bloc-" + a)
                    .taskDefinitionKey(BlocYearProcess.SIGN_PLEDGE).taskCandidateGroup(member + "head").singleResult();
            year.submit(head(member), sign, Map.of(Vars.PLEDGE_SIGNED, true));
            run();
        }
        year.submit("ktdtanthuanhead", task(a, BlocYearProcess.SUBMIT_PLAN), Map.of());
    }

    private void record(long a, int seq, String host, String day, List<String> present) {
        years.saveMeeting(user(staff(host)), a, seq, new BlocYears.MeetingRecord(day, "Chuyên đề buổi " + seq,
                present, "Các trường thống nhất triển khai chuyên đề trong tháng tới."));
        years.uploadMeetingMinutes(user(staff(host)), a, seq, "Biên bản giao ban " + seq + ".pdf", "application/pdf",
                utf8("%PDF-1.4 biên bản giao ban"));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("bloc-" + a)
                .taskDefinitionKey(BlocYearProcess.RECORD_MEETING).taskCandidateGroup(host + "staff").singleResult();
        year.submit(staff(host), task, Map.of());
        run();
    }

    private void sendInterim(long campaignId, String unit, int staffCount) {
        year.submit(staff(unit), year.task(campaignId, 1, unit, UnitReportProcess.PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Đơn vị sơ kết học kỳ I, hoàn thành các chỉ tiêu đề ra.",
                FormFields.STAFF_COUNT, staffCount, FormFields.REGISTERED_COUNT, staffCount - 5,
                FormFields.HIGHLIGHTS, "Tổ chức chuyên đề cấp trường."));
        year.submit(head(unit), year.task(campaignId, 1, unit, UnitReportProcess.APPROVE_REPORT),
                Map.of(UnitReportProcess.Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        run();
    }

    private Task selfScoreTask(long a, String member) {
        return taskService.createTaskQuery().processInstanceBusinessKey("bloc-" + a)
                .taskDefinitionKey(BlocYearProcess.SELF_SCORE).taskCandidateGroup(member + "staff").singleResult();
    }

    private Task task(long yearId, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey("bloc-" + yearId).taskDefinitionKey(key)
                .singleResult();
    }

    private void at(String time) {
        year.setClock(OffsetDateTime.parse(time));
        run();
    }

    private void run() {
        year.runDueJobs();
        dispatcher.dispatchDue();
    }

    private List<MimeMessage> received(String subjectStart) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().startsWith(subjectStart)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String staff(String unit) {
        return unit.toLowerCase() + "staff";
    }

    private static String head(String unit) {
        return unit.toLowerCase() + "head";
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
