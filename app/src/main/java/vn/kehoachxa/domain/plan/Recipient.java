package vn.kehoachxa.domain.plan;

/** Nơi nhận: one line of the recipients block, with an optional note such as "(để báo cáo)". */
public record Recipient(String name, String note) {
    public Recipient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("recipient name is required");
        }
    }
}
