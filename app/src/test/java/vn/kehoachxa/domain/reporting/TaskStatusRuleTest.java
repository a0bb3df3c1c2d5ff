package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.DeadlineText;

class TaskStatusRuleTest {

    /** Reports written "STATUS@date;STATUS@date", one per lead unit; "-" for none. */
    private static List<ReportedProgress> reports(String text) {
        List<ReportedProgress> list = new ArrayList<>();
        if (!"-".equals(text)) {
            for (String r : text.split(";")) {
                String[] parts = r.strip().split("@");
                list.add(new ReportedProgress(ProgressStatus.valueOf(parts[0]), LocalDate.parse(parts[1])));
            }
        }
        return list;
    }

    @ParameterizedTest(name = "due {0}, [{1}], as of {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            2027-12-31 | DONE@2027-06-10                              | 2027-06-19 | HOAN_THANH_DUNG_HAN
            2027-12-31 | DONE@2027-12-31                              | 2028-01-05 | HOAN_THANH_DUNG_HAN
            2027-12-31 | DONE@2028-03-10                              | 2028-03-19 | HOAN_THANH_QUA_HAN
            2027-12-31 | DONE@2027-06-10; DONE@2028-01-15             | 2028-03-19 | HOAN_THANH_QUA_HAN
            2027-12-31 | DONE@2027-06-10; DONE@2027-09-15             | 2027-09-19 | HOAN_THANH_DUNG_HAN
            2027-12-31 | DONE@2027-06-10; IN_PROGRESS@2027-06-12      | 2027-06-19 | DANG_THUC_HIEN_TRONG_HAN
            2027-12-31 | DONE@2027-06-10; IN_PROGRESS@2027-06-12      | 2028-03-19 | CHUA_HOAN_THANH_QUA_HAN
            2027-12-31 | IN_PROGRESS@2027-03-10                       | 2027-03-19 | DANG_THUC_HIEN_TRONG_HAN
            2027-12-31 | STALLED@2027-03-10                           | 2027-03-19 | DANG_THUC_HIEN_TRONG_HAN
            2027-12-31 | NOT_STARTED@2027-03-10; IN_PROGRESS@2027-03-11 | 2027-03-19 | DANG_THUC_HIEN_TRONG_HAN
            2027-12-31 | NOT_STARTED@2027-03-10                       | 2027-03-19 | CHUA_TRIEN_KHAI
            2027-12-31 | -                                            | 2027-03-19 | CHUA_TRIEN_KHAI
            2027-12-31 | -                                            | 2028-03-19 | CHUA_HOAN_THANH_QUA_HAN
            2027-12-31 | NOT_STARTED@2027-03-10                       | 2028-01-01 | CHUA_HOAN_THANH_QUA_HAN
            2027-12-31 | IN_PROGRESS@2027-03-10                       | 2027-12-31 | DANG_THUC_HIEN_TRONG_HAN
            2027-12-31 | DONE@2027-09-10                              | 2027-06-19 | CHUA_TRIEN_KHAI
            none       | IN_PROGRESS@2026-03-10                       | 2030-12-31 | DANG_THUC_HIEN_TRONG_HAN
            none       | -                                            | 2030-12-31 | CHUA_TRIEN_KHAI
            none       | DONE@2029-03-10                              | 2030-12-31 | HOAN_THANH_DUNG_HAN
            """)
    void statusFollowsTheDueDateAndTheLeadUnitsReports(LocalDate due, String reports, LocalDate asOf,
                                                      TaskStatus expected) {
        assertThat(TaskStatusRule.derive(Optional.ofNullable(due), reports(reports), asOf)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}], as of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            -                                      | 2027-03-19 | KHONG_XAC_DINH_DUOC_HAN
            NOT_STARTED@2027-03-10                 | 2027-03-19 | KHONG_XAC_DINH_DUOC_HAN
            IN_PROGRESS@2027-03-10                 | 2027-03-19 | KHONG_XAC_DINH_DUOC_HAN
            STALLED@2027-03-10                     | 2030-12-19 | KHONG_XAC_DINH_DUOC_HAN
            DONE@2027-03-10; IN_PROGRESS@2027-03-11 | 2027-03-19 | KHONG_XAC_DINH_DUOC_HAN
            DONE@2027-03-10                        | 2027-03-09 | KHONG_XAC_DINH_DUOC_HAN
            DONE@2027-03-10                        | 2027-03-19 | HOAN_THANH_DUNG_HAN
            DONE@2027-03-10; DONE@2029-06-01       | 2029-06-19 | HOAN_THANH_DUNG_HAN
            """)
    void undatableDeadlineIsNeverInTimeOrNotStartedOnlyDoneOrUndetermined(String reports, LocalDate asOf,
                                                                         TaskStatus expected) {
        assertThat(TaskStatusRule.deriveUndatable(reports(reports), asOf)).isEqualTo(expected);
    }

    /**
     * Due dates as {@code PeriodResultsBuilder} hands them over for dated and recurring wordings: "trước ngày
     * 30/6/2027" is due 29/6, "Quý IV hằng năm" on 31/12 of the period's year, "Hằng quý" at the quarter's end.
     */
    @ParameterizedTest(name = "[{0}] in period ending {1}, [{2}], as of {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Trước ngày 30/6/2027      | 2027-06 | IN_PROGRESS@2027-06-10 | 2027-06-19 | DANG_THUC_HIEN_TRONG_HAN
            Trước ngày 30/6/2027      | 2027-09 | IN_PROGRESS@2027-09-10 | 2027-09-19 | CHUA_HOAN_THANH_QUA_HAN
            Trước ngày 30/6/2027      | 2027-09 | DONE@2027-06-29        | 2027-09-19 | HOAN_THANH_DUNG_HAN
            Trước ngày 30/6/2027      | 2027-09 | DONE@2027-06-30        | 2027-09-19 | HOAN_THANH_QUA_HAN
            Quý III/2027              | 2027-12 | -                      | 2027-12-19 | CHUA_HOAN_THANH_QUA_HAN
            6 tháng đầu năm 2027      | 2027-06 | -                      | 2027-06-19 | CHUA_TRIEN_KHAI
            Trước ngày 15/12 hằng năm | 2027-12 | IN_PROGRESS@2027-12-10 | 2027-12-19 | CHUA_HOAN_THANH_QUA_HAN
            Trước ngày 15/12 hằng năm | 2028-03 | IN_PROGRESS@2028-03-10 | 2028-03-19 | DANG_THUC_HIEN_TRONG_HAN
            Trước ngày 15/12 hằng năm | 2027-12 | DONE@2027-12-14        | 2027-12-19 | HOAN_THANH_DUNG_HAN
            Quý IV hằng năm           | 2028-12 | IN_PROGRESS@2028-12-10 | 2028-12-19 | DANG_THUC_HIEN_TRONG_HAN
            Tháng 3 hằng năm          | 2027-06 | IN_PROGRESS@2027-06-10 | 2027-06-19 | CHUA_HOAN_THANH_QUA_HAN
            Hằng quý, trước ngày 20 của tháng cuối quý | 2027-03 | IN_PROGRESS@2027-03-10 | 2027-03-19 | DANG_THUC_HIEN_TRONG_HAN
            Hằng quý, trước ngày 20 của tháng cuối quý | 2027-03 | IN_PROGRESS@2027-03-10 | 2027-03-25 | CHUA_HOAN_THANH_QUA_HAN
            Định kỳ 6 tháng           | 2027-03 | DONE@2027-05-10        | 2027-05-20 | HOAN_THANH_DUNG_HAN
            Hằng năm, từ năm 2028     | 2027-12 | -                      | 2028-01-10 | CHUA_TRIEN_KHAI
            """)
    void datedAndRecurringWordingsGiveTheDueDateThatApplies(String wording, YearMonth periodEnd, String reports,
                                                           LocalDate asOf, TaskStatus expected) {
        Optional<LocalDate> due = DeadlineText.dueDateInPeriod(DeadlineText.parse(wording), periodEnd);
        assertThat(TaskStatusRule.derive(due, reports(reports), asOf)).isEqualTo(expected);
    }

    /** Reports written "STATUS@reported" or "STATUS@reported>completed" (the actual completion date). */
    private static List<ReportedProgress> completedReports(String text) {
        List<ReportedProgress> list = new ArrayList<>();
        for (String r : text.split(";")) {
            String[] parts = r.strip().split("[@>]");
            list.add(new ReportedProgress(ProgressStatus.valueOf(parts[0]), LocalDate.parse(parts[1]),
                    parts.length > 2 ? LocalDate.parse(parts[2]) : null));
        }
        return list;
    }

    @ParameterizedTest(name = "due {0}, [{1}], as of {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            2026-12-31 | DONE@2027-03-10>2026-12-28                   | 2027-03-19 | HOAN_THANH_DUNG_HAN
            2026-12-31 | DONE@2027-03-10                              | 2027-03-19 | HOAN_THANH_QUA_HAN
            2026-12-31 | DONE@2027-03-10>2026-12-31                   | 2027-03-19 | HOAN_THANH_DUNG_HAN
            2026-12-31 | DONE@2027-03-10>2027-01-02                   | 2027-03-19 | HOAN_THANH_QUA_HAN
            2026-12-31 | DONE@2027-03-10>2026-12-28; DONE@2027-03-12>2027-01-05 | 2027-03-19 | HOAN_THANH_QUA_HAN
            2026-12-31 | DONE@2027-03-10>2026-12-28; DONE@2027-03-12>2026-12-30 | 2027-03-19 | HOAN_THANH_DUNG_HAN
            2026-12-31 | DONE@2027-03-10>2026-12-28; DONE@2027-03-12  | 2027-03-19 | HOAN_THANH_QUA_HAN
            2026-12-31 | DONE@2027-03-10>2026-12-28; IN_PROGRESS@2027-03-12 | 2027-03-19 | CHUA_HOAN_THANH_QUA_HAN
            2026-12-31 | DONE@2027-03-10>2026-12-28                   | 2027-03-05 | CHUA_HOAN_THANH_QUA_HAN
            2027-12-31 | DONE@2027-03-10>2027-02-01                   | 2027-03-19 | HOAN_THANH_DUNG_HAN
            none       | DONE@2027-03-10>2026-12-28                   | 2027-03-19 | HOAN_THANH_DUNG_HAN
            """)
    void doneIsJudgedByTheActualCompletionDateWhenGiven(LocalDate due, String reports, LocalDate asOf,
                                                        TaskStatus expected) {
        assertThat(TaskStatusRule.derive(Optional.ofNullable(due), completedReports(reports), asOf))
                .isEqualTo(expected);
    }

    @Test
    void theCompletionDateStandsInForTheReportDateOnlyWhenGiven() {
        LocalDate reported = LocalDate.of(2027, 3, 10);
        assertThat(new ReportedProgress(ProgressStatus.DONE, reported).doneOn()).isEqualTo(reported);
        assertThat(new ReportedProgress(ProgressStatus.DONE, reported, LocalDate.of(2026, 12, 28)).doneOn())
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            HOAN_THANH_DUNG_HAN, Hoàn thành đúng hạn
            HOAN_THANH_QUA_HAN, Hoàn thành quá hạn
            DANG_THUC_HIEN_TRONG_HAN, Đang thực hiện trong hạn
            CHUA_HOAN_THANH_QUA_HAN, Chưa hoàn thành quá hạn
            CHUA_TRIEN_KHAI, Chưa triển khai
            KHONG_XAC_DINH_DUOC_HAN, Không xác định được hạn
            """)
    void officialWords(TaskStatus status, String label) {
        assertThat(status.label()).isEqualTo(label);
    }

    @Test
    void reportedProgressNeedsStatusAndDate() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportedProgress(null, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
