package vn.kehoachxa.ui.tone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.text.ToneConsistency.WordCount;
import vn.kehoachxa.service.ToneService;
import vn.kehoachxa.testsupport.AppDriver;

/** Công cụ › Thống nhất cách bỏ dấu on the Mường La plan: the list, one accepted word, then Ctrl+Z. */
class ToneDialogUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;
    private long planId;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private Map<String, WordCount> stored() {
        return app.app().workspace().tones().check(planId, Optional.empty(), List.of()).words()
                .stream().collect(Collectors.toMap(WordCount::key, Function.identity()));
    }

    @Test
    void theDialogListsTheMixedWordsAndFixesOnlyTheAcceptedOneUntilCtrlZ() {
        planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        javafx.scene.control.ComboBox<?> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
        assertThat(stored().get("khỏe").secondVowel()).isEqualTo(6);

        app.clickOn("Công cụ").clickOn("Thống nhất cách bỏ dấu…");
        DialogPane pane = app.waitFor("#toneDialog");
        TableView<ToneDialog.Row> table = app.lookup("#toneWords").query();
        // The plan mostly puts the mark on the first vowel: the rows are what it writes the other way.
        assertThat(table.getItems()).extracting(r -> r.word.secondVowelForm(), r -> r.word.secondVowel(),
                r -> r.word.firstVowel())
                .contains(org.assertj.core.groups.Tuple.tuple("khoẻ", 6, 94),
                        org.assertj.core.groups.Tuple.tuple("uỷ", 3, 12),
                        org.assertj.core.groups.Tuple.tuple("hoá", 2, 7));
        app.screenshotOf("tone-1-dialog", pane);
        // Only khoẻ → khỏe is accepted.
        app.fx(() -> table.getItems().stream().filter(r -> !r.word.key().equals("khỏe"))
                .forEach(r -> r.accepted.set(false)));
        app.clickOn("#toneApply");

        app.until(() -> stored().get("khỏe").secondVowel() == 0);
        assertThat(stored().get("khỏe").firstVowel()).isEqualTo(100);
        assertThat(stored().get("ủy").secondVowel()).isEqualTo(3);
        assertThat(stored().get("hóa").secondVowel()).isEqualTo(2);

        app.clickOn("#navigation").push(KeyCode.SHORTCUT, KeyCode.Z);

        app.until(() -> stored().get("khỏe").secondVowel() == 6);
        assertThat(stored().get("khỏe").firstVowel()).isEqualTo(94);
        app.screenshot("tone-2-after-undo");
    }

    @Test
    void theOfficesChoiceInCaiDatIsWhatTheDialogProposes() {
        planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        javafx.scene.control.ComboBox<?> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
        app.navigate("Cài đặt");
        javafx.scene.control.ComboBox<Optional<vn.kehoachxa.domain.text.ToneStyle>> choice =
                app.waitFor("#toneStyleSetting");
        app.fx(() -> choice.setValue(Optional.of(vn.kehoachxa.domain.text.ToneStyle.SECOND_VOWEL)));
        assertThat(app.app().context().settings().toneStyle())
                .contains(vn.kehoachxa.domain.text.ToneStyle.SECOND_VOWEL);

        app.clickOn("Công cụ").clickOn("Thống nhất cách bỏ dấu…");
        app.waitFor("#toneDialog");
        TableView<ToneDialog.Row> table = app.lookup("#toneWords").query();

        // The plan mostly writes khỏe, but the office writes khoẻ: the rows are the other way round now.
        assertThat(table.getItems()).extracting(r -> r.word.firstVowelForm(), r -> r.word.firstVowel())
                .contains(org.assertj.core.groups.Tuple.tuple("khỏe", 94));
        app.screenshot("tone-3-office-choice");
        app.clickOn("Hủy");
        assertThat(stored().get("khỏe").firstVowel()).isEqualTo(94);
    }
}
