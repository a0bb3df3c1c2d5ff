package vn.kehoachxa.domain.collect;

/**
 * Tình trạng nhận báo cáo của xã trong kỳ: received by the due date, received after it, or not received yet.
 * A commune whose package was corrected is still ON_TIME or LATE by its first package's arrival.
 */
public enum ReceiptState {
    ON_TIME, LATE, MISSING
}
