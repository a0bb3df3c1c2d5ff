package vn.kehoachxa.domain.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * Chỉ tiêu: a measurable indicator of the plan with its targets. {@code code} is stable across edits and files;
 * {@code numberLabel} is the TT as printed (blank: numbered by position).
 */
public record Indicator(Long id, String code, String numberLabel, String name, String unitOfMeasure,
                        BigDecimal baselineValue, Integer baselineYear, List<IndicatorTarget> targets, String note,
                        Direction direction, List<Assignee> leads, List<Assignee> cooperating, Deadline deadline) {
    public Indicator {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("indicator code and name are required");
        }
        targets = List.copyOf(targets);
        leads = List.copyOf(leads);
        cooperating = List.copyOf(cooperating);
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
    }
}
