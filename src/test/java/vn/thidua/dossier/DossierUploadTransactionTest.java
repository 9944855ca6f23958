package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.deadline.EngineClock;
import vn.thidua.dossier.file.NominationFiles;
import vn.thidua.nomination.Nomination;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.report.Report;
import vn.thidua.report.ReportAccess;
import vn.thidua.report.ReportRepository;
import vn.thidua.registration.RegistrationApi;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.PinnedRuleSet;
import vn.thidua.security.SignedInUser;

/**
 * An uploaded workbook is read, and a list judged against the rules, before the list is written, outside the
 * transaction: at the deadline hour a hundred schools save at once, and a file being parsed or a list being judged
 * must not hold one of the pool's connections for seconds.
 */
class DossierUploadTransactionTest {

    static final long REPORT = 57;
    static final Report FINAL_REPORT = new Report(REPORT, 3, 2, "Q1THLELOI", "Q1", ReportKind.FINAL,
            ReportStatus.DRAFT, OffsetDateTime.parse("2027-05-25T17:00:00+07:00"), null, null, null, null, null, 0,
            null, null, "pi-57");
    static final SignedInUser STAFF = new SignedInUser("hoa.q1thleloi", List.of(UnitRole.STAFF.groupId("Q1THLELOI")));

    /** What happened, in order: "begin", "commit", "rollback", "parse", "judge", "write". */
    final List<String> events = new ArrayList<>();
    final RecordingTransactions transactions = new RecordingTransactions();

    @Test
    void theWorkbookIsParsedBeforeTheTransactionThatWritesTheList() {
        DossierService service = service();

        service.upload(STAFF, REPORT, "danh-sach.xlsx", new byte[] {1, 2, 3});

        assertThat(events).containsExactly("parse", "judge", "begin", "write", "commit");
    }

    @Test
    void aTypedListIsJudgedBeforeTheTransactionThatWritesIt() {
        DossierService service = service();

        service.saveRows(STAFF, REPORT, List.of());

        assertThat(events).containsExactly("judge", "begin", "write", "commit");
    }

    @Test
    void aRefusedFileOpensNoTransactionAtAll() {
        NominationFiles files = mock(NominationFiles.class);
        when(files.read(anyString(), any(), anyString(), anyList(), any(LocalDate.class)))
                .thenThrow(new IllegalStateException("refused"));
        DossierService service = service(files);

        assertThatThrownBy(() -> service.upload(STAFF, REPORT, "danh-sach.xlsx", new byte[] {1, 2, 3}))
                .hasMessage("refused");
        assertThat(events).isEmpty();
    }

    private DossierService service() {
        NominationFiles files = mock(NominationFiles.class);
        when(files.read(anyString(), any(), anyString(), anyList(), any(LocalDate.class))).thenAnswer(call -> {
            events.add("parse");
            return List.<Nomination>of();
        });
        return service(files);
    }

    private DossierService service(NominationFiles files) {
        ReportRepository reports = mock(ReportRepository.class);
        when(reports.find(REPORT)).thenReturn(Optional.of(FINAL_REPORT));
        CampaignRepository campaigns = mock(CampaignRepository.class);
        Campaign campaign = new Campaign(3, "Phong trào 2026-2027", "2026-2027", "TP", 3, "admin",
                OffsetDateTime.parse("2026-09-05T08:00:00+07:00"), "pi-3", Campaign.STATUS_RUNNING, null);
        when(campaigns.get(3)).thenReturn(campaign);
        when(campaigns.phase(3, 2)).thenReturn(new CampaignPhase(3, 2, "Đợt 2", ReportKind.FINAL,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31), FINAL_REPORT.deadline()));
        PinnedRuleSet rules = mock(PinnedRuleSet.class);
        when(rules.titles()).thenReturn(List.of());
        when(rules.legalBases()).thenReturn(List.of());
        when(rules.judge(anyList(), anyString(), any())).thenAnswer(call -> {
            events.add("judge");
            return List.of();
        });
        CampaignRules campaignRules = mock(CampaignRules.class);
        when(campaignRules.of(3)).thenReturn(rules);
        NominationRepository nominations = mock(NominationRepository.class);
        doAnswer(call -> events.add("write")).when(nominations)
                .replaceOwnList(anyLong(), eq(REPORT), anyString(), anyList(), anyList(), anyMap());
        OrgDirectory org = mock(OrgDirectory.class);
        when(org.unit("Q1THLELOI")).thenReturn(new Unit("Q1THLELOI", "Trường TH Lê Lợi", "truong", "Q1", null));
        when(org.findUnit(any())).thenReturn(Optional.empty());
        EngineClock clock = mock(EngineClock.class);
        when(clock.now()).thenReturn(OffsetDateTime.parse("2027-05-20T09:00:00+07:00"));
        return new DossierService(reports, campaigns, nominations, mock(CouncilRepository.class),
                mock(DecisionRepository.class), campaignRules, files, mock(ReportAccess.class), org, clock,
                mock(DossierForms.class), mock(RegistrationApi.class), transactions);
    }

    /** A transaction manager that only writes down when transactions begin and end. */
    final class RecordingTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            events.add("begin");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            events.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            events.add("rollback");
        }
    }
}
