package vn.thidua.rules;

import java.util.Collection;
import java.util.List;

/** Titles awarded in earlier campaigns; consecutive-year rules read it. Kept by the dossier feature. */
public interface TitleHistory {

    /** Every title held by these nominees, any year. */
    List<HeldTitle> titlesOf(Collection<String> nomineeKeys);
}
