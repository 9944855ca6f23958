package vn.thidua.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * Quận 7 loads its blocs of a school year from a file: every bad file (a school in two blocs, a leader who is no
 * member, an unknown unit, a school of another district) is rejected whole with the line, column and a Vietnamese
 * reason, nothing stored; a good file is stored, a school joins and leaves during the year with the history kept, a
 * school sees only its own bloc, another district may not load Quận 7's blocs.
 */
@PostgresIntegrationTest
class BlocImportTest {

    static final String YEAR = "2030-2031";
    static final String HEADER = "code,name,parent_code,school_year,leader_code,members\n";

    @Autowired
    YearDriver year;
    @Autowired
    BlocService service;
    @Autowired
    Blocs blocs;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void tree() throws Exception {
        year.importOrg("scenario/bloc-units.csv", "scenario/bloc-users.csv");
    }

    @Test
    void badFilesAreRejectedWholeWithLineColumnAndReason() {
        String good = "K1,Khối 1,KTDQ7," + YEAR + ",KTDTANTHUAN,KTDTANTHUAN;KTDPHUMY\n";
        assertRejected(good + "K2,Khối 2,KTDQ7," + YEAR + ",KTDTANKIENG,KTDTANKIENG;KTDPHUMY\n",
                3, 6, "Trường Tiểu học Phú Mỹ (KTDPHUMY) đã thuộc khối K1 ở dòng 2");
        assertRejected(good + "K2,Khối 2,KTDQ7," + YEAR + ",KTDTANQUY,KTDTANKIENG;KTDBINHTHUAN\n",
                3, 5, "Khối trưởng Trường Tiểu học Tân Quy (KTDTANQUY) không có trong danh sách thành viên");
        assertRejected(good + "K2,Khối 2,KTDQ7," + YEAR + ",KTDTANKIENG,KTDTANKIENG;KTDKHONGCO\n",
                3, 6, "Không có đơn vị mã KTDKHONGCO");
        assertRejected(good + "K2,Khối 2,KTDQ7," + YEAR + ",KTDTANKIENG,KTDTANKIENG;KTDRACHONG\n",
                3, 6, "Trường Tiểu học Rạch Ông (KTDRACHONG) không trực thuộc Phòng Giáo dục và Đào tạo Quận 7");
        assertRejected(good + "K2,Khối 2,KTDQ9," + YEAR + ",KTDTANKIENG,KTDTANKIENG\n",
                3, 3, "Không có đơn vị mã KTDQ9");
        assertRejected(good + "K2,Khối 2,KTDQ7,2030-2032,KTDTANKIENG,KTDTANKIENG\n",
                3, 4, "Năm học \"2030-2032\" không hợp lệ");
        assertThat(blocs.ofParent("KTDQ7", YEAR)).as("nothing of a rejected file is stored").isEmpty();
    }

    @Test
    void aGoodFileIsStoredAndSchoolsJoinAndLeaveWithHistory() {
        String file = HEADER
                + "KA,Khối Tân Thuận,KTDQ7," + "2031-2032" + ",KTDTANTHUAN,KTDTANTHUAN;KTDPHUMY;KTDTANKIENG\n"
                + "KB,Khối Tân Phong,KTDQ7," + "2031-2032" + ",KTDTANPHONG,KTDTANPHONG;KTDTANHUNG\n";
        // Another district may not load Quận 7's blocs; nothing is stored.
        assertThatThrownBy(() -> service.importCsv(user("ktdq8staff"), utf8(file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(blocs.ofParent("KTDQ7", "2031-2032")).isEmpty();

        var summary = service.importCsv(user("ktdq7staff"), utf8(file));
        assertThat(summary.created()).isEqualTo(2);
        Bloc a = blocs.ofParent("KTDQ7", "2031-2032").get(0);
        assertThat(a.code()).isEqualTo("KA");
        assertThat(a.members()).containsExactly("KTDPHUMY", "KTDTANKIENG", "KTDTANTHUAN");
        assertThat(blocs.ofMember("KTDTANHUNG", "2031-2032")).map(Bloc::code).contains("KB");

        // A school of another bloc cannot join before leaving it; the leader cannot leave.
        assertThatThrownBy(() -> service.join(user("ktdq7staff"), a.id(), "KTDTANHUNG"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Khối Tân Phong");
        assertThatThrownBy(() -> service.leave(user("ktdq7staff"), a.id(), "KTDTANTHUAN"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Khối trưởng");
        assertThatThrownBy(() -> service.join(user("ktdtanthuanstaff"), a.id(), "KTDBINHTHUAN"))
                .isInstanceOf(AccessDeniedException.class);
        service.join(user("ktdq7staff"), a.id(), "KTDBINHTHUAN");
        service.leave(user("ktdq7staff"), a.id(), "KTDPHUMY");
        service.setLeader(user("ktdq7staff"), a.id(), "KTDBINHTHUAN");
        Bloc changed = blocs.find(a.id()).orElseThrow();
        assertThat(changed.members()).containsExactly("KTDBINHTHUAN", "KTDTANKIENG", "KTDTANTHUAN");
        assertThat(changed.leaderUnitCode()).isEqualTo("KTDBINHTHUAN");
        assertThat(service.history(a.id())).extracting(BlocRepository.HistoryEntry::action)
                .containsSubsequence("IMPORTED", "JOINED", "JOINED", "LEFT", "LEADER");

        // A file that puts a school in a second stored bloc is rejected whole.
        String again = HEADER + "KC,Khối mới,KTDQ7,2031-2032,KTDTANQUY,KTDTANQUY;KTDTANKIENG\n";
        assertThatThrownBy(() -> service.importCsv(user("ktdq7staff"), utf8(again)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InputError::message)
                        .anyMatch(m -> m.contains("đang thuộc khối KA")));

        // Members see their bloc; a school of the other bloc does not; the district does.
        assertThat(service.readable(user("ktdtankiengstaff"), a.id()).id()).isEqualTo(a.id());
        assertThat(service.readable(user("ktdq7head"), a.id()).id()).isEqualTo(a.id());
        assertThatThrownBy(() -> service.readable(user("ktdtanhungstaff"), a.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> service.readable(user("ktdq8staff"), a.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(service.visible(user("ktdtanhungstaff"), null, null)).extracting(Bloc::code)
                .contains("KB").doesNotContain("KA");
    }

    private void assertRejected(String lines, int line, int column, String message) {
        assertThatThrownBy(() -> service.importCsv(user("ktdq7staff"), utf8(HEADER + lines)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .anySatisfy(error -> {
                            assertThat(error.line()).isEqualTo(line);
                            assertThat(error.column()).isEqualTo(column);
                            assertThat(error.message()).contains(message);
                        }));
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
