package vn.kehoachxa.domain.plan;

/**
 * Quy định thể thức văn bản của Đảng: which edition of the Party's document rules a Party plan is laid out under.
 * A plan keeps the rules it was made under, so a programme issued under HD 36 prints the same after the 2026 rules
 * came in (docs/decisions/0017-party-rules-2026.md).
 */
public enum PartyRules {
    /** Hướng dẫn 36-HD/VPTW (03/4/2018), under Quy định 66-QĐ/TW (2017): plans made before the 2026 rules. */
    HD36_2018,
    /** Quy định 399-QĐ/TW (09/01/2026) and Hướng dẫn 05-HD/VPTW (27/5/2026): the rules for new Party plans. */
    HD05_2026;

    /** The rules a new plan is made under. */
    public static final PartyRules FOR_NEW_PLANS = HD05_2026;

    /** The rules of a plan that does not say: every plan stored or written before the choice existed used HD 36. */
    public static final PartyRules UNSTATED = HD36_2018;
}
