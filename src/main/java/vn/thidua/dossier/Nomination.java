package vn.thidua.dossier;

import java.time.LocalDate;

/**
 * One line of a unit's nomination list (danh sách đề nghị khen thưởng): a person or a collective, what they
 * did this year and the title requested. Entered in the tổng kết form or read from the unit's Excel/CSV file;
 * judged by the campaign's rule set.
 *
 * <p>Fields that do not apply to the kind are null (a person has no member counts, a collective no date of
 * birth).
 *
 * @param nomineeKey         stable identity across years, so history of titles can be found: for a person
 *                           {@code <unitCode>:<name folded to ASCII lower case>:<yyyy-MM-dd of birth>}, for a
 *                           collective {@code <unitCode>} or {@code <unitCode>:<team name folded>}; see
 *                           {@link NomineeKeys}
 * @param kind               person or collective
 * @param unitCode           the unit that nominates (and, for a collective, usually is) the nominee
 * @param fullName           họ và tên, or the collective's name (e.g. "Tổ Toán – Tin")
 * @param dateOfBirth        ngày sinh (person)
 * @param position           chức vụ / vị trí (person)
 * @param rating             the year's rating (person and collective)
 * @param initiative         tên sáng kiến, blank if none (person)
 * @param initiativeLevel    level that recognised the initiative; NONE if none (person)
 * @param research           tên đề tài nghiên cứu, blank if none (person)
 * @param researchLevel      level that accepted the research project; NONE if none (person)
 * @param discipline         heaviest discipline/sanction this year (person)
 * @param daysAbsent         số ngày nghỉ trong năm (person)
 * @param maternityLeave     whether the absence is maternity leave (nghỉ thai sản), which union rules excuse
 * @param monthsInPost       số tháng công tác trong năm (person)
 * @param members            số thành viên (collective)
 * @param membersCompleted   members who completed their tasks (collective)
 * @param membersLdtt        members nominated for or holding LĐTT this year (collective)
 * @param membersCstdcs      members nominated for or holding CSTĐCS this year (collective)
 * @param membersDisciplined members disciplined at warning (cảnh cáo) or above this year (collective)
 * @param score              điểm thi đua: the self-assessed score the union rule sets band by (0–100), null if
 *                           the unit's rule set does not use one
 * @param requestedTitle     code of the title requested, one of the rule set's titles (e.g. {@code LDTT})
 * @param achievements       tóm tắt thành tích
 */
public record Nomination(
        String nomineeKey,
        NomineeKind kind,
        String unitCode,
        String fullName,
        LocalDate dateOfBirth,
        String position,
        Rating rating,
        String initiative,
        RecognitionLevel initiativeLevel,
        String research,
        RecognitionLevel researchLevel,
        Discipline discipline,
        Integer daysAbsent,
        Boolean maternityLeave,
        Integer monthsInPost,
        Integer members,
        Integer membersCompleted,
        Integer membersLdtt,
        Integer membersCstdcs,
        Integer membersDisciplined,
        Integer score,
        String requestedTitle,
        String achievements) {

    public boolean isPerson() {
        return kind == NomineeKind.PERSON;
    }
}
