package vn.thidua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The evaluation meeting (họp bình xét) of a unit's council for its tổng kết report.
 *
 * @param reportId        the unit's tổng kết report
 * @param heldOn          ngày họp
 * @param membersTotal    members of the council
 * @param present         members present
 * @param secretBallot    whether the votes were cast by secret ballot (bỏ phiếu kín)
 * @param minutesFileName the minutes (biên bản) attached, or null
 * @param recordedBy      who recorded it
 * @param recordedAt      when
 */
record CouncilMeeting(long reportId, LocalDate heldOn, int membersTotal, int present, boolean secretBallot,
                             String minutesFileName, String recordedBy, OffsetDateTime recordedAt) {
}
