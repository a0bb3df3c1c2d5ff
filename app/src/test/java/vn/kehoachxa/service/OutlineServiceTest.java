package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.BlockKind;
import vn.kehoachxa.domain.plan.Numbering;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.TestPlans;

class OutlineServiceTest {
    @TempDir
    Path dir;
    Database db;
    OutlineService outline;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        outline = new OutlineService(db);
        planId = new PlanService(db).create(TestPlans.muongLa());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> headings(List<Section> sections) {
        return sections.stream().map(Section::heading).toList();
    }

    @Test
    void movingASectionDownSwapsItWithItsNextSibling() {
        Section first = outline.tree(planId).get(0);

        assertThat(outline.moveDown(first.id())).isTrue();

        assertThat(headings(outline.tree(planId)))
                .containsExactly("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "MỤC TIÊU", "TỔ CHỨC THỰC HIỆN");
        assertThat(outline.tree(planId).get(1).children()).hasSize(2);
    }

    @Test
    void theFirstSectionCannotMoveUpAndTheLastCannotMoveDown() {
        List<Section> tree = outline.tree(planId);

        assertThat(outline.moveUp(tree.get(0).id())).isFalse();
        assertThat(outline.moveDown(tree.get(2).id())).isFalse();
        assertThat(headings(outline.tree(planId))).containsExactly("MỤC TIÊU", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
                "TỔ CHỨC THỰC HIỆN");
    }

    @Test
    void indentingMakesASectionTheLastChildOfThePreviousSibling() {
        Section organisation = outline.tree(planId).get(2);

        assertThat(outline.indent(organisation.id())).isTrue();

        List<Section> tree = outline.tree(planId);
        assertThat(headings(tree)).containsExactly("MỤC TIÊU", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU");
        assertThat(headings(tree.get(1).children())).containsExactly("Đổi mới mạnh mẽ tư duy và hành động",
                "TỔ CHỨC THỰC HIỆN");
        assertThat(tree.get(1).children().get(1).blocks()).hasSize(1);
    }

    @Test
    void outdentingMakesASectionTheSiblingRightAfterItsParent() {
        Section general = outline.tree(planId).get(0).children().get(0);

        assertThat(outline.outdent(general.id())).isTrue();

        List<Section> tree = outline.tree(planId);
        assertThat(headings(tree)).containsExactly("MỤC TIÊU", "Mục tiêu tổng quát", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
                "TỔ CHỨC THỰC HIỆN");
        assertThat(headings(tree.get(0).children())).containsExactly("Mục tiêu cụ thể");
        assertThat(outline.outdent(tree.get(0).id())).isFalse();
    }

    @Test
    void theFirstChildCannotBeIndented() {
        Section first = outline.tree(planId).get(0);

        assertThat(outline.indent(first.id())).isFalse();
    }

    @Test
    void aSiblingIsInsertedRightAfterTheGivenSection() {
        Section goals = outline.tree(planId).get(0);

        outline.addSiblingAfter(goals.id(), Section.of(SectionKind.PURPOSES, "MỤC ĐÍCH, YÊU CẦU"));

        assertThat(headings(outline.tree(planId))).containsExactly("MỤC TIÊU", "MỤC ĐÍCH, YÊU CẦU",
                "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN");
    }

    @Test
    void aChildIsAppendedWithItsBody() {
        Section tasks = outline.tree(planId).get(1);
        Section child = new Section(null, SectionKind.TASK_GROUP, "Nâng cao y đức", Numbering.ARABIC,
                List.of(new TextBlock(BlockKind.BULLET, "Đào tạo nhân lực y tế.")), List.of());

        outline.addChild(planId, tasks.id(), child);

        Section back = outline.tree(planId).get(1).children().get(1);
        assertThat(back.heading()).isEqualTo("Nâng cao y đức");
        assertThat(back.numbering()).isEqualTo(Numbering.ARABIC);
        assertThat(back.blocks()).containsExactly(new TextBlock(BlockKind.BULLET, "Đào tạo nhân lực y tế."));
    }

    @Test
    void editingHeadingAndBodyIsKept() {
        Section organisation = outline.tree(planId).get(2);

        outline.update(organisation.id(), SectionKind.REPORTING, "CHẾ ĐỘ BÁO CÁO", null);
        outline.replaceBlocks(organisation.id(), List.of(new TextBlock(BlockKind.PARAGRAPH, "Báo cáo quý."),
                new TextBlock(BlockKind.BULLET, "Báo cáo năm.")));

        Section back = outline.tree(planId).get(2);
        assertThat(back.kind()).isEqualTo(SectionKind.REPORTING);
        assertThat(back.heading()).isEqualTo("CHẾ ĐỘ BÁO CÁO");
        assertThat(back.blocks()).extracting(TextBlock::text).containsExactly("Báo cáo quý.", "Báo cáo năm.");
    }

    @Test
    void deletingASectionRemovesItsSubtreeAndClosesTheGap() {
        Section goals = outline.tree(planId).get(0);

        outline.delete(goals.id());

        List<Section> tree = outline.tree(planId);
        assertThat(headings(tree)).containsExactly("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN");
        assertThat(outline.moveDown(tree.get(0).id())).isTrue();
        assertThat(headings(outline.tree(planId))).containsExactly("TỔ CHỨC THỰC HIỆN",
                "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU");
    }
}
