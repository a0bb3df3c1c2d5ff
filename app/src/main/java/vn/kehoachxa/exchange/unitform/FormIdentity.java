package vn.kehoachxa.exchange.unitform;

import vn.kehoachxa.domain.reporting.PeriodKind;

/**
 * What a unit report form (biểu mẫu báo cáo của đơn vị) says it is, kept in its hidden sheet so a returned file can
 * be matched: the plan (id and a fingerprint of its number and commune), the unit, the period and the form version.
 */
public record FormIdentity(long planId, String planFingerprint, long unitId, String unitName, PeriodKind periodKind,
                           int periodYear, int periodIndex, int formVersion) {
}
