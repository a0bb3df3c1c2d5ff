package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionDatesTest {
    private static final LocalDate REPORTED = LocalDate.of(2027, 3, 10);
    private static final LocalDate ISSUED = LocalDate.of(2026, 6, 15);

    @ParameterizedTest(name = "{0} completed {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            DONE        | none       | none
            DONE        | 2026-12-28 | none
            DONE        | 2027-03-10 | none
            DONE        | 2026-06-15 | none
            DONE        | 2027-03-11 | 11/3/2027 sau ngày báo cáo 10/3/2027; hãy ghi ngày công việc đã thực sự xong
            DONE        | 2026-06-14 | 14/6/2026 trước ngày ban hành kế hoạch 15/6/2026; hãy kiểm tra lại ngày
            IN_PROGRESS | 2026-12-28 | 28/12/2026 chỉ ghi khi tình trạng là "Hoàn thành"; hãy xóa ngày hoặc chọn
            IN_PROGRESS | none       | none
            """)
    void aCompletionDateMustGoWithDoneAndLieBetweenIssueAndReport(ProgressStatus status, LocalDate completed,
                                                                   String expected) {
        var problem = CompletionDates.problem(status, completed, REPORTED, ISSUED);
        if (expected == null) {
            assertThat(problem).isEmpty();
        } else {
            assertThat(problem).get().asString().startsWith("ngày hoàn thành thực tế ").contains(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            28/12/2026   | 2026-12-28
            8/1/2027     | 2027-01-08
            28.12.2026   | 2026-12-28
            28-12-2026   | 2026-12-28
            2026-12-28   | 2026-12-28
            ' 28 / 12 / 2026 ' | 2026-12-28
            31/02/2027   | none
            12/2026      | none
            hôm qua      | none
            28/12/26     | none
            """)
    void readsDatesAsPeopleTypeThem(String text, LocalDate expected) {
        assertThat(CompletionDates.parse(text).orElse(null)).isEqualTo(expected);
    }
}
