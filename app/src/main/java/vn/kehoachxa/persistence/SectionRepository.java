package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.SECTION;
import static vn.kehoachxa.persistence.jooq.Tables.SECTION_BLOCK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.BlockKind;
import vn.kehoachxa.domain.plan.Numbering;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.persistence.jooq.tables.records.SectionRecord;

/** The outline tree of a plan (mục): read it whole, and edit it node by node. */
public final class SectionRepository {
    private final DSLContext dsl;

    SectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The plan's top-level sections with their whole subtrees, in order. */
    public List<Section> tree(long planId) {
        Map<Long, List<TextBlock>> blocks = new HashMap<>();
        dsl.select(SECTION_BLOCK.SECTION_ID, SECTION_BLOCK.KIND, SECTION_BLOCK.TEXT).from(SECTION_BLOCK)
                .join(SECTION).on(SECTION.ID.eq(SECTION_BLOCK.SECTION_ID)).where(SECTION.PLAN_ID.eq(planId))
                .orderBy(SECTION_BLOCK.SECTION_ID, SECTION_BLOCK.POSITION)
                .forEach(r -> blocks.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new TextBlock(BlockKind.valueOf(r.value2()), r.value3())));
        Map<Long, List<SectionRecord>> byParent = new HashMap<>();
        for (SectionRecord r : dsl.selectFrom(SECTION).where(SECTION.PLAN_ID.eq(planId))
                .orderBy(SECTION.POSITION).fetch()) {
            byParent.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(r);
        }
        return build(null, byParent, blocks);
    }

    private static List<Section> build(Long parentId, Map<Long, List<SectionRecord>> byParent,
                                       Map<Long, List<TextBlock>> blocks) {
        List<Section> out = new ArrayList<>();
        for (SectionRecord r : byParent.getOrDefault(parentId, List.of())) {
            out.add(new Section(r.getId(), SectionKind.valueOf(r.getKind()), r.getHeading(),
                    r.getNumbering() == null ? null : Numbering.valueOf(r.getNumbering()),
                    blocks.getOrDefault(r.getId(), List.of()), build(r.getId(), byParent, blocks)));
        }
        return out;
    }

    /** Inserts {@code roots} (with their subtrees) as the plan's top-level sections, after any existing ones. */
    public void insertTrees(long planId, List<Section> roots) {
        for (Section s : roots) {
            addChild(planId, null, s);
        }
    }

    /** Adds {@code section} (and its subtree) as the last child of {@code parentId} (null: top level). */
    public long addChild(long planId, Long parentId, Section section) {
        return insert(planId, parentId, siblingIds(planId, parentId).size() + 1, section);
    }

    /** Adds {@code section} right after {@code siblingId}, under the same parent. */
    public long addSiblingAfter(long siblingId, Section section) {
        SectionRecord sibling = load(siblingId);
        List<Long> siblings = siblingIds(sibling.getPlanId(), sibling.getParentId());
        long id = insert(sibling.getPlanId(), sibling.getParentId(), siblings.size() + 1, section);
        siblings.add(siblings.indexOf(siblingId) + 1, id);
        reorder(siblings);
        return id;
    }

    private long insert(long planId, Long parentId, int position, Section s) {
        SectionRecord rec = dsl.newRecord(SECTION).setPlanId(planId).setParentId(parentId).setPosition(position)
                .setKind(s.kind().name()).setHeading(s.heading())
                .setNumbering(s.numbering() == null ? null : s.numbering().name()).setUpdatedBy(Audit.user());
        rec.store();
        replaceBlocks(rec.getId(), s.blocks());
        int childPosition = 1;
        for (Section child : s.children()) {
            insert(planId, rec.getId(), childPosition++, child);
        }
        return rec.getId();
    }

    /** Saves the heading, kind and numbering of one section. */
    public void update(long sectionId, SectionKind kind, String heading, Numbering numbering) {
        load(sectionId).setKind(kind.name()).setHeading(heading)
                .setNumbering(numbering == null ? null : numbering.name())
                .setUpdatedAt(Audit.now()).setUpdatedBy(Audit.user()).store();
    }

    /** Replaces the body blocks of one section. */
    public void replaceBlocks(long sectionId, List<TextBlock> blocks) {
        dsl.deleteFrom(SECTION_BLOCK).where(SECTION_BLOCK.SECTION_ID.eq(sectionId)).execute();
        int position = 1;
        for (TextBlock b : blocks) {
            dsl.insertInto(SECTION_BLOCK).set(SECTION_BLOCK.SECTION_ID, sectionId)
                    .set(SECTION_BLOCK.POSITION, position++).set(SECTION_BLOCK.KIND, b.kind().name())
                    .set(SECTION_BLOCK.TEXT, b.text()).set(SECTION_BLOCK.UPDATED_BY, Audit.user()).execute();
        }
    }

    /** Moves a section one place up among its siblings; false when it is already first. */
    public boolean moveUp(long sectionId) {
        return shift(sectionId, -1);
    }

    /** Moves a section one place down among its siblings; false when it is already last. */
    public boolean moveDown(long sectionId) {
        return shift(sectionId, +1);
    }

    private boolean shift(long sectionId, int delta) {
        SectionRecord rec = load(sectionId);
        return Positions.move(dsl, SECTION, SECTION.ID, SECTION.POSITION,
                siblingIds(rec.getPlanId(), rec.getParentId()), sectionId, delta);
    }

    /** Makes a section the last child of the sibling before it; false when it has none. */
    public boolean indent(long sectionId) {
        SectionRecord rec = load(sectionId);
        List<Long> siblings = siblingIds(rec.getPlanId(), rec.getParentId());
        int index = siblings.indexOf(sectionId);
        if (index == 0) {
            return false;
        }
        long newParent = siblings.get(index - 1);
        moveUnder(rec, newParent, siblingIds(rec.getPlanId(), newParent).size());
        siblings.remove(index);
        reorder(siblings);
        return true;
    }

    /** Makes a section the sibling right after its parent; false when it is already at the top level. */
    public boolean outdent(long sectionId) {
        SectionRecord rec = load(sectionId);
        if (rec.getParentId() == null) {
            return false;
        }
        SectionRecord parent = load(rec.getParentId());
        List<Long> oldSiblings = siblingIds(rec.getPlanId(), rec.getParentId());
        oldSiblings.remove(sectionId);
        List<Long> newSiblings = siblingIds(rec.getPlanId(), parent.getParentId());
        moveUnder(rec, parent.getParentId(), newSiblings.size());
        newSiblings.add(newSiblings.indexOf(parent.getId()) + 1, sectionId);
        reorder(oldSiblings);
        reorder(newSiblings);
        return true;
    }

    private void moveUnder(SectionRecord rec, Long newParent, int existingChildren) {
        rec.setParentId(newParent).setPosition(existingChildren + 1).setUpdatedAt(Audit.now())
                .setUpdatedBy(Audit.user()).store();
    }

    /** Deletes a section with its subtree and closes the gap among its siblings. */
    public void delete(long sectionId) {
        SectionRecord rec = load(sectionId);
        rec.delete();
        reorder(siblingIds(rec.getPlanId(), rec.getParentId()));
    }

    /** The plan a section belongs to. */
    public long planOf(long sectionId) {
        return load(sectionId).getPlanId();
    }

    private List<Long> siblingIds(long planId, Long parentId) {
        return new ArrayList<>(dsl.select(SECTION.ID).from(SECTION)
                .where(SECTION.PLAN_ID.eq(planId), parentId == null ? SECTION.PARENT_ID.isNull()
                        : SECTION.PARENT_ID.eq(parentId))
                .orderBy(SECTION.POSITION).fetch(SECTION.ID));
    }

    private void reorder(List<Long> ids) {
        Positions.reorder(dsl, SECTION, SECTION.ID, SECTION.POSITION, ids);
    }

    private SectionRecord load(long sectionId) {
        SectionRecord rec = dsl.fetchOne(SECTION, SECTION.ID.eq(sectionId));
        if (rec == null) {
            throw new DomainException(Texts.get("section.notFound", sectionId));
        }
        return rec;
    }
}
