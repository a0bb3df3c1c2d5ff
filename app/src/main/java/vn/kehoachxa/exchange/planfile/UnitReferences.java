package vn.kehoachxa.exchange.planfile;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.Unit;

/**
 * Finds the unit (đơn vị) an assignee names: by the unit's name or short name, ignoring case, so a matrix cell
 * printed "Trạm Y Tế xã" or "Trạm Y tế" keeps its wording and still points at the one unit "Trạm Y tế xã". The
 * import service resolves assignees the same way.
 */
public final class UnitReferences {
    private final Map<String, Unit> byKey = new HashMap<>();

    /** An empty index. */
    public UnitReferences() {
    }

    /** An index of {@code units}; on a clash the first unit wins (the reader reports the clash). */
    public static UnitReferences of(List<Unit> units) {
        UnitReferences refs = new UnitReferences();
        units.forEach(refs::add);
        return refs;
    }

    void add(Unit unit) {
        byKey.putIfAbsent(key(unit.name()), unit);
        if (unit.shortName() != null) {
            byKey.putIfAbsent(key(unit.shortName()), unit);
        }
    }

    /** The unit called {@code name} (name or short name, any case). */
    public Optional<Unit> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** The unit an assignee names; empty for generic assignees and unknown names. */
    public Optional<Unit> find(Assignee assignee) {
        return assignee.generic() ? Optional.empty() : find(assignee.name());
    }

    /** The comparison key: NFC, single spaces, lower case. */
    static String key(String name) {
        String nfc = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return nfc.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
