package vn.kehoachxa.ui.settings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.DateFields;
import vn.kehoachxa.ui.common.FieldCaptions;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Ngày nghỉ lễ: the editable holiday table that moves report deadlines. The fixed national holidays are added when
 * periods are generated; Tết, Giỗ Tổ and the yearly swapped days change by government notice and are entered here.
 * Adding and removing go through the screen's {@link SettingsEdits}, so Ctrl+Z undoes them.
 */
final class HolidaysPane extends VBox {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AppContext ctx;
    private final SettingsEdits edits;
    private final ListView<Holiday> list = new ListView<>();
    private final DatePicker date = new DatePicker();
    private final TextField name = new TextField();
    private final Label status = new Label();

    HolidaysPane(AppContext ctx, SettingsEdits edits) {
        super(8);
        this.ctx = ctx;
        this.edits = edits;
        setId("holidaysPane");
        list.setId("holidayList");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(Texts.get("holidays.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Holiday h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : DATE.format(h.date()) + " — " + h.name());
            }
        });
        date.setId("holidayDate");
        DateFields.vietnamese(date);
        date.getStyleClass().add("date-field");
        name.setId("holidayName");
        name.setPromptText(Texts.get("holidays.name"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(Texts.get("holidays.add"));
        add.setId("holidayAdd");
        add.setOnAction(e -> add());
        name.setOnAction(e -> add());
        Button remove = new Button(Texts.get("holidays.remove"));
        remove.setId("holidayRemove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove());
        HBox row = new HBox(8, FieldCaptions.captioned(Texts.get("holidays.caption.date"), date),
                FieldCaptions.captioned(Texts.get("holidays.caption.name"), name), add, remove);
        HBox.setHgrow(row.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        row.setAlignment(Pos.BOTTOM_LEFT);
        status.setWrapText(true);
        Label hint = new Label(Texts.get("holidays.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        getChildren().addAll(hint, list, row, status);
    }

    /** Reads the table again (off the FX thread). */
    void reload() {
        Tasks.create(edits::holidays).onSuccess(this::show).runOn(ctx.executor());
    }

    /** Shows {@code holidays} as stored (after an undo, with {@code message} under them). FX thread. */
    void show(List<Holiday> holidays, String message) {
        show(holidays);
        status.setText(message);
    }

    private void show(List<Holiday> holidays) {
        list.getItems().setAll(holidays);
    }

    private void add() {
        LocalDate day = date.getValue();
        String text = name.getText() == null ? "" : name.getText().strip();
        if (day == null || text.isEmpty()) {
            status.setText(Texts.get("holidays.incomplete"));
            return;
        }
        Tasks.create(() -> {
            edits.saveHoliday(new Holiday(day, text));
            return edits.holidays();
        }).onSuccess(holidays -> {
            show(holidays);
            name.clear();
            status.setText(Texts.get("holidays.saved", DATE.format(day)));
        }).runOn(ctx.executor());
    }

    private void remove() {
        Holiday h = list.getSelectionModel().getSelectedItem();
        Tasks.create(() -> {
            edits.deleteHoliday(h.date());
            return edits.holidays();
        }).onSuccess(holidays -> {
            show(holidays);
            status.setText(Texts.get("holidays.removed", DATE.format(h.date())));
        }).runOn(ctx.executor());
    }
}
