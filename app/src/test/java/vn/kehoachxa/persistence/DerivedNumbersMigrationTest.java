package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;

/**
 * Migration V5 on a database left by the previous version: stale stored numbers (row 1 deleted, a row added) become
 * derived, an original's own label stays, and a unit typed on a target becomes its indicator's.
 */
class DerivedNumbersMigrationTest {
    @TempDir
    Path dir;

    @Test
    void staleNumbersBecomeDerivedOwnLabelsStayAndTheTargetUnitMovesToItsIndicator() throws Exception {
        String url = OlderDatabase.withOnePlan(dir, "3");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            // Task groups: the first group was deleted, so II. and III. are stale.
            s.execute("INSERT INTO item_group (id, plan_id, table_kind, position, label, title) VALUES"
                    + " (10, 1, 'TASK_MATRIX', 1, 'II.', 'Nhóm hai'), (11, 1, 'TASK_MATRIX', 2, 'III.', 'Nhóm ba'),"
                    + " (12, 1, 'INDICATORS', 1, NULL, NULL)");
            // Row 1 deleted (2, 3, 4 left), then a row added without a label; row 3 has sub-rows 3.1, 3.2.
            s.execute("INSERT INTO assignment_item (id, plan_id, matrix, group_id, parent_id, position, number_label,"
                    + " content) VALUES (100, 1, 'TASK', 10, NULL, 1, '2', 'Hai'),"
                    + " (101, 1, 'TASK', 10, NULL, 2, '3', 'Ba'), (102, 1, 'TASK', 10, NULL, 3, '4', 'Bốn'),"
                    + " (103, 1, 'TASK', 10, NULL, 4, NULL, 'Mới'),"
                    + " (104, 1, 'TASK', 10, 101, 1, '3.1', 'Ba một'), (105, 1, 'TASK', 10, 101, 2, '3.2', 'Ba hai'),"
                    + " (110, 1, 'TASK', 11, NULL, 1, '1', 'Một'), (111, 1, 'TASK', 11, NULL, 2, '1a', 'Một a'),"
                    + " (112, 1, 'TASK', 11, NULL, 3, '3', 'Ba')");
            s.execute("INSERT INTO indicator (id, plan_id, group_id, position, code, number_label, name,"
                    + " unit_of_measure) VALUES (200, 1, 12, 1, 'A', '1', 'Bao phủ bảo hiểm y tế', NULL),"
                    + " (201, 1, 12, 2, 'B', '2', 'Tuổi thọ', 'năm')");
            s.execute("INSERT INTO indicator_target (indicator_id, position, target_year, kind, comparator,"
                    + " target_value, unit_of_measure) VALUES (200, 1, 2030, 'NUMERIC', 'GE', 97, '%'),"
                    + " (201, 1, 2030, 'NUMERIC', 'GE', 75.5, 'tuổi')");
        }

        try (Database db = Database.open(dir)) {
            PlanDocument doc = db.read(store -> store.documents().load(1));
            RowNumbers numbers = RowNumbers.of(doc);
            List<AssignmentGroup> groups = doc.taskGroups();

            assertThat(groups).extracting(AssignmentGroup::label).containsOnlyNulls();
            assertThat(groups).extracting(numbers::heading).containsExactly("I. Nhóm hai", "II. Nhóm ba");
            assertThat(PlanDocument.flatten(List.of(groups.get(0)))).extracting(numbers::of)
                    .containsExactly("1", "2", "2.1", "2.2", "3", "4");
            assertThat(PlanDocument.flatten(List.of(groups.get(0)))).extracting(AssignmentItem::numberLabel)
                    .containsOnlyNulls();
            assertThat(groups.get(1).items()).extracting(AssignmentItem::numberLabel)
                    .containsExactly(null, "1a", null);
            assertThat(groups.get(1).items()).extracting(numbers::of).containsExactly("1", "1a", "3");
            assertThat(doc.indicators()).extracting(Indicator::numberLabel).containsOnlyNulls();
            // The indicator's own unit wins over one typed on its target.
            assertThat(doc.indicators()).extracting(Indicator::unitOfMeasure).containsExactly("%", "năm");
        }
    }
}
