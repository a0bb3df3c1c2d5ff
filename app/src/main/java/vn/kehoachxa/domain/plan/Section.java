package vn.kehoachxa.domain.plan;

import java.util.List;

/**
 * Mục: one node of the plan's outline, with its body blocks and child sections in order. The printed number
 * ({@code II.}, {@code 2.1.}) is derived from the node's place in the tree, never stored.
 */
public record Section(Long id, SectionKind kind, String heading, Numbering numbering, List<TextBlock> blocks,
                      List<Section> children) {
    public Section {
        kind = kind == null ? SectionKind.OTHER : kind;
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    /** A section without id, blocks or children. */
    public static Section of(SectionKind kind, String heading) {
        return new Section(null, kind, heading, null, List.of(), List.of());
    }

    /** How many sections this subtree holds, itself included. */
    public int size() {
        return 1 + children.stream().mapToInt(Section::size).sum();
    }
}
