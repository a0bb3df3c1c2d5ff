package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedHolidaysTest {

    @Test
    void theFiveSolarDaysOffComeWithNames() {
        List<Holiday> holidays = FixedHolidays.forYear(2027);
        assertThat(holidays).extracting(h -> MonthDay.from(h.date())).containsExactly(MonthDay.of(1, 1),
                MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 1), MonthDay.of(9, 2));
        assertThat(holidays).allMatch(h -> h.date().getYear() == 2027 && !h.name().isBlank());
        assertThat(holidays.get(4).name()).isEqualTo("Quốc khánh (2/9)");
    }
}
