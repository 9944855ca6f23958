package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.problem.InvalidInputException;

/** Import into our tables and Camunda's identity on PostgreSQL: all or nothing, and idempotent. */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class OrgImportIntegrationTest {

    static final String ADMIN = "quantriorg";
    static final String ADMIN_PASSWORD = "QuanTri@2026";

    @Autowired
    OrgImportService imports;
    @Autowired
    OrgDirectory org;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    SharedGrants sharedGrants;

    @BeforeEach
    void admin() {
        TestAdmins.ensure(identityService, authorizationService, ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void demoOrganisationBecomesGroupsUsersAndAuthorizationsAndReimportChangesNothing() throws Exception {
        ImportResult units = imports.importUnits(resource("demo/units.csv"));
        ImportResult users = imports.importUsers(resource("demo/users.csv"));
        assertThat(units.created() + units.updated() + units.unchanged()).isEqualTo(17);
        assertThat(users.created() + users.updated() + users.unchanged()).isEqualTo(51);
        assertThat(org.otherBodies("PBTTHKETDOAN")).extracting(Unit::code).containsExactly("HCM");

        assertThat(identityService.createGroupQuery().groupId("Q1THLELOI").singleResult().getName())
                .isEqualTo("Trường Tiểu học Lê Lợi");
        assertThat(identityService.createGroupQuery().groupId("Q1THLELOIstaff").singleResult().getName())
                .isEqualTo("Trường Tiểu học Lê Lợi – Cán bộ phụ trách thi đua");
        User secretary = identityService.createUserQuery().userId("leloicanbo").singleResult();
        assertThat(secretary.getFirstName() + " " + secretary.getLastName()).isEqualTo("Mai Thị Hoa");
        assertThat(secretary.getEmail()).isEqualTo("leloicanbo@thidua.local");
        assertThat(identityService.createGroupQuery().groupMember("leloicanbo").list())
                .extracting(g -> g.getId()).containsExactlyInAnyOrder("Q1THLELOI", "Q1THLELOIstaff");
        assertThat(authorizationService.isUserAuthorized("leloicanbo", groupsOf("leloicanbo"), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(authorizationService.isUserAuthorized("socanbo", groupsOf("socanbo"), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "Campaign")).isTrue();
        assertThat(authorizationService.isUserAuthorized("leloicanbo", groupsOf("leloicanbo"),
                Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "Campaign")).as("only the root launches").isFalse();
        assertThat(authorizationService.isUserAuthorized("leloicanbo", groupsOf("leloicanbo"), Permissions.READ,
                Resources.PROCESS_DEFINITION, CamundaIdentitySync.UNIT_REPORT_PROCESS)).isTrue();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(CamundaIdentitySync.UNIT_REPORT_PROCESS).count())
                .as("one grant to every user, not one per group: the task query joins them all for every task")
                .isEqualTo(1);
        assertThat(authorizationService.isUserAuthorized("leloicanbo", groupsOf("leloicanbo"), Permissions.READ,
                Resources.GROUP, "Q1THLELOI")).isTrue();
        assertThat(authorizationService.isUserAuthorized("leloicanbo", groupsOf("leloicanbo"), Permissions.READ,
                Resources.GROUP, "Q1THCSNGUYENDU")).as("another unit's group").isFalse();
        for (Resource shared : List.of(Resources.APPLICATION, Resources.GROUP, Resources.PROCESS_DEFINITION,
                Resources.FILTER)) {
            assertThat(authorizationService.createAuthorizationQuery().resourceType(shared)
                    .groupIdIn("Q1THLELOI", "Q1THLELOIstaff", "Q1THLELOIhead", "Q1THLELOIcouncil", "Q1staff").count())
                    .as("no grant on %s names a unit's group: every command of every user scans those rows",
                            shared.resourceName())
                    .isZero();
        }
        assertThat(org.children("Q1")).extracting(Unit::code)
                .containsExactly("Q1THCSNGUYENDU", "Q1THLELOI", "Q1THPTTRUNGVUONG");
        assertThat(org.isSameOrAncestor("HCM", "Q1THLELOI")).isTrue();
        assertThat(org.isSameOrAncestor("Q11", "Q1THLELOI")).isFalse();

        long authorizations = authorizationService.createAuthorizationQuery().count();
        assertThat(imports.importUnits(resource("demo/units.csv"))).isEqualTo(new ImportResult(0, 0, 17));
        assertThat(imports.importUsers(resource("demo/users.csv"))).isEqualTo(new ImportResult(0, 0, 51));
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    }

    @Test
    void perGroupGrantsOfEarlierVersionsGiveWayToTheSharedOne() throws Exception {
        imports.importUnits(resource("demo/units.csv"));
        imports.importUsers(resource("demo/users.csv"));
        Authorization legacy = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        legacy.setGroupId("Q1THLELOIstaff");
        legacy.setResource(Resources.PROCESS_DEFINITION);
        legacy.setResourceId(CamundaIdentitySync.UNIT_REPORT_PROCESS);
        legacy.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(legacy);
        Authorization inspector = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        inspector.setGroupId("Q1THLELOIhead");
        inspector.setResource(Resources.PROCESS_DEFINITION);
        inspector.setResourceId(CamundaIdentitySync.UNIT_REPORT_PROCESS);
        inspector.addPermission(Permissions.READ);
        inspector.addPermission(Permissions.READ_HISTORY);
        authorizationService.saveAuthorization(inspector);
        Authorization tasklist = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        tasklist.setGroupId("Q1THLELOIstaff");
        tasklist.setResource(Resources.APPLICATION);
        tasklist.setResourceId("tasklist");
        tasklist.addPermission(Permissions.ACCESS);
        authorizationService.saveAuthorization(tasklist);
        Authorization ownGroup = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        ownGroup.setGroupId("Q1THLELOIstaff");
        ownGroup.setResource(Resources.GROUP);
        ownGroup.setResourceId("Q1THLELOIstaff");
        ownGroup.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(ownGroup);

        sharedGrants.apply();

        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("Q1THLELOIstaff").count())
                .as("the tasklist and own-group grants give way to the shared ones too").isZero();
        assertThat(authorizationService.isUserAuthorized("leloicanbo", groupsOf("leloicanbo"), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(authorizationService.isUserAuthorized("leloicanbo", groupsOf("leloicanbo"), Permissions.READ,
                Resources.GROUP, "Q1THLELOIstaff")).isTrue();

        assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(CamundaIdentitySync.UNIT_REPORT_PROCESS).list())
                .as("the plain read grant goes, an administrator's wider grant stays")
                .extracting(Authorization::getGroupId).containsExactly("Q1THLELOIhead");
        assertThat(authorizationService.isUserAuthorized("leloicanbo", groupsOf("leloicanbo"), Permissions.READ,
                Resources.PROCESS_DEFINITION, CamundaIdentitySync.UNIT_REPORT_PROCESS)).isTrue();
        authorizationService.deleteAuthorization(inspector.getId());
    }

    @Test
    void aFileWithOneBadLineWritesNothing() {
        long units = count("org_unit");
        long groups = identityService.createGroupQuery().count();
        byte[] csv = ("code,name,level,parent_code,email\n"
                + "IMPA,Phường Mới A,phuong,,a@x.vn\n"
                + "IMPATH,Trường TH Mới,truong,IMPA,th@x.vn\n"
                + "IMPB,Phường Mới B,phuong,KHONGCO,b@x.vn\n").getBytes(StandardCharsets.UTF_8);
        Throwable thrown = catchThrowable(() -> imports.importUnits(csv));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(count("org_unit")).isEqualTo(units);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(org.findUnit("IMPA")).isEmpty();
    }

    @Test
    void alsoReportsToIsReplacedByAFileWithTheColumnAndKeptByOneWithout() {
        String header = "code,name,level,parent_code,email,also_reports_to\n";
        ImportResult first = imports.importUnits((header + "RBTINH,Ủy ban nhân dân tỉnh R,tinh,,t@x.vn,\n"
                + "RBSO,Sở Giáo dục và Đào tạo tỉnh R,so,RBTINH,s@x.vn,\n"
                + "RBPHUONG,Ủy ban nhân dân phường R,phuong,RBTINH,p@x.vn,\n"
                + "RBTRUONG,Trường Tiểu học R,truong,RBPHUONG,r@x.vn,RBSO\n").getBytes(StandardCharsets.UTF_8));
        assertThat(first.created()).isEqualTo(4);
        assertThat(org.otherBodies("RBTRUONG")).extracting(Unit::code).containsExactly("RBSO");

        // A file of the five columns of before says nothing about other bodies: they stay.
        assertThat(imports.importUnits(("code,name,level,parent_code,email\n"
                + "RBTRUONG,Trường Tiểu học R,truong,RBPHUONG,r@x.vn\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new ImportResult(0, 0, 1));
        assertThat(org.otherBodies("RBTRUONG")).extracting(Unit::code).containsExactly("RBSO");

        // An empty cell in a file with the column: the school reports to its ward only, from now on.
        assertThat(imports.importUnits((header + "RBTRUONG,Trường Tiểu học R,truong,RBPHUONG,r@x.vn,\n")
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(new ImportResult(0, 1, 0));
        assertThat(org.otherBodies("RBTRUONG")).isEmpty();

        // A bad body refuses the whole file; nothing changes.
        Throwable refused = catchThrowable(() -> imports.importUnits((header
                + "RBTRUONG,Trường Tiểu học R,truong,RBPHUONG,r@x.vn,RBSO\n"
                + "RBKHAC,Trường Tiểu học Khác,truong,RBPHUONG,k@x.vn,RBKHONGCO\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(6);
        });
        assertThat(org.otherBodies("RBTRUONG")).isEmpty();
        assertThat(org.findUnit("RBKHAC")).isEmpty();
    }

    @Test
    void changingAPersonsUnitMovesTheirMemberships() {
        imports.importUnits(("code,name,level,parent_code,email\nMOVA,Trường A,truong,,a@x.vn\n"
                + "MOVB,Trường B,truong,,b@x.vn\n").getBytes(StandardCharsets.UTF_8));
        imports.importUsers("username,full_name,email,unit_code,role\nmovgv,Phan Thị Thu,thu@x.vn,MOVA,staff\n"
                .getBytes(StandardCharsets.UTF_8));
        ImportResult moved = imports.importUsers(("username,full_name,email,unit_code,role\n"
                + "movgv,Phan Thị Thu,thu@x.vn,MOVB,head\n").getBytes(StandardCharsets.UTF_8));
        assertThat(moved).isEqualTo(new ImportResult(0, 1, 0));
        assertThat(identityService.createGroupQuery().groupMember("movgv").list()).extracting(g -> g.getId())
                .containsExactlyInAnyOrder("MOVB", "MOVBhead");
        assertThat(org.people("MOVB", UnitRole.HEAD)).extracting(Person::username).containsExactly("movgv");
        assertThat(org.people("MOVA", UnitRole.STAFF)).isEmpty();
    }

    @Test
    void otherModulesReadUnitsAndRolesThroughTheDirectory() throws Exception {
        imports.importUnits(resource("demo/units.csv"));
        imports.importUsers(resource("demo/users.csv"));

        assertThat(org.unitsWhere("leloicanbo", UnitRole.STAFF)).containsExactly("Q1THLELOI");
        assertThat(org.unitsWhere("leloithutruong", UnitRole.STAFF)).isEmpty();
        assertThat(org.unitsWhere("khongcoai", UnitRole.STAFF)).isEmpty();
        assertThat(org.unitsWhere(null, UnitRole.STAFF)).isEmpty();
        assertThat(org.childCount("Q11")).isEqualTo(4);
        assertThat(org.childCount("Q1THLELOI")).isZero();

        // More codes than one read binds: every name still comes back, unknown codes are left out.
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < OrgRepository.NAMES_PER_READ + 500; i++) {
            codes.add("KHONGCO" + i);
        }
        codes.add(OrgRepository.NAMES_PER_READ + 100, "Q1THLELOI");
        codes.add("Q11MNHOASEN");
        codes.add("Q11MNHOASEN");
        assertThat(org.unitNames(codes)).containsOnly(java.util.Map.entry("Q1THLELOI", "Trường Tiểu học Lê Lợi"),
                java.util.Map.entry("Q11MNHOASEN", "Trường Mầm non Hoa Sen"));
        assertThat(org.unitNames(List.of())).isEmpty();
    }

    @Test
    void restImportIsForAdministratorsAndListsEveryError() throws Exception {
        String units = "code,name,level,parent_code,email\nRESTA,Phường Rest,phuong,,r@x.vn\n";
        mvc.perform(post("/api/org/units").contentType("text/csv").content(units))
                .andExpect(status().isUnauthorized());
        imports.importUnits(units.getBytes(StandardCharsets.UTF_8));
        imports.importUsers("username,full_name,email,unit_code,role\nrestcanbo,Lê Thị Rest,rest@x.vn,RESTA,staff\n"
                .getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/org/units").with(basic("restcanbo", "ChuaCoMatKhau@1")).contentType("text/csv").content(units))
                .andExpect(status().isUnauthorized());
        User staff = identityService.createUserQuery().userId("restcanbo").singleResult();
        staff.setPassword("CanBo@2026x");
        identityService.saveUser(staff);
        mvc.perform(post("/api/org/units").with(basic("restcanbo", "CanBo@2026x")).contentType("text/csv").content(units))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/org/units").with(basic(ADMIN, ADMIN_PASSWORD)).contentType("text/csv")
                        .content("code,name,level,parent_code,email\nRESTB,,phuong,,r@x.vn\nRESTC,Phường C,phuong,RESTZ,\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tệp units.csv có 3 lỗi, chưa có gì được ghi."))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Chưa có tên đơn vị."))
                .andExpect(jsonPath("$.errors.length()").value(3));

        mvc.perform(post("/api/org/units").with(basic(ADMIN, ADMIN_PASSWORD)).contentType("text/csv").content(units))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(1));
        mvc.perform(get("/api/org/units").with(basic(ADMIN, ADMIN_PASSWORD)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'RESTA')].name").value("Phường Rest"));
    }

    @Test
    void aUnitNameFitsEveryGroupNameItBecomesOrTheLineIsRefusedWithItsColumn() throws Exception {
        // The council's group is the longest name: the unit's name, " – Hội đồng Thi đua – Khen thưởng".
        String longest = "Trường Trung học cơ sở " + "Nguyễn Văn A ".repeat(17);
        longest = longest.substring(0, 222);
        String tooLong = longest + "x";
        mvc.perform(post("/api/org/units").with(basic(ADMIN, ADMIN_PASSWORD)).contentType("text/csv")
                        .content("code,name,level,parent_code,email\nLENMAX,%s,truong,,max@x.vn\n".formatted(longest)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        String council = identityService.createGroupQuery().groupId("LENMAXcouncil").singleResult().getName();
        assertThat(council).hasSize(255).startsWith(longest).endsWith(" – Hội đồng Thi đua – Khen thưởng");
        assertThat(identityService.createGroupQuery().groupId("LENMAX").singleResult().getName()).isEqualTo(longest);

        long units = count("org_unit");
        mvc.perform(post("/api/org/units").with(basic(ADMIN, ADMIN_PASSWORD)).contentType("text/csv")
                        .content("code,name,level,parent_code,email\nLENOVER,%s,truong,,over@x.vn\n".formatted(tooLong)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Tên đơn vị dài 223 ký tự, tối đa 222 ký tự."));
        assertThat(count("org_unit")).isEqualTo(units);
        assertThat(identityService.createGroupQuery().groupId("LENOVER").count()).isZero();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user, String password) {
        return request -> {
            request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            return request;
        };
    }

    private java.util.List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static byte[] resource(String path) throws java.io.IOException {
        return new ClassPathResource(path).getContentAsByteArray();
    }
}
