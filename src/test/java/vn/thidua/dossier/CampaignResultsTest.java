package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.CampaignRepository;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.rules.PinnedRuleSet;

class CampaignResultsTest {

    @Test
    void linesCarryUnitAndTitleNamesStatusAndDecision() {
        AwardDecisionService decisions = mock(AwardDecisionService.class);
        CampaignRules rules = mock(CampaignRules.class);
        CampaignRepository campaigns = mock(CampaignRepository.class);
        OrgDirectory org = mock(OrgDirectory.class);
        PinnedRuleSet set = mock(PinnedRuleSet.class);
        when(campaigns.get(3)).thenReturn(DossierWebTest.CAMPAIGN);
        when(rules.of(3)).thenReturn(set);
        when(set.titles()).thenReturn(TypedNominationRowsTest.TITLES);
        when(org.findUnit("Q1THLELOI")).thenReturn(Optional.of(DossierWebTest.LE_LOI));
        DossierEntry awarded = new DossierEntry(41, 3, "Q1THLELOI", 57, "Q1", 1, DossierWebTest.HOA, List.of(), null,
                NominationStatus.AWARDED, null, "Q1", 9L);
        DossierEntry rejected = new DossierEntry(42, 3, "Q1THBIENHOA", 58, "Q1", 1, DossierWebTest.HOA, List.of(),
                null, NominationStatus.REJECTED, "Thiếu minh chứng sáng kiến", "Q1", null);
        when(decisions.results(DossierWebTest.STAFF, 3)).thenReturn(List.of(awarded, rejected));
        when(decisions.ofCampaign(DossierWebTest.STAFF, 3)).thenReturn(List.of(DossierWebTest.DECISION));
        when(org.findUnit("Q1THBIENHOA")).thenReturn(Optional.empty());

        CampaignResults.Results results = new CampaignResults(decisions, rules, campaigns, org)
                .of(DossierWebTest.STAFF, 3);

        assertThat(results.campaignName()).isEqualTo("Phong trào thi đua năm học 2026-2027");
        assertThat(results.decisions()).containsExactly(DossierWebTest.DECISION);
        assertThat(results.lines()).containsExactly(
                new CampaignResults.Line(41, "Q1THLELOI", "Trường TH Lê Lợi", "Nguyễn Thị Hoa", NomineeKind.PERSON,
                        "CSTDCS", "Chiến sĩ thi đua cơ sở", NominationStatus.AWARDED, "Đã có quyết định khen thưởng",
                        null, 9L),
                new CampaignResults.Line(42, "Q1THBIENHOA", "Q1THBIENHOA", "Nguyễn Thị Hoa", NomineeKind.PERSON,
                        "CSTDCS", "Chiến sĩ thi đua cơ sở", NominationStatus.REJECTED, "Không được chấp nhận",
                        "Thiếu minh chứng sáng kiến", null));
    }
}
