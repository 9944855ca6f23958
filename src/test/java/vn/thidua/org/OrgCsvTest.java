package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.org.OrgRepository.PersonRecord;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/** Every kind of bad line in units.csv and users.csv is named with its line, column and a Vietnamese reason. */
class OrgCsvTest {

    static final String UNITS_HEADER = "code,name,level,parent_code,email\n";
    static final String USERS_HEADER = "username,full_name,email,unit_code,role\n";
    static final Map<String, Unit> STORED = Map.of("HCM",
            new Unit("HCM", "Sở Giáo dục và Đào tạo TP. Hồ Chí Minh", "thanh_pho", null, "so@hcm.edu.vn"));

    @Test
    void readsAGoodFileWithQuotesBomAndBlankLines() {
        List<Unit> units = UnitsCsv.parse(("\uFEFF" + UNITS_HEADER
                + "Q1,Phòng Giáo dục và Đào tạo Quận 1,quan,HCM,q1@hcm.edu.vn\n\n"
                + "Q1THCSNGUYENDU,\"Trường THCS Nguyễn Du, Quận 1\",truong,Q1,nguyendu@hcm.edu.vn\r\n"
                + "Q1THLELOI,\"Trường TH \"\"Lê Lợi\"\"\",truong,Q1,leloi@hcm.edu.vn").getBytes(StandardCharsets.UTF_8),
                STORED);
        assertThat(units).extracting(Unit::code).containsExactly("Q1", "Q1THCSNGUYENDU", "Q1THLELOI");
        assertThat(units.get(1).name()).isEqualTo("Trường THCS Nguyễn Du, Quận 1");
        assertThat(units.get(2).name()).isEqualTo("Trường TH \"Lê Lợi\"");
        assertThat(units.get(0).parentCode()).isEqualTo("HCM");
    }

    @Test
    void unknownParent() {
        assertSingleUnitError("Q1,Phòng GD&ĐT Quận 1,quan,HCMX,q1@hcm.edu.vn",
                new InputError(2, 4, "parent_code",
                        "Không có đơn vị cấp trên mã HCMX (không có trong tệp, cũng chưa có trong hệ thống)."));
    }

    @Test
    void cycleThroughTwoUnits() {
        InvalidInputException e = unitsError("A1,Đơn vị A,quan,B1,a@x.vn\nB1,Đơn vị B,quan,A1,b@x.vn");
        assertThat(e.errors()).extracting(InputError::line, InputError::column, InputError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 4, "parent_code"),
                        org.assertj.core.groups.Tuple.tuple(3, 4, "parent_code"));
        assertThat(e.errors().get(0).message()).isEqualTo("Cấp trên tạo thành vòng lặp: A1 → B1 → A1.");
    }

    @Test
    void unitIsItsOwnParent() {
        assertSingleUnitError("A1,Đơn vị A,quan,A1,a@x.vn",
                new InputError(2, 4, "parent_code", "Đơn vị A1 không thể là cấp trên của chính nó."));
    }

    @Test
    void duplicateCode() {
        InvalidInputException e = unitsError("Q1,Quận 1,quan,HCM,q1@x.vn\nQ1,Quận Một,quan,HCM,q1b@x.vn");
        assertThat(e.errors()).containsExactly(
                new InputError(3, 1, "code", "Mã đơn vị Q1 bị trùng với dòng 2."));
    }

    @Test
    void codeCamundaWouldReject() {
        assertSingleUnitError("Q1-TH01,Trường TH số 1,truong,HCM,th1@x.vn", new InputError(2, 1, "code",
                "Mã đơn vị \"Q1-TH01\" chỉ được gồm chữ cái không dấu và chữ số (không dấu cách, gạch ngang, dấu chấm)."));
    }

    @Test
    void codeCollidingWithAnotherUnitsRoleGroup() {
        InvalidInputException e = unitsError("HCMstaff,Đơn vị lạ,quan,HCM,x@x.vn");
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(2);
            assertThat(err.field()).isEqualTo("code");
            assertThat(err.message()).contains("trùng với mã nhóm").contains("HCM");
        });
    }

    @Test
    void missingAndMalformedEmail() {
        InvalidInputException e = unitsError("Q1,Quận 1,quan,HCM,\nQ11,Quận 11,quan,HCM,q11.hcm.edu.vn");
        assertThat(e.errors()).containsExactly(
                new InputError(2, 5, "email", "Chưa có email của đơn vị."),
                new InputError(3, 5, "email", "Email \"q11.hcm.edu.vn\" không hợp lệ."));
    }

    @Test
    void wrongColumnCountAndMissingFields() {
        InvalidInputException e = unitsError("Q1,Trường TH Lê Lợi, Quận 1,truong,HCM,x@x.vn\n,,,HCM,q@x.vn");
        assertThat(e.errors()).contains(
                new InputError(2, 0, null, "Dòng có 6 cột, cần 5 cột (code,name,level,parent_code,email). "
                        + "Tên có dấu phẩy phải đặt trong ngoặc kép."),
                new InputError(3, 1, "code", "Chưa có mã đơn vị."),
                new InputError(3, 2, "name", "Chưa có tên đơn vị."));
    }

    @Test
    void wrongHeader() {
        InvalidInputException e = assertRejected(() -> UnitsCsv.parse(
                "ma,ten,level,parent_code,email\nQ1,Quận 1,quan,HCM,q1@x.vn".getBytes(StandardCharsets.UTF_8), STORED));
        assertThat(e.errors()).containsExactly(
                new InputError(1, 1, "code", "Cột thứ 1 phải là \"code\", không phải \"ma\"."),
                new InputError(1, 2, "name", "Cột thứ 2 phải là \"name\", không phải \"ten\"."));
    }

    @Test
    void wrongEncodingIsRejectedWhole() {
        byte[] latin = (UNITS_HEADER + "Q1,Phòng Giáo dục Quận 1,quan,HCM,q1@x.vn").getBytes(Charset.forName("windows-1252"));
        InvalidInputException e = assertRejected(() -> UnitsCsv.parse(latin, STORED));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(2);
            assertThat(err.message()).contains("không phải mã UTF-8").contains("CSV UTF-8");
        });
    }

    @Test
    void everyBadLineIsListed() {
        InvalidInputException e = unitsError("Q1,Quận 1,quan,HCM,q1@x.vn\nQ 2,Quận 2,quan,HCM,q2@x.vn\n"
                + "Q3,Quận 3,quan,KHONGCO,q3@x.vn\nQ4,Quận 4,quan,HCM,");
        assertThat(e.errors()).extracting(InputError::line).containsExactly(3, 4, 5);
        assertThat(e.getMessage()).isEqualTo("Tệp units.csv có 3 lỗi, chưa có gì được ghi.");
    }

    @Test
    void usersGoodFileWithAPersonHoldingTwoRoles() {
        List<PersonRecord> people = users("""
                leloihieutruong,Huỳnh Văn Lợi,loi@x.vn,HCM,head
                leloihieutruong,Huỳnh Văn Lợi,loi@x.vn,HCM,council
                leloicanbo,Mai Thị Hoa,hoa@x.vn,HCM,staff""");
        assertThat(people).hasSize(2);
        assertThat(people.get(0).roles()).containsExactly("council", "head");
    }

    @Test
    void badRoleUnknownUnitAndRejectedUsername() {
        InvalidInputException e = usersError("""
                nguyen.van.an,Nguyễn Văn An,an@x.vn,HCM,staff
                tranbinh,Trần Bình,binh@x.vn,KHONGCO,staff
                lecuong,Lê Cường,cuong@x.vn,HCM,giaovien""");
        assertThat(e.errors()).containsExactly(
                new InputError(2, 1, "username", "Tên đăng nhập \"nguyen.van.an\" chỉ được gồm chữ cái không dấu "
                        + "và chữ số (không dấu cách, dấu chấm, @)."),
                new InputError(3, 4, "unit_code", "Không có đơn vị mã KHONGCO trong hệ thống; hãy nạp units.csv trước."),
                new InputError(4, 5, "role", "Vai trò \"giaovien\" không hợp lệ; chỉ nhận staff (cán bộ phụ trách), "
                        + "head (thủ trưởng), council (hội đồng thi đua – khen thưởng)."));
    }

    @Test
    void usersMissingEmailDuplicateRoleAndConflictingDetails() {
        InvalidInputException e = usersError("""
                an,Nguyễn Văn An,,HCM,staff
                binh,Trần Bình,binh@x.vn,HCM,staff
                binh,Trần Bình,binh@x.vn,HCM,staff
                binh,Trần Văn Bình,binh@x.vn,HCM,head""");
        assertThat(e.errors()).containsExactly(
                new InputError(2, 3, "email", "Chưa có email: hệ thống cần email để gửi thư nhắc hạn."),
                new InputError(4, 5, "role", "Người dùng binh đã có vai trò staff ở dòng 3."),
                new InputError(5, 2, "full_name", "Tên đăng nhập binh đã xuất hiện ở dòng 3 với họ tên khác; "
                        + "một người giữ nhiều vai trò phải có cùng họ tên, email và đơn vị."));
    }

    @Test
    void usernameOfAnotherCamundaAccount() {
        InvalidInputException e = assertRejected(() -> UsersCsv.parse(
                (USERS_HEADER + "admin,Quản trị,admin@x.vn,HCM,staff").getBytes(StandardCharsets.UTF_8),
                "HCM"::equals, "admin"::equals));
        assertThat(e.errors()).singleElement().extracting(InputError::field).isEqualTo("username");
    }

    static final String BODIES_HEADER = "code,name,level,parent_code,email,also_reports_to\n";

    @Test
    void alsoReportsToListsTheOtherBodiesOfEachUnit() {
        UnitsCsv.UnitsFile file = UnitsCsv.read((BODIES_HEADER
                + "PBENTHANH,Ủy ban nhân dân Phường Bến Thành,phuong,HCM,benthanh@x.vn,\n"
                + "PBTTHKIMDONG,Trường Tiểu học Kim Đồng,truong,PBENTHANH,kimdong@x.vn,HCM\n"
                + "PBTTHBACHDANG,Trường Tiểu học Bạch Đằng,truong,PBENTHANH,bachdang@x.vn,\"HCM; PNV\"\n"
                + "PNV,Phòng Nội vụ,phong,HCM,pnv@x.vn,\n").getBytes(StandardCharsets.UTF_8), STORED);
        assertThat(file.units()).extracting(Unit::code)
                .containsExactly("PBENTHANH", "PBTTHKIMDONG", "PBTTHBACHDANG", "PNV");
        assertThat(file.otherBodies()).containsEntry("PBENTHANH", List.of())
                .containsEntry("PBTTHKIMDONG", List.of("HCM"))
                .containsEntry("PBTTHBACHDANG", List.of("HCM", "PNV"));
    }

    @Test
    void aFileWithoutTheColumnSaysNothingAboutOtherBodies() {
        UnitsCsv.UnitsFile file = UnitsCsv.read((UNITS_HEADER + "Q1,Quận 1,quan,HCM,q1@x.vn\n")
                .getBytes(StandardCharsets.UTF_8), STORED);
        assertThat(file.otherBodies()).isNull();
    }

    @Test
    void everyBadOtherBodyIsNamedWithItsLineAndColumn() {
        InvalidInputException e = assertRejected(() -> UnitsCsv.read((BODIES_HEADER
                + "PBT,Phường Bến Thành,phuong,HCM,p@x.vn,PBTTH1\n"
                + "PBTTH1,Trường Tiểu học số 1,truong,PBT,t1@x.vn,PBT;HCM;HCM\n"
                + "PBTTH2,Trường Tiểu học số 2,truong,PBT,t2@x.vn,PBTTH2 SOGDX\n"
                + "PBTTH3,Trường Tiểu học số 3,truong,PBT,t3@x.vn\n").getBytes(StandardCharsets.UTF_8), STORED));
        assertThat(e.errors()).containsExactly(
                new InputError(2, 6, "also_reports_to", "Đơn vị PBTTH1 là đơn vị cấp dưới của PBT, không thể là nơi PBT gửi báo cáo."),
                new InputError(3, 6, "also_reports_to", "PBT đã là đơn vị cấp trên (parent_code), luôn nhận báo cáo; không ghi lại ở also_reports_to."),
                new InputError(3, 6, "also_reports_to", "Đơn vị nhận báo cáo HCM được ghi hai lần."),
                new InputError(4, 6, "also_reports_to", "Đơn vị PBTTH2 không thể gửi báo cáo cho chính nó."),
                new InputError(4, 6, "also_reports_to", "Không có đơn vị nhận báo cáo mã SOGDX (không có trong tệp, cũng chưa có trong hệ thống)."),
                new InputError(5, 0, null, "Dòng có 5 cột, cần 6 cột (code,name,level,parent_code,email,also_reports_to). Tên có dấu phẩy phải đặt trong ngoặc kép."));
    }

    private static List<PersonRecord> users(String body) {
        return UsersCsv.parse((USERS_HEADER + body).getBytes(StandardCharsets.UTF_8), "HCM"::equals, u -> false);
    }

    private static InvalidInputException usersError(String body) {
        return assertRejected(() -> users(body));
    }

    private static void assertSingleUnitError(String line, InputError expected) {
        assertThat(unitsError(line).errors()).containsExactly(expected);
    }

    private static InvalidInputException unitsError(String body) {
        return assertRejected(() -> UnitsCsv.parse((UNITS_HEADER + body).getBytes(StandardCharsets.UTF_8), STORED));
    }

    private static InvalidInputException assertRejected(Runnable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }
}
