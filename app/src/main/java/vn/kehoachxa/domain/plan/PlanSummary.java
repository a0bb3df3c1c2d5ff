package vn.kehoachxa.domain.plan;

import java.time.LocalDate;

/** One line of the plan switcher (danh sách kế hoạch): enough to recognise a plan without loading it. */
public record PlanSummary(long id, DocumentFamily family, String numberAndSymbol, String communeName,
                          String summary, LocalDate issueDate, PlanStatus status, int startYear, int endYear) {
}
