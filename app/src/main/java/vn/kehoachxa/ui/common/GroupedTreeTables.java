package vn.kehoachxa.ui.common;

import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.scene.text.Text;
import javafx.util.converter.DefaultStringConverter;

/** Cells and rows shared by the tree tables whose rows sit under group rows (Chỉ tiêu, Phân công). */
public final class GroupedTreeTables {
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    private GroupedTreeTables() {
    }

    /**
     * An editable text cell that wraps, so a long row grows, as far as {@link RowLines} leaves room for eight rows;
     * beyond that its text ends in "…" and is whole in its tooltip and in the editor beside the table.
     */
    public static <S> TextFieldTreeTableCell<S, String> wrappingEditCell() {
        return new WrappingEditCell<>();
    }

    /**
     * Shows its text as a {@link Text} wrapped to the column's width: a wrapped Labeled reports the height of the
     * row's preset size, so the row would stop at two lines, while a Text node's height follows its wrapping width.
     */
    private static final class WrappingEditCell<S> extends TextFieldTreeTableCell<S, String> {
        private final Text text = new Text();
        private final InvalidationListener widthChanged = obs -> fitText();

        WrappingEditCell() {
            super(new DefaultStringConverter());
            getStyleClass().add("wrapping-edit-cell");
            text.getStyleClass().add("wrapping-cell-text");
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            // The style sheet may set the font after the item: the lines are counted again in the font shown.
            fontProperty().addListener(obs -> fitText());
            // Weak: cells are dropped and made anew as the table refreshes, and the column must not keep them alive.
            WeakInvalidationListener onWidth = new WeakInvalidationListener(widthChanged);
            tableColumnProperty().addListener((obs, old, column) -> {
                if (old != null) {
                    old.widthProperty().removeListener(onWidth);
                }
                if (column != null) {
                    column.widthProperty().addListener(onWidth);
                }
            });
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            showText();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            showText();
        }

        private void showText() {
            if (isEditing()) {
                return;
            }
            if (isEmpty() || getItem() == null) {
                setGraphic(null);
                setText(null);
            } else {
                fitText();
                setText(null);
                setGraphic(text);
            }
        }

        /** The column's width less the cell's padding and, in the tree column, the row's indent and arrow. */
        private void fitText() {
            if (getTableColumn() != null) {
                double em = getFont().getSize();
                double padding = Math.max(getInsets().getLeft() + getInsets().getRight(), em) + 2;
                text.setWrappingWidth(Math.max(em, getTableColumn().getWidth() - padding - treeIndent(em)));
            }
            if (!isEditing() && !isEmpty() && getItem() != null) {
                RowLines.show(text, getItem(), this, getTreeTableView());
            }
        }

        /**
         * The tree column starts its text one em further per level, after the disclosure arrow's room (about 1.5 em),
         * which the table keeps only when some row can be expanded.
         */
        private double treeIndent(double em) {
            TreeTableView<S> view = getTreeTableView();
            if (view == null || view.getRoot() == null || getTableColumn() != view.getTreeColumn()
                    || getTableRow() == null || getTableRow().getTreeItem() == null) {
                return 0;
            }
            int level = view.getTreeItemLevel(getTableRow().getTreeItem()) - (view.isShowRoot() ? 0 : 1);
            boolean arrows = view.getRoot().getChildren().stream().anyMatch(item -> !item.isLeaf());
            return level * em + (arrows ? 1.6 * em : 0);
        }
    }

    /** A row marked {@code :group} when {@code isGroup} holds, so group rows stand out as in the printed table. */
    public static <S> TreeTableRow<S> groupAwareRow(Predicate<S> isGroup) {
        return new TreeTableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(GROUP, !empty && item != null && isGroup.test(item));
            }
        };
    }

    /** A cell value for {@code s}, with null shown as empty. */
    public static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }
}
