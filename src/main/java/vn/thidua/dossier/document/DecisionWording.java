package vn.thidua.dossier.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import vn.thidua.dossier.AwardDecision;
import vn.thidua.dossier.AwardDecision.Award;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.text.VietnameseNumbers;

/**
 * The sentences of one award decision, built from the record and the {@code decision.*} keys of
 * {@code i18n/decision_vi.properties}; the .docx and the .xlsx print the same words.
 */
final class DecisionWording {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.;,]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final MessageSource messages;
    private final AwardDecision decision;
    private final List<TitleGroup> groups;

    /** The awards of one title, persons first then collectives, each in the record's order. */
    record TitleGroup(String titleCode, String titleName, boolean form, List<Award> persons, List<Award> collectives) {

        List<Award> awards() {
            List<Award> all = new ArrayList<>(persons);
            all.addAll(collectives);
            return all;
        }
    }

    DecisionWording(MessageSource messages, AwardDecision decision) {
        this.messages = messages;
        this.decision = decision;
        this.groups = group(decision.awards());
    }

    String text(String key, String... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, VIETNAMESE);
    }

    AwardDecision decision() {
        return decision;
    }

    List<TitleGroup> groups() {
        return groups;
    }

    /** The awards in the order the list prints them: by title, persons before collectives. */
    List<Award> awardsInListOrder() {
        return groups.stream().flatMap(g -> g.awards().stream()).toList();
    }

    String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /** Nghị định 30/2020: days below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 01 năm 2027"). */
    String date() {
        LocalDate on = decision.signedOn();
        String day = (on.getDayOfMonth() < 10 ? "0" : "") + on.getDayOfMonth();
        String month = (on.getMonthValue() <= 2 ? "0" : "") + on.getMonthValue();
        return text("decision.date", day, month, String.valueOf(on.getYear()));
    }

    String dateLine() {
        return text("decision.dateLine", decision.place(), date());
    }

    String number() {
        return text("decision.number", decision.number());
    }

    /** The parent body for the header, upper case, or null when there is none. */
    String headerParent() {
        return blank(decision.parentUnitName()) ? null : upper(decision.parentUnitName().trim());
    }

    /**
     * The issuing unit as the header prints it under its parent: the place both names end with is said once,
     * by the parent ("ỦY BAN NHÂN DÂN QUẬN 1" over "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO").
     */
    String headerIssuer() {
        List<String> issuer = words(decision.issuingUnitName());
        if (!blank(decision.parentUnitName())) {
            List<String> parent = words(decision.parentUnitName());
            int shared = 0;
            while (shared < issuer.size() - 1 && shared < parent.size() - 1
                    && same(issuer.get(issuer.size() - 1 - shared), parent.get(parent.size() - 1 - shared))) {
                shared++;
            }
            issuer = issuer.subList(0, issuer.size() - shared);
        }
        return upper(String.join(" ", issuer));
    }

    /**
     * Who decides: the signer's position joined to the issuing unit, the word they share said once
     * ("Trưởng phòng" + "Phòng Giáo dục và Đào tạo Quận 1" = "Trưởng phòng Giáo dục và Đào tạo Quận 1").
     */
    String authority() {
        List<String> position = words(decision.signerPosition());
        List<String> unit = words(decision.issuingUnitName());
        if (!position.isEmpty() && unit.size() > 1 && same(position.get(position.size() - 1), unit.get(0))) {
            unit = unit.subList(1, unit.size());
        }
        return String.join(" ", position) + " " + String.join(" ", unit);
    }

    String subject() {
        boolean persons = groups.stream().anyMatch(g -> !g.persons().isEmpty());
        boolean collectives = groups.stream().anyMatch(g -> !g.collectives().isEmpty());
        String whom = text(persons && collectives ? "decision.subject.both"
                : persons ? "decision.subject.persons" : "decision.subject.collectives");
        String campaign = decision.campaignName().trim();
        if (!blank(decision.schoolYear()) && !campaign.contains(decision.schoolYear().trim())) {
            campaign = text("decision.subject.schoolYear", campaign, decision.schoolYear().trim());
        }
        return text("decision.subject", whom, campaign);
    }

    /** One "Căn cứ …;" line per legal basis, in order. */
    List<String> basis() {
        if (decision.legalBases() == null) {
            return List.of();
        }
        String prefix = text("decision.basis.prefix");
        List<String> lines = new ArrayList<>();
        for (String item : decision.legalBases()) {
            String basis = TRAILING_PUNCTUATION.matcher(item.trim()).replaceAll("");
            if (basis.isEmpty()) {
                continue;
            }
            if (basis.regionMatches(true, 0, prefix, 0, prefix.length())) {
                basis = basis.substring(prefix.length()).trim();
            }
            lines.add(text("decision.basis", basis));
        }
        return lines;
    }

    String proposal() {
        return text("decision.proposal", decision.issuingUnitName().trim());
    }

    String article(int number) {
        return text("decision.article", String.valueOf(number));
    }

    /** Điều 1: what is granted to how many, title by title ("Công nhận danh hiệu Lao động tiên tiến cho 8 cá nhân; …"). */
    String article1() {
        List<String> clauses = new ArrayList<>();
        Boolean previousForm = null;
        for (TitleGroup group : groups) {
            String kind = group.form() ? "form" : "title";
            String key = "decision.article1." + kind + (Boolean.valueOf(group.form()).equals(previousForm) ? "" : ".verb");
            clauses.add(text(key, group.titleName(), recipients(group)));
            previousForm = group.form();
        }
        String granted = String.join("; ", clauses);
        return text("decision.article1", Character.toUpperCase(granted.charAt(0)) + granted.substring(1));
    }

    private String recipients(TitleGroup group) {
        String persons = group.persons().isEmpty() ? null
                : text("decision.article1.persons", VietnameseNumbers.integer(group.persons().size()));
        String collectives = group.collectives().isEmpty() ? null
                : text("decision.article1.collectives", VietnameseNumbers.integer(group.collectives().size()));
        if (persons != null && collectives != null) {
            return text("decision.article1.and", persons, collectives);
        }
        return persons != null ? persons : collectives;
    }

    /** "(Kèm theo Quyết định số 125/QĐ-GDĐT ngày 15 tháng 6 năm 2027 của Trưởng phòng …)" */
    String annexReference() {
        return text("decision.annex.reference", decision.number(), date(), authority());
    }

    String groupHeading(int index, TitleGroup group) {
        return text(group.form() ? "decision.annex.group.form" : "decision.annex.group.title", roman(index),
                group.titleName());
    }

    List<String> recipientsList() {
        return List.of(text("decision.recipients.list").split("\\R"));
    }

    String kind(NomineeKind kind) {
        return text("decision.kind." + kind.name());
    }

    private List<TitleGroup> group(List<Award> awards) {
        List<String> forms = Arrays.stream(text("decision.article1.forms").split(";"))
                .map(String::trim).filter(f -> !f.isEmpty()).toList();
        Map<String, TitleGroup> byTitle = new LinkedHashMap<>();
        for (Award award : awards) {
            String key = blank(award.titleCode()) ? award.titleName() : award.titleCode();
            TitleGroup group = byTitle.computeIfAbsent(key, k -> new TitleGroup(award.titleCode(),
                    award.titleName(), forms.stream().anyMatch(f -> startsWithIgnoreCase(award.titleName(), f)),
                    new ArrayList<>(), new ArrayList<>()));
            (award.kind() == NomineeKind.COLLECTIVE ? group.collectives() : group.persons()).add(award);
        }
        return List.copyOf(byTitle.values());
    }

    private static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(numerals[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }

    private static List<String> words(String text) {
        return blank(text) ? List.of() : List.of(SPACES.split(text.trim()));
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(VIETNAMESE).equals(b.toLowerCase(VIETNAMESE));
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text != null && text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
