package vn.thidua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.thidua.rules.RuleSetDefinition;

/**
 * An award decision as stored: the signed facts; who receives what is in the nominations it grants.
 *
 * @param legalBasis the rule set's legal bases when it was issued, one per line
 */
public record IssuedDecision(long id, long campaignId, String unitCode, long reportId, String number,
                             LocalDate signedOn, String signerName, String signerPosition, String legalBasis,
                             String issuedBy, OffsetDateTime publishedAt) {

    /** One item per "Căn cứ …;" line of the printed decision. */
    public List<String> legalBases() {
        return RuleSetDefinition.legalBasesOf(legalBasis);
    }
}
