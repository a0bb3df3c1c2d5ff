package vn.kehoachxa.domain.reporting;

import vn.kehoachxa.domain.Texts;

/**
 * Đánh giá kết quả chỉ tiêu: how a result stands against its target. CHUA_DU_DU_LIEU: the plan lacks what judging
 * needs (a relative target's baseline, or whether its "X %" is percent or percentage points).
 */
public enum Evaluation {
    DAT, VUOT, CHUA_DAT, CHUA_CO_SO_LIEU, KHONG_DANH_GIA, CHUA_DU_DU_LIEU;

    /**
     * The Vietnamese label: "Đạt", "Vượt", "Chưa đạt", "Chưa có số liệu", "Không đánh giá được", "Chưa đủ dữ liệu để
     * đánh giá".
     */
    public String label() {
        return Texts.get("evaluation." + name());
    }

    /** Whether this is a verdict an official may record by hand for a qualitative target. */
    public boolean isVerdict() {
        return this == DAT || this == VUOT || this == CHUA_DAT;
    }
}
