package vn.kehoachxa.ui.tone;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.ToneConsistency;
import vn.kehoachxa.service.ToneService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Thống nhất cách bỏ dấu from the menu and before an export: checks the plan on the ordered executor, shows what
 * it found, rewrites only what the user accepted, and records the change in the plan-wide history so Ctrl+Z puts
 * every text back.
 */
public final class ToneActions {
    private final AppContext ctx;
    private final ToneService tones;

    /** Checks and rewrites through {@code tones}, on {@code ctx}'s executor, with its settings. */
    public ToneActions(AppContext ctx, ToneService tones) {
        this.ctx = ctx;
        this.tones = tones;
    }

    /** Checks plan {@code planId} and shows the dialog, or says the plan is consistent; {@code changed} after a fix. */
    public void check(Window owner, long planId, Runnable changed) {
        Tasks.create(() -> report(planId)).onSuccess(report -> {
            if (report.consistent()) {
                Alert done = Dialogs.alert(Alert.AlertType.INFORMATION, Texts.get("tone.consistent"));
                done.getDialogPane().setId("toneConsistent");
                done.initOwner(owner);
                done.show();
            } else {
                ask(owner, planId, report, changed);
            }
        }).onError(ErrorDialog::show).runOn(ctx.executor());
    }

    /**
     * Before exporting plan {@code planId}: runs {@code proceed} at once when its accents are consistent, else warns
     * and lets the user fix them first, export anyway, or stop.
     */
    public void beforeExport(Window owner, long planId, Runnable proceed) {
        Tasks.create(() -> report(planId)).onSuccess(report -> {
            if (report.consistent()) {
                proceed.run();
                return;
            }
            ButtonType fix = new ButtonType(Texts.get("tone.export.fix"), ButtonBar.ButtonData.OK_DONE);
            ButtonType anyway = new ButtonType(Texts.get("tone.export.anyway"), ButtonBar.ButtonData.OTHER);
            Alert warn = Dialogs.alert(Alert.AlertType.WARNING, Texts.get("tone.export.warning",
                    String.join(", ", report.toChange().stream().limit(6)
                            .map(w -> w.form(report.proposed().other()) + "/" + w.form(report.proposed())).toList())),
                    fix, anyway, Buttons.CANCEL);
            warn.getDialogPane().setId("toneExportWarning");
            warn.initOwner(owner);
            ButtonBar.setButtonUniformSize(warn.getDialogPane().lookupButton(fix), false);
            ButtonBar.setButtonUniformSize(warn.getDialogPane().lookupButton(anyway), false);
            Optional<ButtonType> answer = warn.showAndWait();
            if (answer.filter(fix::equals).isPresent()) {
                ask(owner, planId, report, () -> {
                    ctx.firePlanChanged();
                    proceed.run();
                });
            } else if (answer.filter(anyway::equals).isPresent()) {
                proceed.run();
            }
        }).onError(ErrorDialog::show).runOn(ctx.executor());
    }

    private ToneConsistency.Report report(long planId) {
        return tones.check(planId, ctx.settings().toneStyle(), ctx.settings().toneExcluded());
    }

    private void ask(Window owner, long planId, ToneConsistency.Report report, Runnable changed) {
        var dialog = ToneDialog.build(report, ctx.settings().toneExcluded());
        dialog.initOwner(owner);
        dialog.showAndWait().ifPresent(accepted -> {
            ctx.settings().setToneExcluded(accepted.excluded());
            if (accepted.remember()) {
                ctx.settings().setToneStyle(accepted.style());
            }
            Tasks.create(() -> {
                ctx.settings().save();
                return tones.unify(planId, accepted.keys(), accepted.style(), accepted.excluded());
            }).onSuccess(done -> {
                if (done.fields() > 0) {
                    ctx.planWideEdits().record(Texts.get("tone.undoName"), done.undo());
                }
                changed.run();
            }).onError(ErrorDialog::show).runOn(ctx.executor());
        });
    }
}
