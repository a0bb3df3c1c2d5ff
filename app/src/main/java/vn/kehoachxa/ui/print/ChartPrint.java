package vn.kehoachxa.ui.print;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Dialogs;

/**
 * In biểu đồ: prints a chart's picture on one A4 landscape page, the way {@link PrintPreview} prints an appendix
 * (the default printer, the system print dialog, a Vietnamese message when there is no printer or printing fails).
 * The picture is a snapshot taken at twice the screen's scale, so it stays sharp on paper.
 */
public final class ChartPrint {
    private ChartPrint() {
    }

    /** Asks for a printer over {@code owner} and prints {@code picture} fitted to the page. FX thread. */
    public static void print(Window owner, Image picture) {
        PrinterJob job = PrintJobs.begin(owner, Texts.get("chartsui.print.noPrinter")).orElse(null);
        if (job == null) {
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.LANDSCAPE,
                Printer.MarginType.DEFAULT);
        ImageView view = new ImageView(picture);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(layout.getPrintableWidth());
        view.setFitHeight(layout.getPrintableHeight());
        new Scene(new Group(view));
        if (job.printPage(layout, view)) {
            job.endJob();
        } else {
            job.cancelJob();
            Alert alert = Dialogs.alert(Alert.AlertType.ERROR, Texts.get("chartsui.print.failed"), Buttons.CLOSE);
            alert.initOwner(owner);
            alert.show();
        }
    }
}
