package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignLaunch;
import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.campaign.CampaignProcessNames;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.Rating;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.YearDriver;

/**
 * A campaign keeps the rule set version it was launched with. The story runs on a rule set of its own (a copy of
 * the education set), so other tests sharing the database keep judging by the shipped versions.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class RuleSetPinningTest {

    static final String ADMIN = "quantriquytac";
    static final String PASSWORD = "QuyTac@2026";
    static final String CITY_STAFF = "scnsostaff";
    static final String ID = "thu-nghiem-ghim";

    @Autowired
    RuleBook ruleBook;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    RuleSetRepository ruleSets;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    YearDriver year;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        year.setClock(OffsetDateTime.parse("2026-10-01T08:00:00+07:00"));
        year.importOrg("scenario/three-level-units.csv", "scenario/three-level-users.csv");
        TestAdmins.ensure(identityService, authorizationService, ADMIN, PASSWORD);
        var staff = identityService.createUserQuery().userId(CITY_STAFF).singleResult();
        staff.setPassword(PASSWORD);
        identityService.saveUser(staff);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shippedRuleSetsAreDeployedAtStartUpAndListed() throws Exception {
        assertThat(ruleBook.available()).extracting(i -> i.ref().id()).contains("giao-duc-2025", "cong-doan-2024");
        assertThat(ruleBook.defaultRuleSetId()).isEqualTo("giao-duc-2025");
        RuleSetVersion education = ruleSets.latest("giao-duc-2025").orElseThrow();
        assertThat(repositoryService.createDeploymentQuery().deploymentId(education.deploymentId()).singleResult()
                .getName()).isEqualTo("ruleset-giao-duc-2025");
        assertThat(repositoryService.getDeploymentResourceNames(education.deploymentId())).containsExactlyInAnyOrder(
                "processes/rules/giao-duc-2025/ruleset.json", "processes/rules/giao-duc-2025/eligibility.dmn");
        // The process deployment leaves rule sets alone.
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("Eligibility_giaoduc2025")
                .list()).allSatisfy(d -> assertThat(d.getDeploymentId()).isIn(jdbc.sql(
                        "select deployment_id from rule_set where rule_set_id = 'giao-duc-2025'").query(String.class).list()));

        mvc.perform(get("/api/rule-sets").with(basic(CITY_STAFF))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'giao-duc-2025')].isDefault").value(true))
                .andExpect(jsonPath("$[?(@.id == 'cong-doan-2024')].legalBases[1]")
                        .value("Quyết định số 999/QĐ-TLĐ năm 2024 của Tổng Liên đoàn Lao động Việt Nam"));
        mvc.perform(get("/api/rule-sets")).andExpect(status().isUnauthorized());
    }

    @Test
    void sameContentMakesNoNewVersion() throws Exception {
        int before = versions();
        mvc.perform(upload(file("giao-duc-2025", "ruleset.json"), file("giao-duc-2025", "eligibility.dmn"), ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void aCampaignIsJudgedByTheVersionPinnedAtLaunchEvenAfterANewOne() throws Exception {
        // Version 1: a copy of the education set.
        String json1 = copy("ruleset.json");
        String dmn1 = copy("eligibility.dmn");
        mvc.perform(upload(json1, dmn1, ADMIN)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.ref").value(ID + ":1")).andExpect(jsonPath("$.created").value(true));
        RuleSetRef v1 = new RuleSetRef(ID, 1);
        assertThat(ruleBook.pin(ID)).isEqualTo(v1);

        long first = launch("Phong trào ghim bộ quy tắc 1");
        Campaign campaign = campaigns.get(first);
        assertThat(campaign.ruleSet()).isEqualTo(v1);
        mvc.perform(get("/api/campaigns/{id}", first).with(basic(CITY_STAFF))).andExpect(status().isOk())
                .andExpect(jsonPath("$.campaign.ruleSet.id").value(ID))
                .andExpect(jsonPath("$.campaign.ruleSet.version").value(1));

        Nomination group = Nominee.collective("TTLDXS").rating(Rating.EXCELLENT).members(10, 10, 7, 1, 0).build();
        assertThat(judgeAsStaff(campaign.ruleSet(), group)).isEmpty();
        assertThat(ruleBook.open(v1).count("LDTT", new CouncilVote(10, 10, 7, false)).passed()).isTrue();

        // Version 2 raises Tập thể lao động xuất sắc to 80% LĐTT and LĐTT votes to 75%.
        String json2 = json1.replace("\"approvalShare\": 0.70, \"denominator\": \"PRESENT\"",
                "\"approvalShare\": 0.75, \"denominator\": \"PRESENT\"");
        String dmn2 = dmn1.replace("&lt; 0.7", "&lt; 0.8").replace("từ 70% trở lên", "từ 80% trở lên");
        assertThat(json2).isNotEqualTo(json1);
        assertThat(dmn2).isNotEqualTo(dmn1);
        mvc.perform(upload(json2, dmn2, ADMIN)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.ref").value(ID + ":2"));
        RuleSetRef v2 = new RuleSetRef(ID, 2);

        // The running campaign still judges by version 1 …
        assertThat(campaigns.get(first).ruleSet()).isEqualTo(v1);
        assertThat(judgeAsStaff(campaigns.get(first).ruleSet(), group)).isEmpty();
        assertThat(ruleBook.open(campaigns.get(first).ruleSet()).count("LDTT", new CouncilVote(10, 10, 7, false))
                .passed()).isTrue();
        // … while version 2 applies the new thresholds, and a new launch gets it.
        assertThat(judgeAsStaff(v2, group)).extracting(UnmetCriterion::code).containsExactly("LDTT_SHARE_70");
        assertThat(judgeAsStaff(v2, group).get(0).message()).contains("80%");
        assertThat(ruleBook.open(v2).count("LDTT", new CouncilVote(10, 10, 7, false)).passed()).isFalse();
        long second = launch("Phong trào ghim bộ quy tắc 2");
        assertThat(campaigns.get(second).ruleSet()).isEqualTo(v2);
        assertThat(ruleBook.available()).extracting(RuleSetInfo::ref).contains(v2).doesNotContain(v1);
    }

    @Test
    void onlyAnAdministratorDeploysAndABadRuleSetSavesNothing() throws Exception {
        int before = versions();
        long deployments = repositoryService.createDeploymentQuery().count();
        mvc.perform(upload(copy("ruleset.json"), copy("eligibility.dmn"), CITY_STAFF)).andExpect(status().isForbidden());

        String badJson = copy("ruleset.json").replace("\"kind\": \"PERSON\"", "\"kind\": \"NGUOI\"")
                .replace("\"quorum\": \"2/3\"", "\"quorum\": 1.5");
        String badDmn = copy("eligibility.dmn").replace("hitPolicy=\"COLLECT\"", "hitPolicy=\"FIRST\"");
        mvc.perform(upload(badJson, badDmn, ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.errors[?(@.field == 'titles[0].kind')].message")
                        .value("Đối tượng phải là PERSON (cá nhân) hoặc COLLECTIVE (tập thể): NGUOI."))
                .andExpect(jsonPath("$.errors[?(@.field == 'titles[0].vote.quorum')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'eligibility')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("COLLECT"))));
        mvc.perform(upload("{ not json", "<definitions/>", ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        // The shipped education table's key belongs to the education set.
        mvc.perform(upload(copy("ruleset.json"), Files.readString(Path.of("processes/rules/giao-duc-2025/eligibility.dmn")),
                ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Eligibility_giaoduc2025")));
        assertThat(versions()).isEqualTo(before);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    /** The decision cites the set's legal bases: an upload without them, or with two documents in one item, fails. */
    @Test
    void anUploadNamesItsLegalBasesOneDocumentEach() throws Exception {
        int before = versions();
        String legacy = copy("ruleset.json").replaceFirst("(?s)\"legalBases\": \\[.*?\\],",
                "\"legalBasis\": \"Luật Thi đua, khen thưởng 2022 + Nghị định 152/2025/NĐ-CP\",");
        mvc.perform(upload(legacy, copy("eligibility.dmn"), ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'legalBases')].message").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("Chưa ghi căn cứ pháp lý in trên quyết định"),
                                org.hamcrest.Matchers.containsString("Trường legalBasis cũ không còn được dùng")))));
        String joined = copy("ruleset.json").replaceFirst("(?s)\"legalBases\": \\[.*?\\],",
                "\"legalBases\": [\"Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP\", \"  \"],");
        mvc.perform(upload(joined, copy("eligibility.dmn"), ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'legalBases[0]')].message").value(org.hamcrest.Matchers
                        .hasItem(org.hamcrest.Matchers.startsWith("Mỗi mục chỉ ghi một văn bản"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'legalBases[1]')]").exists());
        String tooLong = copy("ruleset.json").replaceFirst("(?s)\"legalBases\": \\[.*?\\],",
                "\"legalBases\": [\"" + "Quyết định số 1/QĐ-UBND ".repeat(45) + "\"],");
        mvc.perform(upload(tooLong, copy("eligibility.dmn"), ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'legalBases')].message").value(org.hamcrest.Matchers
                        .hasItem(org.hamcrest.Matchers.containsString("dài quá 1000 ký tự"))));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void anUnknownRuleSetIsALaunchError() {
        CampaignLaunch launch = new CampaignLaunch("Phong trào sai bộ quy tắc", "2026-2027", "SCN", null, phases(),
                "khong-co");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> launcher.launch(launch, launcher.asUser(CITY_STAFF))).errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("ruleSetId");
                    assertThat(e.message()).startsWith("Không có bộ quy tắc mã khong-co.").contains("giao-duc-2025");
                });
    }

    @Test
    void aLaunchWithoutRuleSetPinsTheDefault() throws Exception {
        long id = launch(null, "Phong trào bộ quy tắc mặc định");
        Campaign campaign = campaigns.get(id);
        assertThat(campaign.ruleSet()).isEqualTo(ruleBook.pin("giao-duc-2025"));
        // The process carries the pinned reference for the steps that judge.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(campaign.processInstanceId())
                .variableName(CampaignProcessNames.Vars.RULE_SET).singleResult().getValue())
                .isEqualTo(campaign.ruleSet().toString());
    }

    @Test
    void theUnionRuleSetCanBeChosen() {
        long id = launch("cong-doan-2024", "Phong trào công đoàn năm học 2026-2027");
        RuleSetRef ref = campaigns.get(id).ruleSet();
        assertThat(ref.id()).isEqualTo("cong-doan-2024");
        assertThat(ruleBook.open(ref).judge(List.of(Nominee.unionMember("DVCDXS").score(89).build()), "2026-2027",
                keys -> List.of())).singleElement().satisfies(v -> assertThat(v.unmet()).extracting(UnmetCriterion::code)
                .containsExactly("SCORE_BELOW_BAND"));
    }

    private List<UnmetCriterion> judgeAsStaff(RuleSetRef ref, Nomination nomination) {
        // A district's staff judging inside a task: evaluated under their own authentication.
        return year.as(CITY_STAFF, () -> ruleBook.open(ref).judge(List.of(nomination), "2026-2027", keys -> List.of())
                .get(0).unmet());
    }

    private long launch(String name) {
        return launch(ID, name);
    }

    private long launch(String ruleSetId, String name) {
        return launcher.launch(new CampaignLaunch(name, "2026-2027", "SCN", null, phases(), ruleSetId),
                launcher.asUser(CITY_STAFF)).id();
    }

    private static List<CampaignLaunch.Phase> phases() {
        return List.of(new CampaignLaunch.Phase("Đợt 1", "2026-09-05", "2027-05-25", "2027-06-05"));
    }

    private int versions() {
        return jdbc.sql("select count(*) from rule_set").query(Integer.class).single();
    }

    /** The education set under another id and decision key. */
    private static String copy(String file) throws Exception {
        return Files.readString(Path.of("processes/rules/giao-duc-2025", file))
                .replace("giao-duc-2025", ID).replace("Eligibility_giaoduc2025", "Eligibility_thunghiemghim");
    }

    private static String file(String id, String name) throws Exception {
        return Files.readString(Path.of("processes/rules", id, name));
    }

    private static org.springframework.test.web.servlet.RequestBuilder upload(String json, String dmn, String user) {
        return multipart("/api/rule-sets")
                .file(new MockMultipartFile("ruleset", "ruleset.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("eligibility", "eligibility.dmn", "application/xml", dmn.getBytes(StandardCharsets.UTF_8)))
                .with(basic(user));
    }

    private static RequestPostProcessor basic(String user) {
        return request -> {
            request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            return request;
        };
    }
}
