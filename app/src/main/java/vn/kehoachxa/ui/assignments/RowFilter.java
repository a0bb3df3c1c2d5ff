package vn.kehoachxa.ui.assignments;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.text.UnitNames;

/**
 * The filter of the appendix screens: words typed in the search field (case and tone-mark composition ignored)
 * and a chosen unit (matched as {@link UnitNames#sameUnit} does, so "hoá" finds "hóa").
 */
public record RowFilter(String text, String unitName) {
    /** A filter that lets everything through. */
    public static final RowFilter NONE = new RowFilter("", null);

    /** Whether nothing is filtered. */
    public boolean isEmpty() {
        return (text == null || text.isBlank()) && (unitName == null || unitName.isBlank());
    }

    /** Whether a row with these texts and these units passes. */
    public boolean matches(List<String> texts, List<Assignee> units) {
        boolean textOk = text == null || text.isBlank()
                || texts.stream().anyMatch(t -> t != null && fold(t).contains(fold(text.strip())));
        boolean unitOk = unitName == null || unitName.isBlank()
                || units.stream().anyMatch(a -> UnitNames.sameUnit(a.name(), unitName));
        return textOk && unitOk;
    }

    private static String fold(String s) {
        return UnitNames.matchKey(Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }
}
