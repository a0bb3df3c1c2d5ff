package vn.kehoachxa.service.collect;

import java.util.List;

/** Báo cáo lần nhập: every package's outcome in one import, in the order read. */
public record ImportReport(List<ImportOutcome> outcomes) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    /** How many packages ended as {@code kind}. */
    public long count(ImportOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** "Đã nhập 97 gói (3 gói đính chính), 2 gói đã có, 1 gói bị từ chối.": what the import did, in one sentence. */
    public String summary() {
        long corrected = count(ImportOutcome.Kind.CORRECTED);
        String stored = String.valueOf(count(ImportOutcome.Kind.IMPORTED) + corrected);
        String had = String.valueOf(count(ImportOutcome.Kind.ALREADY_HAD));
        String refused = String.valueOf(count(ImportOutcome.Kind.REFUSED));
        return corrected == 0 ? vn.kehoachxa.domain.Texts.get("collectimport.summary", stored, had, refused)
                : vn.kehoachxa.domain.Texts.get("collectimport.summaryCorrected", stored, String.valueOf(corrected),
                        had, refused);
    }
}
