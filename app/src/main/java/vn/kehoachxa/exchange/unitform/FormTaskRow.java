package vn.kehoachxa.exchange.unitform;

/** A matrix row printed on a form: its id, group, number, content, the unit's role and the deadline wording. */
public record FormTaskRow(long itemId, String groupTitle, String numberLabel, String content, String role,
                          String deadline) {
}
