package vn.kehoachxa.domain.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * Báo cáo định kỳ: the commune's report for one period as the official edits it — its own number and date (blank in
 * a draft) and the text of every part of the outline, one paragraph per line. {@code generatedAt} is when the draft
 * was last generated from the units' reports; {@code saved} tells whether this text is the stored one.
 */
public record PeriodicReport(long periodId, String number, LocalDate date, Map<ReportPart, String> parts,
                             LocalDateTime generatedAt, boolean saved) {
    public PeriodicReport {
        EnumMap<ReportPart, String> copy = new EnumMap<>(ReportPart.class);
        for (ReportPart part : ReportPart.values()) {
            String text = parts.get(part);
            copy.put(part, text == null ? "" : text);
        }
        parts = java.util.Collections.unmodifiableMap(copy);
        if (generatedAt == null) {
            throw new IllegalArgumentException("generatedAt is required");
        }
    }

    /** The text of one part ("" when empty). */
    public String text(ReportPart part) {
        return parts.get(part);
    }

    /** The same report with one part's text replaced. */
    public PeriodicReport with(ReportPart part, String text) {
        EnumMap<ReportPart, String> copy = new EnumMap<>(parts);
        copy.put(part, text);
        return new PeriodicReport(periodId, number, date, copy, generatedAt, saved);
    }

    /** The same report under another number and date. */
    public PeriodicReport withNumberAndDate(String newNumber, LocalDate newDate) {
        return new PeriodicReport(periodId, newNumber, newDate, parts, generatedAt, saved);
    }

    /** The same report marked as stored or not. */
    public PeriodicReport withSaved(boolean isSaved) {
        return new PeriodicReport(periodId, number, date, parts, generatedAt, isSaved);
    }
}
