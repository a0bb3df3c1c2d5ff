package vn.kehoachxa.service.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    final List<String> log = new ArrayList<>();
    final EditHistory history = new EditHistory();

    @Test
    void undoRevertsTheLatestEditFirstAndRedoAppliesItAgain() throws Exception {
        history.record("a", Change.of(() -> log.add("undo a"), () -> log.add("redo a")));
        history.record("b", Change.of(() -> log.add("undo b"), () -> log.add("redo b")));

        history.undo();
        history.undo();
        history.redo();

        assertThat(log).containsExactly("undo b", "undo a", "redo a");
        assertThat(history.nextUndo()).contains("a");
        assertThat(history.nextRedo()).contains("b");
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() throws Exception {
        history.record("a", Change.of(() -> log.add("undo a"), () -> log.add("redo a")));
        history.undo();

        history.record("b", Change.of(() -> log.add("undo b"), () -> log.add("redo b")));

        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo()).isFalse();
    }

    @Test
    void aFailedUndoStaysToBeTriedAgain() throws Exception {
        boolean[] fail = {true};
        history.record("a", Change.of(() -> {
            if (fail[0]) {
                throw new IllegalStateException("disk full");
            }
            log.add("undo a");
        }, () -> log.add("redo a")));

        assertThatThrownBy(history::undo).hasMessage("disk full");
        assertThat(history.canUndo()).isTrue();
        fail[0] = false;
        assertThat(history.undo()).isTrue();

        assertThat(log).containsExactly("undo a");
        assertThat(history.canRedo()).isTrue();
    }

    @Test
    void nothingToUndoOrRedoIsFalse() throws Exception {
        assertThat(history.undo()).isFalse();
        assertThat(history.redo()).isFalse();
    }

    @Test
    void keepsAtMostTheLimit() throws Exception {
        for (int i = 0; i < EditHistory.LIMIT + 5; i++) {
            int n = i;
            history.record("e" + i, Change.of(() -> log.add("undo " + n), () -> { }));
        }
        int undone = 0;
        while (history.undo()) {
            undone++;
        }

        assertThat(undone).isEqualTo(EditHistory.LIMIT);
        assertThat(log.getLast()).isEqualTo("undo 5");
    }
}
