package vn.thidua.dossier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.thidua.rules.TitleRule;

/**
 * Finds the rule set's title a "Danh hiệu đề nghị" cell means: its code (LDTT), its Vietnamese name (Lao động
 * tiên tiến) or the abbreviation units write (LĐTT: the first letter of each word of the name), all compared
 * folded. A code or name always wins over an abbreviation; an abbreviation two titles share means neither.
 */
public final class TitleMatcher {

    private final List<TitleRule> titles;
    private final Map<String, TitleRule> byCode = new HashMap<>();
    private final Map<String, TitleRule> byName = new HashMap<>();
    private final Map<String, TitleRule> byInitials = new HashMap<>();

    public TitleMatcher(List<TitleRule> titles) {
        this.titles = List.copyOf(titles);
        Set<String> ambiguous = new HashSet<>();
        for (TitleRule title : titles) {
            byCode.putIfAbsent(NominationVocabulary.fold(title.code()), title);
            byName.putIfAbsent(NominationVocabulary.fold(title.name()), title);
            String initials = initials(title.name());
            TitleRule other = byInitials.putIfAbsent(initials, title);
            if (other != null && other != title) {
                ambiguous.add(initials);
            }
        }
        ambiguous.forEach(byInitials::remove);
    }

    public List<TitleRule> titles() {
        return titles;
    }

    public Optional<TitleRule> find(String cell) {
        String folded = NominationVocabulary.fold(cell);
        TitleRule title = byCode.get(folded);
        if (title == null) {
            title = byName.get(folded);
        }
        if (title == null) {
            title = byInitials.get(folded);
        }
        return Optional.ofNullable(title);
    }

    /** The title with this code, for writing a nomination back. */
    public Optional<TitleRule> byCode(String code) {
        return titles.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** "Chiến sĩ thi đua cơ sở" → "cstdcs". */
    private static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("[\\s\\-–/]+")) {
            if (!word.isEmpty()) {
                letters.append(word, 0, word.offsetByCodePoints(0, 1));
            }
        }
        return NominationVocabulary.fold(letters.toString());
    }
}
