package vn.thidua.dossier.file;

import org.apache.poi.ss.util.CellReference;

import vn.thidua.dossier.NomineeKind;

/**
 * The columns of a nomination list (danh sách đề nghị khen thưởng), in file order. The headers are the file
 * format's contract with units: the template, the export and the reader all take them from here.
 */
enum NominationColumn {
    NO("STT", null, "Số thứ tự; không bắt buộc, hệ thống không đọc cột này."),
    KIND("Loại", null, "Cá nhân hoặc Tập thể."),
    NAME("Họ và tên / Tên tập thể", null,
            "Họ và tên của cá nhân, hoặc tên tập thể (ví dụ Tổ Toán – Tin). Tối đa 200 ký tự."),
    DATE_OF_BIRTH("Ngày sinh", NomineeKind.PERSON,
            "Ngày/tháng/năm, ví dụ 05/09/1985 (ô kiểu ngày của Excel cũng được). Người được đề nghị phải từ đủ 18 "
                    + "đến 70 tuổi tính đến ngày nạp tệp."),
    POSITION("Chức vụ", NomineeKind.PERSON, "Chức vụ hoặc vị trí việc làm, ví dụ Giáo viên, Tổ trưởng. Tối đa 200 ký tự."),
    RATING("Xếp loại", null, "Mức độ hoàn thành nhiệm vụ trong năm."),
    INITIATIVE("Sáng kiến", NomineeKind.PERSON, "Tên sáng kiến; để trống nếu không có. Tối đa 500 ký tự."),
    INITIATIVE_LEVEL("Cấp công nhận sáng kiến", NomineeKind.PERSON,
            "Cấp đã công nhận sáng kiến; để trống nếu không có sáng kiến."),
    RESEARCH("Đề tài nghiên cứu", NomineeKind.PERSON, "Tên đề tài nghiên cứu khoa học; để trống nếu không có. Tối đa 500 ký tự."),
    RESEARCH_LEVEL("Cấp nghiệm thu đề tài", NomineeKind.PERSON, "Cấp đã nghiệm thu đề tài; để trống nếu không có đề tài."),
    DISCIPLINE("Kỷ luật", NomineeKind.PERSON,
            "Hình thức kỷ luật hoặc xử phạt hành chính nặng nhất trong năm; để trống nghĩa là Không."),
    DAYS_ABSENT("Số ngày nghỉ", NomineeKind.PERSON, "Số ngày nghỉ trong năm (số nguyên từ 0 đến 366); để trống nghĩa là 0."),
    MATERNITY_LEAVE("Nghỉ thai sản", NomineeKind.PERSON, "Có nếu các ngày nghỉ là nghỉ thai sản; để trống nghĩa là Không."),
    MONTHS_IN_POST("Số tháng công tác", NomineeKind.PERSON,
            "Số tháng công tác trong năm (0 đến 12); để trống nếu quy định không yêu cầu."),
    MEMBERS("Số thành viên", NomineeKind.COLLECTIVE, "Tổng số thành viên của tập thể (số nguyên, ít nhất 1)."),
    MEMBERS_COMPLETED("Số hoàn thành nhiệm vụ", NomineeKind.COLLECTIVE,
            "Số thành viên hoàn thành nhiệm vụ trở lên; không lớn hơn số thành viên."),
    MEMBERS_LDTT("Số LĐTT", NomineeKind.COLLECTIVE,
            "Số thành viên đạt hoặc được đề nghị Lao động tiên tiến; không lớn hơn số thành viên."),
    MEMBERS_CSTDCS("Số CSTĐCS", NomineeKind.COLLECTIVE,
            "Số thành viên đạt hoặc được đề nghị Chiến sĩ thi đua cơ sở; không lớn hơn số thành viên."),
    MEMBERS_DISCIPLINED("Số bị kỷ luật", NomineeKind.COLLECTIVE,
            "Số thành viên bị kỷ luật từ cảnh cáo trở lên trong năm; không lớn hơn số thành viên."),
    SCORE("Điểm thi đua", null,
            "Điểm tự chấm (số nguyên từ 0 đến 100) khi bộ tiêu chí chấm điểm, ví dụ của công đoàn; để trống nếu không dùng."),
    REQUESTED_TITLE("Danh hiệu đề nghị", null,
            "Danh hiệu hoặc hình thức khen thưởng đề nghị: ghi tên đầy đủ, mã hoặc chữ viết tắt (ví dụ LĐTT)."),
    ACHIEVEMENTS("Tóm tắt thành tích", null, "Tóm tắt thành tích chính trong năm. Tối đa 4000 ký tự.");

    private final String header;
    private final NomineeKind only;
    private final String guide;

    NominationColumn(String header, NomineeKind only, String guide) {
        this.header = header;
        this.only = only;
        this.guide = guide;
    }

    /** The Vietnamese header in row 1. */
    String header() {
        return header;
    }

    /** The kind of nominee the column is for, or null when it is for both. */
    NomineeKind only() {
        return only;
    }

    /** What to write in the column, for the "Hướng dẫn" sheet. */
    String guide() {
        return guide;
    }

    /** 0-based index in the row. */
    int index() {
        return ordinal();
    }

    /** The column letter Excel shows, e.g. D. */
    String letter() {
        return CellReference.convertNumToColString(ordinal());
    }
}
