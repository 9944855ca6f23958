package vn.thidua.report;

import java.util.List;

/**
 * What a round outside a campaign's phases asks of the units (a periodic or an ad-hoc report): shown on the prepare
 * form, and who takes part.
 *
 * @param instructions what to write about (hướng dẫn), or null
 * @param askCounts    whether the form asks for the staff and registration counts
 * @param templateUrl  where the units download the attachment template (mẫu), or null
 * @param unitCodes    the units the round was sent to; empty when every unit below takes part. Their ancestors
 *                     (who review and forward) and the units below them take part too.
 */
public record ReportRequest(String instructions, boolean askCounts, String templateUrl, List<String> unitCodes) {

    public ReportRequest {
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
}
