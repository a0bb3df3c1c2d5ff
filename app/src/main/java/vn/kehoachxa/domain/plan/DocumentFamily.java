package vn.kehoachxa.domain.plan;

/** Which layout rules a document follows: State administrative (Decree 30/2020) or Party (HD 36-HD/VPTW). */
public enum DocumentFamily {
    /** Văn bản hành chính (Nghị định 30/2020/NĐ-CP). */
    ADMINISTRATIVE,
    /** Văn bản của Đảng (Hướng dẫn 36-HD/VPTW). */
    PARTY
}
