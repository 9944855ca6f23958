package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.support.PostgresHttpTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.YearDriver;
import vn.thidua.tasklist.TasklistFilterNames;

/**
 * Tasklist in a real browser, the way a school uses it on day one: headless Chromium with Vietnamese as its first
 * language, against the running app on a real PostgreSQL. A secretary prepares the sơ kết (a wrong value shows a
 * Vietnamese message), the principal signs, the district returns it with a reason, the secretary sees the reason and
 * resubmits. Each step leaves a screenshot in target/screenshots/{test}/.
 */
@ExtendWith(SystemChromium.class)
@PostgresHttpTest
class TasklistBrowserTest {

    static final String ENGINE = PostgresHttpTest.ENGINE;
    static final String PASSWORD = BrowserSession.PASSWORD;
    static final Duration PATIENCE = BrowserSession.PATIENCE;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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

    BrowserSession session;

    @BeforeAll
    static void openBrowser() {
        browser = SystemChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Once per class: the district, its two schools and their people, and a campaign whose sơ kết is open. */
    @BeforeEach
    void campaignInSoKet(TestInfo test) throws Exception {
        session = new BrowserSession(browser, port, engineName,
                new SystemChromium.Screenshots(test.getTestMethod().orElseThrow().getName()));
        if (campaignId != 0) {
            return;
        }
        // An administrator exists, as after the first start: otherwise the webapps open their setup page.
        TestAdmins.ensure(identityService, authorizationService, "admin", PASSWORD);
        year.importOrg("browser/units.csv", "browser/users.csv");
        for (String username : List.of("btqcanbo", "btqtruongphong", "hoasencanbo", "hoasenhieutruong",
                "saomaicanbo", "saomaihieutruong")) {
            User user = identityService.createUserQuery().userId(username).singleResult();
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        LocalDate today = LocalDate.now(VIETNAM);
        campaignId = year.launch("btqcanbo", "Phong trào thi đua năm học 2026-2027", List.of(
                YearDriver.phase("Đợt 1", today, today.plusDays(30), today.plusDays(45)),
                YearDriver.phase("Đợt 2", today.plusDays(31), today.plusDays(90), today.plusDays(100))));
        year.runDueJobs();
    }

    @Test
    void secretaryPreparesPrincipalSignsDistrictReturnsSecretaryResubmits() {
        String soKet = "Sơ kết đợt 1 – Trường TH Hoa Sen – Phong trào thi đua năm học 2026-2027";

        // The login page speaks Vietnamese.
        signOut();
        WebElement signIn = waitFor(By.cssSelector("form[name='signinForm'] button[type='submit']"));
        assertThat(signIn.getText()).isEqualTo("Đăng nhập");
        assertThat(browser.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                .isEqualTo("Tên đăng nhập");
        shot("trang-dang-nhap");

        signIn("hoasencanbo");
        open(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'" + TasklistFilterNames.MY_UNIT + "')]"));
        waitFor(taskInList(soKet));
        shot("tasklist-viec-cua-don-vi");
        open(taskInList(soKet));
        claim();
        shot("mo-viec-so-ket");

        // A wrong value: more registered than staff, and a summary too short. The messages are Vietnamese.
        type(field("Field_Summary"), "Hoàn thành tốt.");
        type(field("Field_StaffCount"), "42");
        type(field("Field_RegisteredCount"), "45");
        field("Field_Summary").click();
        assertError("Field_RegisteredCount", "Giá trị không được lớn hơn 42.");
        assertError("Field_Summary", "Cần nhập ít nhất 20 ký tự.");
        assertThat(completeButton().isEnabled()).as("cannot complete with errors").isFalse();
        shot("thong-bao-loi-tieng-viet");
        // Emptied, the summary is missing: form-js applies typing after a short pause and shows the message at once,
        // and it stays when the secretary moves on.
        clear(field("Field_Summary"));
        assertError("Field_Summary", "Mục này bắt buộc, không được để trống.");
        field("Field_StaffCount").click();
        assertError("Field_Summary", "Mục này bắt buộc, không được để trống.");

        type(field("Field_Summary"), "Trường tổ chức phát động thi đua đến toàn thể cán bộ, giáo viên; 40 người "
                + "đăng ký danh hiệu Lao động tiên tiến.");
        type(field("Field_RegisteredCount"), "40");
        waitUntil(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
        shot("dien-bieu-mau");
        complete();
        shot("da-hoan-thanh-so-ket");
        assertThat(reports.find(campaignId, 1, "BTQHOASEN").orElseThrow().status()).isEqualTo(ReportStatus.WAITING_HEAD);

        // The principal signs.
        signOutAndIn("hoasenhieutruong");
        open((taskInList("Ký duyệt: " + soKet)));
        claim();
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
                .contains("Trường tổ chức phát động thi đua");
        radio("Field_HeadDecision", 0).click();
        shot("thu-truong-ky-duyet");
        complete();
        year.runDueJobs();
        assertThat(reports.find(campaignId, 1, "BTQHOASEN").orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);

        // The district's reviewer returns it, with a reason and a new deadline typed day first.
        signOutAndIn("btqcanbo");
        open((taskInList("Thẩm định: " + soKet)));
        claim();
        radio("Field_ReviewDecision", 1).click();
        String reason = "Thiếu biên bản họp xét thi đua của hội đồng trường; bổ sung số liệu từng tổ chuyên môn.";
        type(field("Field_ReturnReasons"), reason);
        // A day after the 12th: read month first, it would be no date at all.
        LocalDate newDeadline = LocalDate.now(VIETNAM).plusDays(14);
        while (newDeadline.getDayOfMonth() <= 12) {
            newDeadline = newDeadline.plusDays(1);
        }
        WebElement date = waitFor(By.cssSelector(".fjs-form-field-datetime input.fjs-input"));
        assertThat(date.getAttribute("placeholder")).as("day first for a Vietnamese browser").startsWith("dd");
        date.click();
        date.sendKeys(newDeadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        shot("lich-chon-ngay");
        date.sendKeys(Keys.ESCAPE);
        radio("Field_ReviewDecision", 1).click();
        waitUntil(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty() && completeButton().isEnabled());
        shot("cap-tren-tra-ho-so");
        complete();
        year.runDueJobs();
        assertThat(reports.find(campaignId, 1, "BTQHOASEN").orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);
        Task returned = year.task(campaignId, 1, "BTQHOASEN", UnitReportProcess.PREPARE_REPORT);
        // That day at 17:00, or the next working day's when it is a day off.
        assertThat(returned.getDueDate().toInstant().atZone(VIETNAM).toLocalDate())
                .isBetween(newDeadline, newDeadline.plusDays(4));

        // The secretary sees the reason on top of her form, with what she typed, and resubmits.
        signOutAndIn("hoasencanbo");
        open((taskInList(soKet)));
        claim();
        WebElement reasons = waitFor(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(text(),"
                + "'Báo cáo bị trả lại để bổ sung')]/.."));
        assertThat(reasons.getText()).contains(reason);
        assertThat(field("Field_Summary").getAttribute("value")).startsWith("Trường tổ chức phát động thi đua");
        shot("can-bo-thay-ly-do-tra");
        type(field("Field_Highlights"), "Đã bổ sung biên bản họp hội đồng ngày 20/11 tại trang tệp đính kèm.");
        complete();
        signOutAndIn("hoasenhieutruong");
        open((taskInList("Ký duyệt: " + soKet)));
        claim();
        radio("Field_HeadDecision", 0).click();
        complete();
        year.runDueJobs();
        shot("nop-lai");

        assertThat(reports.find(campaignId, 1, "BTQHOASEN").orElseThrow())
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED))
                .satisfies(r -> assertThat(r.returnCount()).isEqualTo(1));
        assertThat(year.task(campaignId, 1, "BTQHOASEN", UnitReportProcess.REVIEW_REPORT)).isNotNull();
    }

    @Test
    void aSchoolCannotOpenAnotherSchoolsTaskByItsAddress() {
        Task saoMai = year.task(campaignId, 1, "BTQSAOMAI", UnitReportProcess.PREPARE_REPORT);
        assertThat(saoMai).isNotNull();

        session.signedInAs("tasklist", "hoasencanbo");
        browser.get(tasklist() + "#/?task=" + saoMai.getId());
        WebElement notice = waitFor(By.xpath("//*[contains(text(),'Công việc không còn tồn tại')]"));
        assertThat(notice.isDisplayed()).isTrue();
        shot("khong-mo-duoc-viec-truong-khac");
        assertThat(browser.findElements(By.cssSelector(".task-card h2.task"))).as("no task details").isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Sao Mai");

        // The REST the page uses, with the page's own session, refuses the task, its form and its variables.
        String api = "/camunda/api/engine/engine/" + engineName + "/task/" + saoMai.getId();
        assertThat(fetchStatus(api)).isEqualTo(404);
        assertThat(fetchStatus(api + "/form-variables")).isIn(403, 404);
        assertThat(fetchStatus(api + "/variables")).isIn(403, 404);

        // Sao Mai's own secretary, at the same address, gets the task.
        signOutAndIn("saomaicanbo");
        browser.get(tasklist() + "#/?task=" + saoMai.getId());
        assertThat(waitFor(By.cssSelector(".task-card h2.task")).getText()).startsWith("Sơ kết đợt 1 – Trường THCS Sao Mai");
        assertThat(fetchStatus(api)).isEqualTo(200);
        shot("truong-minh-mo-duoc");
    }

    @Test
    void aMailsTaskLinkOpensTheTaskAfterSigningIn() {
        Task saoMai = year.task(campaignId, 1, "BTQSAOMAI", UnitReportProcess.PREPARE_REPORT);
        signOut();
        // "Mở công việc" as a mail writes it, opened in a new page by someone not signed in yet.
        browser.get("about:blank");
        session.signIn("tasklist", "saomaicanbo", session.url("/task-links/" + saoMai.getProcessInstanceId()));
        assertThat(waitFor(By.cssSelector(".task-card h2.task")).getText())
                .startsWith("Sơ kết đợt 1 – Trường THCS Sao Mai");
        assertThat(browser.getCurrentUrl()).contains("task=" + saoMai.getId());
        shot("lien-ket-trong-thu-mo-dung-viec");
    }

    @Test
    void aRefusalOfOurRulesReachesTasklistAsOurSentenceAlone() throws Exception {
        // A campaign of its own, so that the other tests' tasks stay where they are.
        LocalDate today = LocalDate.now(VIETNAM);
        long own = year.launch("btqcanbo", "Phong trào chào mừng ngày Nhà giáo Việt Nam", List.of(
                YearDriver.phase("Đợt 1", today, today.plusDays(30), today.plusDays(45)),
                YearDriver.phase("Đợt 2", today.plusDays(31), today.plusDays(90), today.plusDays(100))));
        year.runDueJobs();
        year.submit("saomaicanbo", year.task(own, 1, "BTQSAOMAI", UnitReportProcess.PREPARE_REPORT), java.util.Map.of(
                UnitReportProcess.FormFields.SUMMARY, "Trường phát động thi đua đến toàn thể cán bộ, giáo viên.",
                UnitReportProcess.FormFields.STAFF_COUNT, 30, UnitReportProcess.FormFields.REGISTERED_COUNT, 30));
        year.submit("saomaihieutruong", year.task(own, 1, "BTQSAOMAI", UnitReportProcess.APPROVE_REPORT),
                java.util.Map.of(UnitReportProcess.Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();

        session.signedInAs("tasklist", "btqcanbo");
        open(taskInList("Thẩm định: Sơ kết đợt 1 – Trường THCS Sao Mai – Phong trào chào mừng ngày Nhà giáo Việt Nam"));
        claim();
        radio("Field_ReviewDecision", 1).click();
        type(field("Field_ReturnReasons"), "Thiếu biên bản họp hội đồng thi đua của trường.");
        // Three months away: the form takes the date, our rule (at most 60 days) refuses it.
        WebElement date = waitFor(By.cssSelector(".fjs-form-field-datetime input.fjs-input"));
        date.click();
        date.sendKeys(today.plusDays(90).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        date.sendKeys(Keys.ESCAPE);
        radio("Field_ReviewDecision", 1).click();
        waitUntil(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty() && completeButton().isEnabled());
        click(completeButton());

        WebElement message = waitFor(By.cssSelector(".notifications .alert .message"));
        waitUntil(d -> message.getText().contains("xa hơn 60 ngày"));
        shot("tu-choi-bang-cau-tieng-viet");
        String notice = waitFor(By.cssSelector(".notifications")).getText();
        assertThat(message.getText()).startsWith("Hạn nộp bổ sung (").contains("xa hơn 60 ngày");
        assertThat(notice).doesNotContain("ENGINE-", "Exception", "TaskListener", "Cannot submit");
        assertThat(year.task(own, 1, "BTQSAOMAI", UnitReportProcess.REVIEW_REPORT)).as("still open").isNotNull();
    }

    /**
     * Opening a task from an address kept after it was completed (an old link, a list shown before): Tasklist shows
     * our sentence once, saying who completed it and when, not as its heading and again as its message.
     */
    @Test
    void aTaskJustCompletedSaysOnceWhoCompletedIt() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        long own = year.launch("btqcanbo", "Phong trào xây dựng trường học xanh", List.of(
                YearDriver.phase("Đợt 1", today, today.plusDays(30), today.plusDays(45)),
                YearDriver.phase("Đợt 2", today.plusDays(31), today.plusDays(90), today.plusDays(100))));
        year.runDueJobs();
        Task prepare = year.task(own, 1, "BTQSAOMAI", UnitReportProcess.PREPARE_REPORT);
        year.submit("saomaicanbo", prepare, java.util.Map.of(
                UnitReportProcess.FormFields.SUMMARY, "Trường phát động thi đua đến toàn thể cán bộ, giáo viên.",
                UnitReportProcess.FormFields.STAFF_COUNT, 30, UnitReportProcess.FormFields.REGISTERED_COUNT, 30));

        signOutAndIn("saomaicanbo");
        browser.get(tasklist() + "#/?task=" + prepare.getId());
        WebElement message = waitFor(By.cssSelector(".notifications .alert .message"));
        waitUntil(d -> message.getText().startsWith("Việc «Sơ kết đợt 1 – Trường THCS Sao Mai"));
        waitUntil(d -> d.findElement(By.cssSelector(".notifications .alert .status")).getText().isEmpty());
        shot("viec-vua-hoan-thanh-noi-mot-lan");
        String notice = waitFor(By.cssSelector(".notifications")).getText();
        assertThat(message.getText()).contains("» đã được ").contains(" hoàn thành lúc ")
                .endsWith("nên không còn mở được nữa. Hãy tải lại danh sách công việc.");
        assertThat(notice.split("đã được ", -1)).as(notice).hasSize(2);
        assertThat(notice).doesNotContain("<task>", "&lt;", "ENGINE-", "task is null");
    }

    @Test
    void theTopBarLeadsToTheCampaignsReportSchedulesAndAdHocRequests() {
        signOutAndIn("btqcanbo");
        WebElement link = waitFor(By.cssSelector(".thidua-reports-link a[href='/campaigns']"));
        assertThat(link.getText()).isEqualTo("Phong trào, báo cáo định kỳ, đột xuất");
        shot("thanh-tren-cung-co-duong-dan-bao-cao");
        link.click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Các phong trào thi đua");
        assertThat(browser.findElement(By.linkText("Lịch báo cáo định kỳ")).getAttribute("href"))
                .endsWith("/report-schedules");
        assertThat(browser.findElement(By.linkText("Báo cáo đột xuất")).getAttribute("href")).endsWith("/adhoc-reports");
        shot("trang-cac-phong-trao");
    }

    private String tasklist() {
        return session.tasklist();
    }

    private void signIn(String username) {
        session.signIn("tasklist", username);
    }

    private void signOutAndIn(String username) {
        session.signInBehindTheScenes("tasklist", username);
    }

    private void signOut() {
        session.signOut("tasklist");
    }

    private By taskInList(String name) {
        return By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space()='"
                + name + "']");
    }

    private void open(By locator) {
        session.open(locator);
    }

    /** Candidate-group work is claimed first; until then the form is read-only. */
    private void claim() {
        WebElement claim = waitFor(By.cssSelector(".task-card button.claim"));
        assertThat(claim.getText()).isEqualTo("Nhận việc");
        claim.click();
        waitUntil(d -> d.findElements(By.cssSelector(".task-card button.claim")).isEmpty());
        waitFor(By.cssSelector(".fjs-container .fjs-form"));
        waitUntil(d -> d.findElements(By.cssSelector(".fjs-container .fjs-input")).stream()
                .allMatch(WebElement::isEnabled));
    }

    private WebElement field(String id) {
        return waitFor(By.cssSelector(".fjs-container [id$='-" + id + "']"));
    }

    private WebElement radio(String id, int option) {
        WebElement radio = waitFor(By.cssSelector(".fjs-container input[type='radio'][id$='-" + id + "-" + option + "']"));
        session.scrollTo(radio);
        return radio;
    }

    private void click(WebElement element) {
        session.click(element);
    }

    /**
     * Asserts the error message form-js shows under a field, waiting up to {@link #PATIENCE} for it: form-js validates
     * what was typed after {@link BrowserSession#FORM_JS_DEBOUNCE} or a blur, so the previous message can stay a
     * moment longer.
     */
    private void assertError(String id, String expected) {
        By message = By.cssSelector("[id$='-" + id + "-error-message'] li");
        waitFor(message);
        session.awaitText(message, expected);
        assertThat(browser.findElement(message).getText())
                .as("error under %s (value \"%s\")", id, field(id).getAttribute("value")).isEqualTo(expected);
    }

    private void type(WebElement input, String text) {
        session.type(input, text);
    }

    private void clear(WebElement input) {
        session.clear(input);
    }

    private WebElement completeButton() {
        return waitFor(By.xpath("//button[contains(@class,'btn-primary') and normalize-space()='Hoàn thành']"));
    }

    /** Completes the open task and waits until Tasklist has closed it. */
    private void complete() {
        WebElement button = completeButton();
        new WebDriverWait(browser, PATIENCE, BrowserSession.POLL).until(ExpectedConditions.elementToBeClickable(button));
        click(button);
        waitUntil(d -> !d.getCurrentUrl().contains("task="));
        waitUntil(d -> d.findElements(By.cssSelector(".task-card h2.task")).isEmpty());
    }

    private int fetchStatus(String path) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                    .then(r => done(r.status), e => done(-1));""", path);
        return ((Number) status).intValue();
    }

    private WebElement waitFor(By locator) {
        return session.waitFor(locator);
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        session.waitUntil(condition);
    }

    private void shot(String step) {
        session.shot(step);
    }
}
