package vn.kehoachxa.service;

import java.util.List;
import vn.kehoachxa.domain.plan.Numbering;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.persistence.Database;

/** Use cases on the plan's outline (nội dung): the section tree and each section's body. */
public final class OutlineService {
    private final Database db;

    /** Works on {@code db}. */
    public OutlineService(Database db) {
        this.db = db;
    }

    /** The plan's section tree. */
    public List<Section> tree(long planId) {
        return db.read(store -> store.sections().tree(planId));
    }

    /** Adds a section as the last child of {@code parentId} (null: at the top level); returns its id. */
    public long addChild(long planId, Long parentId, Section section) {
        return db.inTransaction(store -> {
            Frozen.plan(store, planId);
            return store.sections().addChild(planId, parentId, section);
        });
    }

    /** Adds a section right after {@code siblingId}; returns its id. */
    public long addSiblingAfter(long siblingId, Section section) {
        return db.inTransaction(store -> {
            Frozen.section(store, siblingId);
            return store.sections().addSiblingAfter(siblingId, section);
        });
    }

    /** Saves a section's heading, kind and numbering. */
    public void update(long sectionId, SectionKind kind, String heading, Numbering numbering) {
        db.inTransaction(store -> {
            Frozen.section(store, sectionId);
            store.sections().update(sectionId, kind, heading, numbering);
            return null;
        });
    }

    /** Replaces a section's body. */
    public void replaceBlocks(long sectionId, List<TextBlock> blocks) {
        db.inTransaction(store -> {
            Frozen.section(store, sectionId);
            store.sections().replaceBlocks(sectionId, blocks);
            return null;
        });
    }

    /** Moves a section up among its siblings; false when already first. */
    public boolean moveUp(long sectionId) {
        return db.inTransaction(store -> {
            Frozen.section(store, sectionId);
            return store.sections().moveUp(sectionId);
        });
    }

    /** Moves a section down among its siblings; false when already last. */
    public boolean moveDown(long sectionId) {
        return db.inTransaction(store -> {
            Frozen.section(store, sectionId);
            return store.sections().moveDown(sectionId);
        });
    }

    /** Makes a section a child of the sibling before it; false when there is none. */
    public boolean indent(long sectionId) {
        return db.inTransaction(store -> {
            Frozen.section(store, sectionId);
            return store.sections().indent(sectionId);
        });
    }

    /** Makes a section the sibling after its parent; false at the top level. */
    public boolean outdent(long sectionId) {
        return db.inTransaction(store -> {
            Frozen.section(store, sectionId);
            return store.sections().outdent(sectionId);
        });
    }

    /** Deletes a section and its subtree. */
    public void delete(long sectionId) {
        db.inTransaction(store -> {
            Frozen.section(store, sectionId);
            store.sections().delete(sectionId);
            return null;
        });
    }
}
