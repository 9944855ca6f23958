package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.nomination.NomineeKeys;
import vn.thidua.rules.HeldTitle;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.YearDriver;

/**
 * Titles held before the product was used come in from one CSV, all or nothing, and are found again by the same
 * keys the nomination files build, so consecutive-year rules judge right from the first year.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class TitleHistoryImportTest {

    static final String ADMIN = "lichsuadmin";
    static final String PASSWORD = "MatKhau@2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    YearDriver year;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    DecisionRepository history;

    @BeforeEach
    void setUp() throws Exception {
        year.importOrg("scenario/dossier-units.csv", "scenario/dossier-users.csv");
        TestAdmins.ensure(identityService, authorizationService, ADMIN, PASSWORD);
        for (String user : List.of("dscleloistaff", "dschoabinhstaff")) {
            var account = identityService.createUserQuery().userId(user).singleResult();
            account.setPassword(PASSWORD);
            identityService.saveUser(account);
        }
    }

    @Test
    void earlierTitlesAreLoadedOnceAndReadByTheUnit() throws Exception {
        String csv = """
                unit_code,kind,full_name,date_of_birth,title_code,school_year
                DSCLELOI,Cá nhân,Trần Thị Lịch Sử,05/09/1985,CSTDCS,2024-2025
                DSCLELOI,Cá nhân,Trần Thị Lịch Sử,05/09/1985,CSTDCS,2025-2026
                DSCLELOI,Tập thể,Tổ Toán – Tin,,TTLDTT,2025-2026
                """;
        mvc.perform(post("/api/title-history").contentType("text/csv").content(csv).with(basic(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(3)).andExpect(jsonPath("$.added").value(3));
        mvc.perform(post("/api/title-history").contentType("text/csv").content(csv).with(basic(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(0));

        // The same keys as a nomination of that teacher: the CSTĐ cấp thành phố rule finds both years.
        assertThat(history.titlesOf(List.of(NomineeKeys.person("DSCLELOI", "Trần Thị  Lịch Sử", LocalDate.of(1985, 9, 5)))))
                .extracting(HeldTitle::schoolYear).containsExactly("2024-2025", "2025-2026");
        mvc.perform(get("/api/title-history").param("unitCode", "DSCLELOI").param("fullName", "Tổ Toán – Tin")
                        .with(basic("dscleloistaff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].titleCode").value("TTLDTT"));
        // Another school learns nothing; only an administrator loads history.
        mvc.perform(get("/api/title-history").param("unitCode", "DSCLELOI").param("fullName", "Tổ Toán – Tin")
                .with(basic("dschoabinhstaff"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/title-history").contentType("text/csv").content(csv).with(basic("dscleloistaff")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryRowNamed() throws Exception {
        String csv = """
                unit_code,kind,full_name,date_of_birth,title_code,school_year
                DSCLELOI,Cá nhân,Nguyễn Văn Hợp Lệ,01/01/1980,LDTT,2023-2024
                KHONGCO,Cá nhân,Lê Văn Sai,31/02/1980,LDTT,2024-2025
                DSCLELOI,Nhóm,Tổ Văn,,TTLDTT,2024
                DSCLELOI,Tập thể,Tổ Anh,01/01/2000,TTLDTT,2024-2025
                """;
        mvc.perform(post("/api/title-history").contentType("text/csv").content(csv).with(basic(ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message").value("Không có đơn vị mã \"KHONGCO\" trong cây tổ chức."))
                .andExpect(jsonPath("$.errors[1].field").value("date_of_birth"))
                .andExpect(jsonPath("$.errors[2].field").value("kind"))
                .andExpect(jsonPath("$.errors[3].field").value("school_year"))
                .andExpect(jsonPath("$.errors[4].message").value("Tập thể không có ngày sinh: để trống cột này."));
        assertThat(history.titlesOf(List.of(NomineeKeys.person("DSCLELOI", "Nguyễn Văn Hợp Lệ",
                LocalDate.of(1980, 1, 1))))).as("nothing saved").isEmpty();
    }

    private static RequestPostProcessor basic(String user) {
        return request -> {
            request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            return request;
        };
    }
}
