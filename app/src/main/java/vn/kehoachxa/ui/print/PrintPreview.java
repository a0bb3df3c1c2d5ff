package vn.kehoachxa.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.Dialogs;

/**
 * Xem trước khi in: an appendix table laid out on A4 landscape pages (header row repeated on each, see
 * {@link Pagination}), page by page, then printed through the system print dialog.
 */
public final class PrintPreview {
    /** A4 landscape in points (1/72 inch), the unit JavaFX printing uses. */
    static final double PAGE_WIDTH = 842;
    static final double PAGE_HEIGHT = 595;
    static final double MARGIN = 36;
    private static final double CELL_PADDING = 4;
    private static final Font BODY = Font.font("Liberation Serif", 10.5);
    private static final Font BOLD = Font.font("Liberation Serif", FontWeight.BOLD, 10.5);
    private static final Font TITLE = Font.font("Liberation Serif", FontWeight.BOLD, 13);

    private final PrintTable table;
    private final List<Pagination.Page> pages;
    private final List<Double> rowHeights = new ArrayList<>();
    private final double[] columnWidths;
    private int shown;
    private final StackPane holder = new StackPane();
    private final Label pageLabel = new Label();

    private PrintPreview(PrintTable table) {
        this.table = table;
        double total = table.widths().stream().mapToDouble(Double::doubleValue).sum();
        double usable = PAGE_WIDTH - 2 * MARGIN;
        columnWidths = table.widths().stream().mapToDouble(w -> w / total * usable).toArray();
        List<Pagination.Row> rows = new ArrayList<>();
        for (PrintTable.Line line : table.rows()) {
            double h = line.group() ? textHeight(line.cells().getFirst(), usable, BOLD)
                    : rowHeight(line.cells(), BODY);
            rowHeights.add(h);
            rows.add(new Pagination.Row(h, line.group()));
        }
        double header = rowHeight(table.headings(), BOLD);
        double titles = table.titleLines().stream().mapToDouble(t -> textHeight(t, usable, TITLE)).sum() + 12;
        double space = PAGE_HEIGHT - 2 * MARGIN;
        pages = Pagination.paginate(rows, header, space - titles, space);
    }

    /** Loads plan {@code planId} off the FX thread, then opens the preview of its {@code table} over {@code owner}. */
    public static void open(PlanService plans, AppContext ctx, long planId, TableKind table, Window owner) {
        Tasks.create(() -> AppendixPrintTables.of(plans.load(planId), table))
                .onSuccess(t -> new PrintPreview(t).show(owner))
                .runOn(ctx.executor());
    }

    /** How many pages the table takes. */
    public int pageCount() {
        return pages.size();
    }

    /** Its text size and theme come from {@code Appearance}, as for every window. */
    private void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.get("print.title", table.titleLines().get(1)));
        Button previous = new Button(null, new FontIcon("mdi2c-chevron-left"));
        previous.setId("printPreviousButton");
        Button next = new Button(null, new FontIcon("mdi2c-chevron-right"));
        next.setId("printNextButton");
        Button print = new Button(Texts.get("print.print"), new FontIcon("mdi2p-printer-outline"));
        print.setId("printButton");
        print.setDefaultButton(true);
        Button close = new Button(Texts.get("print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        pageLabel.setId("printPageLabel");
        previous.setOnAction(e -> showPage(shown - 1, previous, next));
        next.setOnAction(e -> showPage(shown + 1, previous, next));
        print.setOnAction(e -> print(stage));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, pageLabel, next, gap, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("toolbar-row");
        holder.setPadding(new Insets(16));
        holder.getStyleClass().add("print-preview-area");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        BorderPane root = new BorderPane(scroll, bar, null, null, null);
        root.setId("printPreview");
        // Never larger than the main window: on a 1024x768 screen a full page would push the window's foot off the
        // screen; the page scrolls instead.
        Scene scene = new Scene(root, Math.min(PAGE_WIDTH + 80, owner.getScene().getWidth()),
                Math.min(PAGE_HEIGHT + 110, owner.getScene().getHeight()));
        stage.setScene(scene);
        showPage(0, previous, next);
        stage.show();
    }

    private void showPage(int index, Button previous, Button next) {
        shown = Math.max(0, Math.min(index, pages.size() - 1));
        Pane page = page(shown);
        page.setId("printPage");
        page.getStyleClass().add("print-page");
        holder.getChildren().setAll(page);
        pageLabel.setText(Texts.get("print.page", shown + 1, pages.size()));
        previous.setDisable(shown == 0);
        next.setDisable(shown == pages.size() - 1);
    }

    /** Page {@code index} as a node of A4 landscape size: title (page 1), header row, its rows. */
    Pane page(int index) {
        Pagination.Page p = pages.get(index);
        VBox content = new VBox();
        if (index == 0) {
            VBox titles = new VBox(2);
            titles.setAlignment(Pos.CENTER);
            titles.setPadding(new Insets(0, 0, 12, 0));
            for (int i = 0; i < table.titleLines().size(); i++) {
                Text t = new Text(table.titleLines().get(i));
                t.setFont(i == 2 ? Font.font("Liberation Serif", javafx.scene.text.FontPosture.ITALIC, 12) : TITLE);
                titles.getChildren().add(t);
            }
            content.getChildren().add(titles);
        }
        HBox header = row(table.headings(), BOLD, rowHeight(table.headings(), BOLD));
        header.setId("pageHeader");
        content.getChildren().add(header);
        for (int r = p.from(); r < p.to(); r++) {
            PrintTable.Line line = table.rows().get(r);
            if (line.group()) {
                HBox g = new HBox(cell(line.cells().getFirst(), PAGE_WIDTH - 2 * MARGIN, rowHeights.get(r), BOLD));
                content.getChildren().add(g);
            } else {
                content.getChildren().add(row(line.cells(), BODY, rowHeights.get(r)));
            }
        }
        StackPane page = new StackPane(content);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        page.setPadding(new Insets(MARGIN));
        page.setMinSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setMaxSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setPrefSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setStyle("-fx-background-color: white;");
        return page;
    }

    private HBox row(List<String> cells, Font font, double height) {
        HBox row = new HBox();
        for (int c = 0; c < cells.size(); c++) {
            row.getChildren().add(cell(cells.get(c), columnWidths[c], height, font));
        }
        return row;
    }

    private static Node cell(String text, double width, double height, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        t.setWrappingWidth(width - 2 * CELL_PADDING);
        StackPane cell = new StackPane(t);
        StackPane.setAlignment(t, Pos.TOP_LEFT);
        cell.setPadding(new Insets(CELL_PADDING / 2, CELL_PADDING, CELL_PADDING / 2, CELL_PADDING));
        cell.setMinSize(width, height);
        cell.setPrefSize(width, height);
        cell.setMaxSize(width, height);
        cell.setStyle("-fx-border-color: black; -fx-border-width: 0.5;");
        return cell;
    }

    private double rowHeight(List<String> cells, Font font) {
        double h = 0;
        for (int c = 0; c < cells.size(); c++) {
            h = Math.max(h, textHeight(cells.get(c), columnWidths[c], font));
        }
        return h;
    }

    private static double textHeight(String text, double width, Font font) {
        Text t = new Text(text == null || text.isEmpty() ? " " : text);
        t.setFont(font);
        t.setWrappingWidth(width - 2 * CELL_PADDING);
        return Math.ceil(t.getLayoutBounds().getHeight() + CELL_PADDING + 1);
    }

    private void print(Stage owner) {
        PrinterJob job = PrintJobs.begin(owner, Texts.get("print.noPrinter")).orElse(null);
        if (job == null) {
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.LANDSCAPE,
                Printer.MarginType.HARDWARE_MINIMUM);
        double scale = Math.min(layout.getPrintableWidth() / PAGE_WIDTH, layout.getPrintableHeight() / PAGE_HEIGHT);
        boolean ok = true;
        for (int i = 0; i < pages.size() && ok; i++) {
            Pane page = page(i);
            new Scene(new javafx.scene.Group(page));
            page.applyCss();
            page.layout();
            page.getTransforms().add(new Scale(scale, scale));
            ok = job.printPage(layout, page);
        }
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
            Alert alert = Dialogs.alert(Alert.AlertType.ERROR, Texts.get("print.failed"), Buttons.CLOSE);
            alert.initOwner(owner);
            alert.show();
        }
    }
}
