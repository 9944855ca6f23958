package vn.thidua.dossier.file;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.dossier.Nomination;
import vn.thidua.rules.TitleRule;

@Component
public class NominationFiles {
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public List<Nomination> read(String fileName, byte[] content, String unitCode, List<TitleRule> titles) {
        throw new UnsupportedOperationException();
    }

    public byte[] template(List<TitleRule> titles) {
        throw new UnsupportedOperationException();
    }

    public byte[] export(List<Nomination> nominations, List<TitleRule> titles) {
        throw new UnsupportedOperationException();
    }
}
