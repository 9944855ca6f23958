package vn.thidua.bloc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.deadline.EngineClock;
import vn.thidua.mail.MailBaseUrl;
import vn.thidua.report.ReportRepository;
import vn.thidua.security.SignedInUser;

/**
 * The demo's blocs ({@code demo/blocs.csv}): Quận 11's schools in two blocs of the current school year, loaded
 * once as its staff would load them. The demo's campaigns reach Quận 11 on their own; a campaign that reached it before the blocs existed opens
 * their year now.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "thidua.demo.enabled", havingValue = "true")
class BlocDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BlocDemoData.class);
    static final String PARENT = "Q11";

    private final BlocService service;
    private final BlocYears years;
    private final BlocRepository blocs;
    private final CampaignRepository campaigns;
    private final ReportRepository reports;
    private final EngineClock clock;
    private final MailBaseUrl baseUrl;

    BlocDemoData(BlocService service, BlocYears years, BlocRepository blocs, CampaignRepository campaigns,
                 ReportRepository reports, EngineClock clock, MailBaseUrl baseUrl) {
        this.service = service;
        this.years = years;
        this.blocs = blocs;
        this.campaigns = campaigns;
        this.reports = reports;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        String schoolYear = BlocYears.schoolYearOf(clock.now().toLocalDate());
        if (blocs.ofParent(PARENT, schoolYear).isEmpty()) {
            String file;
            try {
                file = new ClassPathResource("demo/blocs.csv").getContentAsString(StandardCharsets.UTF_8)
                        .replace("SCHOOL_YEAR", schoolYear);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            service.importCsv(new SignedInUser("q11canbo", java.util.List.of("Q11", "Q11staff")),
                    file.getBytes(StandardCharsets.UTF_8));
        }
        for (Campaign campaign : campaigns.running()) {
            for (CampaignPhase phase : campaigns.phases(campaign.id())) {
                if (!phase.kind().isRequest()) {
                    reports.find(campaign.id(), phase.phaseNo(), PARENT)
                            .ifPresent(report -> years.open(campaign, phase, report));
                }
            }
        }
        log.info("Demo blocs of {}: {}/blocs", PARENT, baseUrl.get());
    }
}
