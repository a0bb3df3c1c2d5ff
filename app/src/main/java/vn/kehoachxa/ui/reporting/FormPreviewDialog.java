package vn.kehoachxa.ui.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.FigureFlag;
import vn.kehoachxa.domain.text.VietnameseNumbers;
import vn.kehoachxa.service.reporting.FlaggedFigure;
import vn.kehoachxa.service.reporting.FormPreview;
import vn.kehoachxa.ui.common.Buttons;

/**
 * The import preview: what each returned form would do, and its flagged figures (domain.reporting.FigureChecks)
 * each with a note field. A figure out of range goes in only with a note; a big change is shown for a second look
 * and may be explained. Nothing is written until the official agrees; the result is the previews with the notes.
 */
final class FormPreviewDialog {
    private FormPreviewDialog() {
    }

    /** Builds the dialog (not shown); its result is the previews with the notes typed, empty when cancelled. */
    static Dialog<List<FormPreview>> build(Window owner, List<FormPreview> previews) {
        long ok = previews.stream().filter(FormPreview::ok).count();
        Dialog<List<FormPreview>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("app.title"));
        dialog.setHeaderText(Texts.get("reportingui.preview.header", ok, previews.size()));
        dialog.getDialogPane().setId("formPreview");
        dialog.getDialogPane().getStyleClass().add("app-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ok > 0 ? new ButtonType[] {Buttons.OK, Buttons.CANCEL}
                : new ButtonType[] {Buttons.CLOSE});
        VBox body = new VBox(6);
        body.setPadding(new Insets(4));
        List<Map<Long, TextField>> notes = new ArrayList<>();
        for (FormPreview p : previews) {
            Label line = new Label(p.ok() ? Texts.get("reportingui.preview.ok", p.fileName(), p.unitName(),
                    p.periodName(), p.nextVersion(), p.taskCount(), p.indicatorCount())
                    : Texts.get("reportingui.preview.refused", p.fileName(), String.join("\n   ", p.errors())));
            line.setWrapText(true);
            body.getChildren().add(line);
            Map<Long, TextField> fields = new HashMap<>();
            if (p.ok()) {
                for (FlaggedFigure f : p.figures()) {
                    Label flag = new Label(flagLine(f));
                    flag.setWrapText(true);
                    flag.getStyleClass().add(f.needsNote() ? "problem-text" : "muted");
                    TextField note = new TextField(f.acceptedNote() == null ? "" : f.acceptedNote());
                    note.setId("note-" + f.indicatorId());
                    note.setPromptText(Texts.get(f.needsNote() ? "figureui.noteRequired" : "figureui.noteOptional"));
                    VBox.setMargin(flag, new Insets(0, 0, 0, 18));
                    VBox.setMargin(note, new Insets(0, 0, 4, 18));
                    body.getChildren().addAll(flag, note);
                    fields.put(f.indicatorId(), note);
                }
            }
            notes.add(fields);
        }
        if (previews.stream().anyMatch(p -> p.ok() && p.needsNotes())) {
            Label hint = new Label(Texts.get("figureui.previewHint"));
            hint.setWrapText(true);
            body.getChildren().add(hint);
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, 60 + 40.0 * body.getChildren().size()));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(760);
        // A dialog window keeps its first layout width (600 px) unless the pane insists on more.
        dialog.getDialogPane().setMinWidth(760);
        dialog.setResizable(true);
        if (ok > 0) {
            ((Button) dialog.getDialogPane().lookupButton(Buttons.OK)).setId("previewImport");
        }
        dialog.setResultConverter(b -> {
            if (b != Buttons.OK) {
                return null;
            }
            List<FormPreview> out = new ArrayList<>();
            for (int i = 0; i < previews.size(); i++) {
                Map<Long, String> typed = new HashMap<>();
                notes.get(i).forEach((id, field) -> typed.put(id, field.getText()));
                FormPreview p = previews.get(i);
                out.add(p.ok() ? p.withNotes(typed) : p);
            }
            return out;
        });
        return dialog;
    }

    /** Shows the dialog and waits. */
    static Optional<List<FormPreview>> ask(Window owner, List<FormPreview> previews) {
        return build(owner, previews).showAndWait();
    }

    /** "E7, trang Chỉ tiêu" for the reader's "Chỉ tiêu!E7". */
    static String cellName(String cell) {
        int bang = cell == null ? -1 : cell.lastIndexOf('!');
        return bang < 0 ? String.valueOf(cell)
                : Texts.get("figureui.cellInSheet", cell.substring(bang + 1), cell.substring(0, bang).replace("'", ""));
    }

    /** "⚠ Ô E7, trang Chỉ tiêu — Tỷ lệ tiêm chủng: 140% — tỷ lệ 140% lớn hơn 100%". */
    static String flagLine(FlaggedFigure f) {
        String uom = f.unitOfMeasure() == null ? "" : f.unitOfMeasure().strip();
        String value = VietnameseNumbers.format(f.value()) + (uom.isEmpty() || "%".equals(uom) ? uom : " " + uom);
        return Texts.get(f.needsNote() ? "figureui.flag.blocking" : "figureui.flag.warning", cellName(f.cell()),
                f.indicatorName(), value, String.join("; ", f.flags().stream().map(FigureFlag::message).toList()));
    }
}
