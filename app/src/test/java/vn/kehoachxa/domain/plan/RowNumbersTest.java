package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.testsupport.TestPlans;

class RowNumbersTest {
    @Test
    void taskRowsRestartInEachGroupAndSubRowsFollowTheirParentsPrintedNumber() {
        List<AssignmentGroup> groups = List.of(
                group(1L, null, "Một", row(1, null), row(2, "2a", row(3, null), row(4, null)), row(5, null)),
                group(2L, null, "Hai", row(6, null)));
        RowNumbers numbers = RowNumbers.ofMatrix(groups, TableKind.TASK_MATRIX);

        assertThat(PlanDocument.flatten(groups)).extracting(numbers::of)
                .containsExactly("1", "2a", "2a.1", "2a.2", "3", "1");
        assertThat(groups).extracting(numbers::heading).containsExactly("I. Một", "II. Hai");
    }

    @Test
    void targetRowsRunOnAcrossGroups() {
        List<AssignmentGroup> groups = List.of(group(1L, "I.", "Một", row(1, null), row(2, null)),
                group(2L, "II.", "Hai", row(3, null)));
        RowNumbers numbers = RowNumbers.ofMatrix(groups, TableKind.TARGET_MATRIX);

        assertThat(PlanDocument.flatten(groups)).extracting(numbers::of).containsExactly("1", "2", "3");
    }

    @Test
    void anOriginalsPositionalNumberingIsDroppedSoADeletedRowRenumbersTheRest() {
        List<AssignmentGroup> stored = OwnLabels.of(doc(List.of(group(1L, "1.", "Một", row(1, "1"),
                row(2, "2", row(3, "2.1"), row(4, "2.2")), row(5, "3")), group(2L, "II.", "Hai", row(6, "1")))))
                .taskGroups();

        assertThat(PlanDocument.flatten(stored)).extracting(AssignmentItem::numberLabel).containsOnlyNulls();
        assertThat(stored).extracting(AssignmentGroup::label).containsExactly("1.", null);

        List<AssignmentGroup> afterDelete = List.of(new AssignmentGroup(1L, "1.", "Một",
                stored.getFirst().items().subList(1, 3)), stored.get(1));
        RowNumbers numbers = RowNumbers.ofMatrix(afterDelete, TableKind.TASK_MATRIX);
        assertThat(PlanDocument.flatten(afterDelete)).extracting(numbers::of)
                .containsExactly("1", "1.1", "1.2", "2", "1");
    }

    @Test
    void staleNumbersLeftByADeletionAreDroppedButAnOwnLabelIsKept() {
        assertThat(OwnLabels.run(Arrays.asList("2", "3", "4", null), "", Integer::toString)).containsOnlyNulls();
        assertThat(OwnLabels.run(List.of("6.2", "6.3"), "6.", n -> "5." + n)).containsOnlyNulls();
        assertThat(OwnLabels.run(List.of("1", "1a", "3"), "", Integer::toString)).containsExactly(null, "1a", null);
        assertThat(OwnLabels.run(List.of("3", "1"), "", Integer::toString)).containsExactly("3", "1");
    }

    @Test
    void indicatorsRunOnAcrossGroupsAndKeepTheirOwnLabel() {
        List<IndicatorGroup> groups = List.of(
                new IndicatorGroup(1L, null, null, List.of(indicator(1, null), indicator(2, "2*"))),
                new IndicatorGroup(2L, null, "Nhóm hai", List.of(indicator(3, null))));
        RowNumbers numbers = RowNumbers.ofIndicators(groups);

        assertThat(groups.stream().flatMap(g -> g.indicators().stream())).extracting(numbers::of)
                .containsExactly("1", "2*", "3");
        assertThat(groups).extracting(numbers::heading).containsExactly("", "II. Nhóm hai");
    }

    @Test
    void aRowFromElsewhereIsNumberedByItsIdOrItsOwnLabel() {
        List<AssignmentGroup> groups = List.of(group(1L, null, null, row(1, null), row(2, null)));
        RowNumbers numbers = RowNumbers.ofMatrix(groups, TableKind.TASK_MATRIX);

        assertThat(numbers.of(row(2, null))).isEqualTo("2");
        assertThat(numbers.of(row(99, "7"))).isEqualTo("7");
    }

    private static PlanDocument doc(List<AssignmentGroup> tasks) {
        Plan plan = TestPlans.muongLa().plan();
        return new PlanDocument(plan, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), tasks);
    }

    private static AssignmentGroup group(Long id, String label, String title, AssignmentItem... items) {
        return new AssignmentGroup(id, label, title, List.of(items));
    }

    private static AssignmentItem row(long id, String label, AssignmentItem... children) {
        return new AssignmentItem(id, label, "Dòng " + id, null, List.of(), List.of(), null, null, List.of(children));
    }

    private static Indicator indicator(long id, String label) {
        return new Indicator(id, "C" + id, label, "Chỉ tiêu " + id, "%", null, null, List.of(), null, null, List.of(),
                List.of(), null);
    }
}
