package vn.kehoachxa.exchange.unitform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.ProgressStatus;

/**
 * The fixed layout of a unit report form, shared by writer and reader: sheet names, input columns, the hidden
 * identifier column and the keys of the hidden sheet {@code _kx}.
 */
final class FormLayout {
    static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    static final String TASK_SHEET = "Nhiệm vụ";
    static final String INDICATOR_SHEET = "Chỉ tiêu";
    static final String ID_SHEET = "_kx";
    /** Marks the hidden sheet as ours; changes only when the layout changes so that old readers cannot cope. */
    static final String MAGIC = "kehoachxa-unit-form/1";

    /** Task sheet columns (0-based): E status, F result, G difficulties, H proposals, I hidden row id. */
    static final int TASK_STATUS = 4;
    static final int TASK_RESULT = 5;
    static final int TASK_DIFFICULTIES = 6;
    static final int TASK_PROPOSALS = 7;
    static final int TASK_ID = 8;
    /** Indicator sheet columns: E figure, F note, G hidden row id. */
    static final int INDICATOR_VALUE = 4;
    static final int INDICATOR_NOTE = 5;
    static final int INDICATOR_ID = 6;

    static final String ITEM_PREFIX = "item:";
    static final String INDICATOR_PREFIX = "indicator:";

    private FormLayout() {
    }

    /** The Vietnamese word for a status as the dropdown offers it (no commas: a list validation splits on them). */
    static String statusLabel(ProgressStatus status) {
        return Texts.get("unitform.status." + status.name());
    }

    /** The status a typed or chosen word stands for, ignoring case, spacing and Unicode form. */
    static Optional<ProgressStatus> status(String text) {
        String wanted = fold(text);
        for (ProgressStatus s : ProgressStatus.values()) {
            if (fold(statusLabel(s)).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
