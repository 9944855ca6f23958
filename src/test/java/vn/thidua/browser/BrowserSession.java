package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser at the running app, as the browser tests drive it: signing in to and out of a Camunda webapp, waiting
 * for what a user waits for, clicking, typing, and a screenshot of each step (the screen, page and console when a wait
 * times out).
 */
final class BrowserSession {

    /** The password the browser tests give every person they sign in as. */
    static final String PASSWORD = "ThiDua@2026";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The CSRF cookie comes with the page, so before its sign-in form shows, or not at all for that session. */
    private static final Duration CSRF_COOKIE_PATIENCE = Duration.ofSeconds(10);
    /** How long form-js waits after the last keystroke before it applies what was typed. */
    static final Duration FORM_JS_DEBOUNCE = Duration.ofMillis(300);
    /**
     * How often a wait looks again. Selenium's default, half a second, costs a quarter of a second on average at every
     * wait, and the browser tests wait a few hundred times.
     */
    static final Duration POLL = Duration.ofMillis(50);

    private static final By SIGN_IN_FORM = By.cssSelector("form[name='signinForm']");
    private static final By SIGN_IN_BUTTON = By.cssSelector("form[name='signinForm'] button[type='submit']");
    /** Who each browser signed in as through {@link #signIn}, until {@link #signOut}. */
    private static final Map<WebDriver, String> SIGNED_IN = Collections.synchronizedMap(new WeakHashMap<>());

    private final WebDriver browser;
    private final int port;
    private final String engine;
    private final SystemChromium.Screenshots screenshots;

    BrowserSession(WebDriver browser, int port, String engine, SystemChromium.Screenshots screenshots) {
        this.browser = browser;
        this.port = port;
        this.engine = engine;
        this.screenshots = screenshots;
    }

    WebDriver browser() {
        return browser;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A Camunda webapp of the engine: "tasklist", "cockpit", "admin" or "welcome". */
    String app(String name) {
        return url("/camunda/app/" + name + "/" + engine + "/");
    }

    String tasklist() {
        return app("tasklist");
    }

    /**
     * Signs in on the app's sign-in page (opened unless the browser is already somewhere in the app, so that a link's
     * route is kept) and waits until the app shows itself.
     */
    void signIn(String app, String username) {
        signIn(app, username, null);
    }

    /**
     * Signs in after opening {@code link} (a mail's link that leads into the app). Tasklist keeps the route it was
     * opened with only in memory while it shows its sign-in page (its URL is then {@code #/login}), so a retried
     * sign-in opens the link again rather than reloading the sign-in page, as the person would click the link again.
     */
    void signIn(String app, String username, String link) {
        if (link != null) {
            browser.get(link);
        } else if (!browser.getCurrentUrl().startsWith(app(app))) {
            browser.get(app(app));
        }
        for (int attempt = 1; ; attempt++) {
            WebElement name = waitFor(By.cssSelector("input[ng-model='username']"));
            assertThat(browser.findElement(SIGN_IN_BUTTON).getText()).isEqualTo("Đăng nhập");
            try {
                // Camunda's CSRF filter hands a fresh session its token in a cookie, with the page that opens it; a
                // login sent without it is refused.
                wait(CSRF_COOKIE_PATIENCE)
                        .until(d -> d.manage().getCookieNamed("XSRF-TOKEN") != null);
                name.clear();
                name.sendKeys(username);
                WebElement password = browser.findElement(By.cssSelector("input[ng-model='password']"));
                password.clear();
                password.sendKeys(PASSWORD);
                browser.findElement(SIGN_IN_BUTTON).click();
                wait(PATIENCE).until(d -> signedIn(d, app));
                SIGNED_IN.put(browser, username);
                return;
            } catch (TimeoutException e) {
                if (attempt == 2) {
                    failure();
                    throw e;
                }
                // The filter hands the token once a session: when the cookie did not come, or a login racing it was
                // refused, a fresh session on a fresh page gets one.
                browser.manage().deleteAllCookies();
                if (link != null) {
                    browser.get(link);
                } else {
                    browser.navigate().refresh();
                }
            }
        }
    }

    /** A wait that looks again every {@link #POLL}. */
    WebDriverWait wait(Duration patience) {
        return new WebDriverWait(browser, patience, POLL);
    }

    /**
     * Opens one of our pages as the user, signed in behind the scenes: the page's test is about the page, and the
     * sign-in form, which {@link #signIn} fills in, would only cost it a start of Tasklist. The browser does what
     * Tasklist's form does (fetch the CSRF token with the app's page, post the login with it), so the session is the
     * same as after the form.
     */
    void openAs(String username, String path) {
        // A page under /camunda, whose script sees the CSRF cookie (its path is /camunda): the public "who is signed
        // in" answer, a few bytes.
        browser.get(url("/camunda/api/admin/auth/user/" + engine));
        SIGNED_IN.remove(browser);
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const [engine, username, password, done] = arguments;
                fetch('/camunda/app/tasklist/' + engine + '/', {credentials: 'same-origin'})
                    .then(() => {
                        const token = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
                        return fetch('/camunda/api/admin/auth/user/' + engine + '/login/tasklist', {
                            method: 'POST', credentials: 'same-origin',
                            headers: {'Content-Type': 'application/x-www-form-urlencoded',
                                      'X-XSRF-TOKEN': token ? decodeURIComponent(token[1]) : ''},
                            body: 'username=' + encodeURIComponent(username)
                                + '&password=' + encodeURIComponent(password)});
                    })
                    .then(response => done(response.status), error => done(String(error)));
                """, engine, username, PASSWORD);
        assertThat(status).as("signing in as %s", username).isEqualTo(200L);
        SIGNED_IN.put(browser, username);
        browser.get(url(path));
    }

    private static boolean signedIn(WebDriver d, String app) {
        return d.findElements(SIGN_IN_FORM).isEmpty()
                && !d.findElement(By.cssSelector("[cam-widget-header]")).getText().isBlank()
                && (!app.equals("tasklist") || d.findElement(By.cssSelector(".task-filters")).isDisplayed());
    }

    /** Another person at the same computer: the session and the app's stored state go; the sign-in page shows. */
    void signOut(String app) {
        SIGNED_IN.remove(browser);
        if (!browser.getCurrentUrl().startsWith(url("/"))) {
            // Storage belongs to a page of the app's origin: open one first.
            browser.get(app(app));
        }
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.get(app(app));
    }

    /**
     * The app freshly opened, signed in as the user: the person at the computer stays signed in when it is already
     * them (the test before left them there), otherwise they sign out and the user signs in.
     */
    void signedInAs(String app, String username) {
        if (username.equals(SIGNED_IN.get(browser))) {
            browser.get(app(app));
            try {
                wait(PATIENCE).until(d -> signedIn(d, app));
                return;
            } catch (TimeoutException e) {
                // The session ended after all (it timed out, or the page shows the sign-in): sign in again.
            }
        }
        signInBehindTheScenes(app, username);
    }

    /**
     * Another person at the computer, signed in behind the scenes (see {@link #openAs}), in the app freshly opened:
     * for tests about what comes after the sign-in form.
     */
    void signInBehindTheScenes(String app, String username) {
        openAs(username, "/camunda/app/" + app + "/" + engine + "/");
        try {
            wait(PATIENCE).until(d -> signedIn(d, app));
        } catch (TimeoutException e) {
            failure();
            throw e;
        }
    }

    WebElement waitFor(By locator) {
        try {
            return wait(PATIENCE).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            failure();
            throw e;
        }
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        try {
            wait(PATIENCE).ignoring(StaleElementReferenceException.class).until(condition::apply);
        } catch (TimeoutException e) {
            failure();
            throw e;
        }
    }

    /**
     * Waits until one of the elements the locator finds shows the text. A timeout leaves the screen, page and console
     * and returns: the caller's assertion then says what was shown instead.
     */
    void awaitText(By locator, String expected) {
        try {
            wait(PATIENCE).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(locator).stream().anyMatch(e -> expected.equals(e.getText())));
        } catch (TimeoutException e) {
            failure();
        }
    }

    /** Clicks what the locator finds, again if the page (Tasklist's list, say) redraws it under the pointer. */
    void open(By locator) {
        try {
            wait(PATIENCE).ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementClickInterceptedException.class).until(d -> {
                        d.findElement(locator).click();
                        return true;
                    });
        } catch (TimeoutException e) {
            failure();
            throw e;
        }
    }

    /** Tasklist's footer and notifications sit over the bottom of the form: bring the element to the middle. */
    void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    void type(WebElement input, String text) {
        scrollTo(input);
        clear(input);
        input.sendKeys(text);
    }

    /**
     * Empties a field the way a user does: select all, delete. form-js applies typing only after a pause of
     * {@link #FORM_JS_DEBOUNCE}, and a re-render inside that pause can put the old text back; like a user who sees it
     * come back, delete again until the field stays empty past the pause.
     */
    void clear(WebElement input) {
        if (input.getAttribute("value").isEmpty()) {
            return;
        }
        waitUntil(d -> {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            return staysEmpty(input);
        });
    }

    private boolean staysEmpty(WebElement input) {
        try {
            new WebDriverWait(browser, FORM_JS_DEBOUNCE.multipliedBy(2), Duration.ofMillis(20))
                    .until(d -> !input.getAttribute("value").isEmpty());
            return false;
        } catch (TimeoutException stayedEmpty) {
            return true;
        }
    }

    void shot(String step) {
        screenshots.take(browser, step);
    }

    /** The screen, the page and the browser's console, for a reviewer of a step that went wrong. */
    void failure() {
        screenshots.failure(browser);
    }
}
