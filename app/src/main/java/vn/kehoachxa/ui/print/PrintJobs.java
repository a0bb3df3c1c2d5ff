package vn.kehoachxa.ui.print;

import java.util.Optional;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Dialogs;

/** The start every print shares: the default printer, or a Vietnamese message when there is none; then the dialog. */
final class PrintJobs {
    private PrintJobs() {
    }

    /**
     * A job on the printer the official chose in the system print dialog over {@code owner}; empty when there is no
     * printer ({@code noPrinterText} is then shown, saying what to do instead) or the dialog was cancelled.
     */
    static Optional<PrinterJob> begin(Window owner, String noPrinterText) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            Alert alert = Dialogs.alert(Alert.AlertType.WARNING, noPrinterText, Buttons.CLOSE);
            alert.setHeaderText(Texts.get("print.noPrinter.title"));
            alert.initOwner(owner);
            alert.show();
            return Optional.empty();
        }
        return job.showPrintDialog(owner) ? Optional.of(job) : Optional.empty();
    }
}
