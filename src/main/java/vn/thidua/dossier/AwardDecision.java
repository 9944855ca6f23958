package vn.thidua.dossier;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.nomination.NomineeKind;

/**
 * A signed award decision (quyết định khen thưởng) as it is printed and published: who decides, on what basis,
 * and who receives what.
 *
 * @param issuingUnitName   e.g. "Phòng Giáo dục và Đào tạo Quận 1"
 * @param parentUnitName    the body above the issuer for the header (e.g. "Ủy ban nhân dân Quận 1"), may be null
 * @param number            số quyết định, e.g. "125/QĐ-GDĐT"
 * @param signedOn          ngày ký
 * @param place             địa danh in the date line, e.g. "Thành phố Hồ Chí Minh"
 * @param signerName        người ký
 * @param signerPosition    chức vụ người ký, e.g. "Trưởng phòng"
 * @param campaignName      the campaign the awards close, e.g. "Phong trào thi đua năm học 2026-2027"
 * @param schoolYear        e.g. "2026-2027"
 * @param legalBases        căn cứ: the legal documents cited, one per "Căn cứ …;" line (never the rule set's name)
 * @param awards            who receives what, in the order printed
 */
public record AwardDecision(String issuingUnitName, String parentUnitName, String number, LocalDate signedOn,
                            String place, String signerName, String signerPosition, String campaignName,
                            String schoolYear, List<String> legalBases, List<Award> awards) {

    /**
     * One line of the decision's list.
     *
     * @param titleCode  e.g. {@code LDTT}
     * @param titleName  e.g. "Lao động tiên tiến"
     * @param kind       person or collective
     * @param fullName   the person's or collective's name
     * @param position   the person's position, null for a collective
     * @param unitName   the nominee's unit, e.g. "Trường Tiểu học Lê Lợi"
     * @param exemplaryModel whether a models review proposed the nominee as an exemplary model (điển hình tiên
     *                   tiến): the annex and the list mark it
     */
    public record Award(String titleCode, String titleName, NomineeKind kind, String fullName, String position,
                        String unitName, boolean exemplaryModel) {

        public Award(String titleCode, String titleName, NomineeKind kind, String fullName, String position,
                     String unitName) {
            this(titleCode, titleName, kind, fullName, position, unitName, false);
        }
    }
}
