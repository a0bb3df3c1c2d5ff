package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real deadline wordings (thời gian hoàn thành) from the seed plans and from common practice in commune plans, each
 * with the kind it reads as and its due dates: once ({@link DeadlineText#dueDate}), in the Q1/2027 report and in the
 * 2027 annual report ({@link DeadlineText#dueDateInPeriod}). "-" is no due date.
 */
class DeadlineWordingsTest {

    @ParameterizedTest(name = "[{0}] -> {1}, due {2}, Q1/2027 {3}, 2027 {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Thường xuyên                                                  | RECURRING           | -          | -          | -
            Thường xuyên, liên tục                                        | RECURRING           | -          | -          | -
            Triển khai thường xuyên, liên tục từ Quý IV/2025 đến năm 2030 | RECURRING           | -          | -          | -
            Thường xuyên hằng năm                                         | RECURRING           | -          | -          | -
            Hằng năm                                                      | YEARLY              | -          | 2027-12-31 | 2027-12-31
            Hàng năm                                                      | YEARLY              | -          | 2027-12-31 | 2027-12-31
            Hằng năm và theo từng giai đoạn theo hướng dẫn của tỉnh       | YEARLY              | -          | 2027-12-31 | 2027-12-31
            Định kỳ hằng năm                                              | YEARLY              | -          | 2027-12-31 | 2027-12-31
            Hằng năm, giai đoạn 2026-2030                                 | YEARLY              | -          | 2027-12-31 | 2027-12-31
            Hằng năm, từ năm 2028                                         | YEARLY              | -          | -          | -
            Năm 2027                                                      | BY_YEAR             | 2027-12-31 | 2027-12-31 | 2027-12-31
            Trong năm 2026                                                | BY_YEAR             | 2026-12-31 | 2026-12-31 | 2026-12-31
            Đến năm 2030                                                  | BY_YEAR             | 2030-12-31 | 2030-12-31 | 2030-12-31
            Cuối năm 2027                                                 | BY_YEAR             | 2027-12-31 | 2027-12-31 | 2027-12-31
            2026-2030                                                     | YEAR_RANGE          | 2030-12-31 | 2030-12-31 | 2030-12-31
            Giai đoạn 2026 - 2030                                         | YEAR_RANGE          | 2030-12-31 | 2030-12-31 | 2030-12-31
            Từ năm 2026                                                   | FROM_YEAR           | -          | -          | -
            Từ năm 2026 trở đi                                            | FROM_YEAR           | -          | -          | -
            Đến tháng 9/2030                                              | BY_MONTH            | 2030-09-30 | 2030-09-30 | 2030-09-30
            Tháng 9/2028                                                  | BY_MONTH            | 2028-09-30 | 2028-09-30 | 2028-09-30
            tháng 09/2028                                                 | BY_MONTH            | 2028-09-30 | 2028-09-30 | 2028-09-30
            Trong tháng 9 năm 2028                                        | BY_MONTH            | 2028-09-30 | 2028-09-30 | 2028-09-30
            Trước tháng 9/2030                                            | BY_MONTH            | 2030-08-31 | 2030-08-31 | 2030-08-31
            9/2028                                                        | BY_MONTH            | 2028-09-30 | 2028-09-30 | 2028-09-30
            Quý I/2026                                                    | BY_QUARTER          | 2026-03-31 | 2026-03-31 | 2026-03-31
            Quý III/2027                                                  | BY_QUARTER          | 2027-09-30 | 2027-09-30 | 2027-09-30
            quý III năm 2027                                              | BY_QUARTER          | 2027-09-30 | 2027-09-30 | 2027-09-30
            trong quý I/2026                                              | BY_QUARTER          | 2026-03-31 | 2026-03-31 | 2026-03-31
            Quý 2/2027                                                    | BY_QUARTER          | 2027-06-30 | 2027-06-30 | 2027-06-30
            Quí II/2027                                                   | BY_QUARTER          | 2027-06-30 | 2027-06-30 | 2027-06-30
            Trước quý III/2027                                            | BY_QUARTER          | 2027-06-30 | 2027-06-30 | 2027-06-30
            Cuối quý IV/2026                                              | BY_QUARTER          | 2026-12-31 | 2026-12-31 | 2026-12-31
            6 tháng đầu năm 2027                                          | BY_HALF_YEAR        | 2027-06-30 | 2027-06-30 | 2027-06-30
            6 tháng cuối năm 2026                                         | BY_HALF_YEAR        | 2026-12-31 | 2026-12-31 | 2026-12-31
            Trong 6 tháng đầu năm 2027                                    | BY_HALF_YEAR        | 2027-06-30 | 2027-06-30 | 2027-06-30
            Sáu tháng cuối năm 2027                                       | BY_HALF_YEAR        | 2027-12-31 | 2027-12-31 | 2027-12-31
            Trước ngày 30/6/2027                                          | BY_DATE             | 2027-06-29 | 2027-06-29 | 2027-06-29
            Trước ngày 01/7/2027                                          | BY_DATE             | 2027-06-30 | 2027-06-30 | 2027-06-30
            Chậm nhất ngày 30/6/2027                                      | BY_DATE             | 2027-06-30 | 2027-06-30 | 2027-06-30
            Đến ngày 31/12/2026                                           | BY_DATE             | 2026-12-31 | 2026-12-31 | 2026-12-31
            Hoàn thành trước ngày 15/10/2026                              | BY_DATE             | 2026-10-14 | 2026-10-14 | 2026-10-14
            Ngày 30 tháng 6 năm 2027                                      | BY_DATE             | 2027-06-30 | 2027-06-30 | 2027-06-30
            Trước ngày 1/1/2027                                           | BY_DATE             | 2026-12-31 | 2026-12-31 | 2026-12-31
            31/3/2027                                                     | BY_DATE             | 2027-03-31 | 2027-03-31 | 2027-03-31
            Trước 15/10                                                   | YEARLY_BY_DATE      | -          | 2027-10-14 | 2027-10-14
            Trước ngày 15/12 hằng năm                                     | YEARLY_BY_DATE      | -          | 2027-12-14 | 2027-12-14
            trước ngày 10/11 hàng năm                                     | YEARLY_BY_DATE      | -          | 2027-11-09 | 2027-11-09
            Hằng năm, trước ngày 15/12                                    | YEARLY_BY_DATE      | -          | 2027-12-14 | 2027-12-14
            Hằng năm (trước ngày 20/12)                                   | YEARLY_BY_DATE      | -          | 2027-12-19 | 2027-12-19
            Ngày 07/4 hằng năm                                            | YEARLY_BY_DATE      | -          | 2027-04-07 | 2027-04-07
            Trước ngày 1/3 hằng năm                                       | YEARLY_BY_DATE      | -          | 2027-02-28 | 2027-02-28
            Tháng 12 hằng năm                                             | YEARLY_BY_MONTH     | -          | 2027-12-31 | 2027-12-31
            Trong tháng 12 hàng năm                                       | YEARLY_BY_MONTH     | -          | 2027-12-31 | 2027-12-31
            Tháng 3 hằng năm                                              | YEARLY_BY_MONTH     | -          | 2027-03-31 | 2027-03-31
            Hằng năm, vào tháng 3                                         | YEARLY_BY_MONTH     | -          | 2027-03-31 | 2027-03-31
            Tháng 12                                                      | YEARLY_BY_MONTH     | -          | 2027-12-31 | 2027-12-31
            Quý IV hằng năm                                               | YEARLY_BY_QUARTER   | -          | 2027-12-31 | 2027-12-31
            Quý I hàng năm                                                | YEARLY_BY_QUARTER   | -          | 2027-03-31 | 2027-03-31
            Hằng năm, trong quý II                                        | YEARLY_BY_QUARTER   | -          | 2027-06-30 | 2027-06-30
            Quý IV                                                        | YEARLY_BY_QUARTER   | -          | 2027-12-31 | 2027-12-31
            6 tháng cuối năm, hằng năm                                    | YEARLY_BY_HALF_YEAR | -          | 2027-12-31 | 2027-12-31
            6 tháng đầu năm hằng năm                                      | YEARLY_BY_HALF_YEAR | -          | 2027-06-30 | 2027-06-30
            Hằng quý                                                      | QUARTERLY           | -          | 2027-03-31 | 2027-12-31
            Hàng quý                                                      | QUARTERLY           | -          | 2027-03-31 | 2027-12-31
            Định kỳ hằng quý                                              | QUARTERLY           | -          | 2027-03-31 | 2027-12-31
            Hằng quý, trước ngày 20 của tháng cuối quý                    | QUARTERLY           | -          | 2027-03-19 | 2027-12-19
            Báo cáo hằng quý                                              | QUARTERLY           | -          | 2027-03-31 | 2027-12-31
            Hằng quý và đột xuất                                          | QUARTERLY           | -          | 2027-03-31 | 2027-12-31
            Định kỳ 6 tháng                                               | HALF_YEARLY         | -          | 2027-06-30 | 2027-12-31
            6 tháng một lần                                               | HALF_YEARLY         | -          | 2027-06-30 | 2027-12-31
            Định kỳ 6 tháng/lần                                           | HALF_YEARLY         | -          | 2027-06-30 | 2027-12-31
            Tháng 6 và tháng 12 hằng năm                                  | HALF_YEARLY         | -          | 2027-06-30 | 2027-12-31
            Hằng tháng                                                    | MONTHLY             | -          | 2027-03-31 | 2027-12-31
            Trước ngày 25 hằng tháng                                      | MONTHLY             | -          | 2027-03-24 | 2027-12-24
            Sau khi Chính phủ ban hành Nghị định                          | CONDITIONAL         | -          | -          | -
            Sau khi Chính phủ, ban hành Nghị định                         | CONDITIONAL         | -          | -          | -
            Khi có hướng dẫn của tỉnh                                     | CONDITIONAL         | -          | -          | -
            Theo lộ trình của Bộ Y tế                                     | CONDITIONAL         | -          | -          | -
            Khẩn trương                                                   | FREE_TEXT           | -          | -          | -
            Năm 2027 và các năm tiếp theo                                 | FREE_TEXT           | -          | -          | -
            Đầu năm 2027                                                  | FREE_TEXT           | -          | -          | -
            Tháng 13/2026                                                 | FREE_TEXT           | -          | -          | -
            Trước ngày 31/6/2027                                          | FREE_TEXT           | -          | -          | -
            Quý I, II/2026                                                | FREE_TEXT           | -          | -          | -
            Định kỳ                                                       | FREE_TEXT           | -          | -          | -
            Giai đoạn 2030-2026                                           | FREE_TEXT           | -          | -          | -
            Theo kế hoạch                                                 | FREE_TEXT           | -          | -          | -
            Quý IV/2025 đến năm 2030                                      | FREE_TEXT           | -          | -          | -
            Tháng 6/2026 và tháng 12/2026                                 | FREE_TEXT           | -          | -          | -
            """)
    void everyWordingReadsAsItsKindWithItsDueDates(String text, DeadlineKind kind, LocalDate due,
                                                   LocalDate inFirstQuarter, LocalDate inYear) {
        Deadline d = DeadlineText.parse(text);
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.originalText()).isEqualTo(text);
        assertThat(DeadlineText.dueDate(d)).isEqualTo(Optional.ofNullable(due));
        assertThat(DeadlineText.dueDateInPeriod(d, YearMonth.of(2027, 3))).isEqualTo(Optional.ofNullable(inFirstQuarter));
        assertThat(DeadlineText.dueDateInPeriod(d, YearMonth.of(2027, 12))).isEqualTo(Optional.ofNullable(inYear));
        assertThat(DeadlineText.dueDateInYear(d, 2027)).isEqualTo(Optional.ofNullable(inYear));
    }

    @ParameterizedTest(name = "[{0}] -> {1} {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Trước ngày 30/6/2027                        | BY_DATE             | 2027 | -    | 6  | 29
            6 tháng cuối năm 2026                       | BY_HALF_YEAR        | 2026 | -    | 12 | -
            Trước 15/10                                 | YEARLY_BY_DATE      | -    | -    | 10 | 14
            Quý IV hằng năm                             | YEARLY_BY_QUARTER   | -    | -    | 12 | -
            6 tháng đầu năm, hằng năm                   | YEARLY_BY_HALF_YEAR | -    | -    | 6  | -
            Tháng 12 hằng năm, giai đoạn 2026-2030      | YEARLY_BY_MONTH     | 2026 | 2030 | 12 | -
            Hằng quý, từ năm 2027                       | QUARTERLY           | 2027 | -    | -  | -
            Hằng quý, trước ngày 20 tháng cuối quý      | QUARTERLY           | -    | -    | -  | 19
            """)
    void structureHoldsTheMonthDayAndSpan(String text, DeadlineKind kind, Integer year, Integer endYear,
                                          Integer month, Integer day) {
        assertThat(DeadlineText.parse(text)).isEqualTo(new Deadline(kind, text, year, endYear, month, day));
    }

    @ParameterizedTest(name = "{0} {1}-{2} {3} {4} -> [{5}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            BY_DATE             | 2027 | -    | 6  | 29 | Đến ngày 29/6/2027
            BY_HALF_YEAR        | 2027 | -    | 6  | -  | 6 tháng đầu năm 2027
            BY_HALF_YEAR        | 2026 | -    | 12 | -  | 6 tháng cuối năm 2026
            YEARLY_BY_DATE      | -    | -    | 12 | 14 | Đến ngày 14/12 hằng năm
            YEARLY_BY_MONTH     | -    | -    | 12 | -  | Tháng 12 hằng năm
            YEARLY_BY_QUARTER   | -    | -    | 12 | -  | Quý IV hằng năm
            YEARLY_BY_HALF_YEAR | -    | -    | 12 | -  | 6 tháng cuối năm, hằng năm
            YEARLY_BY_HALF_YEAR | -    | -    | 6  | -  | 6 tháng đầu năm, hằng năm
            MONTHLY             | -    | -    | -  | -  | Hằng tháng
            MONTHLY             | -    | -    | -  | 24 | Đến ngày 24 hằng tháng
            QUARTERLY           | -    | -    | -  | -  | Hằng quý
            QUARTERLY           | -    | -    | -  | 19 | Hằng quý, đến ngày 19 tháng cuối quý
            HALF_YEARLY         | -    | -    | -  | -  | Định kỳ 6 tháng
            HALF_YEARLY         | -    | -    | -  | 19 | Định kỳ 6 tháng, đến ngày 19 tháng cuối kỳ
            YEARLY              | 2026 | 2030 | -  | -  | Hằng năm, giai đoạn 2026-2030
            YEARLY_BY_MONTH     | 2027 | -    | 12 | -  | Tháng 12 hằng năm, từ năm 2027
            """)
    void generatedWordingReadsBackAsTheSameDeadline(DeadlineKind kind, Integer year, Integer endYear, Integer month,
                                                   Integer day, String expected) {
        Deadline deadline = new Deadline(kind, null, year, endYear, month, day);
        assertThat(DeadlineText.format(deadline)).isEqualTo(expected);
        assertThat(DeadlineText.parse(expected)).isEqualTo(new Deadline(kind, expected, year, endYear, month, day));
    }

    @ParameterizedTest(name = "[{0}] stored as free text -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Trước ngày 30/6/2027       | BY_DATE
            Quý IV hằng năm            | YEARLY_BY_QUARTER
            Khẩn trương                | FREE_TEXT
            Thực hiện trong {giai đoạn} | FREE_TEXT
            """)
    void freeTextStoredByAnOlderVersionIsReadAgain(String text, DeadlineKind kind) {
        assertThat(DeadlineText.reread(Deadline.freeText(text)).kind()).isEqualTo(kind);
        assertThat(DeadlineText.reread(Deadline.freeText(text)).originalText()).isEqualTo(text);
    }
}
