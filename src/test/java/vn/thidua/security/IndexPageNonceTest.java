package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.support.PostgresHttpTest;

/**
 * Tasklist, Cockpit and Admin open for everybody at once: each page's scripts carry the nonce of that page's own
 * Content-Security-Policy header, however many people load a page at the same moment. Without it the browser refuses
 * the scripts and the user sees nothing but a spinner.
 */
@PostgresHttpTest
class IndexPageNonceTest {

    static final String ENGINE = PostgresHttpTest.ENGINE;
    static final int PAGES = 240;

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']*)'");
    private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Test
    void everyPageLoadedAtOnceCarriesItsOwnHeadersNonce() {
        List<String> apps = List.of("tasklist", "cockpit", "admin");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        List<CompletableFuture<HttpResponse<String>>> loads = IntStream.range(0, PAGES)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/camunda/app/" + apps.get(i % 3) + "/" + ENGINE + "/"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()))
                .toList();

        Set<String> nonces = new HashSet<>();
        List<String> mismatches = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> load : loads) {
            HttpResponse<String> page = load.join();
            assertThat(page.statusCode()).as("%s: %s", page.uri(), page.body()).isEqualTo(200);
            Matcher header = HEADER_NONCE.matcher(page.headers().firstValue(IndexPageNonceFilter.HEADER).orElseThrow());
            assertThat(header.find()).as("the policy names a nonce").isTrue();
            String nonce = header.group(1);
            List<String> inPage = PAGE_NONCE.matcher(page.body()).results().map(m -> m.group(1)).toList();
            assertThat(inPage).as("the page's scripts carry a nonce").isNotEmpty();
            if (!inPage.stream().allMatch(nonce::equals)) {
                mismatches.add(page.uri() + ": header " + nonce + ", page " + inPage);
            }
            nonces.add(nonce);
        }
        assertThat(mismatches).as("pages whose scripts the browser would refuse").isEmpty();
        assertThat(nonces).as("a nonce of its own for every page").hasSize(PAGES);
    }

    @Test
    void scriptsPassUntouched() throws Exception {
        HttpResponse<String> script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/camunda/app/tasklist/camunda-tasklist-bootstrap.js"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("importSchema");
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
    }

    @Test
    void onlyFoldersAndHtmlMayBeIndexPages() {
        assertThat(IndexPageNonceFilter.mayBeIndexPage("/camunda/app/tasklist/thiduahttp/")).isTrue();
        assertThat(IndexPageNonceFilter.mayBeIndexPage("/camunda/app/admin/thiduahttp/setup/")).isTrue();
        assertThat(IndexPageNonceFilter.mayBeIndexPage("/camunda/app/cockpit/index.html")).isTrue();
        assertThat(IndexPageNonceFilter.mayBeIndexPage("/camunda/app/tasklist/camunda-tasklist-bootstrap.js")).isFalse();
        assertThat(IndexPageNonceFilter.mayBeIndexPage("/camunda/app/tasklist/styles/styles.css")).isFalse();
    }
}
