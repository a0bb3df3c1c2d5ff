package vn.kehoachxa.domain.plan;

/** The kind of a unit (cơ quan, đơn vị) of the commune. */
public enum UnitKind {
    /** Phòng chuyên môn, văn phòng. */
    OFFICE,
    /** Trạm Y tế. */
    HEALTH,
    /** Công an xã. */
    POLICE,
    /** Trường học. */
    SCHOOL,
    /** Ủy ban MTTQ and the political-social organisations. */
    FRONT,
    /** Đảng ủy, chi bộ, ban xây dựng Đảng. */
    PARTY,
    /** Thôn, bản, tiểu khu, tổ dân phố. */
    VILLAGE,
    /** Trung tâm Dịch vụ sự nghiệp công. */
    SERVICE_CENTRE,
    /** Bảo hiểm xã hội. */
    INSURANCE,
    /** Doanh nghiệp. */
    ENTERPRISE,
    OTHER
}
