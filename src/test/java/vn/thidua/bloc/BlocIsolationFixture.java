package vn.thidua.bloc;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.report.ReportRepository;
import vn.thidua.security.SignedInUser;

/**
 * Blocs of the isolation test's tree (isolation/units.csv), made once after its campaign reached the districts: An
 * Phú's bloc of Hoa Hồng (leader) and Hoa Cúc, with its year in the campaign, and Bình Lợi's bloc of Hoa Sen.
 */
@Component
public class BlocIsolationFixture {

    public static final String BLOC_A = "Khối Hoa Hồng Kiểm Thử";
    public static final String BLOC_B = "Khối Hoa Sen Kiểm Thử";

    private final BlocService service;
    private final BlocYears years;
    private final BlocYearRepository repository;
    private final Blocs blocs;
    private final CampaignRepository campaigns;
    private final ReportRepository reports;
    private final IdentityService identity;

    private State state;

    public record State(long blocA, long blocB, long yearA) {
    }

    BlocIsolationFixture(BlocService service, BlocYears years, BlocYearRepository repository, Blocs blocs,
                         CampaignRepository campaigns, ReportRepository reports, IdentityService identity) {
        this.service = service;
        this.years = years;
        this.repository = repository;
        this.blocs = blocs;
        this.campaigns = campaigns;
        this.reports = reports;
        this.identity = identity;
    }

    /** Call after the isolation fixture launched its campaign {@code campaignId}. */
    public synchronized State state(long campaignId) {
        if (state == null) {
            CampaignPhase phase = campaigns.phases(campaignId).get(0);
            String year = BlocYears.schoolYearOf(phase.startsOn());
            String file = "code,name,parent_code,school_year,leader_code,members\n"
                    + "KA," + BLOC_A + ",KTQA," + year + ",KTQAHONG,KTQAHONG;KTQACUC\n";
            service.importCsv(user("ktanphustaff"), file.getBytes(StandardCharsets.UTF_8));
            service.importCsv(user("ktbinhloistaff"), ("code,name,parent_code,school_year,leader_code,members\n"
                    + "KB," + BLOC_B + ",KTQB," + year + ",KTQBSEN,KTQBSEN\n").getBytes(StandardCharsets.UTF_8));
            Bloc a = blocs.ofParent("KTQA", year).get(0);
            Bloc b = blocs.ofParent("KTQB", year).get(0);
            years.open(campaigns.get(campaignId), phase,
                    reports.find(campaignId, phase.phaseNo(), "KTQA").orElseThrow());
            state = new State(a.id(), b.id(), repository.find(a.id(), campaignId).orElseThrow().id());
        }
        return state;
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList());
    }
}
