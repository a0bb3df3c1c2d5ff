package vn.kehoachxa.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/** What a table on a small window can get wrong, read off the laid-out scene graph on the FX thread. */
final class TableCheck {
    private static final double SLACK = 0.5;

    private TableCheck() {
    }

    /**
     * Fewer than {@code wanted} whole rows in view (inside the table, the page's view and the window), or, when the
     * table has fewer rows, no room for {@code wanted} rows as tall as the tallest shown.
     */
    static List<String> visibleRows(Control table, int wanted) {
        List<String> problems = new ArrayList<>();
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        Bounds view = intersect(flow.localToScene(flow.getLayoutBounds()), visibleArea(table));
        for (Node n : flow.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.isVisible() && bar.getOrientation()
                    == javafx.geometry.Orientation.HORIZONTAL && bar.getParent() == flow) {
                view = new BoundingBox(view.getMinX(), view.getMinY(), view.getWidth(),
                        view.getHeight() - bar.getHeight());
            }
        }
        int whole = 0;
        double tallest = 0;
        for (Node n : flow.lookupAll(".indexed-cell")) {
            if (n instanceof IndexedCell<?> row && n.getParent() != null && !row.isEmpty() && row.isVisible()
                    && (n.getStyleClass().contains("table-row-cell")
                    || n.getStyleClass().contains("tree-table-row-cell"))) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                tallest = Math.max(tallest, b.getHeight());
                if (b.getMinY() >= view.getMinY() - SLACK && b.getMaxY() <= view.getMaxY() + SLACK) {
                    whole++;
                }
            }
        }
        int items = table instanceof TableView<?> t ? t.getItems().size()
                : ((TreeTableView<?>) table).getExpandedItemCount();
        if (whole < Math.min(wanted, items)) {
            problems.add(whole + " whole rows in view of " + items + " (view " + Math.round(view.getHeight())
                    + " px high, rows up to " + Math.round(tallest) + " px)");
        } else if (items < wanted && view.getHeight() + SLACK < wanted * tallest) {
            problems.add("room for " + Math.floor(view.getHeight() / tallest) + " rows of " + Math.round(tallest)
                    + " px only");
        }
        return problems;
    }

    /**
     * Column headings cut: a one-line heading shown with "…", or a wrapped heading (a {@link Text} graphic) taller
     * or wider than its header.
     */
    static List<String> cutHeadings(Control table) {
        List<String> problems = new ArrayList<>();
        for (Node n : table.lookupAll(".column-header")) {
            Node found = n.lookup(".label");
            if (!(found instanceof Label label) || label.getText() == null || !LayoutCheck.shown(n)) {
                continue;
            }
            for (Node child : label.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.isVisible() && !shown.getText().equals(label.getText())
                        && shown.getText().contains(label.getEllipsisString())) {
                    problems.add("heading \"" + label.getText() + "\" shows as \"" + shown.getText() + "\"");
                }
            }
            if (label.getGraphic() instanceof Text heading && label.getContentDisplay()
                    == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                Bounds text = heading.localToScene(heading.getLayoutBounds());
                Bounds header = n.localToScene(n.getLayoutBounds());
                if (text.getHeight() > header.getHeight() + SLACK || text.getWidth() > header.getWidth() + SLACK) {
                    problems.add("heading \"" + heading.getText() + "\" needs " + Math.round(text.getWidth()) + "x"
                            + Math.round(text.getHeight()) + " px, its header has " + Math.round(header.getWidth())
                            + "x" + Math.round(header.getHeight()));
                }
            }
        }
        return problems;
    }

    /** The part of the window {@code node} can be seen in: the window, cut to the page's view when it scrolls. */
    private static Bounds visibleArea(Node node) {
        Bounds area = new BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane page) {
                Bounds viewport = page.getViewportBounds();
                Bounds inScene = page.localToScene(page.getLayoutBounds());
                double top = inScene.getMinY() + page.snappedTopInset();
                area = intersect(area, new BoundingBox(inScene.getMinX(), top, viewport.getWidth(),
                        viewport.getHeight()));
            }
        }
        return area;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
