package vn.kehoachxa.ui.reporting;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.util.Callback;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.ui.common.RowLines;

/** Table and list cells of the reporting screens: wrapped text, coloured evaluation and status badges. */
final class ResultCells {
    private ResultCells() {
    }

    /**
     * A cell that wraps its text to the column width (results by unit run over several lines), as far as
     * {@link RowLines} leaves room for eight rows; the rest is in its tooltip and in the pane below the table.
     */
    static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrapping() {
        return column -> new TableCell<>() {
            private final Text text = new Text();
            private final InvalidationListener widthChanged = obs -> showText();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("wrapped-cell-text");
                // Weak: cells are made anew as the table refreshes, and the column must not keep them alive.
                column.widthProperty().addListener(new WeakInvalidationListener(widthChanged));
                // The style sheet may set the font after the item: the lines are counted again in the font shown.
                text.fontProperty().addListener(obs -> showText());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                showText();
                setGraphic(empty ? null : text);
            }

            private void showText() {
                RowLines.show(text, isEmpty() || getItem() == null ? "" : getItem(), this, getTableView());
            }
        };
    }

    /** A badge cell coloured by the value's style class ({@code eval-DAT}, {@code status-CHUA_TRIEN_KHAI}, …). */
    static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> badge(Function<T, String> label,
                                                                    Function<T, String> styleClass) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(label.apply(item));
                badge.getStyleClass().addAll("badge", styleClass.apply(item));
                badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                setGraphic(badge);
            }
        };
    }

    /** The badge of an evaluation. */
    static <S> Callback<TableColumn<S, Evaluation>, TableCell<S, Evaluation>> evaluation() {
        return badge(Evaluation::label, e -> "eval-" + e.name());
    }

    /** The badge of a task status. */
    static <S> Callback<TableColumn<S, TaskStatus>, TableCell<S, TaskStatus>> status() {
        return badge(TaskStatus::label, s -> "status-" + s.name());
    }

    /** A list cell showing {@code label} of the item, and {@code none} for the null item ("Tất cả"). */
    static <T> ListCell<T> choice(Function<T, String> label, String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : label.apply(item));
            }
        };
    }
}
