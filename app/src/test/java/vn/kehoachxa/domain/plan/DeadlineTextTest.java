package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTextTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Thường xuyên                                              | RECURRING   | -    | -    | -
            thường xuyên, liên tục                                    | RECURRING   | -    | -    | -
            Hằng năm                                                  | YEARLY      | -    | -    | -
            Hàng năm                                                  | YEARLY      | -    | -    | -
            Hằng năm và theo từng giai đoạn theo hướng dẫn của tỉnh   | YEARLY      | -    | -    | -
            2026-2030                                                 | YEAR_RANGE  | 2026 | 2030 | -
            2026 – 2030                                               | YEAR_RANGE  | 2026 | 2030 | -
            Giai đoạn 2026-2030                                       | YEAR_RANGE  | 2026 | 2030 | -
            Từ năm 2026 đến năm 2030                                  | YEAR_RANGE  | 2026 | 2030 | -
            Năm 2027                                                  | BY_YEAR     | 2027 | -    | -
            Năm 2030.                                                 | BY_YEAR     | 2030 | -    | -
            Trong năm 2026                                            | BY_YEAR     | 2026 | -    | -
            Đến năm 2030                                              | BY_YEAR     | 2030 | -    | -
            2027                                                      | BY_YEAR     | 2027 | -    | -
            Từ năm 2026                                               | FROM_YEAR   | 2026 | -    | -
            Từ năm 2030                                               | FROM_YEAR   | 2030 | -    | -
            Từ năm 2026 trở đi                                        | FROM_YEAR   | 2026 | -    | -
            Đến tháng 9/2030                                          | BY_MONTH    | 2030 | -    | 9
            Tháng 6/2026                                              | BY_MONTH    | 2026 | -    | 6
            Tháng 6 / 2026                                            | BY_MONTH    | 2026 | -    | 6
            tháng 12 năm 2026                                         | BY_MONTH    | 2026 | -    | 12
            Trước tháng 9/2030                                        | BY_MONTH    | 2030 | -    | 8
            Trước tháng 1/2027                                        | BY_MONTH    | 2026 | -    | 12
            Quý I/2026                                                | BY_QUARTER  | 2026 | -    | 3
            Quý II/2026                                               | BY_QUARTER  | 2026 | -    | 6
            Quý III năm 2027                                          | BY_QUARTER  | 2027 | -    | 9
            Trong quý IV/2026                                         | BY_QUARTER  | 2026 | -    | 12
            Quý 2/2026                                                | BY_QUARTER  | 2026 | -    | 6
            Sau khi Chính phủ ban hành Nghị định                      | CONDITIONAL | -    | -    | -
            Sau khi Chính phủ, ban hành Nghị định                     | CONDITIONAL | -    | -    | -
            Khi có hướng dẫn của tỉnh                                 | CONDITIONAL | -    | -    | -
            Theo lộ trình                                             | CONDITIONAL | -    | -    | -
            Khiếu nại giải quyết trong 10 ngày                        | FREE_TEXT   | -    | -    | -
            Năm 2027 và các năm tiếp theo                             | FREE_TEXT   | -    | -    | -
            Tháng 13/2026                                             | FREE_TEXT   | -    | -    | -
            2030-2026                                                 | FREE_TEXT   | -    | -    | -
            Khẩn trương                                               | FREE_TEXT   | -    | -    | -
            """)
    void parseRecognisesEveryWordingSeenInPlans(String text, DeadlineKind kind, Integer year, Integer endYear,
                                               Integer month) {
        Deadline deadline = DeadlineText.parse(text);
        assertThat(deadline).isEqualTo(new Deadline(kind, text, year, endYear, month));
    }

    @Test
    void blankWordingIsNoDeadline() {
        assertThat(DeadlineText.parse(" ")).isNull();
        assertThat(DeadlineText.parse(null)).isNull();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            Thường xuyên
            Hằng năm và theo từng giai đoạn theo hướng dẫn của tỉnh
            Sau khi Chính phủ, ban hành Nghị định
            Đến tháng 9/2030
            Khẩn trương
            """)
    void formatKeepsTheOriginalWording(String text) {
        assertThat(DeadlineText.format(DeadlineText.parse(text))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> [{4}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            RECURRING  | -    | -    | -  | Thường xuyên
            YEARLY     | -    | -    | -  | Hằng năm
            BY_YEAR    | 2027 | -    | -  | Năm 2027
            FROM_YEAR  | 2026 | -    | -  | Từ năm 2026
            BY_MONTH   | 2030 | -    | 9  | Đến tháng 9/2030
            BY_QUARTER | 2026 | -    | 3  | Quý I/2026
            BY_QUARTER | 2026 | -    | 12 | Quý IV/2026
            YEAR_RANGE | 2026 | 2030 | -  | 2026-2030
            """)
    void formatGeneratesWordingWhenThereIsNoOriginal(DeadlineKind kind, Integer year, Integer endYear, Integer month,
                                                    String expected) {
        Deadline deadline = new Deadline(kind, null, year, endYear, month);
        assertThat(DeadlineText.format(deadline)).isEqualTo(expected);
        Deadline reread = DeadlineText.parse(expected);
        assertThat(reread.kind()).isEqualTo(kind);
        assertThat(reread.year()).isEqualTo(year);
        assertThat(reread.month()).isEqualTo(month);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Năm 2027                             | 2027-12-31
            2026-2030                            | 2030-12-31
            Đến tháng 9/2030                     | 2030-09-30
            Tháng 2/2028                         | 2028-02-29
            Tháng 2/2027                         | 2027-02-28
            Quý I/2026                           | 2026-03-31
            Quý II/2026                          | 2026-06-30
            Quý III/2026                         | 2026-09-30
            Quý IV/2026                          | 2026-12-31
            Thường xuyên                         | -
            Hằng năm                             | -
            Từ năm 2026                          | -
            Sau khi Chính phủ ban hành Nghị định | -
            Khẩn trương                          | -
            """)
    void dueDateIsTheLastDayOfTheYearMonthOrQuarter(String text, LocalDate expected) {
        assertThat(DeadlineText.dueDate(DeadlineText.parse(text))).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "[{0}] in {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Hằng năm     | 2026 | 2026-12-31
            Hằng năm     | 2028 | 2028-12-31
            Thường xuyên | 2026 | -
            Từ năm 2026  | 2027 | -
            Năm 2027     | 2026 | 2027-12-31
            Quý I/2026   | 2027 | 2026-03-31
            """)
    void dueDateInYearEndsEachYearForYearlyWork(String text, int year, LocalDate expected) {
        assertThat(DeadlineText.dueDateInYear(DeadlineText.parse(text), year)).isEqualTo(Optional.ofNullable(expected));
    }
}
