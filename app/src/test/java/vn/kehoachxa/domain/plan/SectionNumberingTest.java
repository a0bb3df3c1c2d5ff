package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kehoachxa.domain.plan.SectionNumbering.Numbered;

class SectionNumberingTest {

    private static Section node(String heading, Numbering numbering, Section... children) {
        return new Section(null, SectionKind.OTHER, heading, numbering, List.of(), List.of(children));
    }

    private static Section node(String heading, Section... children) {
        return node(heading, null, children);
    }

    private static List<String> labels(List<Section> roots) {
        return SectionNumbering.flatten(SectionNumbering.number(roots)).stream()
                .map(n -> n.depth() + ":" + n.label())
                .toList();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1, ROMAN
            2, ARABIC
            3, DECIMAL_PATH
            4, LETTER
            5, DASH
            6, PLUS
            9, PLUS
            """)
    void defaultNumberingFollowsDepth(int depth, Numbering expected) {
        assertThat(SectionNumbering.defaultFor(depth)).isEqualTo(expected);
    }

    @Test
    void depthBelowOneIsRejected() {
        assertThatThrownBy(() -> SectionNumbering.defaultFor(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sixLevelTreeGetsTheDefaultLabels() {
        Section tree = node("A",
                node("B",
                        node("C",
                                node("D",
                                        node("E",
                                                node("F"))))));
        assertThat(labels(List.of(tree))).containsExactly("1:I.", "2:1.", "3:1.1.", "4:a)", "5:-", "6:+");
    }

    @Test
    void siblingsCountUpAndChildrenRestartUnderEachParent() {
        List<Section> roots = List.of(
                node("MỤC ĐÍCH", node("Mục đích"), node("Yêu cầu")),
                node("MỤC TIÊU", node("Tổng quát"), node("Cụ thể", node("x"), node("y"))),
                node("NHIỆM VỤ"));
        assertThat(labels(roots)).containsExactly(
                "1:I.", "2:1.", "2:2.",
                "1:II.", "2:1.", "2:2.", "3:2.1.", "3:2.2.",
                "1:III.");
    }

    @Test
    void decimalPathBuildsOnTheParentsWholePath() {
        Section deep = node("root", Numbering.ARABIC,
                node("p", node("q", Numbering.DECIMAL_PATH, node("r", Numbering.DECIMAL_PATH))));
        assertThat(labels(List.of(deep))).containsExactly("1:1.", "2:1.", "3:1.1.", "4:1.1.1.");
    }

    @Test
    void decimalPathUnderAnUnnumberedParentIsPlain() {
        Section root = node("root", Numbering.NONE, node("child", Numbering.DECIMAL_PATH));
        assertThat(labels(List.of(root))).containsExactly("1:", "2:1.");
    }

    @Test
    void overrideReplacesTheDefaultForThatSectionOnly() {
        List<Section> roots = List.of(node("a", Numbering.ARABIC), node("b"), node("c", Numbering.LETTER));
        assertThat(labels(roots)).containsExactly("1:1.", "1:II.", "1:c)");
    }

    @Test
    void unnumberedAndMarkedSiblingsDoNotUseUpANumber() {
        List<Section> roots = List.of(node("a"), node("note", Numbering.NONE), node("dash", Numbering.DASH),
                node("b"));
        assertThat(labels(roots)).containsExactly("1:I.", "1:", "1:-", "1:II.");
    }

    @Test
    void reorderingRenumbers() {
        Section first = node("first");
        Section second = node("second");
        List<Numbered> before = SectionNumbering.number(List.of(first, second));
        List<Numbered> after = SectionNumbering.number(List.of(second, first));
        assertThat(before.get(0).headingLine()).isEqualTo("I. first");
        assertThat(after.get(0).headingLine()).isEqualTo("I. second");
        assertThat(after.get(1).headingLine()).isEqualTo("II. first");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1,  a)
            4,  d)
            5,  đ)
            6,  e)
            7,  g)
            23, y)
            24, aa)
            """)
    void lettersFollowTheVietnameseLegalAlphabet(int index, String expected) {
        assertThat(SectionNumbering.label(Numbering.LETTER, index, "")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ROMAN,        4,  '',   IV.
            ARABIC,       12, '',   12.
            DECIMAL_PATH, 3,  2,    2.3.
            DECIMAL_PATH, 3,  1.2,  1.2.3.
            DASH,         7,  '',   -
            PLUS,         7,  '',   +
            """)
    void labelOfEachNumberingKind(Numbering numbering, int index, String parentPath, String expected) {
        assertThat(SectionNumbering.label(numbering, index, parentPath)).isEqualTo(expected);
    }

    @Test
    void noneGivesAnEmptyLabelAndTheHeadingAlone() {
        Numbered n = SectionNumbering.number(List.of(node("Kinh phí", Numbering.NONE))).get(0);
        assertThat(n.label()).isEmpty();
        assertThat(n.headingLine()).isEqualTo("Kinh phí");
    }

    @Test
    void sectionWithoutHeadingPrintsOnlyItsLabel() {
        Numbered n = SectionNumbering.number(List.of(node(null))).get(0);
        assertThat(n.headingLine()).isEqualTo("I.");
    }

    @Test
    void resultMirrorsTheTreeWithDepths() {
        Section child = node("child");
        Section root = node("root", child);
        Numbered n = SectionNumbering.number(List.of(root)).get(0);
        assertThat(n.section()).isSameAs(root);
        assertThat(n.depth()).isEqualTo(1);
        assertThat(n.children()).singleElement().satisfies(c -> {
            assertThat(c.section()).isSameAs(child);
            assertThat(c.depth()).isEqualTo(2);
        });
    }
}
