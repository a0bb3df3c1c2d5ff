package vn.kehoachxa.domain.plan;

import java.time.LocalDate;

/**
 * One line of the plan switcher (danh sách kế hoạch): enough to recognise a plan without loading it. {@code typeName}
 * is the type as the plan prints it, in running text ("Kế hoạch", "Chương trình hành động"); {@code demo} marks
 * a sample opened to try the app (decision 0036).
 */
public record PlanSummary(long id, DocumentFamily family, String numberAndSymbol, String communeName,
                          String summary, LocalDate issueDate, PlanStatus status, int startYear, int endYear,
                          String typeName, boolean demo) {
    /** A summary of a plan of the office (not a demo). */
    public PlanSummary(long id, DocumentFamily family, String numberAndSymbol, String communeName, String summary,
                       LocalDate issueDate, PlanStatus status, int startYear, int endYear, String typeName) {
        this(id, family, numberAndSymbol, communeName, summary, issueDate, status, startYear, endYear, typeName,
                false);
    }

    /** A summary without its type name (callers written before it): the switcher then names no type. */
    public PlanSummary(long id, DocumentFamily family, String numberAndSymbol, String communeName, String summary,
                       LocalDate issueDate, PlanStatus status, int startYear, int endYear) {
        this(id, family, numberAndSymbol, communeName, summary, issueDate, status, startYear, endYear, null);
    }
}
