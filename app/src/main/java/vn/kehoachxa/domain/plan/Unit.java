package vn.kehoachxa.domain.plan;

/** Cơ quan, đơn vị: a unit of the commune that can lead or cooperate on tasks and must report. */
public record Unit(Long id, String name, String shortName, UnitKind kind, String email, boolean active) {
    public Unit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("unit name is required");
        }
        kind = kind == null ? UnitKind.OTHER : kind;
    }

    /** An active unit with only a name and kind. */
    public static Unit named(String name, UnitKind kind) {
        return new Unit(null, name, null, kind, null, true);
    }

    /** This unit with {@code email} (one address or several separated by ";", see {@link UnitEmails}). */
    public Unit withEmail(String email) {
        return new Unit(id, name, shortName, kind, email, active);
    }

    /** The unit's e-mail addresses, in order; empty when it has none. */
    public java.util.List<String> emails() {
        return UnitEmails.split(email);
    }
}
