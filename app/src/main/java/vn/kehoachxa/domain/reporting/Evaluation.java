package vn.kehoachxa.domain.reporting;

import vn.kehoachxa.domain.Texts;

/** Đánh giá kết quả chỉ tiêu: how a result stands against its target. */
public enum Evaluation {
    DAT, VUOT, CHUA_DAT, CHUA_CO_SO_LIEU, KHONG_DANH_GIA;

    /** The Vietnamese label: "Đạt", "Vượt", "Chưa đạt", "Chưa có số liệu", "Không đánh giá được". */
    public String label() {
        return Texts.get("evaluation." + name());
    }
}
