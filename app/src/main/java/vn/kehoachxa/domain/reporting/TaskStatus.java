package vn.kehoachxa.domain.reporting;

import vn.kehoachxa.domain.Texts;

/**
 * Tình trạng thực hiện nhiệm vụ: the official words for where a task stands in a period, and "không xác định được
 * hạn" for an unfinished task whose deadline wording names no date, so it is not counted as "trong hạn" unseen.
 */
public enum TaskStatus {
    HOAN_THANH_DUNG_HAN, HOAN_THANH_QUA_HAN, DANG_THUC_HIEN_TRONG_HAN, CHUA_HOAN_THANH_QUA_HAN, CHUA_TRIEN_KHAI,
    KHONG_XAC_DINH_DUOC_HAN;

    /** The Vietnamese label, e.g. "Hoàn thành đúng hạn". */
    public String label() {
        return Texts.get("taskStatus." + name());
    }
}
