package vn.kehoachxa.domain.plan;

/** Loại văn bản: the document type and its abbreviation in the number-and-symbol. */
public enum DocumentType {
    KH("KH", "KẾ HOẠCH"),
    CTR("CTr", "CHƯƠNG TRÌNH"),
    BC("BC", "BÁO CÁO"),
    TTR("TTr", "TỜ TRÌNH"),
    QD("QĐ", "QUYẾT ĐỊNH"),
    TB("TB", "THÔNG BÁO"),
    HD("HD", "HƯỚNG DẪN"),
    NQ("NQ", "NGHỊ QUYẾT");

    private final String abbreviation;
    private final String title;

    DocumentType(String abbreviation, String title) {
        this.abbreviation = abbreviation;
        this.title = title;
    }

    /** The abbreviation as printed in the symbol, e.g. {@code CTr}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The type name as printed above the summary line, e.g. {@code KẾ HOẠCH}. */
    public String title() {
        return title;
    }

    /** Finds the type by its printed abbreviation or its enum name, ignoring case. */
    public static DocumentType fromAbbreviation(String text) {
        for (DocumentType type : values()) {
            if (type.abbreviation.equalsIgnoreCase(text) || type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown document type: " + text);
    }
}
