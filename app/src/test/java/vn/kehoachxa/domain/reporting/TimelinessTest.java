package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelinessTest {

    @ParameterizedTest(name = "due {0}, received {1}, today {2} -> {3} {4}")
    @CsvSource(nullValues = "none", textBlock = """
            2026-06-19, 2026-06-15, 2026-06-30, ON_TIME,     0, Đúng hạn
            2026-06-19, 2026-06-19, 2026-06-30, ON_TIME,     0, Đúng hạn
            2026-06-19, 2026-06-22, 2026-06-30, LATE,        3, Chậm 3 ngày
            2026-06-19, 2026-07-20, 2026-06-30, LATE,       31, Chậm 31 ngày
            2026-06-19, none,       2026-06-24, MISSING,     5, Chưa nộp (quá hạn 5 ngày)
            2026-06-19, none,       2026-06-19, NOT_YET_DUE, 0, Chưa đến hạn
            2026-06-19, none,       2026-06-01, NOT_YET_DUE, 0, Chưa đến hạn
            """)
    void timelinessFromDueReceivedAndToday(LocalDate due, LocalDate received, LocalDate today,
                                           Timeliness.Status status, long daysLate, String label) {
        Timeliness t = Timeliness.of(due, received, today);
        assertThat(t.status()).isEqualTo(status);
        assertThat(t.daysLate()).isEqualTo(daysLate);
        assertThat(t.label()).isEqualTo(label);
    }
}
