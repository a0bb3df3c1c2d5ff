package vn.kehoachxa.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates typed and shown the Vietnamese way, {@code 05/01/2026}, whatever the JVM's locale (office PCs often run an
 * English Windows, where a plain DatePicker shows 1/5/2026).
 */
public final class DateFields {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");

    private DateFields() {
    }

    /**
     * Makes {@code picker} show and accept day/month/year. Text it cannot read (a typo such as 31/13/2026) keeps the
     * date it had, so a slip of the keyboard never clears a saved date; the field then shows that date again.
     */
    public static DatePicker vietnamese(DatePicker picker) {
        StringConverter<LocalDate> plain = converter();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return plain.toString(date);
            }

            @Override
            public LocalDate fromString(String text) {
                LocalDate date = plain.fromString(text);
                return date == null && text != null && !text.isBlank() ? picker.getValue() : date;
            }
        });
        picker.setPromptText("dd/mm/yyyy");
        picker.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                // After the picker has committed the typed text, show the date it holds: an unreadable typo reverts
                // visibly instead of staying on screen as if it had been saved.
                Platform.runLater(() -> picker.getEditor().setText(picker.getConverter().toString(picker.getValue())));
            }
        });
        return picker;
    }

    /** The day/month/year converter; text it cannot read gives no date. */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), TYPED);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
