package vn.kehoachxa.domain.plan;

/** The comparator of a numeric target, with the sign as printed. */
public enum Comparator {
    GE("≥"), GT(">"), EQ("="), LE("≤"), LT("<");

    private final String sign;

    Comparator(String sign) {
        this.sign = sign;
    }

    /** The printed sign, e.g. {@code ≥}. */
    public String sign() {
        return sign;
    }

    /** Finds the comparator by its sign ({@code ≥}, {@code >=}) or its enum name. */
    public static Comparator fromSign(String text) {
        String s = text.strip();
        return switch (s) {
            case "≥", ">=", "GE" -> GE;
            case ">", "GT" -> GT;
            case "=", "EQ" -> EQ;
            case "≤", "<=", "LE" -> LE;
            case "<", "LT" -> LT;
            default -> throw new IllegalArgumentException("Unknown comparator: " + text);
        };
    }
}
