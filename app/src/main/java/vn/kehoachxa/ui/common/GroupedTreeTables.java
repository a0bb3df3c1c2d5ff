package vn.kehoachxa.ui.common;

import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.util.converter.DefaultStringConverter;

/** Cells and rows shared by the tree tables whose rows sit under group rows (Chỉ tiêu, Phân công). */
public final class GroupedTreeTables {
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    private GroupedTreeTables() {
    }

    /** An editable text cell that wraps, so a long row grows instead of cutting its text off. */
    public static <S> TextFieldTreeTableCell<S, String> wrappingEditCell() {
        TextFieldTreeTableCell<S, String> cell = new TextFieldTreeTableCell<>(new DefaultStringConverter());
        cell.setWrapText(true);
        return cell;
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
