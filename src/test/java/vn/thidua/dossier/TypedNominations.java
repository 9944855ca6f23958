package vn.thidua.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.thidua.nomination.Nomination;
import vn.thidua.rules.TitleRule;

/**
 * A nomination list as the dossier page submits it (its form parameters) and as the JSON API receives it, read the
 * way {@code DossierService} reads them: for the tests of the file readers, which compare every way in.
 */
public final class TypedNominations {

    private TypedNominations() {
    }

    /** The page's form parameters ({@code row.0.fullName} …). */
    public static List<Nomination> fromForm(Map<String, String> params, String unitCode, List<TitleRule> titles,
                                            LocalDate today) {
        return TypedNominationRows.read(TypedNominationRows.fromForm(params), unitCode, titles, today);
    }

    /** The JSON API's list of objects, as Jackson hands it over. */
    public static List<Nomination> fromJson(List<Map<String, Object>> objects, String unitCode, List<TitleRule> titles,
                                            LocalDate today) {
        return TypedNominationRows.read(TypedNominationRows.fromJson(objects), unitCode, titles, today);
    }
}
