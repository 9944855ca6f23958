package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.dossier.CouncilMeeting;
import vn.thidua.dossier.CouncilRepository;
import vn.thidua.dossier.NominationRepository;
import vn.thidua.report.Report;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.support.EmbeddedPostgresConfiguration;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.YearDriver;

/**
 * Our own pages on a phone (390 × 844, as many secretaries work): the attachment page, the secretary's task form
 * listing the file she just attached, the dossier page with its nominee editor, the council's meeting and the
 * district's deadline page. None scrolls sideways, every day is typed and shown dd/mm/yyyy, and an impossible day is
 * refused with a Vietnamese message. Screenshots in target/screenshots/{test}/.
 */
@ExtendWith(SystemChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Its own engine name: other test contexts in this JVM register theirs, and the webapps look engines up by name.
        "camunda.bpm.process-engine-name=" + OwnPagesBrowserTest.ENGINE})
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class OwnPagesBrowserTest {

    static final String ENGINE = "ownpagestest";
    static final String PASSWORD = "ThiDua@2026";
    static final Duration PATIENCE = Duration.ofSeconds(30);
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
    NominationRepository nominations;
    @Autowired
    CouncilRepository council;

    SystemChromium.Screenshots screenshots;

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
        screenshots = new SystemChromium.Screenshots(test.getTestMethod().orElseThrow().getName());
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
        signIn("bachdangcanbo");
        browser.get(url("/reports/" + report.id() + "/attachments"));
        waitFor(By.cssSelector("input[type=file]"));
        assertFitsThePhone("attachment page");
        shot("tep-dinh-kem-trong");
        Path minutes = Files.createDirectories(Path.of("target", "own-pages")).resolve("bien-ban-hop-hoi-dong.pdf");
        Files.write(minutes, new byte[5 * 1024]);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(minutes.toAbsolutePath().toString());
        click(browser.findElement(By.xpath("//button[normalize-space()='Tải lên']")));
        WebElement row = waitFor(By.xpath("//table//tr[.//a[normalize-space()='bien-ban-hop-hoi-dong.pdf']]"));
        assertThat(row.getText()).contains("5 KB", SECRETARY_NAME).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertFitsThePhone("attachment page with a file");
        shot("tep-dinh-kem-da-tai-len");

        // 2. Back in Tasklist, on the same phone, her task form lists the file: size, her full name, when.
        Task prepare = year.task(campaignId, 1, SCHOOL, UnitReportProcess.PREPARE_REPORT);
        browser.get(tasklist() + "#/?task=" + prepare.getId());
        WebElement form = waitFor(By.cssSelector(".fjs-container .fjs-form"));
        WebElement listed = waitFor(By.xpath("//*[contains(@class,'fjs-container')]//li[contains(.,"
                + "'bien-ban-hop-hoi-dong.pdf')]"));
        assertThat(listed.getText()).contains("5 KB", SECRETARY_NAME)
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(form.getText()).doesNotContain("Chưa có tệp đính kèm");
        scrollTo(listed);
        shot("tasklist-bieu-mau-co-tep-dinh-kem");

        // 3. Her dossier page: one card per nominee, the birthday typed day first and saved so.
        browser.get(url("/dossiers/" + report.id()));
        WebElement birthday = waitFor(By.name("row.0.dateOfBirth"));
        assertThat(birthday.getAttribute("type")).isEqualTo("text");
        assertThat(birthday.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        assertFitsThePhone("dossier page");
        shot("ho-so-trang-nhap");
        type(browser.findElement(By.name("row.0.fullName")), "Nguyễn Thị Thanh Hương");
        type(birthday, "31/12/1985");
        assertThat(birthday.getAttribute("value")).isEqualTo("31/12/1985");
        type(browser.findElement(By.name("row.0.position")), "Giáo viên");
        new Select(browser.findElement(By.name("row.0.rating"))).selectByValue("GOOD");
        new Select(browser.findElement(By.name("row.0.requestedTitle"))).selectByVisibleText("Lao động tiên tiến");
        type(browser.findElement(By.name("row.0.achievements")), "Giáo viên dạy giỏi cấp trường năm học 2026-2027.");
        assertFitsThePhone("dossier page, first nominee typed");
        shot("ho-so-nhap-nguoi-thu-nhat");
        click(browser.findElement(By.xpath("//button[normalize-space()='Lưu danh sách']")));
        assertThat(waitFor(By.cssSelector("p.ok")).getText()).isEqualTo("Đã lưu danh sách: 1 đề nghị.");
        assertThat(browser.findElement(By.name("row.0.dateOfBirth")).getAttribute("value")).isEqualTo("31/12/1985");
        assertThat(nominations.ofOriginReport(report.id())).singleElement()
                .satisfies(e -> assertThat(e.nomination().dateOfBirth()).isEqualTo(LocalDate.of(1985, 12, 31)));
        assertThat(browser.findElement(By.cssSelector("table.cards")).getText()).contains("Nguyễn Thị Thanh Hương");
        assertFitsThePhone("dossier page with its list");
        shot("ho-so-da-luu");

        // An impossible day: refused on the page, in Vietnamese, and nothing is sent.
        WebElement wrong = browser.findElement(By.name("row.0.dateOfBirth"));
        type(wrong, "31/02/2027");
        browser.findElement(By.name("row.0.position")).click();
        assertThat(errorUnder(wrong)).isEqualTo("\"31/02/2027\" không phải ngày có thật: tháng 2 năm 2027 có 28 ngày.");
        shot("ho-so-ngay-khong-co-that");
        ((JavascriptExecutor) browser).executeScript("document.body.dataset.notSent = 'yes';");
        click(browser.findElement(By.xpath("//button[normalize-space()='Lưu danh sách']")));
        assertThat(errorUnder(wrong)).contains("không phải ngày có thật");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.body.dataset.notSent;"))
                .as("the page was not sent").isEqualTo("yes");
        assertThat(nominations.ofOriginReport(report.id())).singleElement()
                .satisfies(e -> assertThat(e.nomination().dateOfBirth()).isEqualTo(LocalDate.of(1985, 12, 31)));

        // 4. The council records its meeting: the day typed day first, an impossible one refused.
        year.submit("bachdangcanbo", prepare, Map.of(
                FormFields.SUMMARY, "Nhà trường tổng kết phong trào thi đua, bình xét thi đua cuối năm học.",
                FormFields.STAFF_COUNT, 32, FormFields.REGISTERED_COUNT, 30));
        assertThat(reports.get(report.id()).status()).isEqualTo(ReportStatus.WAITING_COUNCIL);
        signOutAndIn("bachdanghoidong");
        browser.get(url("/dossiers/" + report.id()));
        WebElement heldOn = waitFor(By.name("heldOn"));
        assertFitsThePhone("dossier page for the council");
        type(heldOn, "31/02/2027");
        browser.findElement(By.name("membersTotal")).click();
        assertThat(errorUnder(heldOn)).isEqualTo("\"31/02/2027\" không phải ngày có thật: tháng 2 năm 2027 có 28 ngày.");
        shot("hoi-dong-ngay-khong-co-that");
        LocalDate meetingDay = lastDayAfterThe12th(LocalDate.now(VIETNAM));
        type(heldOn, meetingDay.format(DAY));
        type(browser.findElement(By.name("membersTotal")), "9");
        type(browser.findElement(By.name("present")), "8");
        click(browser.findElement(By.xpath("//button[normalize-space()='Ghi thông tin cuộc họp']")));
        assertThat(waitFor(By.cssSelector("p.ok")).getText()).isEqualTo("Đã ghi thông tin cuộc họp hội đồng.");
        assertThat(council.meeting(report.id())).get().extracting(CouncilMeeting::heldOn).isEqualTo(meetingDay);
        assertThat(browser.findElement(By.name("heldOn")).getAttribute("value")).isEqualTo(meetingDay.format(DAY));
        assertFitsThePhone("dossier page with the meeting");
        shot("hoi-dong-da-ghi-cuoc-hop");

        // 5. The district extends the school's deadline on its deadline page, day first.
        signOutAndIn("opqcanbo");
        browser.get(url("/reports/" + report.id() + "/deadline"));
        WebElement newDay = waitFor(By.name("newDay"));
        assertFitsThePhone("deadline page");
        type(newDay, "31/02/2027");
        browser.findElement(By.name("reason")).click();
        assertThat(errorUnder(newDay)).isEqualTo("\"31/02/2027\" không phải ngày có thật: tháng 2 năm 2027 có 28 ngày.");
        shot("gia-han-ngay-khong-co-that");
        LocalDate extended = firstDayAfterThe12th(reports.get(report.id()).deadline().toLocalDate().plusDays(7));
        type(newDay, extended.format(DAY));
        type(browser.findElement(By.name("reason")), "Trường tổ chức hội thi giáo viên dạy giỏi cấp trường.");
        click(browser.findElement(By.xpath("//button[normalize-space()='Gia hạn']")));
        assertThat(waitFor(By.cssSelector("p.ok")).getText()).startsWith("Đã gia hạn đến ");
        assertThat(reports.get(report.id()).deadline().atZoneSameInstant(VIETNAM).toLocalDate())
                .isBetween(extended, extended.plusDays(4));
        assertFitsThePhone("deadline page after an extension");
        shot("gia-han-xong");

        // 6. The overview of the district: its schools as cards, no sideways scrolling.
        browser.get(url("/campaigns/" + campaignId + "/overview"));
        waitFor(By.cssSelector("h1"));
        assertFitsThePhone("overview");
        shot("tinh-hinh-nop-bao-cao");
        browser.get(url("/campaigns/" + campaignId + "/results"));
        waitFor(By.cssSelector("h1"));
        assertFitsThePhone("results");
        shot("ket-qua");

        // 7. The administrator's pages: the outbox with the extension mail, one mail, the password links.
        signOutAndIn("admin");
        browser.get(url("/admin/outbox"));
        WebElement mail = waitFor(By.cssSelector("table.cards tbody tr td a"));
        assertFitsThePhone("outbox");
        shot("hop-thu-di");
        browser.get(mail.getAttribute("href"));
        waitFor(By.cssSelector("iframe"));
        assertFitsThePhone("one mail of the outbox");
        shot("mot-thu");
        browser.get(url("/admin/password-links"));
        waitFor(By.cssSelector("h1"));
        assertFitsThePhone("password links");
        shot("lien-ket-dat-mat-khau");
        browser.get(url("/account/password?token=khong-con-hieu-luc"));
        waitFor(By.cssSelector("h1"));
        assertFitsThePhone("password page");
        shot("dat-mat-khau");
    }

    /** Nothing wider than the phone: the document does not scroll sideways. */
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
        new WebDriverWait(browser, PATIENCE).until(d -> !input.findElement(error).getText().isBlank());
        return input.findElement(error).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String tasklist() {
        return url("/camunda/app/tasklist/" + engineName + "/");
    }

    private void signIn(String username) {
        browser.get(tasklist());
        for (int attempt = 1; ; attempt++) {
            WebElement name = waitFor(By.cssSelector("input[ng-model='username']"));
            name.clear();
            name.sendKeys(username);
            WebElement password = browser.findElement(By.cssSelector("input[ng-model='password']"));
            password.clear();
            password.sendKeys(PASSWORD);
            browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
            try {
                new WebDriverWait(browser, PATIENCE).until(
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
                return;
            } catch (TimeoutException e) {
                // A login racing the fresh session's CSRF cookie is refused once; a second one on a fresh page passes.
                if (attempt == 2) {
                    screenshots.failure(browser);
                    throw e;
                }
                browser.navigate().refresh();
            }
        }
    }

    private void signOutAndIn(String username) {
        browser.get(tasklist());
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.navigate().refresh();
        signIn(username);
    }

    private void type(WebElement input, String text) {
        scrollTo(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    private WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            screenshots.failure(browser);
            throw e;
        }
    }

    private void shot(String step) {
        screenshots.take(browser, step);
    }
}
