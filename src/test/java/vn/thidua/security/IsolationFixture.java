package vn.thidua.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;

import vn.thidua.dossier.DossierEntry;
import vn.thidua.dossier.DossierRecords;
import vn.thidua.dossier.DossierService;
import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.campaign.CampaignProcessNames;
import vn.thidua.report.ReportAttachments;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.YearDriver;
import vn.thidua.tasklist.TasklistFilterNames;

/**
 * Two cities' work in progress, built once per Spring context: Sở Kiểm Thử (districts An Phú with the schools
 * Hoa Hồng and Hoa Cúc, Bình Lợi with Hoa Sen) and Sở Vĩnh Xuân (school Hoa Mai), one campaign each. Hoa Hồng and
 * Hoa Sen are preparing their reports with a file attached; Hoa Cúc has submitted, so An Phú has it to review; Sở Vĩnh Xuân has decided a title for a teacher of Hoa Mai.
 */
@Component
public class IsolationFixture {

    public static final String PASSWORD = "MatKhau@2026";
    public static final String ADMIN = "ktadmin";

    private final YearDriver year;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final ReportRepository reports;
    private final ReportAttachments attachments;
    private final DossierService dossiers;
    private final DossierRecords dossierRecords;

    private State state;

    /** What the tests point at. */
    public record State(long campaignKt, long campaignKv, long reportHong, long reportSen, long reportCuc,
                        long reportMai, String taskHong, String taskSen, String taskCucReview, String instanceHong,
                        String instanceSen, long attachmentHong, long attachmentSen, String allTasksFilter,
                        long decisionKv, long registrationHong, long registrationSen) {
    }

    public IsolationFixture(YearDriver year, IdentityService identityService,
                            AuthorizationService authorizationService,
                            FilterService filterService, ReportRepository reports, ReportAttachments attachments,
                            DossierService dossiers, DossierRecords dossierRecords) {
        this.dossiers = dossiers;
        this.dossierRecords = dossierRecords;
        this.year = year;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.reports = reports;
        this.attachments = attachments;
    }

    public synchronized State state() throws Exception {
        if (state == null) {
            state = build();
        }
        return state;
    }

    private State build() throws Exception {
        year.setClock(OffsetDateTime.parse("2026-10-01T08:00:00+07:00"));
        try {
            year.importOrg("isolation/units.csv", "isolation/users.csv");
            identityService.createUserQuery().list().stream()
                    .filter(u -> u.getId().startsWith("kt") || u.getId().startsWith("kv"))
                    .forEach(u -> {
                        u.setPassword(PASSWORD);
                        identityService.saveUser(u);
                    });
            TestAdmins.ensure(identityService, authorizationService, ADMIN, PASSWORD);
            List<Map<String, Object>> phases = List.of(YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5),
                    LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25)));
            // Hoa Cúc's reports also go to the city's Phòng Nội vụ (also_reports_to), which reads them once signed.
            long kt = year.launch("ktsostaff", "Phong trào thi đua Kiểm Thử", phases,
                    Map.of(vn.thidua.campaign.CampaignProcessNames.Vars.RECEIVERS, "PARENT_AND_OTHERS"));
            long kv = year.launch("kvsostaff", "Phong trào thi đua Vĩnh Xuân", phases);
            long ktRegistration = year.launch("ktsostaff", "Phong trào thi đua Kiểm Thử có đăng ký", phases,
                    Map.of(CampaignProcessNames.Vars.REGISTRATION, true,
                            CampaignProcessNames.Vars.REGISTRATION_DEADLINE, "2026-11-30"));
            year.runDueJobs();

            long hong = reports.find(kt, 1, "KTQAHONG").orElseThrow().id();
            long sen = reports.find(kt, 1, "KTQBSEN").orElseThrow().id();
            long cuc = reports.find(kt, 1, "KTQACUC").orElseThrow().id();
            long mai = reports.find(kv, 1, "KVMAI").orElseThrow().id();
            attach("kthongstaff", hong, "Biên bản Hoa Hồng.pdf");
            attach("ktsenstaff", sen, "Biên bản Hoa Sen.pdf");

            year.submit("ktcucstaff", year.task(kt, 1, "KTQACUC", UnitReportProcess.PREPARE_REPORT), Map.of(
                    FormFields.SUMMARY, "Trường Hoa Cúc hoàn thành kế hoạch thi đua.",
                    FormFields.STAFF_COUNT, 30, FormFields.REGISTERED_COUNT, 28));
            year.submit("ktcuccouncil", year.task(kt, 1, "KTQACUC", UnitReportProcess.COUNCIL_VOTE),
                    Map.of(FormFields.COUNCIL_CONFIRMED, true));
            year.submit("ktcuchead", year.task(kt, 1, "KTQACUC", UnitReportProcess.APPROVE_REPORT),
                    Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
            Task review = year.task(kt, 1, "KTQACUC", UnitReportProcess.REVIEW_REPORT);

            long decisionKv = vinhXuanDecidesHoaMaisTeacher(kv, mai);

            Task prepareHong = year.task(kt, 1, "KTQAHONG", UnitReportProcess.PREPARE_REPORT);
            Task prepareSen = year.task(kt, 1, "KTQBSEN", UnitReportProcess.PREPARE_REPORT);
            return new State(kt, kv, hong, sen, cuc, mai, prepareHong.getId(), prepareSen.getId(), review.getId(),
                    prepareHong.getProcessInstanceId(), prepareSen.getProcessInstanceId(),
                    attachments.ids(hong).get(0), attachments.ids(sen).get(0),
                    filterService.createFilterQuery().filterName(TasklistFilterNames.ALL).singleResult().getId(),
                    decisionKv, reports.find(ktRegistration, 0, "KTQAHONG").orElseThrow().id(),
                    reports.find(ktRegistration, 0, "KTQBSEN").orElseThrow().id());
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * Hoa Mai nominates one teacher for Lao động tiên tiến; its council votes, its head signs, Sở Vĩnh Xuân accepts
     * the dossier and decides. Returns the Sở's decision.
     */
    private long vinhXuanDecidesHoaMaisTeacher(long campaignId, long schoolReport) {
        LocalDate birth = LocalDate.of(1984, 3, 12);
        String name = "Kiều Thị Thanh Mai";
        dossiers.save(user("kvmaistaff"), schoolReport, List.of(new Nomination.Person(
                NomineeKeys.person("KVMAI", name, birth), "KVMAI", name, birth, "Giáo viên", Rating.GOOD, null,
                RecognitionLevel.NONE, null, RecognitionLevel.NONE, Discipline.NONE, 2, false, 12, null, "LDTT",
                "Hoàn thành tốt công tác chủ nhiệm lớp 3A.")));
        decideAt(campaignId, "KVMAI", schoolReport, "kvmai");
        year.submit("kvmaihead", year.task(campaignId, 1, "KVMAI", UnitReportProcess.APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
        year.submit("kvsostaff", year.task(campaignId, 1, "KVMAI", UnitReportProcess.REVIEW_REPORT),
                Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        year.runDueJobs();
        long cityReport = reports.find(campaignId, 1, "KV").orElseThrow().id();
        decideAt(campaignId, "KV", cityReport, "kvso");
        year.submit("kvsohead", year.task(campaignId, 1, "KV", UnitReportProcess.APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.submit("kvsohead", year.task(campaignId, 1, "KV", UnitReportProcess.ISSUE_DECISION), Map.of(
                FormFields.DECISION_NUMBER, "12/QĐ-SGDĐT", FormFields.DECISION_SIGNED_ON, "2026-10-01",
                FormFields.SIGNER_NAME, "Hồ Thị Sương", FormFields.SIGNER_POSITION, "Giám đốc"));
        year.runDueJobs();
        return dossierRecords.decisions(user("kvsostaff"), campaignId).get(0).id();
    }

    /** The unit's staff submit, its council meets and votes for every nomination before it. */
    private void decideAt(long campaignId, String unit, long reportId, String prefix) {
        year.submit(prefix + "staff", year.task(campaignId, 1, unit, UnitReportProcess.PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Đơn vị tổng kết phong trào thi đua.", FormFields.STAFF_COUNT, 20,
                FormFields.REGISTERED_COUNT, 20));
        SignedInUser council = user(prefix + "council");
        dossiers.recordMeeting(council, reportId, LocalDate.of(2026, 10, 1), 5, 5, true, null);
        dossiers.recordVotes(council, reportId, dossierRecords.toVote(council, reportId).stream()
                .collect(java.util.stream.Collectors.toMap(DossierEntry::id, e -> 5)));
        year.submit(prefix + "council", year.task(campaignId, 1, unit, UnitReportProcess.COUNCIL_VOTE),
                Map.of(FormFields.COUNCIL_CONFIRMED, true));
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, identityService.createGroupQuery().groupMember(username).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    }

    private void attach(String username, long reportId, String fileName) {
        List<String> groups = identityService.createGroupQuery().groupMember(username).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        attachments.upload(new SignedInUser(username, groups), reportId, List.of(new MockMultipartFile("file",
                fileName, "application/pdf", "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8))));
    }
}
