package vn.thidua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An award decision as stored: the signed facts; who receives what is in the nominations it grants. */
public record IssuedDecision(long id, long campaignId, String unitCode, long reportId, String number,
                             LocalDate signedOn, String signerName, String signerPosition, String legalBasis,
                             String issuedBy, OffsetDateTime publishedAt) {
}
