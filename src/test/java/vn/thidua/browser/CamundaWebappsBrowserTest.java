package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.support.PostgresHttpTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.YearDriver;
import vn.thidua.tasklist.TasklistFilterNames;

/**
 * What the Camunda webapps show around our forms, in a real browser: Vietnamese for a Vietnamese and an English
 * browser alike, relative dates in Vietnamese, no Camunda 8 banner, Admin's group types in Vietnamese, names people
 * chose shown whole and inert, form links that work before the task is claimed, and dates typed day first. The same
 * Spring context as every {@link PostgresHttpTest} (the browser tests too), with a district of its own whose school and
 * campaign carry hostile names. Screenshots in target/screenshots/{test}/.
 */
@ExtendWith(SystemChromium.class)
@PostgresHttpTest
class CamundaWebappsBrowserTest {

    static final String PASSWORD = BrowserSession.PASSWORD;
        /** A school named with a script element, as the unit import accepts it. */
    static final String UNIT = "Trường TH <script>window.thiduaRan='unit'</script> Hoa Mai";
    /** A campaign named with an image whose error handler would run. */
    static final String CAMPAIGN = "Phong trào <img src=x onerror=\"window.thiduaRan='campaign'\"> năm học 2026-2027";
    static final String SO_KET = "Sơ kết đợt 1 – " + UNIT + " – " + CAMPAIGN;
    /** English relative dates as moment.js writes them ("in 11 days", "a few seconds ago"). */
    static final String ENGLISH_RELATIVE_DATE = "(?i)\\bin (a|an|\\d+) (second|minute|hour|day|month|year)s?\\b"
            + "|\\bago\\b|a few seconds";

    static WebDriver browser;
    static boolean launched;

    @LocalServerPort
    int port;
    @Autowired
    YearDriver year;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TaskService taskService;
    @Autowired
    CampaignRepository campaigns;

    SystemChromium.Screenshots screenshots;
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

    /** Once per class: the district and its school, their people, and a campaign whose sơ kết is open. */
    @BeforeEach
    void campaignInSoKet(TestInfo test) throws Exception {
        String folder = test.getTestMethod().orElseThrow().getName();
        if (!test.getDisplayName().endsWith(")")) {
            folder += "-" + test.getDisplayName();
        }
        screenshots = new SystemChromium.Screenshots(folder);
        session = session(browser);
        if (launched) {
            return;
        }
        TestAdmins.ensure(identityService, authorizationService, "admin", PASSWORD);
        year.importOrg("browser/hostile-units.csv", "browser/hostile-users.csv");
        for (String username : List.of("btxcanbo", "hoamaicanbo")) {
            User user = identityService.createUserQuery().userId(username).singleResult();
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        LocalDate today = LocalDate.now(TasklistBrowserTest.VIETNAM);
        year.launch("btxcanbo", CAMPAIGN, List.of(
                YearDriver.phase("Đợt 1", today, today.plusDays(10), today.plusDays(20)),
                YearDriver.phase("Đợt 2", today.plusDays(31), today.plusDays(90), today.plusDays(100))));
        year.runDueJobs();
        launched = true;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "en-US"})
    void everyBrowserSeesVietnameseWithoutTheCamunda8Banner(String language) {
        // The class's browser is a Vietnamese one already; another language gets a browser of its own.
        boolean shared = language.equals("vi");
        WebDriver own = shared ? browser : SystemChromium.start(language);
        BrowserSession ownSession = session(own);
        try {
            if (shared) {
                ownSession.signOut("tasklist");
            }
            assertThat((String) ((JavascriptExecutor) own).executeScript("return navigator.languages[0]"))
                    .as("the browser's first language").isEqualTo(language);

            // Tasklist, as the school's secretary: the list's relative dates are Vietnamese.
            ownSession.signIn("tasklist", "hoamaicanbo");
            ownSession.open(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'"
                    + TasklistFilterNames.MY_UNIT + "')]"));
            ownSession.waitFor(taskInList());
            assertThat(own.findElement(By.cssSelector("[cam-widget-header]")).getText()).contains("Bắt đầu quy trình");
            // The list may be drawn again meanwhile (its counts refresh): read the card as it is now.
            String[] shown = new String[1];
            ownSession.waitUntil(d -> {
                shown[0] = d.findElement(taskInList()).findElement(By.xpath("./ancestor::li[1]")).getText();
                return true;
            });
            String card = shown[0];
            assertThat(card).as("the task's card in the list").containsPattern("còn \\d+ ngày")
                    .containsPattern("(vài giây|\\d+ giây|một phút|\\d+ phút) trước")
                    .doesNotContainPattern(ENGLISH_RELATIVE_DATE);
            assertNoBanner(own);
            ownSession.shot("tasklist");

            // The launch form, as the district's staff: form-js's messages are Vietnamese too.
            ownSession.signOut("tasklist");
            ownSession.signIn("tasklist", "btxcanbo");
            openLaunchForm(ownSession);
            WebElement name = field(ownSession, "Field_CampaignName");
            name.sendKeys("Thi");
            field(ownSession, "Field_SchoolYear").click();
            assertError(ownSession, "Field_CampaignName", "Cần nhập ít nhất 5 ký tự.");
            assertThat(ownSession.waitFor(By.cssSelector(".fjs-form-field-datetime input.fjs-input"))
                    .getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
            ownSession.shot("bieu-mau-phat-dong");

            // Cockpit, Admin and the welcome page, as the administrator.
            ownSession.signOut("tasklist");
            ownSession.signIn("cockpit", "admin");
            ownSession.waitUntil(d -> d.findElement(By.cssSelector("[cam-widget-header]")).getText()
                    .contains("Quy trình"));
            assertThat(own.findElement(By.tagName("body")).getText()).doesNotContainPattern(ENGLISH_RELATIVE_DATE);
            assertNoBanner(own);
            ownSession.shot("cockpit");

            own.get(ownSession.app("admin") + "#/groups");
            ownSession.waitUntil(d -> d.findElements(By.cssSelector("td.group-type")).size() > 1);
            List<String> types = new ArrayList<>();
            ownSession.waitUntil(d -> {
                types.clear();
                d.findElements(By.cssSelector("td.group-type")).forEach(cell -> types.add(cell.getText().trim()));
                return types.contains("Đơn vị");
            });
            assertThat(types).as("group types in Admin").contains("Đơn vị", "Vai trò").doesNotContain("unit", "role");
            assertThat(own.findElement(By.cssSelector("[cam-widget-header]")).getText()).contains("Nhóm");
            assertNoBanner(own);
            ownSession.shot("admin-nhom");

            own.get(ownSession.app("welcome"));
            ownSession.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("Ứng dụng"));
            assertNoBanner(own);
            ownSession.shot("welcome");
        } catch (RuntimeException | AssertionError e) {
            ownSession.failure();
            throw e;
        } finally {
            if (!shared) {
                own.quit();
            }
        }
    }

    @Test
    void namesWithMarkupAreShownWholeAsTextAndNothingRuns() {
        session.signedInAs("tasklist", "hoamaicanbo");
        session.open(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'" + TasklistFilterNames.MY_UNIT
                + "')]"));
        WebElement inList = session.waitFor(taskInList());
        assertThat(inList.getText()).as("in the list").isEqualTo(SO_KET);
        session.open(taskInList());
        assertThat(session.waitFor(By.cssSelector(".task-card h2.task")).getText()).as("task header").isEqualTo(SO_KET);
        WebElement title = session.waitFor(By.cssSelector(".fjs-container h2"));
        assertThat(title.getText()).as("form title").isEqualTo(SO_KET);
        session.shot("ten-co-the-html");

        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return window.thiduaRan === undefined ? null : String(window.thiduaRan)"))
                .as("no script of a name ran").isNull();
        assertThat(browser.findElements(By.cssSelector(".fjs-container script, .fjs-container img, "
                + ".tasks-list img, .task-card h2 img"))).as("no element made from a name").isEmpty();
    }

    @Test
    void aFormLinkWorksBeforeTheTaskIsClaimed() {
        session.signedInAs("tasklist", "hoamaicanbo");
        session.open(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'" + TasklistFilterNames.MY_UNIT
                + "')]"));
        session.open(taskInList());
        assertThat(session.waitFor(By.cssSelector(".task-card button.claim")).getText()).as("not claimed")
                .isEqualTo("Nhận việc");
        WebElement link = session.waitFor(By.xpath("//*[contains(@class,'fjs-container')]//a[contains(.,"
                + "'Mở trang tệp đính kèm')]"));
        session.scrollTo(link);
        session.shot("chua-nhan-viec");
        String tasklistWindow = browser.getWindowHandle();
        Set<String> before = browser.getWindowHandles();
        link.click();
        session.waitUntil(d -> d.getWindowHandles().size() > before.size());
        String opened = browser.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
        try {
            browser.switchTo().window(opened);
            session.waitUntil(d -> d.getCurrentUrl().matches(".*/reports/\\d+/attachments$"));
            session.waitFor(By.tagName("h1"));
            session.shot("trang-tep-dinh-kem");
        } finally {
            browser.close();
            browser.switchTo().window(tasklistWindow);
        }
    }

    /** The secretary clicks into the form of a task nobody has claimed: it becomes hers, and she types at once. */
    @Test
    void theFirstClickIntoAFormClaimsTheTask() {
        session.signedInAs("tasklist", "hoamaicanbo");
        session.open(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'" + TasklistFilterNames.MY_UNIT
                + "')]"));
        session.open(taskInList());
        session.waitFor(By.cssSelector(".task-card button.claim"));
        WebElement summary = field(session, "Field_Summary");
        Task task = taskService.createTaskQuery().taskCandidateUser("hoamaicanbo").taskNameLike("Sơ kết đợt 1 – %")
                .singleResult();
        assertThat(task.getAssignee()).isNull();
        try {
            // Where her mouse goes, not through WebDriver's check: until claimed, Tasklist's veil lies over the form.
            new Actions(browser).moveToElement(summary).click().perform();
            session.waitUntil(d -> d.findElements(By.cssSelector(".task-card button.claim")).isEmpty()
                    && d.findElements(By.cssSelector(".disabled-form")).isEmpty());
            assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                    .isEqualTo("hoamaicanbo");
            session.waitUntil(d -> d.switchTo().activeElement().getAttribute("id").endsWith("-Field_Summary"));
            browser.switchTo().activeElement().sendKeys("Trường phát động thi đua đến toàn thể giáo viên.");
            assertThat(field(session, "Field_Summary").getAttribute("value"))
                    .isEqualTo("Trường phát động thi đua đến toàn thể giáo viên.");
            session.shot("da-nhan-viec-khi-bam-vao-bieu-mau");
        } finally {
            taskService.setAssignee(task.getId(), null);
        }
    }

    @Test
    void datesAreTypedDayFirstAndAnImpossibleDateIsRefused() {
        session.signedInAs("tasklist", "btxcanbo");
        openLaunchForm(session);

        WebElement startsOn = session.waitFor(By.cssSelector("input[id$='-Field_Phase1StartsOn-date']"));
        assertThat(startsOn.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        typeDate(startsOn, "31/02/2027");
        assertError(session, "Field_Phase1StartsOn", "Không có ngày 31/02/2027: tháng 2 năm 2027 chỉ có 28 ngày.");
        assertThat(startsOn.getAttribute("value")).as("kept as typed, not moved to March").isEqualTo("31/02/2027");
        session.shot("ngay-khong-co-that");

        typeDate(startsOn, "31/12/2027");
        session.waitUntil(d -> d.findElements(By.cssSelector("[id$='-Field_Phase1StartsOn-error-message'] li"))
                .isEmpty());
        // Leave the field and let form-js apply and draw the value again: it stays the 31st of December.
        field(session, "Field_Phase1Name").click();
        staysFor(BrowserSession.FORM_JS_DEBOUNCE.multipliedBy(2), () -> startsOn.getAttribute("value"), "31/12/2027");
        assertThat(browser.findElements(By.cssSelector("[id$='-Field_Phase1StartsOn-error-message'] li"))).isEmpty();
        session.shot("ngay-dung");

        // A school year without its second year, a number above its maximum: messages that say what is expected.
        field(session, "Field_SchoolYear").sendKeys("2026");
        WebElement leadDays = field(session, "Field_LeadDays");
        leadDays.sendKeys("61");
        field(session, "Field_CampaignName").click();
        assertError(session, "Field_SchoolYear", "Năm học ghi theo dạng 2026-2027: năm bắt đầu, gạch nối, năm kết thúc.");
        assertError(session, "Field_LeadDays", "Giá trị không được lớn hơn 60.");
        session.shot("thong-bao-ro-rang");
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText()).as("no technical text")
                .doesNotContain("API").doesNotContain("POST");
    }

    @Test
    void aCampaignOverThreeSchoolYearsIsLaunchedWithItsPhasesTypedOneALine() {
        session.signedInAs("tasklist", "btxcanbo");
        openLaunchForm(session);
        int first = LocalDate.now(TasklistBrowserTest.VIETNAM).getYear() + 1;
        String period = first + "-" + (first + 3);
        String name = "Phong trào thi đua yêu nước giai đoạn " + period;
        field(session, "Field_CampaignName").sendKeys(name);
        field(session, "Field_SchoolYear").sendKeys(period);
        WebElement lines = session.waitFor(By.cssSelector(
                ".fjs-container input[type='radio'][id$='-Field_PhaseEntry-1']"));
        session.scrollTo(lines);
        session.click(lines);
        // The two fixed phase groups give way to the list, one phase a line.
        session.waitUntil(d -> d.findElements(By.cssSelector(".fjs-container [id$='-Field_Phase1Name']")).isEmpty());
        field(session, "Field_PhaseLines").sendKeys(
                "Đợt 1; 05/09/" + first + "; 31/05/" + (first + 2) + "; 20/06/" + (first + 2) + "\n"
                        + "Đợt 2; 01/08/" + (first + 2) + "; 31/05/" + (first + 3) + "; 25/06/" + (first + 3));
        field(session, "Field_YearlyReportDeadline").sendKeys("15/06");
        session.shot("phat-dong-phong-trao-nhieu-nam");
        WebElement start = session.waitFor(By.xpath(
                "//div[contains(@class,'modal-content')]//button[normalize-space()='Bắt đầu']"));
        session.click(start);
        session.waitUntil(d -> d.findElements(By.cssSelector(".modal-content .fjs-container")).isEmpty());

        Campaign launched = campaigns.all().stream()
                .filter(c -> c.name().equals(name) && campaigns.parentOf(c.id()).isEmpty()).findFirst().orElseThrow();
        assertThat(launched.schoolYear()).isEqualTo(period);
        assertThat(campaigns.yearly(launched.id())).extracting(Campaign::schoolYear).containsExactly(
                first + "-" + (first + 1), (first + 1) + "-" + (first + 2), (first + 2) + "-" + (first + 3));
        assertThat(campaigns.phases(launched.id())).extracting(CampaignPhase::reportLabel).containsExactly(
                "Tổng kết năm học " + first + "-" + (first + 1), "Tổng kết năm học " + (first + 1) + "-" + (first + 2),
                "Sơ kết đợt 1", "Tổng kết năm học " + (first + 2) + "-" + (first + 3),
                "Tổng kết giai đoạn " + period);
    }

    private void openLaunchForm(BrowserSession page) {
        page.open(By.cssSelector("[cam-widget-header] .start-process-action a"));
        page.open(By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]"
                + "//a[normalize-space()='Phong trào thi đua']"));
        page.waitFor(By.cssSelector(".modal-content .fjs-container .fjs-form"));
    }

    /** Types a date as a user does and presses Enter, which applies it. */
    private void typeDate(WebElement input, String text) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.ENTER);
    }

    /** Fails if the value differs from the expected one at any moment during the period. */
    private void staysFor(Duration period, Supplier<String> value, String expected) {
        assertThat(value.get()).isEqualTo(expected);
        try {
            new WebDriverWait(browser, period, Duration.ofMillis(20)).until(d -> !expected.equals(value.get()));
        } catch (TimeoutException stayed) {
            return;
        }
        assertThat(value.get()).as("changed after a moment").isEqualTo(expected);
    }

    private BrowserSession session(WebDriver driver) {
        return new BrowserSession(driver, port, TasklistBrowserTest.ENGINE, screenshots);
    }

    private void assertNoBanner(WebDriver driver) {
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("Camunda 8 banner").isEmpty();
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
    }

    private By taskInList() {
        return By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[starts-with("
                + "normalize-space(),'Sơ kết đợt 1 – Trường TH ') and contains(.,'Hoa Mai')]");
    }

    private WebElement field(BrowserSession page, String id) {
        WebElement field = page.waitFor(By.cssSelector(".fjs-container [id$='-" + id + "']"));
        page.scrollTo(field);
        return field;
    }

    /** The message form-js shows under a field, once it has applied what was typed (a pause, or leaving the field). */
    private void assertError(BrowserSession page, String id, String expected) {
        By message = By.cssSelector("[id$='-" + id + "-error-message'] li");
        page.awaitText(message, expected);
        assertThat(page.browser().findElements(message).stream().map(WebElement::getText).toList())
                .as("errors under %s", id).containsExactly(expected);
    }
}
