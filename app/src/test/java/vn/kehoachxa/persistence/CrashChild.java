package vn.kehoachxa.persistence;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.OutlineService;
import vn.kehoachxa.service.PlanImportService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.UnitService;

/**
 * The victim of {@link CrashHarnessTest}: opens a data folder (creating or upgrading it), then makes real edits
 * through the app's services for ever: imports of a whole sample plan, new units, heading edits. Each edit is
 * printed as {@code TRY …} before and {@code OK …} after its call returned, so the harness knows what the app had
 * reported as saved when the kill came.
 */
public final class CrashChild {
    private CrashChild() {
    }

    /** {@code args}: data folder, sample plan file, seed, and {@code upgrade} to open with a test migration. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args[0]);
        Path sample = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        boolean upgrade = args.length > 3 && args[3].equals("upgrade");
        out.println("START");
        Database db = upgrade ? Database.open(dir, CrashHarnessTest.UPGRADE_LOCATIONS) : Database.open(dir);
        out.println("OPEN");
        Random random = new Random(seed);
        PlanImportService imports = new PlanImportService(db);
        UnitService units = new UnitService(db);
        PlanService plans = new PlanService(db);
        OutlineService outline = new OutlineService(db);
        for (int n = 0; ; n++) {
            int pick = random.nextInt(10);
            String tag = seed + "-" + n;
            if (pick < 2) {
                out.println("TRY PLAN " + tag);
                long id = imports.importFile(sample, ClashPolicy.AS_NEW);
                out.println("OK PLAN " + id);
            } else if (pick < 6) {
                String name = "Đơn vị thử " + tag;
                out.println("TRY UNIT " + name);
                units.add(Unit.named(name, UnitKind.OTHER));
                out.println("OK UNIT " + name);
            } else {
                List<Long> ids = plans.list().stream().map(p -> p.id()).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                long planId = ids.get(random.nextInt(ids.size()));
                Section first = outline.tree(planId).getFirst();
                String heading = "Mục sửa " + tag;
                out.println("TRY HEADING " + first.id() + " " + heading);
                outline.update(first.id(), first.kind(), heading, first.numbering());
                out.println("OK HEADING " + first.id() + " " + heading);
            }
        }
    }
}
