package vn.kehoachxa.domain.plan;

/**
 * Đơn vị được giao: a unit of the commune, or generic text such as "Các cơ quan, đơn vị" that names no single unit.
 * {@code name} is always what is printed.
 */
public record Assignee(String name, boolean generic) {
    public Assignee {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("assignee name is required");
        }
        name = name.strip();
    }

    /** A unit of the commune, by name. */
    public static Assignee unit(String name) {
        return new Assignee(name, false);
    }

    /** Generic text that is not a unit. */
    public static Assignee generic(String text) {
        return new Assignee(text, true);
    }
}
