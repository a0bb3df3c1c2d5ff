package vn.kehoachxa.domain.collect;

import java.math.BigDecimal;
import vn.kehoachxa.domain.reporting.Evaluation;

/** One commune's figure (or words) for one indicator in the consolidated table's breakdown, with its judgement. */
public record CommuneFigure(String communeCode, String communeName, BigDecimal value, String text,
                            Evaluation evaluation) {
}
