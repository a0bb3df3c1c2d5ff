package vn.kehoachxa.domain.collect;

/**
 * Cách cộng dồn chỉ tiêu của các xã: how the province adds up one indicator over its communes, chosen from the
 * indicator's unit — SUM for counts (người, trạm, lượt…), MEAN for rates and shares (%, ‰, tỷ lệ…), COUNT (how many
 * communes reported it) for words or a unit that cannot be added.
 */
public enum Aggregation {
    SUM, MEAN, COUNT
}
