package vn.kehoachxa.persistence;

import java.util.HashMap;
import java.util.Map;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;

/**
 * The units named by the rows of one bulk insert (a plan imported, copied or made from a template), each name looked
 * up once: a plan names a few dozen units over thousands of rows, so a lookup per row would be most of the import's
 * statements (decision 0041). A name no unit of the scope has creates one, as a single row's edit does. Lives only
 * as long as the insert's transaction, so nothing else changes the units under it.
 */
final class UnitLookup {
    private final UnitRepository units;
    private final Map<String, Unit> byName = new HashMap<>();

    UnitLookup(UnitRepository units) {
        this.units = units;
    }

    /** The unit named (or short-named) {@code name}, created when the scope has none. */
    Unit resolve(String name) {
        Unit known = byName.get(name);
        if (known == null) {
            known = units.findByNameOrShortName(name).orElseGet(() -> units.insert(Unit.named(name, UnitKind.OTHER)));
            byName.put(name, known);
        }
        return known;
    }
}
