package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Kỳ báo cáo đầu tiên as the Kỳ báo cáo screen offers it: the month the official picked (null: the period of the
 * issue date), the plan's issue date (null in a draft without one), and the periods that can be picked.
 */
public record FirstPeriodChoices(YearMonth picked, LocalDate issueDate, List<Choice> choices) {
    public FirstPeriodChoices {
        choices = List.copyOf(choices);
    }

    /** One period that can be the first: a month it starts in and its name ("quý I năm 2027"). */
    public record Choice(YearMonth month, String name) {
    }
}
