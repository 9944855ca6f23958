package vn.thidua.nomination;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** Builds {@link Nomination#nomineeKey()}: the same person or collective gets the same key every year. */
public final class NomineeKeys {

    private NomineeKeys() {
    }

    public static String person(String unitCode, String fullName, LocalDate dateOfBirth) {
        return unitCode + ":" + fold(fullName) + ":" + dateOfBirth;
    }

    public static String collective(String unitCode, String teamName) {
        return teamName == null || teamName.isBlank() ? unitCode : unitCode + ":" + fold(teamName);
    }

    /** "Nguyễn Thị  Đào" → "nguyen thi dao": diacritics and case never split one person into two. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
