package vn.thidua.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.thidua.nomination.NomineeKind;

/**
 * One exemplary model (điển hình tiên tiến) as the unit proposed it and its parent judged it.
 *
 * @param unitCode       the unit that proposes (and, for a collective, usually is) the model
 * @param parentUnitCode the proposer's parent, the first level that reviews the proposal
 * @param dateOfBirth    personal: shown to the unit and the levels above, never on the public page
 * @param contact        personal, likewise
 * @param criteria       codes of the rule set's criteria the model meets
 * @param ruleSet        the rule set version the criteria come from, e.g. {@code giao-duc-2025:2}
 * @param reviewUnitCode the level that reviews the proposal now, or last reviewed it (the parent, or a level above
 *                       it when the rule set has more than one level review)
 * @param chosenByUnitCode the level that chose the model last, null until one did: it holds the nurturing plan,
 *                       follows the model up every year and proposes it for commendation
 */
record ExemplaryModel(long id, String unitCode, String parentUnitCode, NomineeKind kind, String name,
                      LocalDate dateOfBirth, String position, String contact, String fieldCode, List<String> criteria,
                      String storyDone, String storyResults, String storyApply, String recognisedBy,
                      LocalDate recognisedOn, String minutesFileName, String ruleSet, ModelStatus status,
                      String statusReason, int returnCount, String processInstanceId, LocalDate chosenOn,
                      String planSupport, String planBy, LocalDate planUntil, Integer honouredYear,
                      String honouredTitle, String honouredDecision, boolean published, OffsetDateTime publishedAt,
                      String createdBy, OffsetDateTime createdAt, String reviewUnitCode,
                      String chosenByUnitCode) {

    boolean hasMinutes() {
        return minutesFileName != null;
    }

    boolean honoured() {
        return honouredYear != null;
    }

    /** The level that follows the chosen model up: the one that chose it last (the parent for older models). */
    String followingUnitCode() {
        return chosenByUnitCode != null ? chosenByUnitCode : parentUnitCode;
    }
}
