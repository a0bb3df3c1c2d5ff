package vn.kehoachxa.domain.text;

/**
 * One stored text of a plan (văn bản trong kế hoạch): which field of which row, and what it says now. Used to check
 * and rewrite a plan's wording across sections, indicators, matrix rows and the plan's own fields.
 */
public record PlanText(Place place, long rowId, String text) {
    /** The fields that hold a plan's prose. Units' own names are shared by all plans and are not among them. */
    public enum Place {
        PLAN_SUMMARY, PLAN_SUPERIOR_BODY, PLAN_ISSUING_BODY, PLAN_OPENING, PLAN_CLOSING, PLAN_SIGNER_AUTHORITY,
        PLAN_SIGNER_DEPUTY_MARK, PLAN_SIGNER_TITLE, PLAN_REPORT_RULE, BASIS_CITATION, RECIPIENT_NAME, RECIPIENT_NOTE,
        SECTION_HEADING, SECTION_BLOCK, GROUP_TITLE, INDICATOR_NAME, INDICATOR_UNIT, INDICATOR_NOTE,
        INDICATOR_DEADLINE, TARGET_QUALITATIVE, TARGET_ORIGINAL, ITEM_CONTENT, ITEM_DEADLINE, ITEM_PRODUCT,
        ASSIGNEE_TEXT, ASSIGNEE_PRINTED_NAME
    }

    /** The same field holding {@code newText}. */
    public PlanText withText(String newText) {
        return new PlanText(place, rowId, newText);
    }
}
