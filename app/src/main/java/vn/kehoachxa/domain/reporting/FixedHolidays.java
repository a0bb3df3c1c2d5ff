package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.domain.Texts;

/**
 * Ngày nghỉ lễ cố định: the solar-calendar national holidays of the Labour Code 2019 (Art. 112), to seed the editable
 * holiday table: 1/1, 30/4, 1/5, 2/9 and 1/9 as the day beside National Day.
 *
 * <p>The law gives National Day two days, 2/9 and "one day before or after", fixed each year by the Prime Minister;
 * 1/9 is the day chosen in recent years (2023, 2025), so it is seeded and the user corrects it when a year's notice
 * picks 3/9. Lunar holidays (Tết Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch), substitute days off when a holiday falls
 * on a weekend, and one-off swaps announced by the Government cannot be computed simply: the user enters them.
 */
public final class FixedHolidays {
    private FixedHolidays() {
    }

    /** The fixed solar holidays of {@code year}, in date order, with their Vietnamese names. */
    public static List<Holiday> forYear(int year) {
        return List.of(
                new Holiday(LocalDate.of(year, 1, 1), Texts.get("holiday.newYear")),
                new Holiday(LocalDate.of(year, 4, 30), Texts.get("holiday.reunification")),
                new Holiday(LocalDate.of(year, 5, 1), Texts.get("holiday.labourDay")),
                new Holiday(LocalDate.of(year, 9, 1), Texts.get("holiday.nationalDayAdjacent")),
                new Holiday(LocalDate.of(year, 9, 2), Texts.get("holiday.nationalDay")));
    }
}
