package vn.kehoachxa.domain.commune;

import java.util.regex.Pattern;

/** Nơi nhận báo cáo cấp trên: a provincial body that receives the commune's reports, with its email. */
public record UpwardRecipient(String name, String email) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");

    public UpwardRecipient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("recipient name is required");
        }
    }

    /** Whether {@code email} looks like a mail address (name@domain.tld), as the wizard and the CLI require. */
    public static boolean isEmail(String email) {
        return email != null && EMAIL.matcher(email.strip()).matches();
    }
}
