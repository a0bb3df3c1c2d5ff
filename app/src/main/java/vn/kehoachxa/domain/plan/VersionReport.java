package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.Texts;
import java.time.format.DateTimeFormatter;
import vn.kehoachxa.domain.plan.VersionDiff.Difference;

/** So sánh phiên bản in words: the lines the command prints and the comparison screen shows. */
public final class VersionReport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VersionReport() {
    }

    /** "Kế hoạch số 12/KH-UBND ngày 05/01/2026" or, for a draft without a number, "Bản dự thảo (mã 3)". */
    public static String describe(Plan p) {
        if (p.number() == null || p.number().isBlank()) {
            return Texts.get("version.describe.draft", String.valueOf(p.id()));
        }
        return Texts.get("version.describe", p.numberAndSymbol(),
                p.issueDate() == null ? "…" : DATE.format(p.issueDate()));
    }

    /** A heading naming both versions, then one line per difference (or a line saying there is none). */
    public static List<String> lines(VersionDiff diff) {
        List<String> out = new ArrayList<>();
        out.add(Texts.get("diff.between", describe(diff.from()),
                describe(diff.to())));
        out.add(diff.isEmpty() ? Texts.get("diff.none")
                : Texts.get("diff.count", String.valueOf(diff.differences().size())));
        diff.differences().forEach(d -> out.add(line(d)));
        return out;
    }

    /** One difference: "[Mục tiêu] ML-01. Tuổi thọ — Chỉ tiêu: "≥ 75" → "≥ 76"". */
    public static String line(Difference d) {
        String area = area(d);
        return switch (d.kind()) {
            case ADDED -> Texts.get("diff.line.added", area, d.where());
            case REMOVED -> Texts.get("diff.line.removed", area, d.where());
            case CHANGED -> Texts.get("diff.line.changed", area, d.where(), d.field(), value(d.before()),
                    value(d.after()));
        };
    }

    /** The area's Vietnamese name. */
    public static String area(Difference d) {
        return Texts.get("diff.area." + d.area().name());
    }

    /** What happened: Thêm, Bỏ, or the field that changed. */
    public static String change(Difference d) {
        return d.kind() == VersionDiff.Kind.CHANGED ? d.field() : Texts.get("diff.kind." + d.kind().name());
    }

    /** A value as shown: "(trống)" for nothing. */
    public static String value(String v) {
        return v == null ? Texts.get("diff.empty") : v;
    }
}
