package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.HttpCalls.engineRest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.round.RoundIsolationFixture;
import vn.thidua.bloc.BlocIsolationFixture;
import vn.thidua.model.ModelIsolationFixture;
import vn.thidua.security.IsolationFixture.State;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;

/**
 * Who sees what, over real HTTP with Basic auth, for every resource of Camunda's REST API and of ours: a school's
 * staff, head and council, the district that reviews it, another district, the city, another city and an
 * administrator each ask for the same objects. Refusals are 403 or 404 and their bodies name nothing of the
 * unit asked about; lists simply leave other units' objects out. One row per question, in the order a reader
 * would ask them.
 */
@PostgresHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestIsolationTest {

    static final String SCHOOL_STAFF = "kthongstaff";
    static final String SCHOOL_HEAD = "kthonghead";
    static final String SCHOOL_COUNCIL = "kthongcouncil";
    /** An Phú's staff review Hoa Hồng and Hoa Cúc. */
    static final String REVIEWER = "ktanphustaff";
    static final String OTHER_DISTRICT = "ktbinhloistaff";
    static final String CITY = "ktsostaff";
    static final String OTHER_CITY = "kvsostaff";
    static final String ADMIN = IsolationFixture.ADMIN;
    /** Phòng Nội vụ of the city: Hoa Cúc also reports to it (units.csv also_reports_to). */
    static final String RECEIVING_BODY = "ktnoivustaff";
    static final String RECEIPT_PROCESS = "ReportReceipt";

    static final String HONG = "Hoa Hồng";
    static final String SEN = "Hoa Sen";
    static final String CUC = "Hoa Cúc";

    @LocalServerPort
    int port;
    @Autowired
    IsolationFixture fixture;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    RoundIsolationFixture roundFixture;
    @Autowired
    ModelIsolationFixture modelFixture;
    @Autowired
    vn.thidua.report.ReportRepository reports;
    @Autowired
    BlocIsolationFixture blocFixture;

    State s;
    ModelIsolationFixture.State models;
    BlocIsolationFixture.State blocs;
    HttpCalls http;

    enum Expect {
        /** 2xx, and the body shows what it must. */
        ALLOWED,
        /** 403 or 404, and the body names nothing secret. */
        DENIED,
        /** 2xx, but the secrets are left out (a list). */
        FILTERED,
        /** 401 for a caller who did not sign in. */
        UNAUTHENTICATED
    }

    /**
     * @param user   who asks (null: nobody signed in)
     * @param call   the request
     * @param shows  texts an ALLOWED or FILTERED body must contain
     * @param hides  texts the body must never contain
     */
    record Probe(String user, Function<HttpCalls, HttpResponse<String>> call, Expect expect, List<String> shows,
                 List<String> hides) {
    }

    @BeforeAll
    void buildTheTwoCities() throws Exception {
        s = fixture.state();
        models = modelFixture.state();
        blocs = blocFixture.state(s.campaignKt());
        http = new HttpCalls(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void eachUserSeesOnlyTheirOwnUnitsWork(Probe probe) {
        HttpResponse<String> response = probe.call().apply(http);
        String body = response.body();
        switch (probe.expect()) {
            case ALLOWED, FILTERED -> assertThat(response.statusCode()).as(body).isBetween(200, 299);
            case DENIED -> assertThat(response.statusCode()).as(body).isIn(403, 404);
            case UNAUTHENTICATED -> assertThat(response.statusCode()).as(body).isEqualTo(401);
        }
        for (String shown : probe.shows()) {
            assertThat(body).contains(shown);
        }
        for (String hidden : probe.hides()) {
            assertThat(body).doesNotContain(hidden);
        }
    }

    Stream<Arguments> probes() {
        Rows rows = new Rows();
        String hongPrepare = s.taskHong();
        String senPrepare = s.taskSen();
        String cucReview = s.taskCucReview();

        // ---- Tasks: a task is its candidate group's, whatever unit or role asks ------------------------------
        rows.get("task list: the school's staff see their own task, no other school's", SCHOOL_STAFF,
                engineRest("/task"), Expect.FILTERED, List.of(hongPrepare, HONG), List.of(senPrepare, cucReview, SEN, CUC));
        rows.get("task list: the reviewer sees the submitted report to review, not the other district's", REVIEWER,
                engineRest("/task"), Expect.FILTERED, List.of(cucReview, CUC), List.of(senPrepare, SEN, hongPrepare));
        rows.get("task list by another school's group", SCHOOL_STAFF,
                engineRest("/task?candidateGroup=KTQBSENstaff"), Expect.FILTERED, List.of(), List.of(senPrepare, SEN));
        rows.get("task list of every task", ADMIN, engineRest("/task?maxResults=1000"), Expect.FILTERED,
                List.of(hongPrepare, senPrepare, cucReview), List.of());
        for (String path : List.of("", "/variables", "/form-variables")) {
            rows.get("own task" + path, SCHOOL_STAFF, engineRest("/task/" + hongPrepare + path), Expect.ALLOWED,
                    List.of(), List.of(SEN));
            rows.get("another school's task" + path, SCHOOL_STAFF, engineRest("/task/" + senPrepare + path),
                    Expect.DENIED, List.of(), List.of(SEN, "KTQBSEN"));
            rows.get("the staff's task" + path + " asked by the school's head", SCHOOL_HEAD,
                    engineRest("/task/" + hongPrepare + path), Expect.DENIED, List.of(), List.of(HONG));
            rows.get("the staff's task" + path + " asked by the school's council", SCHOOL_COUNCIL,
                    engineRest("/task/" + hongPrepare + path), Expect.DENIED, List.of(), List.of(HONG));
            rows.get("review task" + path + " asked by the reviewing district", REVIEWER,
                    engineRest("/task/" + cucReview + path), Expect.ALLOWED, List.of(), List.of(SEN));
            rows.get("review task" + path + " asked by another district", OTHER_DISTRICT,
                    engineRest("/task/" + cucReview + path), Expect.DENIED, List.of(), List.of(CUC, "KTQACUC"));
            rows.get("review task" + path + " asked by a sibling school", SCHOOL_STAFF,
                    engineRest("/task/" + cucReview + path), Expect.DENIED, List.of(), List.of(CUC, "KTQACUC"));
            rows.get("a school's task" + path + " asked by the city", CITY, engineRest("/task/" + senPrepare + path),
                    Expect.DENIED, List.of(), List.of(SEN));
            rows.get("any task" + path + " asked by an administrator", ADMIN, engineRest("/task/" + senPrepare + path),
                    Expect.ALLOWED, List.of(), List.of());
        }
        rows.get("task by a made-up id", SCHOOL_STAFF, engineRest("/task/khong-co"), Expect.DENIED, List.of(), List.of());
        rows.post("claiming another school's task", SCHOOL_STAFF, engineRest("/task/" + senPrepare + "/claim"),
                "{\"userId\":\"" + SCHOOL_STAFF + "\"}", Expect.DENIED, List.of(SEN));
        rows.post("completing another school's task", SCHOOL_STAFF, engineRest("/task/" + senPrepare + "/complete"),
                "{}", Expect.DENIED, List.of(SEN));
        rows.post("completing the school's task from the district", REVIEWER,
                engineRest("/task/" + hongPrepare + "/complete"), "{}", Expect.DENIED, List.of(HONG));
        rows.post("setting a variable of another school's task", SCHOOL_STAFF,
                engineRest("/task/" + senPrepare + "/variables"),
                "{\"modifications\":{\"summary\":{\"value\":\"x\"}}}", Expect.DENIED, List.of(SEN));
        rows.post("claiming the review task from another district", OTHER_DISTRICT,
                engineRest("/task/" + cucReview + "/claim"), "{\"userId\":\"" + OTHER_DISTRICT + "\"}",
                Expect.DENIED, List.of(CUC));
        rows.post("claiming one's own task", SCHOOL_STAFF, engineRest("/task/" + hongPrepare + "/claim"),
                "{\"userId\":\"" + SCHOOL_STAFF + "\"}", Expect.ALLOWED, List.of());
        rows.post("giving it back", SCHOOL_STAFF, engineRest("/task/" + hongPrepare + "/unclaim"), "",
                Expect.ALLOWED, List.of());

        // ---- Process instances, executions, history, jobs: administrators' business (Cockpit) ------------------
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, REVIEWER, OTHER_DISTRICT, CITY)) {
            for (String instance : List.of(s.instanceHong(), s.instanceSen())) {
                rows.get("process instance", user, engineRest("/process-instance/" + instance), Expect.DENIED,
                        List.of(), List.of(HONG, SEN));
                rows.get("process instance variables", user,
                        engineRest("/process-instance/" + instance + "/variables"), Expect.DENIED, List.of(),
                        List.of(HONG, SEN));
            }
            for (String path : List.of("/process-instance?businessKey=" + s.campaignKt() + "-1-KTQBSEN",
                    "/execution?processInstanceId=" + s.instanceSen(),
                    "/variable-instance?processInstanceIdIn=" + s.instanceSen(),
                    "/history/task?processInstanceId=" + s.instanceSen(),
                    "/history/process-instance?processInstanceId=" + s.instanceSen(),
                    "/history/variable-instance?processInstanceId=" + s.instanceSen(),
                    "/history/activity-instance?processInstanceId=" + s.instanceSen(),
                    "/history/detail?processInstanceId=" + s.instanceSen(),
                    "/history/identity-link-log?processInstanceId=" + s.instanceSen(),
                    "/job?processInstanceId=" + s.instanceSen(),
                    "/incident?processInstanceId=" + s.instanceSen(),
                    "/external-task?processInstanceId=" + s.instanceSen())) {
                rows.get(path.substring(1, path.indexOf('?')) + " of another school's report", user,
                        engineRest(path), Expect.FILTERED, List.of(), List.of(s.instanceSen(), SEN));
            }
            rows.get("the variable-instance list", user, engineRest("/variable-instance?maxResults=2000"),
                    Expect.FILTERED, List.of(), List.of(user.equals(OTHER_DISTRICT) ? HONG : SEN));
            rows.get("the history of tasks", user, engineRest("/history/task?maxResults=2000"),
                    Expect.FILTERED, List.of(), List.of(user.equals(OTHER_DISTRICT) ? HONG : SEN, CUC));
        }
        for (String path : List.of("/process-instance/" + s.instanceSen(),
                "/process-instance/" + s.instanceSen() + "/variables",
                "/history/task?processInstanceId=" + s.instanceSen(),
                "/history/process-instance?processInstanceId=" + s.instanceSen(),
                "/history/variable-instance?processInstanceId=" + s.instanceSen(),
                "/history/activity-instance?processInstanceId=" + s.instanceSen(),
                "/execution?processInstanceId=" + s.instanceSen())) {
            rows.get(path + " for an administrator", ADMIN, engineRest(path), Expect.ALLOWED,
                    List.of(path.contains("variables") || path.contains("variable-instance") ? SEN : s.instanceSen()),
                    List.of());
        }
        rows.post("starting a unit's report by hand", SCHOOL_STAFF,
                engineRest("/process-definition/key/UnitReport/start"), "{\"businessKey\":\"thu\"}", Expect.DENIED,
                List.of());
        rows.post("starting a unit's report by hand, from the city", CITY,
                engineRest("/process-definition/key/UnitReport/start"), "{\"businessKey\":\"thu\"}", Expect.DENIED,
                List.of());
        rows.post("launching a campaign from a district", REVIEWER, engineRest("/process-definition/key/Campaign/start"),
                "{\"businessKey\":\"thu\"}", Expect.DENIED, List.of());
        rows.post("deleting another school's report process", OTHER_DISTRICT,
                engineRest("/process-instance/delete"), "{\"processInstanceIds\":[\"" + s.instanceHong() + "\"]}",
                Expect.DENIED, List.of(HONG));
        rows.get("process definitions: the report process, which is no unit's", SCHOOL_STAFF,
                engineRest("/process-definition"), Expect.FILTERED, List.of("UnitReport"), List.of());
        rows.get("deployments", SCHOOL_STAFF, engineRest("/deployment"), Expect.FILTERED, List.of(),
                List.of("unit-report.bpmn"));

        // ---- Identity: one's own account and groups, nobody else's ---------------------------------------------
        rows.get("the user list", SCHOOL_STAFF, engineRest("/user"), Expect.FILTERED, List.of(SCHOOL_STAFF),
                List.of("ktsenstaff", "ktcucstaff", "kthonghead", "kvmaistaff", "Tuyết"));
        rows.get("the user list of another school's group", REVIEWER, engineRest("/user?memberOfGroup=KTQBSENstaff"),
                Expect.FILTERED, List.of(), List.of("ktsenstaff", "Tuyết"));
        rows.get("another school's person", SCHOOL_STAFF, engineRest("/user/ktsenstaff/profile"), Expect.DENIED,
                List.of(), List.of("Tuyết", "hoasen", "ktsenstaff@"));
        rows.get("one's own profile", SCHOOL_STAFF, engineRest("/user/" + SCHOOL_STAFF + "/profile"), Expect.ALLOWED,
                List.of("Thắm"), List.of());
        rows.get("the group list", SCHOOL_STAFF, engineRest("/group"), Expect.FILTERED, List.of("KTQAHONGstaff"),
                List.of("KTQBSEN", SEN, "KTQACUC", "camunda-admin"));
        rows.get("the groups of another school's person", SCHOOL_STAFF, engineRest("/group?member=ktsenstaff"),
                Expect.FILTERED, List.of(), List.of("KTQBSEN", SEN));
        rows.get("another school's group", SCHOOL_STAFF, engineRest("/group/KTQBSENstaff"), Expect.DENIED, List.of(),
                List.of(SEN));
        rows.get("the authorizations", SCHOOL_STAFF, engineRest("/authorization?maxResults=2000"), Expect.FILTERED,
                List.of(), List.of("KTQBSEN", "ktsenstaff"));
        rows.get("every user, for an administrator", ADMIN, engineRest("/user?maxResults=2000"), Expect.ALLOWED,
                List.of("ktsenstaff", "kvmaistaff"), List.of());
        rows.get("the administrators' task filter", SCHOOL_STAFF, engineRest("/filter/" + s.allTasksFilter() + "/list"),
                Expect.DENIED, List.of(), List.of(SEN));
        rows.post("a new user", CITY, engineRest("/user/create"),
                "{\"profile\":{\"id\":\"ktmoi\"},\"credentials\":{\"password\":\"MatKhau@2026x\"}}", Expect.DENIED,
                List.of());
        rows.put("a new membership of camunda-admin", CITY, engineRest("/group/camunda-admin/members/" + CITY), "",
                Expect.DENIED, List.of());
        rows.get("another school's task's people", SCHOOL_STAFF, engineRest("/task/" + senPrepare + "/identity-links"),
                Expect.DENIED, List.of(), List.of("KTQBSEN"));
        rows.get("another school's task's comments", SCHOOL_STAFF, engineRest("/task/" + senPrepare + "/comment"),
                Expect.DENIED, List.of(), List.of(SEN));
        rows.get("the operation log", SCHOOL_STAFF, engineRest("/history/user-operation?maxResults=2000"),
                Expect.FILTERED, List.of(), List.of(s.instanceSen(), "ktsenstaff"));

        // ---- Our API: reports' files -------------------------------------------------------------------------
        String hongFiles = "/api/reports/" + s.reportHong() + "/attachments";
        String senFiles = "/api/reports/" + s.reportSen() + "/attachments";
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, SCHOOL_COUNCIL, REVIEWER, CITY, ADMIN)) {
            rows.get("a school's files, asked by its own or a level above", user, hongFiles, Expect.ALLOWED,
                    List.of("Biên bản Hoa Hồng.pdf"), List.of());
            rows.get("a school's file, asked by its own or a level above", user, hongFiles + "/" + s.attachmentHong(),
                    Expect.ALLOWED, List.of("biên bản"), List.of());
        }
        for (String user : List.of(OTHER_DISTRICT, OTHER_CITY)) {
            rows.get("a school's files, asked from another district or city", user, hongFiles, Expect.DENIED,
                    List.of(), List.of("Biên bản Hoa Hồng.pdf", HONG));
            rows.get("a school's file, asked from another district or city", user,
                    hongFiles + "/" + s.attachmentHong(), Expect.DENIED, List.of(), List.of("biên bản"));
        }
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, SCHOOL_COUNCIL, REVIEWER)) {
            rows.get("another district's school's files", user, senFiles, Expect.DENIED, List.of(),
                    List.of("Biên bản Hoa Sen.pdf", SEN));
            rows.get("another district's school's file", user, senFiles + "/" + s.attachmentSen(), Expect.DENIED,
                    List.of(), List.of("biên bản"));
        }
        rows.get("another school's file through one's own report", SCHOOL_STAFF, hongFiles + "/" + s.attachmentSen(),
                Expect.DENIED, List.of(), List.of("biên bản", SEN));
        rows.get("another school's file through the page link", SCHOOL_STAFF,
                "/reports/" + s.reportSen() + "/attachments/" + s.attachmentSen(), Expect.DENIED, List.of(),
                List.of("biên bản", SEN));
        rows.get("another school's attachments page", SCHOOL_STAFF, "/reports/" + s.reportSen() + "/attachments",
                Expect.DENIED, List.of(), List.of("Biên bản Hoa Sen.pdf"));

        // ---- Reports to more than one body: Hoa Cúc also reports to Phòng Nội vụ (KTNV) -------------------------
        String cucReceipt = taskService.createTaskQuery().processDefinitionKey(RECEIPT_PROCESS)
                .processVariableValueEquals("reportId", s.reportCuc()).singleResult().getId();
        for (String path : List.of("/api/reports/" + s.reportCuc() + "/history",
                "/reports/" + s.reportCuc() + "/history")) {
            for (String user : List.of(RECEIVING_BODY, REVIEWER, CITY, ADMIN, "ktcucstaff")) {
                rows.get("a signed report's history, asked by its unit, a level above or a body it went to", user,
                        path, Expect.ALLOWED, List.of(CUC, "Phòng Nội vụ Thành phố Kiểm Thử"), List.of());
            }
            for (String user : List.of(OTHER_DISTRICT, OTHER_CITY, SCHOOL_STAFF)) {
                rows.get("a report's history, asked by a unit it does not go to", user, path, Expect.DENIED,
                        List.of(), List.of(CUC));
            }
        }
        rows.get("the files of a report the body receives", RECEIVING_BODY,
                "/api/reports/" + s.reportCuc() + "/attachments", Expect.ALLOWED, List.of(), List.of());
        for (String path : List.of(hongFiles, hongFiles + "/" + s.attachmentHong(), senFiles,
                "/api/reports/" + s.reportHong() + "/history", "/reports/" + s.reportHong() + "/history",
                "/reports/" + s.reportHong() + "/attachments", "/api/reports/" + s.reportSen() + "/history")) {
            rows.get("a report that does not go to the body", RECEIVING_BODY, path, Expect.DENIED, List.of(),
                    List.of("Biên bản Hoa Hồng.pdf", "Biên bản Hoa Sen.pdf", HONG, SEN));
        }
        rows.get("a report the body receives is not its dossier", RECEIVING_BODY, "/api/dossiers/" + s.reportCuc(),
                Expect.DENIED, List.of(), List.of());
        rows.get("task list of a receiving body: its receipt task only", RECEIVING_BODY, engineRest("/task"),
                Expect.FILTERED, List.of(cucReceipt, CUC), List.of(hongPrepare, senPrepare, cucReview));
        rows.get("the receipt task, asked by the body it went to", RECEIVING_BODY,
                engineRest("/task/" + cucReceipt + "/form-variables"), Expect.ALLOWED, List.of(CUC), List.of());
        for (String user : List.of(REVIEWER, OTHER_DISTRICT, SCHOOL_STAFF, "ktcucstaff")) {
            rows.get("the receipt task, asked by another unit", user, engineRest("/task/" + cucReceipt),
                    Expect.DENIED, List.of(), List.of(CUC));
        }
        rows.get("a history without signing in", null, "/api/reports/" + s.reportCuc() + "/history",
                Expect.UNAUTHENTICATED, List.of(), List.of(CUC));

        // ---- Our API: dossiers, their files, decisions, results ------------------------------------------------
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, SCHOOL_COUNCIL, REVIEWER, CITY, ADMIN)) {
            rows.get("a school's dossier, asked by its own or a level above", user, "/api/dossiers/" + s.reportHong(),
                    Expect.ALLOWED, List.of(HONG), List.of());
        }
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, SCHOOL_COUNCIL, REVIEWER, OTHER_CITY)) {
            for (String path : List.of("", "/list.xlsx", "/template.xlsx", "/minutes")) {
                rows.get("another district's dossier" + path, user, "/api/dossiers/" + s.reportSen() + path,
                        Expect.DENIED, List.of(), List.of(SEN));
                rows.get("another district's dossier page" + path, user, "/dossiers/" + s.reportSen() + path,
                        Expect.DENIED, List.of(), List.of(SEN));
            }
        }
        rows.get("another city's dossier", CITY, "/api/dossiers/" + s.reportMai(), Expect.DENIED, List.of(),
                List.of("Hoa Mai"));
        rows.get("its own city's dossier", OTHER_CITY, "/api/dossiers/" + s.reportMai(), Expect.ALLOWED,
                List.of("Hoa Mai"), List.of());
        rows.put("replacing another school's nominations", SCHOOL_STAFF,
                "/api/dossiers/" + s.reportSen() + "/nominations", "[]", Expect.DENIED, List.of(SEN));
        rows.put("recording another school's council", SCHOOL_STAFF, "/api/dossiers/" + s.reportSen() + "/council",
                "{\"heldOn\":\"2026-12-01\",\"membersTotal\":5,\"present\":5}", Expect.DENIED, List.of(SEN));
        rows.put("recording another district's votes", REVIEWER, "/api/dossiers/" + s.reportSen() + "/votes",
                "{\"1\": 3}", Expect.DENIED, List.of(SEN));
        // ---- Registrations (đăng ký thi đua): the unit and the levels above it ----------------------------------
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, SCHOOL_COUNCIL, REVIEWER, CITY, ADMIN)) {
            rows.get("a school's registration, asked by its own or a level above", user,
                    "/api/registrations/" + s.registrationHong(), Expect.ALLOWED, List.of("KTQAHONG"), List.of(SEN));
        }
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, SCHOOL_COUNCIL, REVIEWER, OTHER_CITY)) {
            for (String path : List.of("", "/rollup", "/rollup.xlsx", "/template.xlsx")) {
                rows.get("another district's registration" + path, user,
                        "/api/registrations/" + s.registrationSen() + path, Expect.DENIED, List.of(), List.of(SEN));
                rows.get("another district's registration page" + path, user,
                        "/registrations/" + s.registrationSen() + path, Expect.DENIED, List.of(), List.of(SEN));
            }
        }
        rows.post("replacing another school's registered people", SCHOOL_STAFF,
                "/api/registrations/" + s.registrationSen() + "/people", "[]", Expect.DENIED, List.of(SEN));
        rows.post("replacing a school's registered people from the district", REVIEWER,
                "/api/registrations/" + s.registrationHong() + "/people", "[]", Expect.DENIED, List.of(HONG));
        rows.get("a registration that is no registration (a sơ kết's report)", SCHOOL_STAFF,
                "/api/registrations/" + s.reportHong(), Expect.DENIED, List.of(), List.of());
        for (String path : List.of("/api/decisions/987654", "/api/decisions/987654.docx", "/api/decisions/987654.xlsx",
                "/dossiers/decisions/987654")) {
            rows.get("a decision nobody issued", SCHOOL_STAFF, path, Expect.DENIED, List.of(), List.of());
        }
        String decision = "/api/decisions/" + s.decisionKv();
        for (String path : List.of(decision, decision + ".docx", decision + ".xlsx",
                "/dossiers/decisions/" + s.decisionKv())) {
            for (String user : List.of(SCHOOL_STAFF, REVIEWER, CITY, "ktsohead")) {
                rows.get("another city's decision", user, path, Expect.DENIED, List.of(),
                        List.of("Thanh Mai", "12/QĐ-SGDĐT", "Hoa Mai"));
            }
            for (String user : List.of(OTHER_CITY, "kvmaistaff", "kvmaihead", ADMIN)) {
                rows.get("the decision of one's own city", user, path, Expect.ALLOWED, List.of(), List.of());
            }
        }
        rows.get("a decision's content, for the school it names", "kvmaistaff", decision, Expect.ALLOWED,
                List.of("Thanh Mai", "12/QĐ-SGDĐT"), List.of());
        rows.get("another city's decisions, listed", CITY, "/api/campaigns/" + s.campaignKv() + "/decisions",
                Expect.DENIED, List.of(), List.of("12/QĐ-SGDĐT"));
        rows.get("another city's results", CITY, "/api/campaigns/" + s.campaignKv() + "/results", Expect.DENIED,
                List.of(), List.of("Thanh Mai"));
        rows.get("one's own city's results", "kvmaistaff", "/api/campaigns/" + s.campaignKv() + "/results",
                Expect.ALLOWED, List.of("Thanh Mai"), List.of());
        for (String path : List.of("/api/campaigns/" + s.campaignKt(), "/api/campaigns/" + s.campaignKt() + "/decisions",
                "/api/campaigns/" + s.campaignKt() + "/results", "/campaigns/" + s.campaignKt() + "/results")) {
            rows.get("another city's campaign " + path, OTHER_CITY, path, Expect.DENIED, List.of(),
                    List.of("Kiểm Thử", HONG));
            rows.get("one's own campaign " + path, SCHOOL_STAFF, path, Expect.ALLOWED, List.of(), List.of("Vĩnh Xuân"));
        }
        rows.get("the campaigns list, from a school: its own city's only", SCHOOL_STAFF, "/api/campaigns",
                Expect.FILTERED, List.of("Phong trào thi đua Kiểm Thử"), List.of("Vĩnh Xuân"));
        rows.get("the campaigns list, from another city", OTHER_CITY, "/api/campaigns", Expect.FILTERED,
                List.of("Phong trào thi đua Vĩnh Xuân"), List.of("Kiểm Thử"));
        rows.get("the campaigns list without signing in", null, "/api/campaigns", Expect.UNAUTHENTICATED, List.of(),
                List.of("Kiểm Thử", "Vĩnh Xuân"));
        rows.get("the campaign's results, from a school", SCHOOL_STAFF, "/api/campaigns/" + s.campaignKt() + "/results",
                Expect.FILTERED, List.of(), List.of(SEN, CUC));
        rows.get("title history of another district's school", SCHOOL_STAFF,
                "/api/title-history?unitCode=KTQBSEN&fullName=Cao%20Th%E1%BB%8B%20Tuy%E1%BA%BFt", Expect.DENIED,
                List.of(), List.of(SEN));
        rows.get("title history of another city's school", CITY,
                "/api/title-history?unitCode=KVMAI&fullName=Ki%E1%BB%81u%20Th%E1%BB%8B%20Xu%C3%A2n", Expect.DENIED,
                List.of(), List.of("Hoa Mai"));
        rows.get("title history of one's own school", SCHOOL_STAFF,
                "/api/title-history?unitCode=KTQAHONG&fullName=Ng%C3%B4%20Th%E1%BB%8B%20Th%E1%BA%AFm", Expect.ALLOWED,
                List.of(), List.of());
        rows.get("title history of a school below", REVIEWER,
                "/api/title-history?unitCode=KTQAHONG&fullName=Ng%C3%B4%20Th%E1%BB%8B%20Th%E1%BA%AFm", Expect.ALLOWED,
                List.of(), List.of());

        // ---- Our API: what only administrators do --------------------------------------------------------------
        for (String user : List.of(SCHOOL_STAFF, REVIEWER, CITY)) {
            rows.get("the unit list", user, "/api/org/units", Expect.DENIED, List.of(), List.of(SEN));
            rows.post("importing units", user, "/api/org/units", "text/csv",
                    "code,name,level,parent_code,email\nKTX,Trường X,truong,KT,x@kt.thidua.local\n", Expect.DENIED,
                    List.of());
            rows.post("importing users", user, "/api/org/users", "text/csv",
                    "username,full_name,email,unit_code,role\nktx,Người X,x@kt.thidua.local,KT,staff\n",
                    Expect.DENIED, List.of());
            rows.get("the outbox", user, "/api/mail/outbox", Expect.DENIED, List.of(), List.of("@kt.thidua.local"));
            rows.get("the outbox page", user, "/admin/outbox", Expect.DENIED, List.of(), List.of("@kt.thidua.local"));
            rows.post("retrying a mail", user, "/api/mail/outbox/1/retry", "", Expect.DENIED, List.of());
            rows.post("declaring a day off", user, "/api/calendar/days-off",
                    "{\"day\":\"2026-12-24\",\"reason\":\"Nghỉ\"}", Expect.DENIED, List.of());
            rows.delete("removing a day off", user, "/api/calendar/days-off/2026-12-24", Expect.DENIED);
            rows.post("title history import", user, "/api/title-history", "text/csv", "x\n", Expect.DENIED, List.of());
            rows.post("deploying a rule set", user, "/api/rule-sets", "multipart/form-data; boundary=RANH",
                    "--RANH\r\nContent-Disposition: form-data; name=\"ruleset\"; filename=\"ruleset.yml\"\r\n"
                            + "Content-Type: text/yaml\r\n\r\nid: thu\r\n--RANH--\r\n", Expect.DENIED, List.of());
            rows.post("sending a password link", user, "/api/users/ktsenstaff/password-link", "", Expect.DENIED,
                    List.of("ktsenstaff@"));
        }
        rows.get("the unit list, for an administrator", ADMIN, "/api/org/units", Expect.ALLOWED,
                List.of(SEN, "Hoa Mai"), List.of());
        rows.get("the outbox, for an administrator", ADMIN, "/api/mail/outbox", Expect.ALLOWED, List.of(), List.of());
        rows.get("the days off, for everyone", SCHOOL_STAFF, "/api/calendar/days-off", Expect.ALLOWED, List.of(),
                List.of());
        rows.get("the rule sets, for everyone", SCHOOL_STAFF, "/api/rule-sets", Expect.ALLOWED, List.of("giao-duc"),
                List.of());

        // ---- Report schedules and ad-hoc requests: An Phú's, the ad-hoc one to Hoa Hồng alone ---------------------
        RoundIsolationFixture.State r = roundFixture.state();
        String schedule = "/api/report-schedules/" + r.scheduleId();
        String adHoc = "/api/adhoc-reports/" + r.adHocId();
        String scheduleName = RoundIsolationFixture.SCHEDULE_NAME;
        String topic = RoundIsolationFixture.ADHOC_TOPIC;
        for (String user : List.of(REVIEWER, SCHOOL_STAFF, CITY, ADMIN)) {
            rows.get("a schedule of the user's tree", user, schedule, Expect.ALLOWED, List.of(scheduleName), List.of());
        }
        for (String user : List.of(OTHER_DISTRICT, OTHER_CITY)) {
            rows.get("another district's schedule", user, schedule, Expect.DENIED, List.of(), List.of(scheduleName));
            rows.get("another district's schedule page", user, "/report-schedules/" + r.scheduleId(), Expect.DENIED,
                    List.of(), List.of(scheduleName));
            rows.get("the schedules list", user, "/api/report-schedules", Expect.FILTERED, List.of(),
                    List.of(scheduleName));
        }
        rows.get("the schedule page", REVIEWER, "/report-schedules/" + r.scheduleId(), Expect.ALLOWED,
                List.of(scheduleName), List.of());
        for (String action : List.of("pause", "resume", "end")) {
            for (String user : List.of(SCHOOL_STAFF, OTHER_DISTRICT, CITY, OTHER_CITY)) {
                rows.post("changing a schedule of another unit", user, schedule + "/" + action, "", Expect.DENIED,
                        List.of());
                rows.post("changing a schedule of another unit (page)", user,
                        "/report-schedules/" + r.scheduleId() + "/" + action,
                        "application/x-www-form-urlencoded", "", Expect.DENIED, List.of());
            }
        }
        rows.post("a schedule on another unit's behalf", SCHOOL_STAFF, "/api/report-schedules",
                "{\"name\":\"Lịch giả\",\"rootUnitCode\":\"KTQA\",\"items\":[{\"title\":\"Báo cáo\","
                        + "\"dueOn\":\"15/06\",\"openDaysBefore\":15}]}", Expect.DENIED, List.of());
        rows.post("an ad-hoc request on another unit's behalf", "ktcucstaff", "/api/adhoc-reports",
                "{\"topic\":\"Yêu cầu giả\",\"rootUnitCode\":\"KTQA\",\"dueOn\":\"30/12/2099\"}",
                Expect.DENIED, List.of());
        for (String user : List.of(SCHOOL_STAFF, REVIEWER, CITY, ADMIN)) {
            rows.get("an ad-hoc request the unit takes part in or sent", user, adHoc, Expect.ALLOWED, List.of(topic),
                    List.of());
        }
        rows.get("the template of a request to the school", SCHOOL_STAFF, adHoc + "/template", Expect.ALLOWED,
                List.of(), List.of());
        for (String user : List.of("ktcucstaff", OTHER_DISTRICT, OTHER_CITY)) {
            rows.get("a request the unit was not sent", user, adHoc, Expect.DENIED, List.of(), List.of(topic));
            rows.get("a request the unit was not sent (page)", user, "/adhoc-reports/" + r.adHocId(), Expect.DENIED,
                    List.of(), List.of(topic));
            rows.get("the template of a request the unit was not sent", user, adHoc + "/template", Expect.DENIED,
                    List.of(), List.of("Mẫu"));
            rows.get("the template of a request the unit was not sent (page)", user,
                    "/adhoc-reports/" + r.adHocId() + "/template", Expect.DENIED, List.of(), List.of("Mẫu"));
            rows.get("the ad-hoc requests list", user, "/api/adhoc-reports", Expect.FILTERED, List.of(),
                    List.of(topic));
        }
        for (String path : List.of("/api/report-schedules", schedule, "/api/adhoc-reports", adHoc,
                adHoc + "/template", "/report-schedules", "/adhoc-reports", "/adhoc-reports/" + r.adHocId())) {
            rows.get("without signing in", null, path, Expect.UNAUTHENTICATED, List.of(), List.of(topic, scheduleName));
        }
        // ---- Exemplary models: a unit's own and the units above it; the public page only what is published -----
        String published = ModelIsolationFixture.PUBLISHED_NAME;
        String secret = ModelIsolationFixture.PRIVATE_NAME;
        String hongModel = "/api/models/" + models.published();
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, REVIEWER, CITY, ADMIN)) {
            rows.get("a model of the school", user, hongModel, Expect.ALLOWED, List.of(published), List.of(secret));
        }
        for (String user : List.of(OTHER_DISTRICT, OTHER_CITY, "ktcucstaff", "ktsenstaff")) {
            rows.get("a model of another unit's line", user, hongModel, Expect.DENIED, List.of(),
                    List.of(published, ModelIsolationFixture.BIRTH, ModelIsolationFixture.CONTACT));
            rows.get("the model's page, of another unit's line", user, "/models/" + models.published(),
                    Expect.DENIED, List.of(), List.of(published, ModelIsolationFixture.CONTACT));
            rows.get("the model's evidence, of another unit's line", user,
                    "/models/" + models.published() + "/evidence/" + models.publishedEvidence(), Expect.DENIED,
                    List.of(), List.of("PDF"));
            rows.get("the model's minutes, of another unit's line", user,
                    "/models/" + models.published() + "/minutes", Expect.DENIED, List.of(), List.of("PDF"));
        }
        rows.get("a model being prepared, asked by another district's school", SCHOOL_STAFF,
                "/api/models/" + models.preparing(), Expect.DENIED, List.of(), List.of(secret));
        rows.get("the models list of the school", SCHOOL_STAFF, "/api/models", Expect.FILTERED, List.of(published),
                List.of(secret));
        rows.get("the models list of the reviewing district", REVIEWER, "/api/models", Expect.FILTERED,
                List.of(published), List.of(secret));
        rows.get("the models list of the other district", OTHER_DISTRICT, "/api/models", Expect.FILTERED,
                List.of(secret), List.of(published));
        rows.get("the models list of another city", OTHER_CITY, "/api/models", Expect.FILTERED, List.of(),
                List.of(secret, published));
        rows.get("the models list of another district, asked by a school", SCHOOL_STAFF, "/api/models?unit=KTQB",
                Expect.DENIED, List.of(), List.of(secret));
        rows.get("the models export of another district", SCHOOL_STAFF, "/models/export.xlsx?unit=KTQB",
                Expect.DENIED, List.of(), List.of());
        rows.put("saving another school's proposal", "ktsenstaff", "/api/models/" + models.published(),
                "{\"kind\":\"PERSON\",\"name\":\"x\"}", Expect.DENIED, List.of(published));
        rows.post("proposing a model for another school", "ktsenstaff", "/api/models",
                "{\"unitCode\":\"KTQAHONG\",\"kind\":\"PERSON\",\"name\":\"x\"}", Expect.DENIED, List.of(HONG));
        rows.post("proposing a model as the school's head", SCHOOL_HEAD, "/api/models",
                "{\"unitCode\":\"KTQAHONG\",\"kind\":\"PERSON\",\"name\":\"x\"}", Expect.DENIED, List.of());
        rows.post("proposing another line's model for commendation", OTHER_DISTRICT,
                "/models/" + models.published() + "/commendation", "application/x-www-form-urlencoded",
                "reportId=1&title=GK&rating=EXCELLENT&reason=L%C3%BD+do+%C4%91%E1%BB%81+ngh%E1%BB%8B", Expect.DENIED,
                List.of(published));
        // The models review of An Phú in the city's campaign: An Phú and the levels above, nobody else.
        String anPhuReview = "/models/review/" + reports.find(s.campaignKt(), 1, "KTQA").orElseThrow().id();
        for (String user : List.of(REVIEWER, CITY, ADMIN)) {
            rows.get("the models review of the district", user, anPhuReview, Expect.ALLOWED, List.of(published),
                    List.of(secret, ModelIsolationFixture.CONTACT));
        }
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, OTHER_DISTRICT, OTHER_CITY, "ktsenstaff")) {
            rows.get("the models review of another level", user, anPhuReview, Expect.DENIED, List.of(),
                    List.of(published, ModelIsolationFixture.CONTACT));
        }
        for (String user : List.of(SCHOOL_STAFF, OTHER_DISTRICT)) {
            rows.post("proposing from another level's models review", user, anPhuReview,
                    "application/x-www-form-urlencoded", "model=" + models.published() + "&title-" + models.published()
                            + "=GK&rating-" + models.published() + "=EXCELLENT&reason=L%C3%BD+do+%C4%91%E1%BB%81+ngh%E1%BB%8B",
                    Expect.DENIED, List.of(published));
        }
        rows.get("the public page of honoured models, without signing in", null, "/public/models", Expect.ALLOWED,
                List.of(published, "Giấy khen"), List.of(secret, ModelIsolationFixture.BIRTH, "1980",
                        ModelIsolationFixture.CONTACT));

        // ---- Blocs: the bloc's members and the levels above its parent; another school sees nothing ---------------
        String blocA = BlocIsolationFixture.BLOC_A;
        String blocB = BlocIsolationFixture.BLOC_B;
        for (String user : List.of(SCHOOL_STAFF, SCHOOL_HEAD, "ktcucstaff", REVIEWER, CITY, ADMIN)) {
            rows.get("a bloc, asked by a member or a level above", user, "/api/blocs/" + blocs.blocA(),
                    Expect.ALLOWED, List.of(blocA), List.of(blocB));
        }
        for (String user : List.of(OTHER_DISTRICT, OTHER_CITY, "ktsenstaff")) {
            for (String path : List.of("/api/blocs/" + blocs.blocA(), "/blocs/" + blocs.blocA(),
                    "/bloc-years/" + blocs.yearA(), "/bloc-years/" + blocs.yearA() + "/ranking.xlsx",
                    "/bloc-years/" + blocs.yearA() + "/meetings/1/minutes",
                    "/bloc-years/" + blocs.yearA() + "/evaluation-minutes")) {
                rows.get("another line's bloc", user, path, Expect.DENIED, List.of(), List.of(blocA, HONG));
            }
        }
        rows.get("the bloc's year page, of the school's own bloc", SCHOOL_STAFF, "/bloc-years/" + blocs.yearA(),
                Expect.ALLOWED, List.of(blocA), List.of(blocB));
        rows.get("the bloc's page, of the school's own bloc", "ktcucstaff", "/blocs/" + blocs.blocA(),
                Expect.ALLOWED, List.of(blocA, HONG), List.of(blocB));
        rows.get("the bloc's year page, of the district that reviews it", REVIEWER, "/bloc-years/" + blocs.yearA(),
                Expect.ALLOWED, List.of(blocA), List.of(blocB));
        rows.get("the blocs page of the district", REVIEWER, "/blocs", Expect.FILTERED, List.of(blocA),
                List.of(blocB));
        rows.get("the ranking export of the school's own bloc", SCHOOL_STAFF,
                "/bloc-years/" + blocs.yearA() + "/ranking.xlsx", Expect.ALLOWED, List.of(), List.of());
        rows.get("the blocs list of a school of another district", "ktsenstaff", "/api/blocs", Expect.FILTERED,
                List.of(blocB), List.of(blocA));
        rows.get("the blocs list of the reviewing district", REVIEWER, "/api/blocs", Expect.FILTERED,
                List.of(blocA), List.of(blocB));
        rows.get("another district's blocs, asked by a school", SCHOOL_STAFF, "/api/blocs?unit=KTQB", Expect.DENIED,
                List.of(), List.of(blocB));
        rows.post("loading another district's blocs", OTHER_DISTRICT, "/api/blocs", "text/csv",
                "code,name,parent_code,school_year,leader_code,members\nKX,X,KTQA,2026-2027,KTQACUC,KTQACUC\n",
                Expect.DENIED, List.of(HONG));
        rows.post("a school joining a bloc of another district", OTHER_DISTRICT,
                "/api/blocs/" + blocs.blocA() + "/members", "{\"unitCode\":\"KTQBSEN\"}", Expect.DENIED,
                List.of(blocA));
        rows.post("a member changing its own bloc", SCHOOL_STAFF, "/api/blocs/" + blocs.blocA() + "/members",
                "{\"unitCode\":\"KTQACUC\"}", Expect.DENIED, List.of());
        rows.put("a member naming the leader", "ktcucstaff", "/api/blocs/" + blocs.blocA() + "/leader",
                "{\"unitCode\":\"KTQACUC\"}", Expect.DENIED, List.of());
        rows.delete("a school of another district removing a member", OTHER_DISTRICT,
                "/api/blocs/" + blocs.blocA() + "/members/KTQACUC", Expect.DENIED);
        rows.post("another school saving the bloc's plan", "ktsenstaff", "/bloc-years/" + blocs.yearA() + "/plan",
                "application/x-www-form-urlencoded", "commonTargets=x", Expect.DENIED, List.of(blocA));
        rows.post("a member that is not the leader saving the plan", "ktcucstaff",
                "/bloc-years/" + blocs.yearA() + "/plan", "application/x-www-form-urlencoded", "commonTargets=x",
                Expect.DENIED, List.of());
        rows.post("a member nominating its bloc's leading unit for the linked award", SCHOOL_STAFF,
                "/bloc-years/" + blocs.yearA() + "/leading-award", "application/x-www-form-urlencoded",
                "unitCode=KTQAHONG&reason=Dan+dau+khoi+trong+nam+hoc", Expect.DENIED, List.of());
        rows.post("another district nominating a bloc's leading unit", OTHER_DISTRICT,
                "/bloc-years/" + blocs.yearA() + "/leading-award", "application/x-www-form-urlencoded",
                "unitCode=KTQAHONG&reason=Dan+dau+khoi+trong+nam+hoc", Expect.DENIED, List.of(blocA));
        for (String path : List.of("/api/blocs", "/api/blocs/" + blocs.blocA(), "/blocs", "/blocs/" + blocs.blocA(),
                "/bloc-years/" + blocs.yearA(), "/bloc-years/" + blocs.yearA() + "/ranking.xlsx")) {
            rows.get("without signing in", null, path, Expect.UNAUTHENTICATED, List.of(), List.of(blocA));
        }

        // ---- Nobody signed in ----------------------------------------------------------------------------------
        for (String path : List.of(engineRest("/task"), engineRest("/task/" + hongPrepare),
                engineRest("/process-instance"), engineRest("/history/task"), engineRest("/user"),
                engineRest("/group"), engineRest("/job"), engineRest("/deployment"),
                "/api/reports/" + s.reportHong() + "/attachments", "/api/dossiers/" + s.reportHong(),
                "/api/decisions/1.docx", "/api/campaigns/" + s.campaignKt(), "/api/org/units", "/api/mail/outbox",
                "/api/rule-sets", "/api/calendar/days-off", "/api/title-history?unitCode=KTQAHONG&fullName=x",
                "/admin/outbox", "/dossiers/" + s.reportHong(), "/api/registrations/" + s.registrationHong(),
                "/registrations/" + s.registrationHong(), "/api/models", hongModel,
                "/models/" + models.published(), "/models/export.xlsx", anPhuReview)) {
            rows.get("without signing in", null, path, Expect.UNAUTHENTICATED, List.of(), List.of(HONG));
        }
        return rows.all.stream();
    }

    /** Builds the table's rows with readable names. */
    static final class Rows {
        final List<Arguments> all = new ArrayList<>();

        void get(String what, String user, String path, Expect expect, List<String> shows, List<String> hides) {
            add(what + " — GET " + path, user, h -> h.get(path, user, IsolationFixture.PASSWORD), expect, shows, hides);
        }

        void post(String what, String user, String path, String json, Expect expect, List<String> hides) {
            post(what, user, path, "application/json", json, expect, hides);
        }

        void post(String what, String user, String path, String type, String body, Expect expect, List<String> hides) {
            add(what + " — POST " + path, user, h -> h.post(path, user, IsolationFixture.PASSWORD, type, body), expect,
                    List.of(), hides);
        }

        void put(String what, String user, String path, String json, Expect expect, List<String> hides) {
            add(what + " — PUT " + path, user, h -> h.put(path, user, IsolationFixture.PASSWORD, json), expect,
                    List.of(), hides);
        }

        void delete(String what, String user, String path, Expect expect) {
            add(what + " — DELETE " + path, user, h -> h.delete(path, user, IsolationFixture.PASSWORD), expect,
                    List.of(), List.of());
        }

        private void add(String what, String user, Function<HttpCalls, HttpResponse<String>> call, Expect expect,
                         List<String> shows, List<String> hides) {
            all.add(Arguments.of(Named.of((user == null ? "(không đăng nhập)" : user) + ": " + what,
                    new Probe(user, call, expect, shows, hides))));
        }
    }
}
