package vn.thidua.nomination;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of a unit's nomination list (danh sách đề nghị khen thưởng): a {@link Person} or a {@link Collective},
 * what they did this year and the title requested. Typed on the dossier page, sent as JSON or read from the unit's
 * Excel/CSV file (always through the dossier's one checker); judged by the campaign's rule set.
 */
public sealed interface Nomination permits Nomination.Person, Nomination.Collective {

    /**
     * Stable identity across years, so the history of titles can be found: for a person
     * {@code <unitCode>:<name folded to ASCII lower case>:<yyyy-MM-dd of birth>}, for a collective
     * {@code <unitCode>} or {@code <unitCode>:<team name folded>}; see {@link NomineeKeys}.
     */
    String nomineeKey();

    /** The unit that nominates (and, for a collective, usually is) the nominee. */
    String unitCode();

    /** Họ và tên, or the collective's name (e.g. "Tổ Toán – Tin"). */
    String fullName();

    /** The year's rating. */
    Rating rating();

    /** Điểm thi đua (0–100) the union rules band by; null when the unit's rule set does not use one. */
    Integer score();

    /** Code of the title requested, one of the rule set's titles (e.g. {@code LDTT}). */
    String requestedTitle();

    /** Tóm tắt thành tích; empty when none. */
    String achievements();

    @JsonProperty("kind")
    NomineeKind kind();

    /**
     * A person (cá nhân).
     *
     * @param dateOfBirth     ngày sinh
     * @param position        chức vụ / vị trí
     * @param initiative      tên sáng kiến, empty if none
     * @param initiativeLevel level that recognised the initiative; NONE if none
     * @param research        tên đề tài nghiên cứu, empty if none
     * @param researchLevel   level that accepted the research project; NONE if none
     * @param discipline      heaviest discipline or sanction this year
     * @param daysAbsent      số ngày nghỉ trong năm
     * @param maternityLeave  whether the absence is maternity leave (nghỉ thai sản), which union rules excuse
     * @param monthsInPost    số tháng công tác trong năm; null when not given: unknown, which the union rules ask
     *                        for (never taken as a full year)
     */
    record Person(String nomineeKey, String unitCode, String fullName, LocalDate dateOfBirth, String position,
                  Rating rating, String initiative, RecognitionLevel initiativeLevel, String research,
                  RecognitionLevel researchLevel, Discipline discipline, Integer daysAbsent, Boolean maternityLeave,
                  Integer monthsInPost, Integer score, String requestedTitle, String achievements)
            implements Nomination {

        @Override
        @JsonProperty("kind")
        public NomineeKind kind() {
            return NomineeKind.PERSON;
        }
    }

    /**
     * A collective (tập thể): a school, a team (tổ), a union.
     *
     * @param members            số thành viên
     * @param membersCompleted   members who completed their tasks
     * @param membersLdtt        members nominated for or holding LĐTT this year
     * @param membersCstdcs      members nominated for or holding CSTĐCS this year
     * @param membersDisciplined members disciplined at warning (cảnh cáo) or above this year
     */
    record Collective(String nomineeKey, String unitCode, String fullName, Rating rating, Integer members,
                      Integer membersCompleted, Integer membersLdtt, Integer membersCstdcs,
                      Integer membersDisciplined, Integer score, String requestedTitle, String achievements)
            implements Nomination {

        @Override
        @JsonProperty("kind")
        public NomineeKind kind() {
            return NomineeKind.COLLECTIVE;
        }
    }
}
