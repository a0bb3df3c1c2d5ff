package vn.kehoachxa.ui.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.DateFields;
import vn.kehoachxa.ui.reporting.PaperReportForm.IndicatorRow;
import vn.kehoachxa.ui.reporting.PaperReportForm.TaskRow;

/**
 * The "Nhập báo cáo giấy" dialog over a {@link PaperReportForm}: received date, source, then one line per assigned
 * row (status, actual completion date, result, difficulties, proposals) and per indicator (figure, note). OK stays
 * on the dialog and lists the problems in Vietnamese until the form is valid; the result is the draft to store.
 */
final class PaperReportDialog {

    private PaperReportDialog() {
    }

    /** Builds the dialog (not shown); its result is the checked draft, or empty when cancelled. */
    static Dialog<SubmissionDraft> build(Window owner, PaperReportForm form, String periodName) {
        Dialog<SubmissionDraft> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("paperui.title"));
        dialog.setHeaderText(Texts.get("paperui.header", form.unit().unit().name(), periodName));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(Texts.get("paperui.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, Buttons.CANCEL);
        Label errors = new Label();
        errors.setId("paperErrors");
        errors.getStyleClass().add("problem-text");
        errors.setWrapText(true);
        errors.managedProperty().bind(errors.visibleProperty());
        errors.setVisible(false);

        VBox body = new VBox(10, header(form), sectionTitle(Texts.get("paperui.tasks", form.tasks().size())),
                tasks(form.tasks()), sectionTitle(Texts.get("paperui.indicators", form.indicators().size())),
                indicators(form.indicators()));
        body.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        VBox content = new VBox(8, scroll, errors);
        dialog.getDialogPane().setPrefSize(1100, 720);
        // The dialog window keeps its first layout width (600 px) unless the pane insists on more.
        dialog.getDialogPane().setMinWidth(Math.min(1100, screenWidth(owner) - 40));
        dialog.setResizable(true);
        errors.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);

        final SubmissionDraft[] checked = new SubmissionDraft[1];
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("paperSave");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                checked[0] = form.toDraft();
            } catch (DomainException ex) {
                errors.setText(ex.getMessage() + "\n• " + String.join("\n• ", ex.problems()));
                errors.setVisible(true);
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == save ? checked[0] : null);
        return dialog;
    }

    private static double screenWidth(Window owner) {
        return owner == null ? 1100 + 40 : Math.max(640, owner.getWidth());
    }

    /** Shows the dialog and waits; the checked draft, or empty when cancelled. */
    static Optional<SubmissionDraft> ask(Window owner, PaperReportForm form, String periodName) {
        return build(owner, form, periodName).showAndWait();
    }

    private static Node header(PaperReportForm form) {
        DatePicker received = new DatePicker();
        received.setId("paperReceived");
        DateFields.vietnamese(received);
        received.valueProperty().bindBidirectional(form.receivedDateProperty());
        ComboBox<SubmissionSource> source = new ComboBox<>();
        source.setId("paperSource");
        source.getItems().setAll(SubmissionSource.PAPER, SubmissionSource.MANUAL);
        source.setCellFactory(l -> ResultCells.choice(s -> Texts.get("paperui.source." + s.name()), ""));
        source.setButtonCell(ResultCells.choice(s -> Texts.get("paperui.source." + s.name()), ""));
        source.valueProperty().bindBidirectional(form.sourceProperty());
        TextField note = new TextField();
        note.setId("paperNote");
        note.setPromptText(Texts.get("paperui.notePrompt"));
        note.textProperty().bindBidirectional(form.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Label receivedLabel = new Label(Texts.get("paperui.received"));
        Label sourceLabel = new Label(Texts.get("paperui.source"));
        receivedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sourceLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        source.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A label, not only the hint inside the field: the hint disappears as soon as the official types.
        Label noteLabel = new Label(Texts.get("paperui.note"));
        noteLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        noteLabel.setLabelFor(note);
        receivedLabel.setLabelFor(received);
        sourceLabel.setLabelFor(source);
        HBox row = new HBox(8, receivedLabel, received, sourceLabel, source, noteLabel, note);
        row.getStyleClass().add("toolbar-row");
        return row;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-label");
        return label;
    }

    private static GridPane tasks(List<TaskRow> rows) {
        GridPane grid = grid(new double[] {28, 15, 13, 16, 14, 14}, Texts.get("paperui.column.task"),
                Texts.get("paperui.column.status"), Texts.get("paperui.column.completedOn"),
                Texts.get("paperui.column.result"),
                Texts.get("paperui.column.difficulties"), Texts.get("paperui.column.proposals"));
        List<ProgressStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(Arrays.asList(ProgressStatus.values()));
        for (int i = 0; i < rows.size(); i++) {
            TaskRow row = rows.get(i);
            Label name = wrapped(row.label());
            ComboBox<ProgressStatus> status = new ComboBox<>();
            status.setId("paperStatus-" + i);
            status.getItems().setAll(statuses);
            status.setCellFactory(l -> ResultCells.choice(ResultsController::statusLabel,
                    Texts.get("paperui.notReported")));
            status.setButtonCell(ResultCells.choice(ResultsController::statusLabel, Texts.get("paperui.notReported")));
            status.setMaxWidth(Double.MAX_VALUE);
            status.valueProperty().bindBidirectional(row.statusProperty());
            DatePicker completed = new DatePicker();
            completed.setId("paperCompleted-" + i);
            DateFields.vietnamese(completed);
            completed.setMaxWidth(Double.MAX_VALUE);
            completed.valueProperty().bindBidirectional(row.completedOnProperty());
            // Only a task reported done has a completion date; another status clears it (PaperReportForm.TaskRow).
            completed.disableProperty().bind(row.statusProperty().isNotEqualTo(ProgressStatus.DONE));
            grid.addRow(i + 1, name, status, completed, field("paperResult-" + i, row.resultProperty()),
                    field("paperDifficulties-" + i, row.difficultiesProperty()),
                    field("paperProposals-" + i, row.proposalsProperty()));
        }
        return grid;
    }

    private static GridPane indicators(List<IndicatorRow> rows) {
        GridPane grid = grid(new double[] {44, 18, 14, 24}, Texts.get("paperui.column.indicator"),
                Texts.get("paperui.column.target"), Texts.get("paperui.column.value"),
                Texts.get("paperui.column.note"));
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            TextField value = field("paperValue-" + i, row.valueProperty());
            value.setPromptText(Texts.get("paperui.valuePrompt"));
            value.setUserData(row.code());
            grid.addRow(i + 1, wrapped(row.label()), wrapped(row.target()), value,
                    field("paperIndicatorNote-" + i, row.noteProperty()));
        }
        return grid;
    }

    private static GridPane grid(double[] percents, String... headings) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (double p : percents) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(p);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < headings.length; i++) {
            Label h = wrapped(headings[i]);
            h.getStyleClass().add("muted");
            grid.add(h, i, 0);
        }
        return grid;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
