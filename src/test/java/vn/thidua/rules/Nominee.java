package vn.thidua.rules;

import java.time.LocalDate;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;

/** Builds nominations for tests: a person or collective who meets nothing special until told. */
final class Nominee {

    private String key;
    private final NomineeKind kind;
    private String unitCode = "Q1THLELOI";
    private String fullName;
    private LocalDate born;
    private Rating rating;
    private RecognitionLevel initiativeLevel = RecognitionLevel.NONE;
    private RecognitionLevel researchLevel = RecognitionLevel.NONE;
    private Discipline discipline;
    private Integer daysAbsent;
    private Boolean maternityLeave;
    private Integer monthsInPost;
    private Integer members;
    private Integer membersCompleted;
    private Integer membersLdtt;
    private Integer membersCstdcs;
    private Integer membersDisciplined;
    private Integer score;
    private String title;

    private Nominee(NomineeKind kind, String fullName, String title) {
        this.kind = kind;
        this.fullName = fullName;
        this.title = title;
    }

    /** A teacher rated "hoàn thành tốt" with no discipline. */
    static Nominee person(String title) {
        Nominee n = new Nominee(NomineeKind.PERSON, "Nguyễn Thị Hồng Đào", title);
        n.born = LocalDate.of(1985, 3, 14);
        n.rating = Rating.GOOD;
        n.discipline = Discipline.NONE;
        return n;
    }

    /** A group of 10 rated "hoàn thành tốt", everyone completing tasks, 6 LĐTT, 1 CSTĐCS, nobody disciplined. */
    static Nominee collective(String title) {
        Nominee n = new Nominee(NomineeKind.COLLECTIVE, "Tổ Toán – Tin", title);
        n.rating = Rating.GOOD;
        n.members = 10;
        n.membersCompleted = 10;
        n.membersLdtt = 6;
        n.membersCstdcs = 1;
        n.membersDisciplined = 0;
        return n;
    }

    Nominee named(String name, LocalDate born) {
        this.fullName = name;
        this.born = born;
        return this;
    }

    Nominee unit(String code) {
        this.unitCode = code;
        return this;
    }

    Nominee key(String key) {
        this.key = key;
        return this;
    }

    Nominee title(String code) {
        this.title = code;
        return this;
    }

    Nominee rating(Rating r) {
        this.rating = r;
        return this;
    }

    Nominee initiative(RecognitionLevel level) {
        this.initiativeLevel = level;
        return this;
    }

    Nominee research(RecognitionLevel level) {
        this.researchLevel = level;
        return this;
    }

    Nominee discipline(Discipline d) {
        this.discipline = d;
        return this;
    }

    Nominee absent(Integer days, Boolean maternity) {
        this.daysAbsent = days;
        this.maternityLeave = maternity;
        return this;
    }

    Nominee monthsInPost(Integer months) {
        this.monthsInPost = months;
        return this;
    }

    Nominee score(Integer score) {
        this.score = score;
        return this;
    }

    Nominee members(Integer total, Integer completed, Integer ldtt, Integer cstdcs, Integer disciplined) {
        this.members = total;
        this.membersCompleted = completed;
        this.membersLdtt = ldtt;
        this.membersCstdcs = cstdcs;
        this.membersDisciplined = disciplined;
        return this;
    }

    /** A union member with a clean year: 92 points, no absence, 12 months in post. */
    static Nominee unionMember(String title) {
        return person(title).score(92).absent(0, false).monthsInPost(12);
    }

    Nomination build() {
        boolean person = kind == NomineeKind.PERSON;
        String nomineeKey = key != null ? key
                : person ? NomineeKeys.person(unitCode, fullName, born) : NomineeKeys.collective(unitCode, fullName);
        String achievements = "Hoàn thành tốt nhiệm vụ năm học";
        if (person) {
            return new Nomination.Person(nomineeKey, unitCode, fullName, born, "Giáo viên", rating, null,
                    initiativeLevel, null, researchLevel, discipline, daysAbsent, maternityLeave, monthsInPost, score,
                    title, achievements);
        }
        return new Nomination.Collective(nomineeKey, unitCode, fullName, rating, members, membersCompleted,
                membersLdtt, membersCstdcs, membersDisciplined, score, title, achievements);
    }
}
