package vn.thidua.dossier;

import java.time.LocalDate;

/**
 * Published inside the transaction of an award decision for every exemplary model (điển hình tiên tiến) it grants:
 * the models module records the model's honour from the decision.
 *
 * @param modelId        the model a models review proposed
 * @param nominationId   its nomination in the dossier
 * @param titleName      the title granted, as the rule set names it ("Giấy khen")
 * @param decisionNumber the decision's number ("45/QĐ-PGDĐT")
 * @param signedOn       the day the decision was signed
 * @param issuingUnitName the unit that issued it
 */
public record ModelNominationGranted(long modelId, long nominationId, String titleName, String decisionNumber,
                                     LocalDate signedOn, String issuingUnitName) {
}
