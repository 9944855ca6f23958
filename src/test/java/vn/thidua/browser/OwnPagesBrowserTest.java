package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.dossier.DossierRecords;
import vn.thidua.nomination.Nomination;
import vn.thidua.report.Report;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.support.PostgresHttpTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.YearDriver;

/**
 * Our own pages on a phone (390 × 844, as many secretaries work): the attachment page, the secretary's task form
 * listing the file she just attached, the dossier page with its nominee editor, the council's meeting and the
 * district's deadline page. None scrolls sideways, every day is typed and shown dd/mm/yyyy, and an impossible day is
 * refused with a Vietnamese message. Screenshots in target/screenshots/{test}/.
 */
@ExtendWith(SystemChromium.class)
@PostgresHttpTest
class OwnPagesBrowserTest {

    static final String PASSWORD = BrowserSession.PASSWORD;
    static final Duration PATIENCE = BrowserSession.PATIENCE;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final String SCHOOL = "OPQBACHDANG";
    static final String SECRETARY_NAME = "Phạm Thị Hồng Nhung";

    static WebDriver browser;
    static long campaignId;

    @LocalServerPort
    int port;
    @Value("${camunda.bpm.process-engine-name}")
    String engineName;
    @Autowired
    YearDriver year;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ReportRepository reports;
    @Autowired
    DossierRecords dossier;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    vn.thidua.model.ChosenModels chosenModels;

    BrowserSession session;

    @BeforeAll
    static void openBrowser() {
        browser = SystemChromium.start();
        // A phone: its width, and pages laid out by their viewport meta as a phone's browser does.
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A district with one school and its people, and a one-phase campaign: the school's report is its tổng kết. */
    @BeforeEach
    void campaignInTongKet(TestInfo test) throws Exception {
        session = new BrowserSession(browser, port, engineName,
                new SystemChromium.Screenshots(test.getTestMethod().orElseThrow().getName()));
        if (browser.getCurrentUrl().startsWith("http")) {
            // The test before this one may have left someone signed in: each test starts signed out.
            session.signOut("tasklist");
        }
        if (campaignId != 0) {
            return;
        }
        TestAdmins.ensure(identityService, authorizationService, "admin", PASSWORD);
        year.importOrg("browser/own-pages/units.csv", "browser/own-pages/users.csv");
        for (String username : List.of("opqcanbo", "opqtruongphong", "bachdangcanbo", "bachdanghieutruong",
                "bachdanghoidong")) {
            User user = identityService.createUserQuery().userId(username).singleResult();
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        LocalDate today = LocalDate.now(VIETNAM);
        campaignId = year.launch("opqcanbo", "Phong trào thi đua năm học 2026-2027", List.of(
                YearDriver.phase("Cả năm", today.minusDays(60), today.plusDays(30), today.plusDays(45))));
        year.runDueJobs();
    }

    @Test
    void ourPagesOnAPhoneWithDaysTypedDayFirst() throws IOException {
        Report report = reports.find(campaignId, 1, SCHOOL).orElseThrow();

        // 1. The secretary attaches the council's minutes on the attachment page.
        session.openAs("bachdangcanbo", "/reports/" + report.id() + "/attachments");
        session.waitFor(By.cssSelector("input[type=file]"));
        assertFitsThePhone("attachment page");
        session.shot("tep-dinh-kem-trong");
        Path minutes = Files.createDirectories(Path.of("target", "own-pages")).resolve("bien-ban-hop-hoi-dong.pdf");
        Files.write(minutes, new byte[5 * 1024]);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(minutes.toAbsolutePath().toString());
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Tải lên']")));
        WebElement row = session.waitFor(By.xpath("//table//tr[.//a[normalize-space()='bien-ban-hop-hoi-dong.pdf']]"));
        assertThat(row.getText()).contains("5 KB", SECRETARY_NAME).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertFitsThePhone("attachment page with a file");
        session.shot("tep-dinh-kem-da-tai-len");

        // 2. Back in Tasklist, on the same phone, her task form lists the file: size, her full name, when.
        Task prepare = year.task(campaignId, 1, SCHOOL, UnitReportProcess.PREPARE_REPORT);
        browser.get(session.tasklist() + "#/?task=" + prepare.getId());
        WebElement form = session.waitFor(By.cssSelector(".fjs-container .fjs-form"));
        WebElement listed = session.waitFor(By.xpath("//*[contains(@class,'fjs-container')]//li[contains(.,"
                + "'bien-ban-hop-hoi-dong.pdf')]"));
        assertThat(listed.getText()).contains("5 KB", SECRETARY_NAME)
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(form.getText()).doesNotContain("Chưa có tệp đính kèm");
        session.scrollTo(listed);
        session.shot("tasklist-bieu-mau-co-tep-dinh-kem");

        // 3. Her dossier page: one card per nominee, the birthday typed day first and saved so.
        browser.get(session.url("/dossiers/" + report.id()));
        WebElement birthday = session.waitFor(By.name("row.0.dateOfBirth"));
        assertThat(birthday.getAttribute("type")).isEqualTo("text");
        assertThat(birthday.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        assertFitsThePhone("dossier page");
        session.shot("ho-so-trang-nhap");
        session.type(browser.findElement(By.name("row.0.fullName")), "Nguyễn Thị Thanh Hương");
        session.type(birthday, "31/12/1985");
        assertThat(birthday.getAttribute("value")).isEqualTo("31/12/1985");
        session.type(browser.findElement(By.name("row.0.position")), "Giáo viên");
        new Select(browser.findElement(By.name("row.0.rating"))).selectByValue("GOOD");
        new Select(browser.findElement(By.name("row.0.requestedTitle"))).selectByVisibleText("Lao động tiên tiến");
        session.type(browser.findElement(By.name("row.0.achievements")),
                "Giáo viên dạy giỏi cấp trường năm học 2026-2027.");
        assertFitsThePhone("dossier page, first nominee typed");
        session.shot("ho-so-nhap-nguoi-thu-nhat");
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Lưu danh sách']")));
        assertThat(session.waitFor(By.cssSelector("p.ok")).getText()).isEqualTo("Đã lưu danh sách: 1 đề nghị.");
        assertThat(browser.findElement(By.name("row.0.dateOfBirth")).getAttribute("value")).isEqualTo("31/12/1985");
        assertThat(dossier.ofOriginReport(report.id())).singleElement()
                .satisfies(e -> assertThat(((Nomination.Person) e.nomination()).dateOfBirth()).isEqualTo(LocalDate.of(1985, 12, 31)));
        assertThat(browser.findElement(By.cssSelector("table.cards")).getText()).contains("Nguyễn Thị Thanh Hương");
        assertFitsThePhone("dossier page with its list");
        session.shot("ho-so-da-luu");

        // An impossible day: refused on the page, in Vietnamese, and nothing is sent.
        WebElement wrong = browser.findElement(By.name("row.0.dateOfBirth"));
        session.type(wrong, "31/02/2027");
        browser.findElement(By.name("row.0.position")).click();
        assertThat(errorUnder(wrong)).isEqualTo("\"31/02/2027\" không phải ngày có thật: tháng 2 năm 2027 có 28 ngày.");
        session.shot("ho-so-ngay-khong-co-that");
        ((JavascriptExecutor) browser).executeScript("document.body.dataset.notSent = 'yes';");
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Lưu danh sách']")));
        assertThat(errorUnder(wrong)).contains("không phải ngày có thật");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.body.dataset.notSent;"))
                .as("the page was not sent").isEqualTo("yes");
        assertThat(dossier.ofOriginReport(report.id())).singleElement()
                .satisfies(e -> assertThat(((Nomination.Person) e.nomination()).dateOfBirth()).isEqualTo(LocalDate.of(1985, 12, 31)));

        // 4. The council records its meeting: the day typed day first, an impossible one refused.
        year.submit("bachdangcanbo", prepare, Map.of(
                FormFields.SUMMARY, "Nhà trường tổng kết phong trào thi đua, bình xét thi đua cuối năm học.",
                FormFields.STAFF_COUNT, 32, FormFields.REGISTERED_COUNT, 30));
        assertThat(reports.get(report.id()).status()).isEqualTo(ReportStatus.WAITING_COUNCIL);
        session.openAs("bachdanghoidong", "/dossiers/" + report.id());
        WebElement heldOn = session.waitFor(By.name("heldOn"));
        assertFitsThePhone("dossier page for the council");
        session.type(heldOn, "31/02/2027");
        browser.findElement(By.name("membersTotal")).click();
        assertThat(errorUnder(heldOn)).isEqualTo("\"31/02/2027\" không phải ngày có thật: tháng 2 năm 2027 có 28 ngày.");
        session.shot("hoi-dong-ngay-khong-co-that");
        LocalDate meetingDay = lastDayAfterThe12th(LocalDate.now(VIETNAM));
        session.type(heldOn, meetingDay.format(DAY));
        session.type(browser.findElement(By.name("membersTotal")), "9");
        session.type(browser.findElement(By.name("present")), "8");
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Ghi thông tin cuộc họp']")));
        assertThat(session.waitFor(By.cssSelector("p.ok")).getText()).isEqualTo("Đã ghi thông tin cuộc họp hội đồng.");
        assertThat(dossier.meetingDay(report.id())).contains(meetingDay);
        assertThat(browser.findElement(By.name("heldOn")).getAttribute("value")).isEqualTo(meetingDay.format(DAY));
        assertFitsThePhone("dossier page with the meeting");
        session.shot("hoi-dong-da-ghi-cuoc-hop");

        // 5. The district extends the school's deadline on its deadline page, day first.
        session.openAs("opqcanbo", "/reports/" + report.id() + "/deadline");
        WebElement newDay = session.waitFor(By.name("newDay"));
        assertFitsThePhone("deadline page");
        session.type(newDay, "31/02/2027");
        browser.findElement(By.name("reason")).click();
        assertThat(errorUnder(newDay)).isEqualTo("\"31/02/2027\" không phải ngày có thật: tháng 2 năm 2027 có 28 ngày.");
        session.shot("gia-han-ngay-khong-co-that");
        LocalDate extended = firstDayAfterThe12th(reports.get(report.id()).deadline().toLocalDate().plusDays(7));
        session.type(newDay, extended.format(DAY));
        session.type(browser.findElement(By.name("reason")), "Trường tổ chức hội thi giáo viên dạy giỏi cấp trường.");
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Gia hạn']")));
        assertThat(session.waitFor(By.cssSelector("p.ok")).getText()).startsWith("Đã gia hạn đến ");
        assertThat(reports.get(report.id()).deadline().atZoneSameInstant(VIETNAM).toLocalDate())
                .isBetween(extended, extended.plusDays(4));
        assertFitsThePhone("deadline page after an extension");
        session.shot("gia-han-xong");

        // 6. The overview of the district: its schools as cards, no sideways scrolling.
        browser.get(session.url("/campaigns/" + campaignId + "/overview"));
        session.waitFor(By.cssSelector("h1"));
        assertFitsThePhone("overview");
        session.shot("tinh-hinh-nop-bao-cao");
        browser.get(session.url("/campaigns/" + campaignId + "/results"));
        session.waitFor(By.cssSelector("h1"));
        assertFitsThePhone("results");
        session.shot("ket-qua");

        // 7. The administrator's pages: the outbox with the extension mail, one mail, the password links.
        session.openAs("admin", "/admin/outbox");
        WebElement mail = session.waitFor(By.cssSelector("table.cards tbody tr td a"));
        assertFitsThePhone("outbox");
        session.shot("hop-thu-di");
        browser.get(mail.getAttribute("href"));
        session.waitFor(By.cssSelector("iframe"));
        assertFitsThePhone("one mail of the outbox");
        session.shot("mot-thu");
        browser.get(session.url("/admin/password-links"));
        session.waitFor(By.cssSelector("h1"));
        assertFitsThePhone("password links");
        session.shot("lien-ket-dat-mat-khau");
        browser.get(session.url("/account/password?token=khong-con-hieu-luc"));
        session.waitFor(By.cssSelector("h1"));
        assertFitsThePhone("password page");
        session.shot("dat-mat-khau");
    }

    /**
     * A link of a mail to one of our pages, opened on a phone that is not signed in: our sign-in page, in Vietnamese,
     * with Tasklist's words; a wrong password is refused as Tasklist refuses it (and Camunda holds the account back
     * for a moment: even the right one waits); then that very page opens, and Tasklist (or, for an administrator,
     * Cockpit) is signed in too. An address of another site is never where the sign-in leads.
     */
    @Test
    void aMailLinkOpensThatVeryPageAfterTheSignIn() {
        String overview = session.url("/campaigns/" + campaignId + "/overview");
        try {
            session.signOut("tasklist");
            browser.get(overview);
            WebElement heading = session.waitFor(By.cssSelector("h1"));
            assertThat(browser.getCurrentUrl()).startsWith(session.url("/sign-in?next="));
            assertThat(heading.getText()).isEqualTo("Vui lòng đăng nhập");
            assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("vi");
            assertThat(browser.findElement(By.name("username")).getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
            assertThat(browser.findElement(By.name("password")).getAttribute("placeholder")).isEqualTo("Mật khẩu");
            assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Đăng nhập");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("Sau khi đăng nhập, trang bạn vừa mở sẽ tự hiện ra.");
            assertFitsThePhone("sign-in page");
            session.shot("dang-nhap");

            // The engine's clock stands still while the password is wrong, then moves on past the hold.
            Instant now = Instant.now();
            ClockUtil.setCurrentTime(Date.from(now));
            signInOnOurPage("opqcanbo", "SaiMatKhau@2026");
            assertThat(failure()).isEqualTo("Đăng nhập không thành công\nSai tên đăng nhập hoặc mật khẩu, tài khoản "
                    + "đang bị khóa hoặc không có quyền dùng ứng dụng này");
            assertThat(browser.getCurrentUrl()).startsWith(session.url("/sign-in?next="));
            assertFitsThePhone("sign-in page with its refusal");
            session.shot("dang-nhap-sai-mat-khau");
            // Held back after the wrong password: the right one, typed at once, waits too.
            signInOnOurPage("opqcanbo", PASSWORD);
            assertThat(failure()).startsWith("Đăng nhập không thành công");
            ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(2))));

            signInOnOurPage("opqcanbo", PASSWORD);
            session.waitUntil(d -> d.getCurrentUrl().equals(overview));
            ClockUtil.reset();
            session.waitFor(By.cssSelector("h1"));
            assertThat(browser.findElements(By.name("password"))).isEmpty();
            assertFitsThePhone("the overview after the sign-in");
            session.shot("dang-nhap-xong-mo-dung-trang");

            browser.get(session.tasklist());
            session.waitUntil(d -> d.findElement(By.cssSelector(".task-filters")).isDisplayed());
            assertThat(browser.findElements(By.cssSelector("input[ng-model='username']"))).isEmpty();
            session.shot("tasklist-da-dang-nhap");

            // An administrator, from a link to the outbox: the outbox, then Cockpit without another sign-in.
            session.signOut("tasklist");
            browser.get(session.url("/admin/outbox"));
            session.waitFor(By.name("username"));
            signInOnOurPage("admin", PASSWORD);
            session.waitUntil(d -> d.getCurrentUrl().equals(session.url("/admin/outbox")));
            browser.get(session.app("cockpit"));
            session.waitUntil(d -> !d.findElement(By.cssSelector("[cam-widget-header]")).getText().isBlank()
                    && d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
            session.shot("cockpit-da-dang-nhap");

            // A link that names another site: the sign-in leads to Tasklist, never there.
            session.signOut("tasklist");
            browser.get(session.url("/sign-in?next=https%3A%2F%2Fevil.example%2F"));
            assertThat(session.waitFor(By.cssSelector("p.lead")).getText())
                    .isEqualTo("Sau khi đăng nhập, bạn sẽ vào danh sách công việc (Tasklist).");
            signInOnOurPage("opqcanbo", PASSWORD);
            session.waitUntil(d -> d.getCurrentUrl().startsWith(session.tasklist()));
            session.waitUntil(d -> d.findElement(By.cssSelector(".task-filters")).isDisplayed());
        } finally {
            ClockUtil.reset();
            session.signOut("tasklist");
        }
    }

    private void signInOnOurPage(String username, String password) {
        session.type(session.waitFor(By.name("username")), username);
        session.type(browser.findElement(By.name("password")), password);
        session.click(browser.findElement(By.cssSelector("button[type=submit]")));
    }

    /** The refusal the sign-in page shows, once its answer has come. */
    private String failure() {
        WebElement failure = session.waitFor(By.id("failure"));
        session.waitUntil(d -> d.findElement(By.cssSelector("button[type=submit]")).isEnabled());
        return failure.getText();
    }

    /** Nothing wider than the phone: the document does not scroll sideways. */
    /**
     * Exemplary models on the phone: the school's secretary proposes one, completes its proposal with days typed day
     * first, finds its task in Tasklist with the name shown as typed, and anyone reads the public page.
     */
    @Test
    void exemplaryModelPagesOnAPhone() {
        session.openAs("bachdangcanbo", "/models");
        String name = "Tổ khối Năm <b>Bạch Đằng</b>";
        session.type(session.waitFor(By.name("name")), name);
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Tạo đề xuất']")));
        session.waitFor(By.cssSelector("p.ok"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertFitsThePhone("model page");
        session.shot("dien-hinh-moi-tao");
        String modelId = browser.getCurrentUrl().replaceAll(".*/models/(\\d+).*", "$1");

        session.type(browser.findElement(By.id("storyDone")),
                "Tổ sinh hoạt chuyên môn theo nghiên cứu bài học, mỗi tháng một chuyên đề.");
        WebElement day = browser.findElement(By.name("recognisedOn"));
        session.type(day, "25/09/2026");
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Lưu hồ sơ']")));
        assertThat(session.waitFor(By.cssSelector("p.ok")).getText()).isEqualTo("Đã lưu hồ sơ đề xuất.");
        assertThat(browser.findElement(By.name("recognisedOn")).getAttribute("value")).isEqualTo("25/09/2026");
        assertThat(browser.findElement(By.id("missing")).getText()).contains("chưa tải lên biên bản suy tôn");
        assertFitsThePhone("model page, saved");
        session.shot("dien-hinh-da-luu");

        Task prepare = taskService.createTaskQuery().processInstanceBusinessKey("model-" + modelId).singleResult();
        assertThat(prepare.getName()).isEqualTo("Lập hồ sơ đề xuất điển hình: " + name + " – Trường Tiểu học Bạch Đằng");
        browser.get(session.tasklist() + "#/?task=" + prepare.getId());
        WebElement link = session.waitFor(By.xpath("//*[contains(@class,'fjs-container')]//a[contains(.,"
                + "'Mở trang hồ sơ điển hình')]"));
        assertThat(link.getAttribute("href")).endsWith("/models/" + modelId);
        assertThat(browser.findElement(By.cssSelector(".fjs-container h2")).getText()).isEqualTo(name);
        session.shot("dien-hinh-tasklist");

        browser.get(session.url("/public/models"));
        session.waitFor(By.tagName("h1"));
        assertThat(browser.getPageSource()).doesNotContain(name);
        assertFitsThePhone("public models page");
        session.shot("dien-hinh-trang-cong-khai");

        // The district's models review: its chosen model with its plan, ready to be proposed for commendation.
        String team = "Tổ khối Ba Bạch Đằng " + System.nanoTime() % 100000;
        long chosen = chosenModels.chosen(SCHOOL, "bachdangcanbo", "bachdanghieutruong", "opqcanbo", team);
        session.openAs("opqcanbo", "/models/review/" + reports.find(campaignId, 1, "OPQ").orElseThrow().id());
        WebElement card = session.waitFor(By.id("model-" + chosen));
        assertThat(card.getText()).contains(team, "Tổ chuyên môn Phòng Giáo dục", "31/05/2099");
        assertFitsThePhone("models review page");
        session.shot("tong-ket-dien-hinh");
    }

    /**
     * Registration on the phone: the school's secretary fills targets (one counted by the system), a person with the
     * birthday typed day first and a work; once the school has sent it, the district reads the roll-up.
     */
    @Test
    void registrationAndRollUpPagesOnAPhone() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        long registered = year.launch("opqcanbo", "Phong trào thi đua có đăng ký " + System.nanoTime(), List.of(
                        YearDriver.phase("Cả năm", today.minusDays(60), today.plusDays(30), today.plusDays(45))),
                Map.of(vn.thidua.campaign.CampaignProcessNames.Vars.REGISTRATION, true,
                        vn.thidua.campaign.CampaignProcessNames.Vars.REGISTRATION_DEADLINE, today.plusDays(25).toString()));
        year.runDueJobs();
        Report school = reports.find(registered, 0, SCHOOL).orElseThrow();
        Report district = reports.find(registered, 0, "OPQ").orElseThrow();

        session.openAs("bachdangcanbo", "/registrations/" + school.id());
        session.waitFor(By.name("tName1"));
        // The deadline in Vietnam time, whatever zone the database hands it back in.
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Hạn nộp: " + DateTimeFormatter
                .ofPattern("HH:mm dd/MM/yyyy").format(school.deadline().atZoneSameInstant(VIETNAM)));
        assertFitsThePhone("registration page");
        session.shot("dang-ky-trang-trong");
        session.type(browser.findElement(By.name("tName1")), "Số giáo viên đạt Lao động tiên tiến");
        session.type(browser.findElement(By.name("tValue1")), "20");
        new Select(browser.findElement(By.name("tComputed1")))
                .selectByVisibleText("Tự tính: Số được tặng danh hiệu Lao động tiên tiến (của đơn vị và các đơn vị "
                        + "trực thuộc)");
        session.type(browser.findElement(By.name("tName2")), "Số sáng kiến cấp cơ sở");
        session.type(browser.findElement(By.name("tMeasure2")), "sáng kiến");
        session.type(browser.findElement(By.name("tValue2")), "2");
        assertFitsThePhone("registration page, targets typed");
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Lưu chỉ tiêu']")));
        assertThat(session.waitFor(By.cssSelector("p.ok")).getText()).isNotBlank();
        assertThat(new Select(browser.findElement(By.name("tComputed1"))).getFirstSelectedOption().getText())
                .startsWith("Tự tính: Số được tặng danh hiệu Lao động tiên tiến");
        assertThat(browser.findElement(By.name("tMeasure1")).getAttribute("value")).isEqualTo("người");

        WebElement birthday = browser.findElement(By.name("pBirth1"));
        assertThat(birthday.getAttribute("type")).isEqualTo("text");
        assertThat(birthday.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        session.type(browser.findElement(By.name("pName1")), "Nguyễn Thị Thanh Hương");
        session.type(birthday, "31/12/1985");
        session.type(browser.findElement(By.name("pPosition1")), "Giáo viên");
        new Select(browser.findElement(By.name("pTitle1"))).selectByVisibleText("Lao động tiên tiến");
        assertFitsThePhone("registration page, a person typed");
        session.shot("dang-ky-nhap-ca-nhan");
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Lưu danh sách']")));
        session.waitFor(By.cssSelector("p.ok"));
        assertThat(browser.findElement(By.name("pBirth1")).getAttribute("value")).isEqualTo("31/12/1985");
        session.type(browser.findElement(By.name("wName1")), "Chuyên đề đọc hiểu lớp 5");
        session.type(browser.findElement(By.name("wOwner1")), "Tổ khối 5");
        session.type(browser.findElement(By.name("wOn1")), "15/12/2026");
        session.click(browser.findElement(By.xpath("//button[normalize-space()='Lưu công trình, chuyên đề']")));
        session.waitFor(By.cssSelector("p.ok"));
        assertThat(browser.findElement(By.name("wOn1")).getAttribute("value")).isEqualTo("15/12/2026");
        assertFitsThePhone("registration page, saved");
        session.shot("dang-ky-da-luu");

        // The school sends it; the district reads the roll-up and its own page on the phone.
        year.submit("bachdangcanbo", year.task(registered, 0, SCHOOL, UnitReportProcess.PREPARE_REPORT), Map.of());
        year.submit("bachdanghieutruong", year.task(registered, 0, SCHOOL, UnitReportProcess.APPROVE_REPORT),
                Map.of(UnitReportProcess.Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
        session.signOut("tasklist");
        session.openAs("opqcanbo", "/registrations/" + district.id() + "/rollup");
        session.waitFor(By.tagName("h1"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Trường Tiểu học Bạch Đằng",
                "Nguyễn Thị Thanh Hương", "31/12/1985");
        assertFitsThePhone("roll-up page");
        session.shot("dang-ky-bang-tong-hop");
        browser.get(session.url("/registrations/" + district.id()));
        session.waitFor(By.name("uName1"));
        assertFitsThePhone("district's registration page");
        session.shot("dang-ky-cap-phong");
    }

    private void assertFitsThePhone(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long viewport = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        long document = ((Number) js.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
        assertThat(viewport).as("the phone's viewport").isEqualTo(PHONE_WIDTH);
        assertThat(document).as("scroll width of the %s", page).isLessThanOrEqualTo(viewport);
    }

    private static LocalDate lastDayAfterThe12th(LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfMonth() <= 12) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static LocalDate firstDayAfterThe12th(LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfMonth() <= 12) {
            day = day.plusDays(1);
        }
        return day;
    }

    private String errorUnder(WebElement input) {
        By error = By.xpath("following-sibling::span[contains(@class,'day-error')]");
        new WebDriverWait(browser, PATIENCE, BrowserSession.POLL).until(d -> !input.findElement(error).getText().isBlank());
        return input.findElement(error).getText();
    }
}
