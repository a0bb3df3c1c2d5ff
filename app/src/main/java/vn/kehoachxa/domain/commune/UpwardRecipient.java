package vn.kehoachxa.domain.commune;

/** Nơi nhận báo cáo cấp trên: a provincial body that receives the commune's reports, with its email. */
public record UpwardRecipient(String name, String email) {
    public UpwardRecipient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("recipient name is required");
        }
    }
}
