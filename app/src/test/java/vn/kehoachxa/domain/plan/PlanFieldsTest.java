package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanFieldsTest {
    private static final List<String> BASIS = List.of("Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị",
            "Kế hoạch số 45/KH-UBND ngày 20/10/2025 của UBND tỉnh Sơn La giai đoạn {giai đoạn}");

    private static Plan plan(int start, int end) {
        return new Plan(1L, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, null, "KH-UBND", null, "Mường La", null,
                "xã Mường La", null, "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA", null, null, Signer.empty(), start, end, 2045,
                PlanStatus.DRAFT, null, ReportingRule.standard());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            giai đoạn {giai đoạn} như sau:               | giai đoạn 2026-2030 như sau:
            từ năm {năm đầu} đến năm {năm cuối}          | từ năm 2026 đến năm 2030
            {cơ quan ban hành} ban hành {loại văn bản}   | Ủy ban nhân dân xã Mường La ban hành Kế hoạch
            Thực hiện {căn cứ 1}.                        | Thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị.
            Căn cứ {căn cứ 2}.                           | Căn cứ Kế hoạch số 45/KH-UBND ngày 20/10/2025 của UBND tỉnh Sơn La giai đoạn 2026-2030.
            Theo {căn cứ 3} và {không có}.               | Theo  và .
            Không có trường nào.                         | Không có trường nào.
            """)
    void fieldsAreFilledFromThePlanAndItsCitedDocuments(String text, String printed) {
        assertThat(PlanFields.resolve(text, plan(2026, 2030), BASIS)).isEqualTo(printed);
    }

    @Test
    void fieldsThePlanCannotFillAreNamed() {
        assertThat(PlanFields.unknownFields("{căn cứ 3}, {giai đoạn}, {tên lạ}", plan(2026, 2030), BASIS))
                .containsExactly("{căn cứ 3}", "{tên lạ}");
    }

    @Test
    void aDeadlineWordedWithTheFieldIsDatedFromThePeriodAsItIsNow() {
        AssignmentItem row = new AssignmentItem(null, null, "Đầu tư Trạm Y tế", null, List.of(), List.of(),
                new Deadline(DeadlineKind.YEAR_RANGE, PlanFields.PERIOD, 2027, 2031, null), null, List.of());
        PlanDocument doc = new PlanDocument(plan(2026, 2030), BASIS, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(new AssignmentGroup(null, "I.", "Nhóm {năm cuối}", List.of(row))));

        Deadline stored = PlanDocument.flatten(PlanFields.withDerivedDeadlines(doc).taskGroups()).getFirst()
                .deadline();
        PlanDocument printed = PlanFields.resolve(doc);
        Deadline shown = PlanDocument.flatten(printed.taskGroups()).getFirst().deadline();

        assertThat(stored).isEqualTo(new Deadline(DeadlineKind.YEAR_RANGE, PlanFields.PERIOD, 2026, 2030, null));
        assertThat(shown).isEqualTo(new Deadline(DeadlineKind.YEAR_RANGE, "2026-2030", 2026, 2030, null));
        assertThat(printed.taskGroups().getFirst().title()).isEqualTo("Nhóm 2030");
    }
}
