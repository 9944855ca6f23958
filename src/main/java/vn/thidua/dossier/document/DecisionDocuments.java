package vn.thidua.dossier.document;

import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.dossier.AwardDecision;

/**
 * Prints an award decision (quyết định khen thưởng): the signed document as .docx, laid out after
 * Nghị định 30/2020/NĐ-CP with the list as its annex, and the same list as .xlsx. The wording is in
 * {@code i18n/decision_vi.properties}.
 */
@Component
public class DecisionDocuments {

    private final MessageSource messages;

    DecisionDocuments(MessageSource messages) {
        this.messages = messages;
    }

    /** The decision with its annex (danh sách khen thưởng), as a Word document. */
    public byte[] docx(AwardDecision decision) {
        return DecisionDocx.render(wording(decision));
    }

    /** The decision's list, one row per award, as an Excel workbook. */
    public byte[] xlsx(AwardDecision decision) {
        return DecisionXlsx.render(wording(decision));
    }

    private DecisionWording wording(AwardDecision decision) {
        Objects.requireNonNull(decision, "decision");
        if (decision.awards() == null || decision.awards().isEmpty()) {
            throw new IllegalArgumentException("An award decision must award at least one person or collective: "
                    + decision.number());
        }
        require(decision.issuingUnitName(), "issuingUnitName");
        require(decision.number(), "number");
        Objects.requireNonNull(decision.signedOn(), "signedOn");
        require(decision.place(), "place");
        require(decision.signerName(), "signerName");
        require(decision.signerPosition(), "signerPosition");
        require(decision.campaignName(), "campaignName");
        for (AwardDecision.Award award : decision.awards()) {
            require(award.titleName(), "award titleName");
            require(award.fullName(), "award fullName");
            Objects.requireNonNull(award.kind(), "award kind");
        }
        return new DecisionWording(messages, decision);
    }

    private static void require(String value, String field) {
        if (DecisionWording.blank(value)) {
            throw new IllegalArgumentException("Award decision without " + field);
        }
    }
}
