package vn.kehoachxa.service.reporting;

import java.math.BigDecimal;

/** What a report says of one indicator: a figure or words, and a note. */
public record ResultEntry(long indicatorId, BigDecimal value, String text, String note) {
    public ResultEntry {
        if (value == null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("a result needs a value or a text");
        }
    }
}
