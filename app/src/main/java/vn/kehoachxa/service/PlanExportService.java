package vn.kehoachxa.service;

import java.nio.file.Path;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;

/** Xuất kế hoạch: writes a stored plan out as a plan file (and, as they land, Word and Excel documents). */
public final class PlanExportService {
    private final Database db;

    /** Works on {@code db}. */
    public PlanExportService(Database db) {
        this.db = db;
    }

    /** Writes the plan as a {@code .kehoach.json} file (temp file, then moved into place). */
    public void toPlanFile(long planId, Path target) {
        PlanDocument doc = db.read(store -> store.documents().load(planId));
        PlanFiles.write(doc, target);
    }
}
