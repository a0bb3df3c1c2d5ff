package vn.kehoachxa.exchange.unitform;

/** An indicator printed on a form: id, code, number, name, unit of measure and the target in force as worded. */
public record FormIndicatorRow(long indicatorId, String code, String numberLabel, String name, String unitOfMeasure,
                               String target) {
}
