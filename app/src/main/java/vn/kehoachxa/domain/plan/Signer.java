package vn.kehoachxa.domain.plan;

/**
 * Người ký: the signature block, e.g. authority {@code TM. ỦY BAN NHÂN DÂN}, deputy mark {@code KT. CHỦ TỊCH},
 * title {@code PHÓ CHỦ TỊCH}, name. Any part may be blank while the plan is a draft.
 */
public record Signer(String authority, String deputyMark, String title, String name) {
    /** A signer with nothing filled in. */
    public static Signer empty() {
        return new Signer(null, null, null, null);
    }

    /** Whether the block can be printed and signed: at least a title and a name. */
    public boolean isComplete() {
        return title != null && !title.isBlank() && name != null && !name.isBlank();
    }
}
