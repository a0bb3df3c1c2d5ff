package vn.kehoachxa.ui.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.testsupport.AppDriver;

/**
 * Phân công nhiệm vụ marks a deadline wording that names no date: a hint under the deadline editor and a mark in the
 * table's cell; a dated wording clears both and the preview shows the due date it is read as.
 */
class DeadlineHintUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void undatableWordingIsMarkedInTheEditorAndTheTableAndADatedOneIsNot() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Phân công nhiệm vụ");
        TreeTableView<MatrixRow> table = app.waitFor("#table");
        app.until(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        AtomicReference<TreeItem<MatrixRow>> row = new AtomicReference<>();
        app.fx(() -> {
            TreeItem<MatrixRow> group = table.getRoot().getChildren().getFirst();
            row.set(group.getValue().isGroup() ? group.getChildren().getFirst() : group);
            table.getSelectionModel().select(row.get());
        });
        long id = row.get().getValue().id();
        Label hint = app.waitFor("#deadlineHint");
        Label preview = app.waitFor("#deadlinePreview");
        TextField wording = app.waitFor("#wordingField");

        type(wording, "Khẩn trương, sớm nhất có thể");
        app.until(() -> deadlineKind(table, id) == DeadlineKind.FREE_TEXT && hint.isVisible());
        assertThat(hint.getText()).startsWith("Không xác định được hạn — ghi rõ ngày, tháng, quý hoặc năm");
        assertThat(hint.isManaged()).isTrue();
        assertThat(cell(table, id)).isEqualTo("Khẩn trương, sớm nhất có thể\n(không xác định được hạn)");
        ScrollPane editor = app.waitFor("#editorScroll");
        app.fx(() -> editor.setVvalue(editor.getVmax()));
        app.screenshot("deadline-hint-1-undatable");

        type(wording, "Trước ngày 30/6/2027");
        app.until(() -> deadlineKind(table, id) == DeadlineKind.BY_DATE && !hint.isVisible());
        assertThat(hint.isManaged()).isFalse();
        assertThat(preview.getText()).contains("Trước ngày 30/6/2027").contains("hạn 29/6/2027");
        assertThat(cell(table, id)).isEqualTo("Trước ngày 30/6/2027");
        app.screenshot("deadline-hint-2-dated");

        type(wording, "Sau khi Chính phủ ban hành Nghị định");
        app.until(() -> deadlineKind(table, id) == DeadlineKind.CONDITIONAL && hint.isVisible());
        assertThat(hint.getText()).startsWith("Hạn phụ thuộc một sự kiện");
    }

    private void type(TextField field, String text) {
        app.clickOn(field);
        app.fx(field::clear);
        app.write(text).type(KeyCode.ENTER);
    }

    private static TreeItem<MatrixRow> find(TreeItem<MatrixRow> parent, long id) {
        for (TreeItem<MatrixRow> child : parent.getChildren()) {
            if (!child.getValue().isGroup() && child.getValue().id() == id) {
                return child;
            }
            TreeItem<MatrixRow> inner = find(child, id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static DeadlineKind deadlineKind(TreeTableView<MatrixRow> table, long id) {
        TreeItem<MatrixRow> item = table.getRoot() == null ? null : find(table.getRoot(), id);
        AssignmentItem row = item == null ? null : item.getValue().item();
        return row == null || row.deadline() == null ? null : row.deadline().kind();
    }

    @SuppressWarnings("unchecked")
    private static String cell(TreeTableView<MatrixRow> table, long id) {
        TreeTableColumn<MatrixRow, String> deadline = (TreeTableColumn<MatrixRow, String>) table.getColumns()
                .getLast();
        return deadline.getCellData(find(table.getRoot(), id));
    }
}
