package vn.kehoachxa.testsupport;

import java.util.List;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.persistence.Database;

/** Everything the units reported on a plan, with ids, to compare before and after an edit. */
public final class Reports {
    private Reports() {
    }

    /** The plan's indicator results, by period and submission. */
    public static List<IndicatorResult> results(Database db, long planId) {
        return db.read(store -> store.reporting().periods(planId).stream()
                .flatMap(p -> store.reporting().submissions(p.id()).stream())
                .flatMap(s -> store.reporting().results(s.id()).stream()).toList());
    }

    /** The plan's task progress entries, by period and submission. */
    public static List<TaskProgress> progress(Database db, long planId) {
        return db.read(store -> store.reporting().periods(planId).stream()
                .flatMap(p -> store.reporting().submissions(p.id()).stream())
                .flatMap(s -> store.reporting().progress(s.id()).stream()).toList());
    }
}
