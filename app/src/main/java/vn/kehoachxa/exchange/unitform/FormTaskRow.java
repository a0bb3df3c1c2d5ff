package vn.kehoachxa.exchange.unitform;

/**
 * A matrix row printed on a form: its id, group, number, content, the unit's role and the deadline wording, and
 * whether it is a target row (Phân công thực hiện các mục tiêu) rather than a task row, so the form can print the
 * two under their own section titles.
 */
public record FormTaskRow(long itemId, String groupTitle, String numberLabel, String content, String role,
                          String deadline, boolean target) {
    /** A task row. */
    public FormTaskRow(long itemId, String groupTitle, String numberLabel, String content, String role,
                       String deadline) {
        this(itemId, groupTitle, numberLabel, content, role, deadline, false);
    }
}
