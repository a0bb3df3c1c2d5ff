package vn.kehoachxa.domain.collect;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Quy tắc cộng dồn theo đơn vị tính: chooses how the province adds up an indicator over its communes from the
 * indicator's unit. Rates and shares (%, ‰, tỷ lệ…) and a person's average (tuổi, năm of life expectancy, cm of
 * height, kg) are averaged, because adding 100 communes' coverage rates or life expectancies means nothing; things
 * that can be counted (người, bác sĩ, trạm, hộ…) are summed; words, a blank or an unknown unit are only counted
 * (how many communes reported), because guessing wrong would print a false provincial figure.
 */
public final class AggregationRule {
    /** Units (lower case, without diacritics) whose values are averages or shares. */
    private static final Set<String> MEAN = Set.of("%", "‰", "ty le", "ti le", "phan tram", "phan nghin",
            "tuoi", "nam", "cm", "kg", "diem", "lan/nguoi", "nguoi/1000 dan", "nguoi/1.000 dan");
    /** Units (lower case, without diacritics) of things counted, whose communes' figures add up. */
    private static final Set<String> SUM = Set.of("nguoi", "bac si", "bac sy", "nhan vien", "tram", "tram y te",
            "co so", "truong", "lop", "hoc sinh", "ho", "ho gia dinh", "luot", "luot nguoi", "xa", "thon", "ban",
            "to dan pho", "cai", "chiec", "giuong", "giuong benh", "cong trinh", "cuoc", "buoi", "lop hoc", "cau lac bo",
            "doi", "nha", "ca", "tre", "phu nu", "nguoi cao tuoi", "trieu dong", "dong", "ty dong", "nghin dong",
            "ha", "km", "m2", "tan");

    private AggregationRule() {
    }

    /** How an indicator measured in {@code unitOfMeasure} adds up over communes. */
    public static Aggregation of(String unitOfMeasure) {
        if (unitOfMeasure == null || unitOfMeasure.isBlank()) {
            return Aggregation.COUNT;
        }
        String unit = plain(unitOfMeasure);
        // "% dân số", "‰ trẻ sinh ra sống", "tỷ lệ %": a share, whatever follows it.
        if (unit.startsWith("%") || unit.startsWith("‰") || unit.contains("ty le") || unit.contains("ti le")
                || unit.startsWith("phan tram") || MEAN.contains(unit)) {
            return Aggregation.MEAN;
        }
        if (SUM.contains(unit)) {
            return Aggregation.SUM;
        }
        // "lượt/người/năm", "người/1.000 dân": something counted per something is a rate, averaged; "đạt/không
        // đạt" is words.
        int slash = unit.indexOf('/');
        if (slash > 0 && SUM.contains(unit.substring(0, slash).strip())) {
            return Aggregation.MEAN;
        }
        if (unit.startsWith("so ") && SUM.contains(unit.substring(3))) {
            return Aggregation.SUM;
        }
        return Aggregation.COUNT;
    }

    private static String plain(String unit) {
        String lower = unit.strip().toLowerCase(new Locale("vi")).replace('đ', 'd');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }
}
