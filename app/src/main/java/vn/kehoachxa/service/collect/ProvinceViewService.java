package vn.kehoachxa.service.collect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.ProvinceHistoryQueries;
import vn.kehoachxa.persistence.collector.ProvinceQueries;
import vn.kehoachxa.service.reporting.PeriodHistory;

/** What the province sees (issue 17, point 4): the periods collected and one period's summary. */
public final class ProvinceViewService {
    private final CollectorDatabase db;
    private final Clock clock;
    private final Supplier<String> provinceName;

    /** The province's name is taken from its commune list (or the packages in force). */
    public ProvinceViewService(CollectorDatabase db, Clock clock) {
        this(db, clock, () -> null);
    }

    /**
     * {@code provinceName} gives the name the official set for the province (blank or null: taken from the commune
     * list, else from the packages in force); the clock's zone is the PC's, in which a due date ends at midnight.
     */
    public ProvinceViewService(CollectorDatabase db, Clock clock, Supplier<String> provinceName) {
        this.db = db;
        this.clock = clock;
        this.provinceName = provinceName;
    }

    /**
     * The periods with a package or a due date, newest first (cut-offs null): by year, then the longer period
     * first within a year (năm, 9 tháng, 6 tháng, quý), then the later index.
     */
    public List<PackagePeriod> periods() {
        List<ProvinceQueries.PeriodKey> keys = db.read(store -> store.provinceQueries().periods());
        return keys.stream().distinct()
                .sorted(Comparator.comparingInt(ProvinceQueries.PeriodKey::year)
                        .thenComparing(ProvinceQueries.PeriodKey::kind)
                        .thenComparingInt(ProvinceQueries.PeriodKey::index).reversed())
                .map(k -> new PackagePeriod(k.kind(), k.year(), k.index(), null, null)).toList();
    }

    /** The summary of one period: receipts of every commune in the list, consolidated indicators, task counts. */
    public ProvincePeriodSummary summary(PeriodKind kind, int year, int index) {
        PackagePeriod period = new PackagePeriod(kind, year, index, null, null);
        return db.read(store -> {
            ProvinceQueries q = store.provinceQueries();
            return new PeriodSummaries(clock.getZone()).summarise(provinceName.get(), period, q.communes(),
                    q.dueDate(kind, year, index).orElse(null), q.packages(kind, year, index),
                    q.indicatorsInForce(kind, year, index), q.taskCountsInForce(kind, year, index));
        });
    }

    /**
     * The province's history across every period, in period order, for the charts (the commune app's, over
     * communes): the consolidated value of each indicator against the province's target, and each commune on time,
     * late, missing or not yet due. Four statements whatever the number of communes and periods.
     */
    public List<PeriodHistory> history() {
        LocalDate today = today();
        return db.read(store -> {
            ProvinceHistoryQueries q = store.provinceHistory();
            return new ProvinceHistories(clock.getZone(), today).build(store.provinceQueries().communes(),
                    q.dueDates(), q.packages(), q.indicatorsInForce());
        });
    }

    /** Today in the PC's zone, the day the history is judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
