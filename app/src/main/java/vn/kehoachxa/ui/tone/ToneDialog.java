package vn.kehoachxa.ui.tone;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.ToneConsistency;
import vn.kehoachxa.domain.text.ToneConsistency.WordCount;
import vn.kehoachxa.domain.text.ToneStyle;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.WrappingLabel;

/**
 * Thống nhất cách bỏ dấu: the words the plan writes against the chosen style, each with its counts and a tick the
 * user can take off, the style (proposed: the office's choice or the one the plan uses most), the words to leave
 * alone, and whether to keep the style as the office's choice. Its result is what the user accepted.
 */
final class ToneDialog {
    /** What the user accepted: the words (keys) to rewrite, the style, what to leave alone, whether to save it. */
    record Accepted(Set<String> keys, ToneStyle style, List<String> excluded, boolean remember) {
    }

    private ToneDialog() {
    }

    /** One word of the list: ticked unless the user takes it off. */
    static final class Row {
        final WordCount word;
        final BooleanProperty accepted = new SimpleBooleanProperty(true);

        Row(WordCount word) {
            this.word = word;
        }
    }

    /** The dialog over {@code report}; {@code excluded} fills the field of words to leave alone. */
    static Dialog<Accepted> build(ToneConsistency.Report report, List<String> excluded) {
        Dialog<Accepted> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("tone.title"));
        dialog.setHeaderText(Texts.get("tone.header", report.total(ToneStyle.FIRST_VOWEL),
                report.total(ToneStyle.SECOND_VOWEL)));
        ButtonType apply = new ButtonType(Texts.get("tone.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(apply, Buttons.CANCEL);
        dialog.getDialogPane().setId("toneDialog");
        dialog.setResizable(true);

        ComboBox<ToneStyle> style = new ComboBox<>();
        style.setId("toneStyle");
        style.getItems().setAll(ToneStyle.values());
        style.setConverter(new StringConverter<>() {
            @Override
            public String toString(ToneStyle s) {
                return s == null ? "" : Texts.get("tone.style." + s.name());
            }

            @Override
            public ToneStyle fromString(String s) {
                return null;
            }
        });
        style.setValue(report.proposed());
        Label styleLabel = new Label(Texts.get("tone.styleLabel"));
        styleLabel.setLabelFor(style);

        TableView<Row> table = new TableView<>();
        table.setId("toneWords");
        table.setEditable(true);
        table.setPlaceholder(new Label(Texts.get("tone.nothing")));
        table.setPrefHeight(240);
        TableColumn<Row, Boolean> tick = new TableColumn<>(Texts.get("tone.column.accept"));
        tick.setCellValueFactory(c -> c.getValue().accepted);
        tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
        tick.setEditable(true);
        tick.setPrefWidth(70);
        table.getColumns().add(tick);
        table.getColumns().add(column(Texts.get("tone.column.written"), 120,
                r -> r.word.form(style.getValue().other())));
        table.getColumns().add(column(Texts.get("tone.column.becomes"), 120, r -> r.word.form(style.getValue())));
        table.getColumns().add(column(Texts.get("tone.column.count"), 140,
                r -> String.valueOf(r.word.count(style.getValue().other()))));
        table.getColumns().add(column(Texts.get("tone.column.kept"), 130,
                r -> String.valueOf(r.word.count(style.getValue()))));
        Runnable fill = () -> table.getItems().setAll(new ToneConsistency.Report(report.words(), style.getValue())
                .toChange().stream().map(Row::new).toList());
        style.valueProperty().addListener((obs, old, now) -> fill.run());
        fill.run();

        TextField exclusions = new TextField(String.join(", ", excluded));
        exclusions.setId("toneExcluded");
        exclusions.setPromptText(Texts.get("tone.excluded.prompt"));
        Label exclusionsLabel = new WrappingLabel();
        exclusionsLabel.setText(Texts.get("tone.excluded"));
        exclusionsLabel.setLabelFor(exclusions);
        CheckBox remember = new CheckBox(Texts.get("tone.remember"));
        remember.setId("toneRemember");
        remember.setWrapText(true);
        Label note = new WrappingLabel();
        note.setText(Texts.get("tone.note"));

        VBox body = new VBox(8, new HBox(8, styleLabel, style), table, note, exclusionsLabel, exclusions, remember);
        body.setPadding(new Insets(4));
        body.setPrefWidth(620);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().lookupButton(apply).setId("toneApply");
        dialog.setResultConverter(button -> button != apply ? null : new Accepted(
                new LinkedHashSet<>(table.getItems().stream().filter(r -> r.accepted.get()).map(r -> r.word.key())
                        .toList()),
                style.getValue(),
                Arrays.stream(exclusions.getText().split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList(),
                remember.isSelected()));
        return dialog;
    }

    private static TableColumn<Row, String> column(String title, double width,
            java.util.function.Function<Row, String> text) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setEditable(false);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }
}
