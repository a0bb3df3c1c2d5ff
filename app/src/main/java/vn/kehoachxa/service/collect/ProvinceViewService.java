package vn.kehoachxa.service.collect;

import java.time.Clock;
import java.util.List;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.persistence.collector.CollectorDatabase;

/** What the province sees (issue 17, point 4): the periods collected and one period's summary. */
public final class ProvinceViewService {
    private final CollectorDatabase db;
    private final Clock clock;

    public ProvinceViewService(CollectorDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The periods with a package or a due date, newest first (cut-offs null). */
    public List<PackagePeriod> periods() {
        throw new UnsupportedOperationException("issue 17: being written on branch views (" + db + clock + ")");
    }

    /** The summary of one period: receipts of every commune in the list, consolidated indicators, task counts. */
    public ProvincePeriodSummary summary(PeriodKind kind, int year, int index) {
        throw new UnsupportedOperationException("issue 17: being written on branch views");
    }
}
