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
}
