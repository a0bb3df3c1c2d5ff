package vn.kehoachxa.domain.plan;

import java.time.LocalDate;

/**
 * Số, ký hiệu và ngày of another plan, naming it without a database id: how a plan file names the version a
 * revision revises, so the link survives a move to another computer.
 */
public record PlanReference(String number, String symbol, LocalDate issueDate) {
    public PlanReference {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol is required");
        }
    }

    /** The reference to {@code plan}. */
    public static PlanReference of(Plan plan) {
        return new PlanReference(plan.number(), plan.symbol(), plan.issueDate());
    }
}
