package vn.kehoachxa.ui.outline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.SectionNumbering;
import vn.kehoachxa.domain.plan.SectionNumbering.Numbered;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.service.OutlineService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;
import vn.kehoachxa.ui.common.RowsState;

/**
 * Nội dung: the outline editor's logic. Every operation calls the service at once (each its own transaction),
 * records its inverse in the screen's {@link EditHistory}, and returns the renumbered tree. Sections carry no reported
 * data, so a deleted subtree comes back as new rows; the view model maps the old ids to the new ones, so earlier
 * steps still find their section. Methods block: call them on the background executor.
 */
public final class OutlineViewModel {
    private final OutlineService outline;
    private final EditHistory undo = new EditHistory();
    /** What the screen shows (FX thread); the methods below block and run on the executor. */
    private final RowsState<Numbered> state = new RowsState<>(undo);
    private final Map<Long, Long> renumbered = new HashMap<>();
    private long planId;

    /** Edits through {@code outline}. */
    public OutlineViewModel(OutlineService outline) {
        this.outline = outline;
    }

    /** The screen's undo and redo history. */
    public EditHistory history() {
        return undo;
    }

    /** The section tree as shown: top-level sections, selection, busy, can undo and redo. FX thread. */
    public RowsState<Numbered> state() {
        return state;
    }

    /** Switches to plan {@code id} (forgetting the undo history) and returns its numbered tree. */
    public List<Numbered> open(long id) {
        if (id != planId) {
            undo.clear();
            renumbered.clear();
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
        undo.record(Texts.get("outline.undo.add"), deleting(id));
        return id;
    }

    /** Adds an empty section right after {@code siblingId}; returns its id. */
    public long addSibling(long siblingId) {
        long id = outline.addSiblingAfter(siblingId, Section.of(SectionKind.OTHER, Texts.get("outline.newHeading")));
        undo.record(Texts.get("outline.undo.add"), deleting(id));
        return id;
    }

    /** Moves a section up; false when it is already first. */
    public boolean moveUp(long id) {
        boolean moved = outline.moveUp(id);
        if (moved) {
            undo.record(Texts.get("outline.undo.move"), Change.of(() -> outline.moveDown(now(id)),
                    () -> outline.moveUp(now(id))));
        }
        return moved;
    }

    /** Moves a section down; false when it is already last. */
    public boolean moveDown(long id) {
        boolean moved = outline.moveDown(id);
        if (moved) {
            undo.record(Texts.get("outline.undo.move"), Change.of(() -> outline.moveUp(now(id)),
                    () -> outline.moveDown(now(id))));
        }
        return moved;
    }

    /** Makes a section a child of the one before it; false when there is none. */
    public boolean indent(long id) {
        boolean done = outline.indent(id);
        if (done) {
            undo.record(Texts.get("outline.undo.indent"), Change.of(() -> outline.outdent(now(id)),
                    () -> outline.indent(now(id))));
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
            undo.record(Texts.get("outline.undo.indent"), p.siblingsAfter() == 0
                    ? Change.of(() -> outline.indent(now(id)), () -> outline.outdent(now(id)))
                    : Change.of(() -> {
                        outline.delete(now(id));
                        putBack(id, p);
                    }, () -> outline.outdent(now(id))));
        }
        return done;
    }

    /** Deletes a section with its subtree; undo puts the whole subtree back where it was. */
    public void delete(long id) {
        Optional<Position> before = position(id);
        outline.delete(id);
        before.ifPresent(p -> undo.record(Texts.get("outline.undo.delete"), restoring(id, p)));
    }

    private Change deleting(long id) {
        return () -> {
            Position p = position(now(id)).orElseThrow();
            outline.delete(now(id));
            return restoring(id, p);
        };
    }

    private Change restoring(long id, Position p) {
        return () -> {
            putBack(id, p);
            return deleting(id);
        };
    }

    /** Adds the subtree again where it was and maps its old ids to the new ones. */
    private void putBack(long id, Position p) {
        Long parent = p.parentId() == null ? null : now(p.parentId());
        long again = outline.addChild(planId, parent, p.section());
        for (int i = p.siblingsAfter(); i > 0; i--) {
            outline.moveUp(again);
        }
        position(again).ifPresent(now -> map(p.section(), now.section()));
    }

    private void map(Section old, Section now) {
        if (old.id() != null && now.id() != null && !old.id().equals(now.id())) {
            renumbered.put(old.id(), now.id());
        }
        for (int i = 0; i < Math.min(old.children().size(), now.children().size()); i++) {
            map(old.children().get(i), now.children().get(i));
        }
    }

    /** The id a section has now, after its subtree was deleted and put back (maybe more than once). */
    private long now(long id) {
        long current = id;
        for (Long next = renumbered.get(current); next != null; next = renumbered.get(current)) {
            current = next;
        }
        return current;
    }

    /** Saves a section's heading. */
    public void rename(long id, String heading) {
        find(id).ifPresent(old -> {
            if (!old.heading().equals(heading)) {
                outline.update(id, old.kind(), heading, old.numbering());
                undo.record(Texts.get("outline.undo.heading"), Change.of(
                        () -> outline.update(now(id), old.kind(), old.heading(), old.numbering()),
                        () -> outline.update(now(id), old.kind(), heading, old.numbering())));
            }
        });
    }

    /** Saves a section's body from the typed text (see {@link BodyText}). */
    public void saveBody(long id, String text) {
        List<TextBlock> blocks = BodyText.parse(text);
        find(id).ifPresent(old -> {
            if (!old.blocks().equals(blocks)) {
                outline.replaceBlocks(id, blocks);
                undo.record(Texts.get("outline.undo.body"), Change.of(
                        () -> outline.replaceBlocks(now(id), old.blocks()),
                        () -> outline.replaceBlocks(now(id), blocks)));
            }
        });
    }

    /** Reverts the last edit; false when there is nothing to undo. */
    public boolean undoLast() throws Exception {
        return undo.undo();
    }

    /** Applies again the last edit undone; false when there is nothing to redo. */
    public boolean redoLast() throws Exception {
        return undo.redo();
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
