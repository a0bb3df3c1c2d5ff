package vn.kehoachxa.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.service.reporting.AssignedIndicator;
import vn.kehoachxa.service.reporting.AssignedItem;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.UnitAssignments;

/** The paper report form without the toolkit: decimal comma, Vietnamese problems, what is stored. */
class PaperReportFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static PaperReportForm form() {
        AssignmentItem item = new AssignmentItem(11L, "3", "Tiêm chủng đầy đủ cho trẻ em", "ML-04", List.of(),
                List.of(), null, null, List.of());
        IndicatorTarget target = new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.GT, new BigDecimal("95"),
                null, "%", null, "đạt trên 95%");
        Indicator indicator = new Indicator(21L, "ML-04", "4", "Tỷ lệ tiêm chủng", "%", null, null, List.of(target),
                null, Direction.HIGHER_IS_BETTER, List.of(), List.of(), null);
        Unit unit = new Unit(5L, "Trạm Y tế xã", null, null, null, true);
        return new PaperReportForm(7L, new UnitAssignments(unit,
                List.of(new AssignedItem(item, TableKind.TARGET_MATRIX, "I. Nhóm", AssigneeRole.LEAD)),
                List.of(new AssignedIndicator(indicator, target))), TODAY);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            96,5 | 96.5
            96.5 | 96.5
            97 % | 97
            """, delimiter = '|')
    void figureAcceptsDecimalCommaAndPoint(String typed, String expected) {
        PaperReportForm form = form();
        form.indicators().getFirst().valueProperty().set(typed.strip());
        SubmissionDraft draft = form.toDraft();
        assertThat(draft.results().getFirst().value()).isEqualByComparingTo(expected.strip());
        assertThat(draft.source()).isEqualTo(SubmissionSource.PAPER);
        assertThat(draft.receivedDate()).isEqualTo(TODAY);
    }

    @Test
    void everyProblemIsListedInVietnamese() {
        PaperReportForm form = form();
        form.indicators().getFirst().valueProperty().set("chín mươi");
        form.tasks().getFirst().resultProperty().set("Đã tiêm cho 300 trẻ");
        form.receivedDateProperty().set(TODAY.plusDays(1));
        assertThatThrownBy(form::toDraft).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Báo cáo của Trạm Y tế xã còn 3 chỗ cần sửa:");
            assertThat(e.problems()).containsExactly("Ngày nhận báo cáo không được sau hôm nay.",
                    "Nhiệm vụ \"3. Tiêm chủng đầy đủ cho trẻ em\": có ghi kết quả nhưng chưa chọn tình trạng.",
                    "Chỉ tiêu \"Tỷ lệ tiêm chủng\": \"chín mươi\" không phải là số (ghi số như 96,5 hoặc 96.5).");
        });
    }

    @Test
    void anEmptyReportIsRefused() {
        assertThatThrownBy(form()::toDraft).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).singleElement().asString()
                        .startsWith("Báo cáo chưa có nội dung"));
    }

    @Test
    void onlyRowsWithAStatusAreStored() {
        PaperReportForm form = form();
        form.tasks().getFirst().statusProperty().set(ProgressStatus.DONE);
        form.tasks().getFirst().resultProperty().set(" Đã tiêm cho 300 trẻ ");
        form.sourceProperty().set(SubmissionSource.MANUAL);
        SubmissionDraft draft = form.toDraft();
        assertThat(draft.progress()).singleElement().satisfies(p -> {
            assertThat(p.itemId()).isEqualTo(11L);
            assertThat(p.status()).isEqualTo(ProgressStatus.DONE);
        });
        assertThat(draft.results()).isEmpty();
        assertThat(draft.source()).isEqualTo(SubmissionSource.MANUAL);
    }

    @Test
    void theActualCompletionDateGoesIntoTheDraft() {
        PaperReportForm form = form();
        form.tasks().getFirst().statusProperty().set(ProgressStatus.DONE);
        form.tasks().getFirst().completedOnProperty().set(LocalDate.of(2026, 10, 28));
        assertThat(form.toDraft().progress()).singleElement()
                .satisfies(p -> assertThat(p.completedOn()).isEqualTo(LocalDate.of(2026, 10, 28)));
    }

    @Test
    void aCompletionDateAfterTheReceivedDateIsRefusedNamingTheRow() {
        PaperReportForm form = form();
        form.tasks().getFirst().statusProperty().set(ProgressStatus.DONE);
        form.receivedDateProperty().set(LocalDate.of(2026, 11, 20));
        form.tasks().getFirst().completedOnProperty().set(LocalDate.of(2026, 11, 21));
        assertThatThrownBy(form::toDraft).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.problems()).containsExactly("3. Tiêm chủng đầy đủ cho trẻ em: ngày hoàn thành thực tế"
                        + " 21/11/2026 sau ngày báo cáo 20/11/2026; hãy ghi ngày công việc đã thực sự xong, không muộn"
                        + " hơn 20/11/2026"));
    }

    @Test
    void choosingAStatusOtherThanDoneClearsTheCompletionDate() {
        PaperReportForm.TaskRow row = form().tasks().getFirst();
        row.statusProperty().set(ProgressStatus.DONE);
        row.completedOnProperty().set(LocalDate.of(2026, 10, 28));
        row.statusProperty().set(ProgressStatus.IN_PROGRESS);
        assertThat(row.completedOnProperty().get()).isNull();
    }
}
