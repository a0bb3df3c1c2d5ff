package vn.kehoachxa.domain.reporting;

import java.math.BigDecimal;

/** Kết quả chỉ tiêu: a figure (or words) one submission reports for one indicator. */
public record IndicatorResult(Long id, long submissionId, long indicatorId, BigDecimal value, String text,
                              String note) {
    public IndicatorResult {
        if (value == null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("a result needs a value or a text");
        }
    }
}
