package vn.kehoachxa.ui.planfile;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.PlanImportService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.common.FileChooserPort;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.tone.ToneActions;

/** Nhập / xuất from the Tệp menu and the first-run screen: plan files in, plan file, Word and Excel out. */
public final class PlanFileActions {
    private final AppContext ctx;
    private final PlanImportService imports;
    private final PlanService plans;
    private final ToneActions tones;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity");

    /** Works on {@code ctx}'s database and executor. */
    public PlanFileActions(AppContext ctx, PlanImportService imports, PlanService plans, ToneActions tones) {
        this.tones = tones;
        this.ctx = ctx;
        this.imports = imports;
        this.plans = plans;
    }

    /** What is being written right now ("Đang xuất …"), or null when nothing is; the status bar shows it. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Asks for a plan file, stores it as a new plan, then calls {@code onImported} with its id. */
    public void importPlan(Window owner, Consumer<Long> onImported) {
        var request = new FileChooserPort.Request(Texts.get("planfile.import.title"), Texts.get("planfile.filter"),
                "*" + PlanFiles.EXTENSION + " *.json", ctx.settings().importFolder().orElse(null), null);
        ctx.fileChooser().open(owner, request).ifPresent(file -> {
            ctx.settings().setImportFolder(file.toAbsolutePath().getParent());
            importFile(file, onImported);
        });
    }

    /**
     * Reads and checks {@code file} with its reporting data (off the FX thread); when the plan is already in the
     * database (same number or same content), asks whether to open the existing plan, import a copy as a new draft or
     * replace it; then stores it and calls {@code onImported} with the plan to show.
     */
    public void importFile(Path file, Consumer<Long> onImported) {
        Tasks.create(() -> imports.preview(file))
                .onSuccess(preview -> {
                    if (!preview.clashes()) {
                        store(preview, ClashPolicy.REFUSE, onImported);
                        return;
                    }
                    switch (askClash(preview)) {
                        case OPEN -> onImported.accept(preview.existing().getFirst().id());
                        case AS_NEW -> store(preview, ClashPolicy.AS_NEW, onImported);
                        case REPLACE -> store(preview, ClashPolicy.REPLACE, onImported);
                        case CANCEL -> { }
                    }
                })
                .runOn(ctx.executor());
    }

    private void store(PlanImportService.Preview preview, ClashPolicy policy, Consumer<Long> onImported) {
        Tasks.create(() -> imports.importPreviewed(preview, policy))
                .onSuccess(id -> {
                    ctx.firePlanChanged();
                    onImported.accept(id);
                })
                .runOn(ctx.executor());
    }

    /** What the user chose when the plan is already in the database. */
    private enum ClashChoice { OPEN, AS_NEW, REPLACE, CANCEL }

    private ClashChoice askClash(PlanImportService.Preview preview) {
        ButtonType open = new ButtonType(Texts.get("import.clash.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType asNew = new ButtonType(Texts.get("import.clash.asNew"), ButtonBar.ButtonData.OTHER);
        ButtonType replace = new ButtonType(Texts.get("import.clash.replace"), ButtonBar.ButtonData.OTHER);
        Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION,
                Texts.get("import.clash.question", preview.describeExisting()), open, asNew, replace, Buttons.CANCEL);
        ask.setTitle(Texts.get("planfile.import.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("importClash");
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // Four long choices: each button shows its whole label, and the dialog widens to hold them.
        for (ButtonType type : ask.getButtonTypes()) {
            Region button = (Region) ask.getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        }
        return ask.showAndWait().map(button -> button == open ? ClashChoice.OPEN
                : button == asNew ? ClashChoice.AS_NEW
                : button == replace ? ClashChoice.REPLACE : ClashChoice.CANCEL).orElse(ClashChoice.CANCEL);
    }

    /** Asks where to save plan {@code planId} as {@code kind}, writes it with progress, then offers to open it. */
    public void export(Window owner, long planId, ExportKind kind) {
        // A plan that mixes accent styles is said so first; the user may fix it, export anyway or stop.
        tones.beforeExport(owner, planId, () -> Tasks.create(() -> plans.load(planId))
                .onSuccess(doc -> chooseAndWrite(owner, doc, kind))
                .runOn(ctx.executor()));
    }

    private void chooseAndWrite(Window owner, PlanDocument doc, ExportKind kind) {
        var request = new FileChooserPort.Request(Texts.get("export.title." + kind.name()),
                Texts.get("export.filter." + kind.name()), kind.pattern(), ctx.settings().exportFolder().orElse(null),
                ExportFileNames.forPlan(doc.plan(), kind.suffix()));
        ctx.fileChooser().save(owner, request).ifPresent(file -> {
            ctx.settings().setExportFolder(file.toAbsolutePath().getParent());
            exportTo(doc, kind, file, () -> showDone(file));
        });
    }

    /**
     * Writes {@code doc} (already read from the database) as {@code kind} to {@code target} on the file executor, so
     * later edits are not queued behind it, saying so in {@link #activityProperty()} while it runs, then runs
     * {@code done}.
     */
    public void exportTo(PlanDocument doc, ExportKind kind, Path target, Runnable done) {
        activity.set(Texts.get("export.running", target.getFileName()));
        Tasks.run(() -> kind.write(doc, target)).onSuccess(v -> done.run()).andFinally(() -> activity.set(null))
                .runOn(ctx.fileExecutor());
    }

    /** Tells the user where the file went, with "Mở tệp" / "Mở thư mục". */
    public void showDone(Path file) {
        ButtonType openFile = new ButtonType(Texts.get("export.openFile"), ButtonBar.ButtonData.OTHER);
        ButtonType openFolder = new ButtonType(Texts.get("export.openFolder"), ButtonBar.ButtonData.OTHER);
        Alert done = Dialogs.alert(Alert.AlertType.INFORMATION, Texts.get("export.done", file), openFile, openFolder,
                Buttons.CLOSE);
        done.setTitle(Texts.get("app.title"));
        done.setHeaderText(null);
        done.getDialogPane().setId("exportDone");
        done.show();
        done.resultProperty().addListener((obs, old, button) -> {
            if (button == openFile) {
                ctx.open(file);
            } else if (button == openFolder) {
                ctx.open(file.toAbsolutePath().getParent());
            }
        });
    }
}
