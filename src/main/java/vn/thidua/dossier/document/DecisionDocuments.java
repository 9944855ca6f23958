package vn.thidua.dossier.document;

import org.springframework.stereotype.Component;

import vn.thidua.dossier.AwardDecision;

@Component
public class DecisionDocuments {
    public byte[] docx(AwardDecision d) {
        throw new UnsupportedOperationException();
    }

    public byte[] xlsx(AwardDecision d) {
        throw new UnsupportedOperationException();
    }
}
