package vn.kehoachxa.domain.reporting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseDates;

/**
 * Checks on an actual completion date (ngày hoàn thành thực tế) a unit reports with a task, shared by the form
 * import, the paper-report dialog and the plan file so all three refuse the same dates with the same words.
 *
 * <p>A date is optional even for DONE (old forms and most paper reports have none; the report date stands in), but
 * when given it must go with DONE, may not lie after the day the report was received (nobody reports work done
 * tomorrow) and may not lie before the plan was issued (the plan's tasks did not exist yet).
 */
public final class CompletionDates {
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private CompletionDates() {
    }

    /**
     * What is wrong with {@code completedOn} for a report of {@code status} received on {@code reportedOn} for a plan
     * issued on {@code planIssuedOn} (null: not issued yet, no lower bound); empty when it is fine or not given. The
     * reason is a Vietnamese clause that says what to do, for the caller to prefix with where it is.
     */
    public static Optional<String> problem(ProgressStatus status, LocalDate completedOn, LocalDate reportedOn,
                                           LocalDate planIssuedOn) {
        if (completedOn == null) {
            return Optional.empty();
        }
        String date = VietnameseDates.shortDate(completedOn);
        if (status != ProgressStatus.DONE) {
            return Optional.of(Texts.get("completion.notDone", date));
        }
        if (reportedOn != null && completedOn.isAfter(reportedOn)) {
            return Optional.of(Texts.get("completion.afterReport", date, VietnameseDates.shortDate(reportedOn)));
        }
        if (planIssuedOn != null && completedOn.isBefore(planIssuedOn)) {
            return Optional.of(Texts.get("completion.beforeIssue", date, VietnameseDates.shortDate(planIssuedOn)));
        }
        return Optional.empty();
    }

    /**
     * A date as people type it: day/month/year with "/", "." or "-" ("28/12/2026", "28.12.2026") or ISO
     * ("2026-12-28"); empty when the text is not such a date or names no real day (31/2/2027).
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
