package vn.kehoachxa.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a small window can get wrong, read off the laid-out scene graph on the FX thread: a control outside the
 * window, a label or button whose words are cut to "…", a field squeezed too narrow to type in.
 */
final class LayoutCheck {
    /** Half a pixel of rounding is not a layout problem. */
    private static final double SLACK = 0.5;
    /** Narrower than this many em (and its own width) a field shows three or four digits: too few for a year. */
    private static final double MIN_FIELD_EM = 3.5;
    /** A value or prompt up to this long names or fills the field and must show whole; a longer one is a sentence. */
    private static final int SHORT_TEXT = 30;

    private LayoutCheck() {
    }

    /**
     * Problems with {@code node}: not shown, empty, or (partly) outside its window; inside a scroll pane only the
     * width counts, as the official scrolls down to it but should not have to scroll sideways.
     */
    static List<String> inWindow(Node node, String name) {
        List<String> problems = new ArrayList<>();
        if (!node.isVisible() || !shown(node)) {
            problems.add(name + " is not visible");
            return problems;
        }
        Scene scene = node.getScene();
        Bounds b = node.localToScene(node.getBoundsInLocal());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            problems.add(name + " has no size: " + b);
        } else if (b.getMinX() < -SLACK || b.getMaxX() > scene.getWidth() + SLACK || !inScrollPane(node)
                && (b.getMinY() < -SLACK || b.getMaxY() > scene.getHeight() + SLACK)) {
            problems.add(name + " is outside the " + scene.getWidth() + "x" + scene.getHeight() + " window: "
                    + bounds(b));
        }
        return problems;
    }

    /**
     * Labels, buttons, column headers and combo box values under {@code root} whose text is shown cut ("…"), and
     * text fields whose short text or prompt is wider than the field. Left out: rows of lists, tables and trees (a
     * long row is cut there and shown whole when selected), and a long text in a field (a title, a hint sentence),
     * which scrolls inside its field as in any text field.
     */
    static List<String> cutTexts(Parent root) {
        List<String> problems = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!shown(n) || inRows(n)) {
                continue;
            }
            if (n instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text shown && !shown.getText().equals(labeled.getText())
                            && shown.getText().contains(labeled.getEllipsisString())) {
                        problems.add(name(n) + " \"" + labeled.getText() + "\" shows as \"" + shown.getText() + "\"");
                    }
                }
            } else if (n instanceof TextField field) {
                String text = field.getText() == null || field.getText().isEmpty() ? field.getPromptText()
                        : field.getText();
                if (text != null && !text.isEmpty() && text.length() <= SHORT_TEXT) {
                    Text probe = new Text(text);
                    probe.setFont(field.getFont());
                    double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                    if (probe.getLayoutBounds().getWidth() > room + SLACK) {
                        problems.add(name(n) + " \"" + text + "\" does not fit its " + Math.round(room) + " px");
                    }
                }
            }
        }
        return problems;
    }

    /** Text fields, combo boxes and date pickers under {@code root} squeezed below their width and a few words. */
    static List<String> squeezedFields(Parent root, double fontSize) {
        List<String> problems = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            boolean field = n instanceof TextField && !(n.getParent() instanceof ComboBoxBase<?>);
            if ((field || n instanceof ComboBoxBase<?>) && shown(n) && !inRows(n)) {
                double width = n.getLayoutBounds().getWidth();
                if (width < Math.min(n.prefWidth(-1), MIN_FIELD_EM * fontSize) - SLACK) {
                    problems.add(name(n) + " is only " + Math.round(width) + " px wide");
                }
            }
        }
        return problems;
    }

    /**
     * Fields under {@code root} named only by a prompt, which disappears once the field is filled: a text field,
     * text area, combo box or date picker with a prompt and no {@link javafx.scene.control.Label} pointing at it
     * ({@code labelFor}, on it or on the small box holding it) and no label just before it in its row or column.
     */
    static List<String> unlabelledFields(Parent root) {
        java.util.Set<Node> named = new java.util.HashSet<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Label label && label.getLabelFor() != null) {
                named.add(label.getLabelFor());
            }
        }
        List<String> problems = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            boolean field = n instanceof javafx.scene.control.TextInputControl && !(n.getParent()
                    instanceof ComboBoxBase<?>) && !inside(n, ComboBoxBase.class)
                    || n instanceof ComboBoxBase<?> || n instanceof javafx.scene.control.ChoiceBox<?>;
            if (!field || !shown(n) || inRows(n) || named.contains(n) || named.contains(n.getParent())
                    || labelBefore(n) || labelBefore(n.getParent()) || labelAbove(n)) {
                continue;
            }
            String prompt = n instanceof javafx.scene.control.TextInputControl t ? t.getPromptText()
                    : n instanceof ComboBoxBase<?> c ? c.getPromptText() : null;
            if (prompt != null && !prompt.isBlank()) {
                problems.add(name(n) + " has only its prompt \"" + prompt + "\" and no label");
            }
        }
        return problems;
    }

    /** In a grid laid out as a small table: the top cell above it in the same column is a label (a heading). */
    private static boolean labelAbove(Node node) {
        if (!(node.getParent() instanceof javafx.scene.layout.GridPane grid)) {
            return false;
        }
        int column = javafx.scene.layout.GridPane.getColumnIndex(node) == null ? 0
                : javafx.scene.layout.GridPane.getColumnIndex(node);
        int row = javafx.scene.layout.GridPane.getRowIndex(node) == null ? 0
                : javafx.scene.layout.GridPane.getRowIndex(node);
        Node top = null;
        int topRow = row;
        for (Node other : grid.getChildren()) {
            Integer c = javafx.scene.layout.GridPane.getColumnIndex(other);
            Integer r = javafx.scene.layout.GridPane.getRowIndex(other);
            int otherRow = r == null ? 0 : r;
            if ((c == null ? 0 : c) == column && otherRow < topRow) {
                top = other;
                topRow = otherRow;
            }
        }
        return top instanceof javafx.scene.control.Label;
    }

    private static boolean labelBefore(Node node) {
        if (node == null || node.getParent() == null) {
            return false;
        }
        List<Node> siblings = node.getParent().getChildrenUnmodifiable();
        int at = siblings.indexOf(node);
        for (int i = at - 1; i >= 0; i--) {
            Node before = siblings.get(i);
            if (before.isManaged() && before.isVisible()) {
                return before instanceof javafx.scene.control.Label;
            }
        }
        return false;
    }

    private static boolean inside(Node node, Class<?> type) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node n) {
        return n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
    }

    private static boolean inScrollPane(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRows(Node node) {
        for (Node p = node; p != null; p = p.getParent()) {
            if (p instanceof VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} and all its parents are visible. */
    static boolean shown(Node node) {
        for (Node p = node; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String bounds(Bounds b) {
        return "x " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX()) + ", y " + Math.round(b.getMinY())
                + ".." + Math.round(b.getMaxY());
    }
}
