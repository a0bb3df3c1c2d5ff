package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.PlanDocument;

/**
 * Migration V9 on a database left by the previous version: deadline kinds and years survive the kind column's
 * replacement, a dated wording stored as FREE_TEXT is read dated, and the new kinds and the day are accepted.
 */
class DatedDeadlinesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void storedDeadlinesSurviveAndAFreeTextDateIsReadDated() throws Exception {
        String url = OlderDatabase.withOnePlan(dir, "7");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO item_group (id, plan_id, table_kind, position, label, title) VALUES"
                    + " (10, 1, 'TASK_MATRIX', 1, NULL, 'Nhóm một')");
            s.execute("INSERT INTO assignment_item (id, plan_id, matrix, group_id, parent_id, position, content,"
                    + " deadline_kind, deadline_text, deadline_year, deadline_end_year, deadline_month) VALUES"
                    + " (100, 1, 'TASK', 10, NULL, 1, 'Một', 'BY_MONTH', 'Đến tháng 9/2030', 2030, NULL, 9),"
                    + " (101, 1, 'TASK', 10, NULL, 2, 'Hai', 'FREE_TEXT', 'Trước ngày 30/6/2027', NULL, NULL, NULL),"
                    + " (102, 1, 'TASK', 10, NULL, 3, 'Ba', 'YEAR_RANGE', '2026-2030', 2026, 2030, NULL),"
                    + " (103, 1, 'TASK', 10, NULL, 4, 'Bốn', 'FREE_TEXT', 'Khẩn trương', NULL, NULL, NULL),"
                    + " (104, 1, 'TASK', 10, NULL, 5, 'Năm', NULL, NULL, NULL, NULL, NULL)");
        }

        try (Database db = Database.open(dir)) {
            PlanDocument doc = db.read(store -> store.documents().load(1));
            assertThat(PlanDocument.flatten(doc.taskGroups())).extracting(AssignmentItem::deadline).containsExactly(
                    new Deadline(DeadlineKind.BY_MONTH, "Đến tháng 9/2030", 2030, null, 9),
                    new Deadline(DeadlineKind.BY_DATE, "Trước ngày 30/6/2027", 2027, null, 6, 29),
                    new Deadline(DeadlineKind.YEAR_RANGE, "2026-2030", 2026, 2030, null),
                    Deadline.freeText("Khẩn trương"),
                    null);
        }

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("UPDATE assignment_item SET deadline_kind = 'YEARLY_BY_HALF_YEAR', deadline_day = 31"
                    + " WHERE id = 103");
            assertThatThrownBy(() -> s.execute("UPDATE assignment_item SET deadline_kind = 'SOMETIME' WHERE id = 103"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("UPDATE assignment_item SET deadline_day = 32 WHERE id = 103"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
