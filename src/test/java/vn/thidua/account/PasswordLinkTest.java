package vn.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.security.IsolationFixture;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;

/**
 * Nobody gets a password somebody else chose: importing users mails each new one a single-use link to a page
 * where they set their own, judged by Camunda's password policy in Vietnamese. Links expire, a new link voids
 * the old one, and only administrators send them.
 */
@PostgresHttpTest
class PasswordLinkTest {

    static final Pattern LINK = Pattern.compile("/account/password\\?token=([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    IsolationFixture fixture;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;

    HttpCalls http;

    @BeforeEach
    void organisationExists() throws Exception {
        fixture.state();
        http = new HttpCalls(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aNewTeacherSetsHerOwnFirstPasswordThroughTheMailedLink() {
        HttpResponse<String> imported = http.post("/api/org/users", IsolationFixture.ADMIN, IsolationFixture.PASSWORD,
                "text/csv", """
                        username,full_name,email,unit_code,role
                        kthongmoi,Nguyễn Thị Hạnh Phúc,hanhphuc@kt.thidua.local,KTQAHONG,staff
                        """);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(identityService.createUserQuery().userId("kthongmoi").singleResult().getPassword())
                .as("no default password").isNull();
        assertThat(signIn("kthongmoi", "MatKhau@2026").statusCode()).isEqualTo(401);

        String mail = mailText("kthongmoi");
        assertThat(mail).contains("Kính gửi Nguyễn Thị Hạnh Phúc", "Tên đăng nhập: kthongmoi", "72 giờ");
        assertThat(jdbc.sql("select subject from mail_outbox where dedup_key like 'password-link:%' "
                + "and to_address = 'hanhphuc@kt.thidua.local'").query(String.class).single())
                .isEqualTo("Đặt mật khẩu cho tài khoản Thi đua kthongmoi");
        String token = token(mail);
        // Only the token's hash is stored.
        assertThat(jdbc.sql("select token_hash from password_link where username = 'kthongmoi'").query(String.class)
                .single()).isEqualTo(PasswordLinks.hash(token)).doesNotContain(token);

        HttpResponse<String> page = http.get("/account/password?token=" + token, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đặt mật khẩu", "kthongmoi");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

        HttpResponse<String> weak = setPassword(token, "abc", "abc");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("ít nhất 10 ký tự", "chữ hoa", "chữ số", "ký tự đặc biệt");
        HttpResponse<String> ownName = setPassword(token, "Kthongmoi@2026", "Kthongmoi@2026");
        assertThat(ownName.body()).contains("không được chứa tên đăng nhập");
        assertThat(setPassword(token, "Hoa-Phuong@2026", "Hoa-Phuong@2027").body())
                .contains("Hai lần nhập mật khẩu không giống nhau");
        assertThat(identityService.createUserQuery().userId("kthongmoi").singleResult().getPassword()).isNull();

        HttpResponse<String> set = setPassword(token, "Hoa-Phuong@2026", "Hoa-Phuong@2026");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.body()).contains("Đã đặt mật khẩu");
        assertThat(signIn("kthongmoi", "Hoa-Phuong@2026").statusCode()).isEqualTo(200);

        // Single use.
        HttpResponse<String> again = http.get("/account/password?token=" + token, null, null);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("không còn hiệu lực");
        assertThat(setPassword(token, "Khac-Hoan@2026", "Khac-Hoan@2026").statusCode()).isEqualTo(410);
        assertThat(signIn("kthongmoi", "Khac-Hoan@2026").statusCode()).isEqualTo(401);

        // Importing the same file again sends nothing.
        http.post("/api/org/users", IsolationFixture.ADMIN, IsolationFixture.PASSWORD, "text/csv", """
                username,full_name,email,unit_code,role
                kthongmoi,Nguyễn Thị Hạnh Phúc,hanhphuc@kt.thidua.local,KTQAHONG,staff
                """);
        assertThat(mailCount("hanhphuc@kt.thidua.local")).isEqualTo(1);
    }

    @Test
    void administratorsResendLinksThatExpireAndReplaceTheOldOnes() {
        http.post("/api/org/users", IsolationFixture.ADMIN, IsolationFixture.PASSWORD, "text/csv", """
                username,full_name,email,unit_code,role
                ktsenmoi,Trần Văn Minh Khôi,minhkhoi@kt.thidua.local,KTQBSEN,head
                """);
        String first = token(mailText("ktsenmoi"));

        // Only administrators send links.
        assertThat(http.post("/api/users/ktsenmoi/password-link", "ktsostaff", IsolationFixture.PASSWORD,
                "application/json", "").statusCode()).isEqualTo(403);
        assertThat(http.post("/api/users/khongco/password-link", IsolationFixture.ADMIN, IsolationFixture.PASSWORD,
                "application/json", "").statusCode()).isEqualTo(404);
        HttpResponse<String> resent = http.post("/api/users/ktsenmoi/password-link", IsolationFixture.ADMIN,
                IsolationFixture.PASSWORD, "application/json", "");
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(202);
        assertThat(mailCount("minhkhoi@kt.thidua.local")).isEqualTo(2);
        String second = token(mailText("ktsenmoi"));
        assertThat(second).isNotEqualTo(first);
        assertThat(http.get("/account/password?token=" + first, null, null).statusCode())
                .as("the newer link voids the older").isEqualTo(410);
        assertThat(http.get("/account/password?token=" + second, null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> pending = http.get("/api/users/password-links", IsolationFixture.ADMIN,
                IsolationFixture.PASSWORD);
        assertThat(pending.body()).contains("\"username\":\"ktsenmoi\"").doesNotContain(second);
        assertThat(http.get("/api/users/password-links", "ktsostaff", IsolationFixture.PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(http.get("/admin/password-links", IsolationFixture.ADMIN, IsolationFixture.PASSWORD).body())
                .contains("ktsenmoi", "Trần Văn Minh Khôi");

        // 72 hours later the link no longer opens the account.
        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofHours(72)).plusSeconds(60)));
        assertThat(http.get("/account/password?token=" + second, null, null).statusCode()).isEqualTo(410);
        assertThat(setPassword(second, "Hoa-Phuong@2026", "Hoa-Phuong@2026").statusCode()).isEqualTo(410);
        assertThat(identityService.createUserQuery().userId("ktsenmoi").singleResult().getPassword()).isNull();
        assertThat(http.get("/api/users/password-links", IsolationFixture.ADMIN, IsolationFixture.PASSWORD).body())
                .doesNotContain("ktsenmoi");
    }

    private HttpResponse<String> setPassword(String token, String password, String repeated) {
        return http.post("/account/password", null, null, "application/x-www-form-urlencoded",
                "token=" + token + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&repeated=" + URLEncoder.encode(repeated, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> signIn(String user, String password) {
        return http.get("/api/rule-sets", user, password);
    }

    /** The newest password mail to the user. */
    private String mailText(String username) {
        String email = identityService.createUserQuery().userId(username).singleResult().getEmail();
        List<String> bodies = jdbc.sql("select body_text from mail_outbox where to_address = :to "
                + "and dedup_key like 'password-link:%' order by id desc").param("to", email).query(String.class).list();
        assertThat(bodies).isNotEmpty();
        return bodies.get(0);
    }

    private int mailCount(String email) {
        return jdbc.sql("select count(*) from mail_outbox where to_address = :to and dedup_key like 'password-link:%'")
                .param("to", email).query(Integer.class).single();
    }

    private static String token(String mail) {
        Matcher matcher = LINK.matcher(mail);
        assertThat(matcher.find()).as(mail).isTrue();
        return matcher.group(1);
    }
}
