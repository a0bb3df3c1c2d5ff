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
    static final String MAGIC = "kehoachxa-unit-form/2";
    /** Forms made before the completion date column; still read, with no completion dates. */
    static final String MAGIC_V1 = "kehoachxa-unit-form/1";

    /**
     * Task sheet columns (0-based): E status, F actual completion date, G result, H difficulties, I proposals,
     * J hidden row id.
     */
    static final int TASK_STATUS = 4;
    static final int TASK_COMPLETED = 5;
    static final int TASK_RESULT = 6;
    static final int TASK_DIFFICULTIES = 7;
    static final int TASK_PROPOSALS = 8;
    static final int TASK_ID = 9;
    /** Where a layout keeps its task columns; {@code completed} is -1 in forms that have no such column. */
    record TaskColumns(int status, int completed, int result, int difficulties, int proposals, int id) {
        static final TaskColumns CURRENT = new TaskColumns(TASK_STATUS, TASK_COMPLETED, TASK_RESULT,
                TASK_DIFFICULTIES, TASK_PROPOSALS, TASK_ID);
        /** The first layout: E status, F result, G difficulties, H proposals, I id. */
        static final TaskColumns V1 = new TaskColumns(4, -1, 5, 6, 7, 8);

        /** The columns of the layout {@code magic} names; empty when it is not one of ours. */
        static Optional<TaskColumns> of(String magic) {
            if (MAGIC.equals(magic)) {
                return Optional.of(CURRENT);
            }
            return MAGIC_V1.equals(magic) ? Optional.of(V1) : Optional.empty();
        }
    }
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
