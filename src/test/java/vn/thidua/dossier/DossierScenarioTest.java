package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.COUNCIL_VOTE;
import static vn.thidua.report.UnitReportProcess.ISSUE_DECISION;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.dossier.file.NominationFiles;
import vn.thidua.mail.OutboxDelivery;
import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.rules.TitleRule;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * The award dossier of one school told from nomination to published decision: Trường Tiểu học Lê Lợi nominates
 * twelve teachers and itself; two fail the rule set and are shown why; the council's vote drops one; the district
 * decides the titles in its power and forwards two city titles; the city accepts one and rejects one with a reason,
 * decides, and the decisions are published with mail, .docx and .xlsx. On a real PostgreSQL and SMTP server.
 */
@PostgresIntegrationTest
class DossierScenarioTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(PostgresIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    /** Phase 2 (tổng kết) opens on 18/01/2027; the school works on its dossier in May. */
    static final OffsetDateTime TONG_KET = OffsetDateTime.parse("2027-05-20T09:00:00+07:00");
    static final String SCHOOL = "DSCLELOI";

    @Autowired
    YearDriver year;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    DossierService dossiers;
    @Autowired
    AwardDecisionService decisions;
    @Autowired
    DecisionRepository history;
    @Autowired
    NominationFiles files;
    @Autowired
    ReportRepository reports;
    @Autowired
    CampaignRules campaignRules;
    @Autowired
    OutboxDelivery dispatcher;

    long campaignId;

    @BeforeEach
    void launch() throws Exception {
        year.setClock(LAUNCH);
        year.importOrg("scenario/dossier-units.csv", "scenario/dossier-users.csv");
        campaignId = year.launch("dscsostaff", "Phong trào thi đua “Dạy tốt – Học tốt” năm học 2026-2027 " + System.nanoTime(),
                List.of(YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16),
                                LocalDate.of(2027, 1, 25)),
                        YearDriver.phase("Đợt 2", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 25),
                                LocalDate.of(2027, 6, 5))));
        year.setClock(TONG_KET);
        year.runDueJobs();
        dispatcher.dispatchDue();
        smtp.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSchoolsDossierTravelsFromNominationToPublishedDecisions() throws Exception {
        long schoolReport = reports.find(campaignId, 2, SCHOOL).orElseThrow().id();
        List<TitleRule> titles = campaignRules.of(campaignId).titles();
        // Titles held in earlier years, from paper decisions: the city titles need them.
        for (String schoolYear : List.of("2024-2025", "2025-2026")) {
            for (String title : List.of("LDTT", "CSTDCS")) {
                history.recordEarlierTitle(key(11), title, schoolYear, name(11), SCHOOL);
                history.recordEarlierTitle(key(12), title, schoolYear, name(12), SCHOOL);
            }
        }

        // 1. The school's staff upload the Excel list they keep: 12 teachers and the school itself.
        SignedInUser staff = launcher.asUser("dscleloistaff");
        List<Nomination> list = nominations();
        dossiers.upload(staff, schoolReport, "danh-sach-de-nghi.xlsx", files.export(list, titles));
        Map<String, DossierEntry> byName = byName(dossiers.view(staff, schoolReport).own());
        assertThat(byName).hasSize(13);

        // 2. Two fail the rule set, each shown why; everyone else is eligible.
        assertThat(byName.values().stream().filter(e -> !e.eligible()).map(e -> e.nomination().fullName()))
                .containsExactlyInAnyOrder(name(9), name(10));
        assertThat(byName.get(name(9)).unmet()).isNotEmpty()
                .allSatisfy(u -> assertThat(u.message()).isNotBlank()).anyMatch(u -> u.message().contains("tốt"));
        assertThat(byName.get(name(10)).unmet()).anyMatch(u -> u.message().toLowerCase().contains("kỷ luật"));

        // Neither may go to the council without a justification: the form says who.
        Task prepare = year.task(campaignId, 2, SCHOOL, PREPARE_REPORT);
        assertThat(year.formVariables("dscleloistaff", prepare).get(FormFields.DOSSIER_URL))
                .isEqualTo("/dossiers/" + schoolReport);
        assertThatThrownBy(() -> year.submit("dscleloistaff", prepare, content()))
                .hasMessageContaining(name(9)).hasMessageContaining(name(10));
        // The school drops the disciplined teacher and justifies the other one.
        dossiers.upload(staff, schoolReport, "danh-sach-de-nghi.xlsx", files.export(
                list.stream().filter(n -> !n.fullName().equals(name(10))).toList(), titles));
        dossiers.justify(staff, schoolReport, byName(dossiers.view(staff, schoolReport).own()).get(name(9)).id(),
                "Cô Hương nghỉ điều trị bệnh dài ngày nhưng vẫn hoàn thành chỉ tiêu chuyên môn của tổ.");
        year.submit("dscleloistaff", prepare, content());

        // 3. The council meets (13 members, 12 present, secret ballot as the city titles require) and votes; one
        //    teacher falls short of 70% of those present.
        SignedInUser council = launcher.asUser("dscleloicouncil");
        assertThatThrownBy(() -> dossiers.recordMeeting(staff, schoolReport, TONG_KET.toLocalDate(), 13, 12, true,
                null)).hasMessageContaining("hội đồng");
        dossiers.recordMeeting(council, schoolReport, TONG_KET.toLocalDate(), 13, 12, true, null);
        Map<Long, Integer> votes = new HashMap<>();
        DossierView atCouncil = dossiers.view(council, schoolReport);
        assertThat(atCouncil.canVote()).isTrue();
        atCouncil.toVote().forEach(e -> votes.put(e.id(), e.nomination().fullName().equals(name(7)) ? 6 : 12));
        assertThatThrownBy(() -> dossiers.recordVotes(council, schoolReport, Map.of(atCouncil.toVote().get(0).id(), 13)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anyMatch(error -> error.message().contains("số thành viên có mặt (12)")));
        dossiers.recordVotes(council, schoolReport, votes);
        // The council's open task shows the dossier as it is now, votes included.
        assertThat((String) year.formVariables("dscleloicouncil", year.task(campaignId, 2, SCHOOL, COUNCIL_VOTE))
                .get(FormFields.NOMINATION_SUMMARY)).contains("| Đặng Thị Hà | Lao động tiên tiến | Đạt | 6 |", "| 12 |");
        year.submit("dscleloicouncil", year.task(campaignId, 2, SCHOOL, COUNCIL_VOTE),
                Map.of(FormFields.COUNCIL_CONFIRMED, true));
        Map<String, DossierEntry> voted = byName(dossiers.view(staff, schoolReport).own());
        assertThat(voted.get(name(7)).status()).isEqualTo(NominationStatus.NOT_PASSED);
        assertThat(voted.get(name(7)).statusReason()).isNotBlank();
        assertThat(voted.values()).filteredOn(e -> e.status() == NominationStatus.PROPOSED).hasSize(11);

        // The school decides no title itself: its head signs and the dossier goes to the district.
        year.submit("dscleloihead", year.task(campaignId, 2, SCHOOL, APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        assertThat(year.task(campaignId, 2, SCHOOL, ISSUE_DECISION)).isNull();
        year.runDueJobs();

        // 4. The district reviewer rejects the justified teacher alone, with a reason, and accepts the dossier.
        SignedInUser districtStaff = launcher.asUser("dscq1staff");
        assertThatThrownBy(() -> dossiers.reject(staff, schoolReport, voted.get(name(9)).id(), "Không đủ tiêu chuẩn"))
                .hasMessageContaining("cấp trên");
        dossiers.reject(districtStaff, schoolReport, voted.get(name(9)).id(),
                "Xếp loại hoàn thành nhiệm vụ chưa đạt tiêu chuẩn Lao động tiên tiến.");
        year.submit("dscq1staff", year.task(campaignId, 2, SCHOOL, REVIEW_REPORT),
                Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        year.runDueJobs();
        // The other school of the district nominates nobody this year.
        unitWithoutNominations("DSCHOABINH", "dschoabinh", "dscq1staff");

        // 5. The district's council decides the titles in its power and forwards the two city titles.
        long districtReport = reports.find(campaignId, 2, "DSCQ1").orElseThrow().id();
        year.submit("dscq1staff", year.task(campaignId, 2, "DSCQ1", PREPARE_REPORT), content());
        SignedInUser districtCouncil = launcher.asUser("dscq1council");
        dossiers.recordMeeting(districtCouncil, districtReport, TONG_KET.toLocalDate(), 9, 9, true, null);
        dossiers.recordVotes(districtCouncil, districtReport, dossiers.view(districtCouncil, districtReport).toVote()
                .stream().collect(Collectors.toMap(DossierEntry::id, e -> 9)));
        year.submit("dscq1council", year.task(campaignId, 2, "DSCQ1", COUNCIL_VOTE),
                Map.of(FormFields.COUNCIL_CONFIRMED, true));
        year.submit("dscq1head", year.task(campaignId, 2, "DSCQ1", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        Task districtDecision = year.task(campaignId, 2, "DSCQ1", ISSUE_DECISION);
        assertThat(districtDecision).isNotNull();
        assertThat(districtDecision.getName()).startsWith("Ký quyết định khen thưởng: Tổng kết");
        Map<String, Object> decisionForm = year.formVariables("dscq1head", districtDecision);
        assertThat(decisionForm.get(FormFields.SIGNER_NAME)).isEqualTo("Võ Thanh Sơn");
        assertThat(decisionForm.get(FormFields.SIGNER_POSITION)).as("no decision signed here yet").isNull();
        assertThat((String) decisionForm.get(FormFields.NOMINATION_SUMMARY)).contains(name(1), name(8))
                .doesNotContain(name(11), name(12));
        assertThatThrownBy(() -> year.submit("dscq1head", districtDecision, signing("sai số", "Trưởng phòng")))
                .hasMessageContaining("Số quyết định");
        year.submit("dscq1head", districtDecision, signing("45/QĐ-GDĐT", "Trưởng phòng"));
        year.runDueJobs();
        // The head's next decision form offers the position he signed with.
        assertThat(decisions.headPosition("DSCQ1")).isEqualTo("Trưởng phòng");

        Map<String, DossierEntry> afterDistrict = byName(decisions.results(staff, campaignId));
        for (int n : List.of(1, 2, 3, 4, 5, 6, 8)) {
            assertThat(afterDistrict.get(name(n)).status()).as(name(n)).isEqualTo(NominationStatus.AWARDED);
        }
        assertThat(afterDistrict.get(SCHOOL_NAME).status()).isEqualTo(NominationStatus.AWARDED);
        assertThat(afterDistrict.get(name(11)).atUnitCode()).isEqualTo("DSCQ1");
        assertThat(afterDistrict.get(name(11)).status()).isEqualTo(NominationStatus.PROPOSED);
        // The school's page keeps every nominee it sent once the district has decided: where each stands now.
        DossierView schoolAfterDistrict = dossiers.view(staff, schoolReport);
        Map<String, DossierEntry> onSchoolPage = byName(schoolAfterDistrict.entries());
        assertThat(onSchoolPage).hasSize(12).doesNotContainKey(name(10));
        assertThat(onSchoolPage.get(name(1)).status()).isEqualTo(NominationStatus.AWARDED);
        assertThat(schoolAfterDistrict.decisionOf(onSchoolPage.get(name(1)))).get()
                .satisfies(d -> assertThat(d.number()).isEqualTo("45/QĐ-GDĐT"));
        assertThat(onSchoolPage.get(name(11)).atUnitCode()).isEqualTo("DSCQ1");
        assertThat(schoolAfterDistrict.isHeld(onSchoolPage.get(name(11)))).isFalse();
        assertThat(onSchoolPage.get(name(9)).status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(onSchoolPage.get(name(9)).statusReason()).contains("chưa đạt tiêu chuẩn");
        assertThat(schoolAfterDistrict.decisions()).isEmpty();
        assertThat(schoolAfterDistrict.namingDecisions()).extracting(IssuedDecision::number)
                .containsExactly("45/QĐ-GDĐT");
        assertThat(schoolAfterDistrict.toVote()).isEmpty();
        assertThat(schoolAfterDistrict.own()).extracting(e -> e.nomination().fullName())
                .containsExactlyInAnyOrder(name(7), name(9));

        // 6. The city reviewer rejects one city title with a reason; the city's council passes the other.
        dossiers.reject(launcher.asUser("dscsostaff"), districtReport, afterDistrict.get(name(12)).id(),
                "Bằng khen năm nay chỉ xét cho tập thể theo kế hoạch của Thành phố.");
        year.submit("dscsostaff", year.task(campaignId, 2, "DSCQ1", REVIEW_REPORT),
                Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        year.runDueJobs();
        long cityReport = reports.find(campaignId, 2, "DSC").orElseThrow().id();
        year.submit("dscsostaff", year.task(campaignId, 2, "DSC", PREPARE_REPORT), content());
        SignedInUser cityCouncil = launcher.asUser("dscsocouncil");
        dossiers.recordMeeting(cityCouncil, cityReport, TONG_KET.toLocalDate(), 11, 10, true, null);
        assertThat(dossiers.view(cityCouncil, cityReport).toVote()).extracting(e -> e.nomination().fullName())
                .containsExactly(name(11));
        dossiers.recordVotes(cityCouncil, cityReport,
                Map.of(dossiers.view(cityCouncil, cityReport).toVote().get(0).id(), 10));
        year.submit("dscsocouncil", year.task(campaignId, 2, "DSC", COUNCIL_VOTE),
                Map.of(FormFields.COUNCIL_CONFIRMED, true));
        year.submit("dscsohead", year.task(campaignId, 2, "DSC", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.submit("dscsohead", year.task(campaignId, 2, "DSC", ISSUE_DECISION),
                signing("12/QĐ-SGDĐT", "Giám đốc"));
        year.runDueJobs();

        // 7. Published: every nominee's status, the history of titles, mail, and the documents.
        Map<String, DossierEntry> finalResults = byName(decisions.results(staff, campaignId));
        assertThat(finalResults.get(name(11)).status()).isEqualTo(NominationStatus.AWARDED);
        assertThat(finalResults.get(name(12)).status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(finalResults.get(name(12)).statusReason()).contains("Bằng khen năm nay");
        assertThat(finalResults.get(name(9)).status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(finalResults.get(name(7)).status()).isEqualTo(NominationStatus.NOT_PASSED);
        assertThat(history.titlesOf(List.of(key(1), key(8), key(11))))
                .filteredOn(h -> h.schoolYear().equals("2026-2027"))
                .extracting(h -> h.nomineeKey().equals(key(1)) ? "1:" + h.titleCode()
                        : h.nomineeKey().equals(key(8)) ? "8:" + h.titleCode() : "11:" + h.titleCode())
                .containsExactlyInAnyOrder("1:LDTT", "8:CSTDCS", "11:CSTDTP");

        // To the end of the chain: the school's page names the city's decision too, the district's its own and
        // the city's, and neither shows another unit's nominees.
        DossierView schoolAtTheEnd = dossiers.view(staff, schoolReport);
        Map<String, DossierEntry> finalOnSchoolPage = byName(schoolAtTheEnd.entries());
        assertThat(finalOnSchoolPage).hasSize(12);
        assertThat(schoolAtTheEnd.decisionOf(finalOnSchoolPage.get(name(11)))).get()
                .satisfies(d -> assertThat(d.number()).isEqualTo("12/QĐ-SGDĐT"));
        assertThat(finalOnSchoolPage.get(name(12)).status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(finalOnSchoolPage.get(name(12)).statusByUnitCode()).isEqualTo("DSC");
        assertThat(schoolAtTheEnd.namingDecisions()).extracting(IssuedDecision::number)
                .containsExactly("45/QĐ-GDĐT", "12/QĐ-SGDĐT");
        DossierView districtAtTheEnd = dossiers.view(launcher.asUser("dscq1staff"), districtReport);
        assertThat(districtAtTheEnd.decisions()).extracting(IssuedDecision::number).containsExactly("45/QĐ-GDĐT");
        assertThat(districtAtTheEnd.namingDecisions()).extracting(IssuedDecision::number)
                .containsExactly("12/QĐ-SGDĐT");
        assertThat(byName(districtAtTheEnd.entries())).containsKeys(name(1), name(11), name(12))
                .allSatisfy((name, e) -> assertThat(e.originUnitCode()).isEqualTo(SCHOOL));

        List<IssuedDecision> issued = decisions.ofCampaign(staff, campaignId);
        assertThat(issued).extracting(IssuedDecision::number).containsExactly("45/QĐ-GDĐT", "12/QĐ-SGDĐT");
        dispatcher.dispatchDue();
        List<MimeMessage> toSchool = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals("leloi@dsc.thidua.local")).toList();
        assertThat(toSchool).extracting(DossierScenarioTest::subject).containsExactlyInAnyOrder(
                "Quyết định khen thưởng số 45/QĐ-GDĐT – Trường Tiểu học Lê Lợi",
                "Quyết định khen thưởng số 12/QĐ-SGDĐT – Trường Tiểu học Lê Lợi");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals("dscleloistaff@dsc.thidua.local")))
                .hasSize(2);

        IssuedDecision district = issued.get(0);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(decisions.docx(staff, district.id()).content()));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("45/QĐ-GDĐT", "QUYẾT ĐỊNH", name(1), name(8), SCHOOL_NAME)
                    .doesNotContain(name(7), name(9), name(11));
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(decisions.xlsx(staff, district.id()).content()))) {
            List<String> cells = new ArrayList<>();
            for (Row row : xlsx.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
            assertThat(cells).contains(name(1), name(6), name(8), SCHOOL_NAME, "Lao động tiên tiến")
                    .doesNotContain(name(7), name(12));
        }
    }

    @Test
    void aBadFileIsRefusedWholeAndTheListStaysAsItWas() {
        long schoolReport = reports.find(campaignId, 2, SCHOOL).orElseThrow().id();
        SignedInUser staff = launcher.asUser("dscleloistaff");
        List<TitleRule> titles = campaignRules.of(campaignId).titles();
        dossiers.upload(staff, schoolReport, "danh-sach.xlsx", files.export(nominations().subList(0, 3), titles));
        assertThatThrownBy(() -> dossiers.upload(staff, schoolReport, "danh-sach.xlsx", "không phải Excel".getBytes()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(dossiers.view(staff, schoolReport).own()).hasSize(3);
        // Another school's staff can neither read nor change it.
        SignedInUser otherSchool = launcher.asUser("dschoabinhstaff");
        assertThatThrownBy(() -> dossiers.view(otherSchool, schoolReport))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.upload(otherSchool, schoolReport, "x.xlsx", files.export(List.of(), titles)))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
    }

    @Test
    void aTypedListObeysTheSameChecksAsAFile() {
        long schoolReport = reports.find(campaignId, 2, SCHOOL).orElseThrow().id();
        SignedInUser staff = launcher.asUser("dscleloistaff");
        dossiers.save(staff, schoolReport, nominations().subList(0, 2));
        assertThat(dossiers.view(staff, schoolReport).own()).extracting(e -> e.nomination().fullName())
                .containsExactly(name(1), name(2));

        // A sixteen-year-old teacher is refused as an uploaded file would refuse her; the list stays as it was.
        Nomination.Person young = (Nomination.Person) nominations().get(2);
        LocalDate sixteen = TONG_KET.toLocalDate().minusYears(16);
        List<Nomination> typed = List.of(nominations().get(0), new Nomination.Person(NomineeKeys.person(SCHOOL,
                young.fullName(), sixteen), SCHOOL, young.fullName(), sixteen, young.position(), young.rating(),
                young.initiative(), young.initiativeLevel(), young.research(), young.researchLevel(),
                young.discipline(), young.daysAbsent(), young.maternityLeave(), young.monthsInPost(), null,
                young.requestedTitle(), young.achievements()));
        assertThatThrownBy(() -> dossiers.save(staff, schoolReport, typed))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> assertThat(error.line()).isEqualTo(2)));
        assertThat(dossiers.view(staff, schoolReport).own()).hasSize(2);
    }

    // ---- The people and the list ------------------------------------------------------------------------------

    static final String SCHOOL_NAME = "Trường Tiểu học Lê Lợi";
    static final String[] NAMES = {"", "Nguyễn Thị An", "Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng",
        "Hoàng Thị Em", "Võ Văn Giang", "Đặng Thị Hà", "Bùi Văn Khoa", "Ngô Thị Hương", "Dương Văn Lực",
        "Lý Thị Mỹ", "Trương Văn Nam"};

    static String name(int n) {
        return NAMES[n];
    }

    static LocalDate birth(int n) {
        return LocalDate.of(1975 + n, n % 12 + 1, 10 + n);
    }

    static String key(int n) {
        return NomineeKeys.person(SCHOOL, name(n), birth(n));
    }

    /**
     * 1–7 Lao động tiên tiến; 8 Chiến sĩ thi đua cơ sở (excellent, initiative); 9 rated only "hoàn thành" and 10
     * reprimanded (both fail LĐTT); 11 Chiến sĩ thi đua cấp thành phố (city-level initiative, CSTĐCS two years);
     * 12 Bằng khen; and the school as Tập thể lao động tiên tiến.
     */
    static List<Nomination> nominations() {
        List<Nomination> list = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            Rating rating = n == 9 ? Rating.COMPLETED : n >= 8 && n != 10 ? Rating.EXCELLENT : Rating.GOOD;
            String title = n <= 7 || n == 9 || n == 10 ? "LDTT" : n == 8 ? "CSTDCS" : n == 11 ? "CSTDTP" : "BKTP";
            boolean initiative = n == 8 || n == 11;
            list.add(new Nomination.Person(key(n), SCHOOL, name(n), birth(n), "Giáo viên", rating,
                    initiative ? "Ứng dụng bản đồ tư duy trong dạy Tiếng Việt lớp " + n : null,
                    n == 11 ? RecognitionLevel.CITY : initiative ? RecognitionLevel.UNIT : RecognitionLevel.NONE,
                    null, RecognitionLevel.NONE, n == 10 ? Discipline.REPRIMAND : Discipline.NONE, 2, false, 12,
                    null, title, "Hoàn thành tốt công tác chủ nhiệm lớp " + n + "."));
        }
        list.add(new Nomination.Collective(NomineeKeys.collective(SCHOOL, null), SCHOOL, SCHOOL_NAME, Rating.GOOD,
                40, 40, 30, 3, 0, null, "TTLDTT",
                "Trường đạt chuẩn quốc gia mức độ 2; 98% học sinh hoàn thành chương trình lớp học."));
        return list;
    }

    private void unitWithoutNominations(String unit, String prefix, String reviewer) {
        year.submit(prefix + "staff", year.task(campaignId, 2, unit, PREPARE_REPORT), content());
        year.submit(prefix + "council", year.task(campaignId, 2, unit, COUNCIL_VOTE),
                Map.of(FormFields.COUNCIL_CONFIRMED, true));
        year.submit(prefix + "head", year.task(campaignId, 2, unit, APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
        year.submit(reviewer, year.task(campaignId, 2, unit, REVIEW_REPORT),
                Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        year.runDueJobs();
    }

    private static Map<String, Object> content() {
        return Map.of(
                FormFields.SUMMARY, "Đơn vị tổ chức tổng kết phong trào thi đua, bình xét thi đua cuối năm học.",
                FormFields.STAFF_COUNT, 45,
                FormFields.REGISTERED_COUNT, 40,
                FormFields.HIGHLIGHTS, "Tổ 4 có hai sáng kiến được công nhận.");
    }

    private Map<String, Object> signing(String number, String position) {
        return Map.of(FormFields.DECISION_NUMBER, number, FormFields.DECISION_SIGNED_ON, TONG_KET.toLocalDate().toString(),
                FormFields.SIGNER_NAME, "Võ Thanh Sơn", FormFields.SIGNER_POSITION, position);
    }

    private static Map<String, DossierEntry> byName(List<DossierEntry> entries) {
        return entries.stream().collect(Collectors.toMap(e -> e.nomination().fullName(), Function.identity()));
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
