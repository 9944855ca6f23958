package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.thidua.org.OrgDirectory;
import vn.thidua.report.Report;
import vn.thidua.rules.PinnedRuleSet;

/** The dossier table of the tổng kết forms writes its numbers the Vietnamese way. */
class DossierFormsTest {

    @Test
    void aVoteShareReadsWithADecimalComma() {
        NominationRepository nominations = mock(NominationRepository.class);
        CouncilRepository council = mock(CouncilRepository.class);
        CampaignRules campaignRules = mock(CampaignRules.class);
        PinnedRuleSet rules = mock(PinnedRuleSet.class);
        Report report = DossierWebTest.FINAL_REPORT;
        when(nominations.heldBy(report.campaignId(), report.unitCode())).thenReturn(List.of(DossierWebTest.HOA_ENTRY));
        when(campaignRules.of(report.campaignId())).thenReturn(rules);
        when(rules.title("CSTDCS")).thenReturn(Optional.empty());
        // 7 of the 8 members present voted for.
        when(council.votesAt(report.campaignId(), report.unitCode())).thenReturn(Map.of(41L,
                new CouncilRepository.Vote(41, report.unitCode(), 7, true, new BigDecimal("0.8750"), null)));

        String table = new DossierForms(nominations, council, campaignRules, null, mock(OrgDirectory.class), null, null)
                .summary(report);

        assertThat(table).contains("| 7 (87,5%) |").doesNotContain("87.5");
    }
}
