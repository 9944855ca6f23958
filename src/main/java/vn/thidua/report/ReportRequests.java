package vn.thidua.report;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.org.OrgDirectory;

/**
 * The content and the participants of rounds that are not a campaign's phases: whoever opens such a round defines it
 * before the report process starts; the report process then opens reports only for the units taking part and shows
 * the instructions on the prepare form. A campaign's phases have none: every unit below takes part.
 */
@Component
public class ReportRequests {

    private final JdbcClient jdbc;
    private final OrgDirectory org;

    ReportRequests(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    /** Defines a round's content; defining it again (a retried job) keeps the first definition. */
    public void define(long campaignId, int phaseNo, ReportRequest request) {
        if (find(campaignId, phaseNo).isPresent()) {
            return;
        }
        jdbc.sql("""
                insert into report_request (campaign_id, phase_no, instructions, ask_counts, template_url)
                values (:c, :p, :instructions, :askCounts, :templateUrl)""")
                .param("c", campaignId).param("p", phaseNo).param("instructions", request.instructions())
                .param("askCounts", request.askCounts()).param("templateUrl", request.templateUrl()).update();
        for (String unit : request.unitCodes()) {
            jdbc.sql("insert into report_request_unit (campaign_id, phase_no, unit_code) values (:c, :p, :u)")
                    .param("c", campaignId).param("p", phaseNo).param("u", unit).update();
        }
    }

    public Optional<ReportRequest> find(long campaignId, int phaseNo) {
        return jdbc.sql("""
                select instructions, ask_counts, template_url from report_request
                where campaign_id = :c and phase_no = :p""")
                .param("c", campaignId).param("p", phaseNo)
                .query((rs, n) -> new ReportRequest(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        units(campaignId, phaseNo)))
                .optional();
    }

    private List<String> units(long campaignId, int phaseNo) {
        return jdbc.sql("""
                select unit_code from report_request_unit where campaign_id = :c and phase_no = :p
                order by unit_code""")
                .param("c", campaignId).param("p", phaseNo).query(String.class).list();
    }

    /** Whether the prepare form asks for the counts: always, but in a round that said otherwise. */
    boolean asksCounts(long campaignId, int phaseNo) {
        return find(campaignId, phaseNo).map(ReportRequest::askCounts).orElse(true);
    }

    /**
     * The children of a unit whose reports the round opens: all of them, or, when the round was sent to chosen
     * units, those chosen, those above a chosen unit and those below one.
     */
    List<String> takingPart(long campaignId, int phaseNo, List<String> childCodes) {
        List<String> chosen = units(campaignId, phaseNo);
        if (chosen.isEmpty()) {
            return childCodes;
        }
        return childCodes.stream().filter(child -> chosen.stream()
                .anyMatch(u -> org.isSameOrAncestor(child, u) || org.isSameOrAncestor(u, child))).toList();
    }
}
