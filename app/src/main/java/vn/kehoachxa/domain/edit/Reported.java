package vn.kehoachxa.domain.edit;

/**
 * What the units reported on a row that is about to go: {@code entries} results or progress entries, sent by
 * {@code units} distinct units in {@code periods} distinct reporting periods.
 */
public record Reported(int entries, int units, int periods) {
    /** Nothing reported. */
    public static final Reported NONE = new Reported(0, 0, 0);

    /** Whether anything was reported, so deleting should ask first. */
    public boolean any() {
        return entries > 0;
    }
}
