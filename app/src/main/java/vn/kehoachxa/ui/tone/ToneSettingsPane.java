package vn.kehoachxa.ui.tone;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.ToneStyle;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Cài đặt › Cách bỏ dấu: the office's choice of where the tone mark sits on oa, oe, uy (or: as each plan uses most),
 * and the names the check leaves alone. Saved in the settings file as soon as they change.
 */
public final class ToneSettingsPane extends VBox {
    /** Shows and saves the settings of {@code ctx}. */
    public ToneSettingsPane(AppContext ctx) {
        super(8);
        ComboBox<Optional<ToneStyle>> style = new ComboBox<>();
        style.setId("toneStyleSetting");
        style.getItems().add(Optional.empty());
        Arrays.stream(ToneStyle.values()).map(Optional::of).forEach(style.getItems()::add);
        style.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<ToneStyle> s) {
                return s == null ? "" : s.map(v -> Texts.get("tone.style." + v.name()))
                        .orElseGet(() -> Texts.get("tone.settings.mostUsed"));
            }

            @Override
            public Optional<ToneStyle> fromString(String s) {
                return Optional.empty();
            }
        });
        style.setValue(ctx.settings().toneStyle());
        Label styleLabel = new Label(Texts.get("tone.settings.style"));
        styleLabel.setLabelFor(style);
        TextField excluded = new TextField(String.join(", ", ctx.settings().toneExcluded()));
        excluded.setId("toneExcludedSetting");
        excluded.setPromptText(Texts.get("tone.excluded.prompt"));
        Label excludedLabel = new Label(Texts.get("tone.excluded"));
        excludedLabel.setWrapText(true);
        excludedLabel.setLabelFor(excluded);
        Runnable save = () -> Tasks.run(ctx.settings()::save).onError(ErrorDialog::show).runOn(ctx.fileExecutor());
        style.valueProperty().addListener((obs, old, now) -> {
            ctx.settings().setToneStyle(now == null ? null : now.orElse(null));
            save.run();
        });
        excluded.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                ctx.settings().setToneExcluded(Arrays.stream(excluded.getText().split(",")).map(String::strip)
                        .filter(w -> !w.isEmpty()).toList());
                save.run();
            }
        });
        getChildren().addAll(styleLabel, style, excludedLabel, excluded);
    }
}
