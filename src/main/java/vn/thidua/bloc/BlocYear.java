package vn.thidua.bloc;

import java.time.OffsetDateTime;

/** A bloc's work in one campaign (table bloc_year). */
record BlocYear(long id, long blocId, long campaignId, BlocYearStatus status, String processInstanceId,
                OffsetDateTime planDeadline, String commonTargets, OffsetDateTime planSubmittedAt,
                OffsetDateTime planAcceptedAt, int returnCount, String returnReason, String interimSummary,
                OffsetDateTime interimSubmittedAt, String evalMinutesName, OffsetDateTime evalAgreedAt,
                OffsetDateTime resultSubmittedAt, String nextLeaderUnitCode, OffsetDateTime confirmedAt,
                String confirmedBy, Long nextBlocId) {
}
