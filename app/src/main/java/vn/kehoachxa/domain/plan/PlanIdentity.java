package vn.kehoachxa.domain.plan;

import java.util.UUID;

/**
 * Định danh kế hoạch: who a plan is beyond one database. {@code globalId} is the plan's UUID (null until stored: the
 * database gives a new plan one), kept when its plan file is imported elsewhere (decision 0037); {@code communeCode}
 * the issuing commune's administrative code (mã đơn vị hành chính, five digits) and {@code province} its province,
 * both null when not known; {@code demo} marks a sample opened to try the app (decision 0036).
 */
public record PlanIdentity(String globalId, String communeCode, String province, boolean demo) {
    /** Nothing known yet: a new plan of the office. */
    public static final PlanIdentity NONE = new PlanIdentity(null, null, null, false);

    public PlanIdentity {
        if (globalId != null) {
            globalId = UUID.fromString(globalId).toString();
        }
        communeCode = blankToNull(communeCode);
        province = blankToNull(province);
    }

    /** A fresh random global id. */
    public static String newGlobalId() {
        return UUID.randomUUID().toString();
    }

    /** The same identity under another global id (null: a new one is given when stored). */
    public PlanIdentity withGlobalId(String id) {
        return new PlanIdentity(id, communeCode, province, demo);
    }

    /** The same identity, marked as a demo or not. */
    public PlanIdentity withDemo(boolean isDemo) {
        return new PlanIdentity(globalId, communeCode, province, isDemo);
    }

    /** The same identity with the commune's code and province where it has none. */
    public PlanIdentity orCommune(String code, String provinceName) {
        return new PlanIdentity(globalId, communeCode != null ? communeCode : code,
                province != null ? province : provinceName, demo);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
