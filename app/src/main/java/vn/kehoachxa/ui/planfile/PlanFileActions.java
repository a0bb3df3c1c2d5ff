package vn.kehoachxa.ui.planfile;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Tasks;

/** Import and export of plan files (.kehoach.json) from the menu and the first-run screen. */
public final class PlanFileActions {
    private final AppContext ctx;

    /** Works on {@code ctx}'s services and executor. */
    public PlanFileActions(AppContext ctx) {
        this.ctx = ctx;
    }

    /** Asks for a plan file, stores it as a new plan, then calls {@code onImported} with its id. */
    public void importPlan(Window owner, Consumer<Long> onImported) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("planfile.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("planfile.filter"),
                "*" + PlanFiles.EXTENSION, "*.json"));
        ctx.settings().importFolder().map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importFile(file.toPath(), onImported);
        }
    }

    /** Stores the plan in {@code file} as a new plan (off the FX thread), then calls {@code onImported}. */
    public void importFile(Path file, Consumer<Long> onImported) {
        Tasks.create(() -> ctx.plans().create(PlanFiles.read(file)))
                .onSuccess(id -> {
                    ctx.firePlanChanged();
                    onImported.accept(id);
                })
                .runOn(ctx.executor());
    }

    /** Asks where to save plan {@code planId} as a plan file, writes it, then offers to open the folder. */
    public void exportPlan(Window owner, long planId) {
        Tasks.create(() -> ctx.plans().load(planId))
                .onSuccess(doc -> chooseAndWrite(owner, doc))
                .runOn(ctx.executor());
    }

    private void chooseAndWrite(Window owner, PlanDocument doc) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("planfile.export.title"));
        chooser.setInitialFileName(ExportFileNames.forPlan(doc.plan(), PlanFiles.EXTENSION));
        ctx.settings().exportFolder().map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            Path target = file.toPath();
            Tasks.run(() -> PlanFiles.write(doc, target))
                    .onSuccess(v -> showDone(target))
                    .runOn(ctx.executor());
        }
    }

    /** Tells the user where the file went, with "Mở tệp" / "Mở thư mục". */
    public void showDone(Path file) {
        ButtonType openFile = new ButtonType(Texts.get("export.openFile"), ButtonBar.ButtonData.OTHER);
        ButtonType openFolder = new ButtonType(Texts.get("export.openFolder"), ButtonBar.ButtonData.OTHER);
        Alert done = new Alert(Alert.AlertType.INFORMATION, Texts.get("export.done", file), openFile, openFolder,
                ButtonType.CLOSE);
        done.setTitle(Texts.get("app.title"));
        done.setHeaderText(null);
        done.showAndWait().ifPresent(button -> {
            if (button == openFile) {
                ctx.open(file);
            } else if (button == openFolder) {
                ctx.open(file.toAbsolutePath().getParent());
            }
        });
    }
}
