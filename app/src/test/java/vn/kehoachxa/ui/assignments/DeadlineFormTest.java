package vn.kehoachxa.ui.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;

class DeadlineFormTest {
    @Test
    void typedWordingIsParsedAndKeptAsWritten() {
        Deadline d = DeadlineForm.fromWording("Đến tháng 9/2030").orElseThrow();
        assertThat(d.kind()).isEqualTo(DeadlineKind.BY_MONTH);
        assertThat(d.year()).isEqualTo(2030);
        assertThat(d.month()).isEqualTo(9);
        assertThat(DeadlineForm.preview(d)).isEqualTo("Đến tháng 9/2030");
        assertThat(DeadlineForm.fromWording("  ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RECURRING  |      |      |   | Thường xuyên
            BY_YEAR    | 2027 |      |   | Năm 2027
            FROM_YEAR  | 2026 |      |   | Từ năm 2026
            YEAR_RANGE | 2026 | 2030 |   | 2026-2030
            BY_MONTH   | 2030 |      | 9 | Đến tháng 9/2030
            BY_QUARTER | 2026 |      | 1 | Quý I/2026
            """)
    void fieldsPrintAsTheUsualWording(DeadlineKind kind, String year, String endYear, String month,
                                      String printed) {
        Deadline d = DeadlineForm.fromFields(kind, year, endYear, month);
        assertThat(DeadlineForm.preview(d)).isEqualTo(printed);
        assertThat(DeadlineForm.monthField(d)).isEqualTo(month == null ? "" : month);
    }

    @Test
    void badFieldsAreNamedInVietnamese() {
        assertThatThrownBy(() -> DeadlineForm.fromFields(DeadlineKind.BY_MONTH, "2030", "", "13"))
                .hasMessageContaining("Tháng \"13\"");
        assertThatThrownBy(() -> DeadlineForm.fromFields(DeadlineKind.BY_YEAR, "30", "", ""))
                .hasMessageContaining("Năm \"30\"");
        assertThatThrownBy(() -> DeadlineForm.fromFields(DeadlineKind.YEAR_RANGE, "2030", "2026", ""))
                .hasMessageContaining("2030-2026 bị ngược");
    }

    @Test
    void pickedUnitsComeFirstThenEachGenericPiece() {
        List<Assignee> all = AssigneeText.combine(List.of("Phòng Văn hoá - Xã hội", "Trạm Y tế"),
                "Các cơ quan, đơn vị; Trưởng các bản, tiểu khu ;");
        assertThat(all).containsExactly(Assignee.unit("Phòng Văn hoá - Xã hội"), Assignee.unit("Trạm Y tế"),
                Assignee.generic("Các cơ quan, đơn vị"), Assignee.generic("Trưởng các bản, tiểu khu"));
        assertThat(AssigneeText.unitNames(all)).containsExactly("Phòng Văn hoá - Xã hội", "Trạm Y tế");
        assertThat(AssigneeText.genericText(all)).isEqualTo("Các cơ quan, đơn vị; Trưởng các bản, tiểu khu");
    }

    @Test
    void unitFilterMatchesOtherToneMarkPlacement() {
        RowFilter filter = new RowFilter("", "Phòng Văn hóa - Xã hội");
        assertThat(filter.matches(List.of("x"), List.of(Assignee.unit("Phòng Văn hoá - Xã hội")))).isTrue();
        assertThat(filter.matches(List.of("x"), List.of(Assignee.unit("Trạm Y tế")))).isFalse();
        assertThat(new RowFilter("SỨC KHỎE", null).matches(List.of("nâng cao sức khỏe"), List.of())).isTrue();
    }
}
