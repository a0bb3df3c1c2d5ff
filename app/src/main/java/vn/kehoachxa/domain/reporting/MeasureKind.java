package vn.kehoachxa.domain.reporting;

import java.util.Locale;
import java.util.Set;

/**
 * Loại đơn vị tính: what an indicator's unit of measure says about the figures it may take. A percentage lies in
 * 0–100; a count of people, cases, doctors or stations is a whole number, never negative; any other measure
 * (years, centimetres, money) has no range the app could know.
 */
public enum MeasureKind {
    PERCENT, COUNT, OTHER;

    /** Words that name things counted one by one, as offices write them in the "Đơn vị tính" column. */
    private static final Set<String> COUNTED = Set.of("người", "trẻ", "cháu", "em", "ca", "ca bệnh", "lượt",
            "lượt người", "lần", "trạm", "bác sĩ", "bác sỹ", "cán bộ", "nhân viên", "hộ", "hộ gia đình", "gia đình",
            "cơ sở", "xã", "phường", "thôn", "bản", "tiểu khu", "tổ dân phố", "trường", "lớp", "đơn vị", "cuộc",
            "buổi", "giường", "học sinh", "bệnh nhân", "người bệnh", "phụ nữ", "cụ", "người cao tuổi", "hồ sơ",
            "sổ", "thẻ", "mô hình", "câu lạc bộ", "đội", "nhóm", "chiếc", "cái");

    /** The kind of {@code unitOfMeasure} ("%", "tỷ lệ %", "người", "cm"…); blank or unknown is {@link #OTHER}. */
    public static MeasureKind of(String unitOfMeasure) {
        if (unitOfMeasure == null || unitOfMeasure.isBlank()) {
            return OTHER;
        }
        String u = java.text.Normalizer.normalize(unitOfMeasure, java.text.Normalizer.Form.NFC).strip()
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (u.contains("%") || u.contains("phần trăm")) {
            return PERCENT;
        }
        // "người/năm", "lượt (người)": the first word before a slash or bracket decides.
        String head = u.split("[/(]", 2)[0].strip();
        return COUNTED.contains(head) ? COUNT : OTHER;
    }
}
