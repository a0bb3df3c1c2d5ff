package vn.kehoachxa.domain.text;

/**
 * Where a syllable ending in oa, oe or uy carries its tone mark (cách bỏ dấu thanh): both are correct Vietnamese and
 * both appear in official documents, but one plan should use one. Syllables with a final consonant ("hoàng",
 * "khuyến"), with a hat vowel ("thuở", "thuế") or after "qu" ("quý", "quả") are written alike in both styles.
 */
public enum ToneStyle {
    /** The mark on the first vowel: hòa, khỏe, thủy, ủy. */
    FIRST_VOWEL,
    /** The mark on the second vowel: hoà, khoẻ, thuỷ, uỷ. */
    SECOND_VOWEL;

    /** The other style. */
    public ToneStyle other() {
        return this == FIRST_VOWEL ? SECOND_VOWEL : FIRST_VOWEL;
    }
}
