package vn.kehoachxa.ui.outline;

import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.SectionNumbering;
import vn.kehoachxa.domain.plan.SectionNumbering.Numbered;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.service.OutlineService;
import vn.kehoachxa.ui.common.UndoStack;

/**
 * Nội dung: the outline editor's logic. Every operation calls the service at once (each its own transaction),
 * pushes its inverse on the undo stack, and returns the renumbered tree. Methods block: call them on the
 * background executor.
 */
public final class OutlineViewModel {
    private final OutlineService outline;
    private final UndoStack undo = new UndoStack();
    private long planId;

    /** Edits through {@code outline}. */
    public OutlineViewModel(OutlineService outline) {
        this.outline = outline;
    }

    /** The screen's undo stack. */
    public UndoStack undoStack() {
        return undo;
    }

    /** Switches to plan {@code id} (forgetting the undo history) and returns its numbered tree. */
    public List<Numbered> open(long id) {
        if (id != planId) {
            undo.clear();
        }
        planId = id;
        return tree();
    }

    /** The current numbered tree, labels exactly as they will print. */
    public List<Numbered> tree() {
        return SectionNumbering.number(outline.tree(planId));
    }

    /** Adds an empty section as the last child of {@code parentId} (null: top level); returns its id. */
    public long addChild(Long parentId) {
        long id = outline.addChild(planId, parentId, Section.of(SectionKind.OTHER, Texts.get("outline.newHeading")));
        undo.push(Texts.get("outline.undo.add"), () -> outline.delete(id));
        return id;
    }

    /** Adds an empty section right after {@code siblingId}; returns its id. */
    public long addSibling(long siblingId) {
        long id = outline.addSiblingAfter(siblingId, Section.of(SectionKind.OTHER, Texts.get("outline.newHeading")));
        undo.push(Texts.get("outline.undo.add"), () -> outline.delete(id));
        return id;
    }

    /** Moves a section up; false when it is already first. */
    public boolean moveUp(long id) {
        boolean moved = outline.moveUp(id);
        if (moved) {
            undo.push(Texts.get("outline.undo.move"), () -> outline.moveDown(id));
        }
        return moved;
    }

    /** Moves a section down; false when it is already last. */
    public boolean moveDown(long id) {
        boolean moved = outline.moveDown(id);
        if (moved) {
            undo.push(Texts.get("outline.undo.move"), () -> outline.moveUp(id));
        }
        return moved;
    }

    /** Makes a section a child of the one before it; false when there is none. */
    public boolean indent(long id) {
        boolean done = outline.indent(id);
        if (done) {
            undo.push(Texts.get("outline.undo.indent"), () -> outline.outdent(id));
        }
        return done;
    }

    /** Makes a section the sibling after its parent; false at the top level. */
    public boolean outdent(long id) {
        Optional<Position> before = position(id);
        boolean done = outline.outdent(id);
        if (done && before.isPresent()) {
            Position p = before.get();
            // Indent undoes an outdent exactly only for a last child; otherwise the subtree is put back whole.
            undo.push(Texts.get("outline.undo.indent"), p.siblingsAfter() == 0 ? () -> outline.indent(id)
                    : () -> restore(id, p));
        }
        return done;
    }

    /** Deletes a section with its subtree; undo puts the whole subtree back where it was. */
    public void delete(long id) {
        Optional<Position> before = position(id);
        outline.delete(id);
        before.ifPresent(p -> undo.push(Texts.get("outline.undo.delete"), () -> {
            long again = outline.addChild(planId, p.parentId(), p.section());
            for (int i = p.siblingsAfter(); i > 0; i--) {
                outline.moveUp(again);
            }
        }));
    }

    /** Saves a section's heading. */
    public void rename(long id, String heading) {
        find(id).ifPresent(old -> {
            if (!old.heading().equals(heading)) {
                outline.update(id, old.kind(), heading, old.numbering());
                undo.push(Texts.get("outline.undo.heading"), () ->
                        outline.update(id, old.kind(), old.heading(), old.numbering()));
            }
        });
    }

    /** Saves a section's body from the typed text (see {@link BodyText}). */
    public void saveBody(long id, String text) {
        List<TextBlock> blocks = BodyText.parse(text);
        find(id).ifPresent(old -> {
            if (!old.blocks().equals(blocks)) {
                outline.replaceBlocks(id, blocks);
                undo.push(Texts.get("outline.undo.body"), () -> outline.replaceBlocks(id, old.blocks()));
            }
        });
    }

    /** Runs the inverse of the last edit; false when there is nothing to undo. */
    public boolean undoLast() throws Exception {
        Optional<UndoStack.Step> step = undo.pop();
        if (step.isEmpty()) {
            return false;
        }
        step.get().inverse().run();
        return true;
    }

    private void restore(long id, Position p) {
        outline.delete(id);
        long again = outline.addChild(planId, p.parentId(), p.section());
        for (int i = p.siblingsAfter(); i > 0; i--) {
            outline.moveUp(again);
        }
    }

    private Optional<Section> find(long id) {
        return position(id).map(Position::section);
    }

    /** Where a section sits: its parent, how many siblings follow it, and its whole subtree. */
    private record Position(Long parentId, int siblingsAfter, Section section) {
    }

    private Optional<Position> position(long id) {
        return search(outline.tree(planId), null, id);
    }

    private static Optional<Position> search(List<Section> siblings, Long parentId, long id) {
        for (int i = 0; i < siblings.size(); i++) {
            Section s = siblings.get(i);
            if (s.id() != null && s.id() == id) {
                return Optional.of(new Position(parentId, siblings.size() - 1 - i, s));
            }
            Optional<Position> inside = search(s.children(), s.id(), id);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }
}
