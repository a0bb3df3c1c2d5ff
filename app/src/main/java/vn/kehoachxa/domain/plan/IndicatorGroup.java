package vn.kehoachxa.domain.plan;

import java.util.List;

/** A group of indicator rows (I., II., …); a table without groups has one group with no title. */
public record IndicatorGroup(Long id, String label, String title, List<Indicator> indicators) {
    public IndicatorGroup {
        indicators = List.copyOf(indicators);
    }
}
