package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sign-in page goes on only to a page of ours: nothing that could lead a browser to another site. */
class NextPageTest {

    private final NextPage nextPage = new NextPage(List.of("/camunda", "/api", "/engine-rest", "/sign-in"));

    @ParameterizedTest
    @ValueSource(strings = {"/campaigns/3/overview", "/dossiers/17", "/admin/outbox?status=FAILED&page=2",
        "/reports/5/deadline", "/reports/5/attachments", "/campaigns/3/results#truong", "/",
        "/admin/outbox?q=a%2Bb+c", "/campaignsx", "/apis/notours"})
    void ourPagesAreKept(String next) {
        assertThat(nextPage.check(next)).contains(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "campaigns/3/overview", "https://evil.example/", "http://localhost/campaigns/3/overview",
        "//evil.example", "//evil.example/campaigns/3/overview", "/\\evil.example", "\\\\evil.example",
        "/\\/evil.example", "/\t/evil.example", "/\n/evil.example", " /campaigns/3", "/campaigns/3 ",
        "javascript:alert(1)", "data:text/html,hi", "/%2F%2Fevil.example", "/%5Cevil.example", "/%0a/evil.example",
        "/camunda", "/camunda/app/tasklist/default/", "/%63amunda/app/cockpit/default/", "/api/rule-sets",
        "/engine-rest/task", "/sign-in", "/sign-in?next=%2F%2Fevil.example", "/dossiers/%E0%A4", "/trang/đ"})
    void anythingElseIsRefused(String next) {
        assertThat(nextPage.check(next)).isEmpty();
    }

    @Test
    void nothingAndTheOverlongAreRefused() {
        assertThat(nextPage.check(null)).isEmpty();
        assertThat(nextPage.check("/campaigns/" + "1".repeat(NextPage.MAX_LENGTH))).isEmpty();
    }
}
