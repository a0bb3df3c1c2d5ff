package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ITEM_GROUP;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.jooq.tables.records.ItemGroupRecord;

/** Groups of rows (I., II., …) of the appendix tables, shared by indicators and both matrices. */
final class GroupRepository {
    private final DSLContext dsl;

    GroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ItemGroupRecord> groups(long planId, TableKind kind) {
        return dsl.selectFrom(ITEM_GROUP).where(ITEM_GROUP.PLAN_ID.eq(planId), ITEM_GROUP.TABLE_KIND.eq(kind.name()))
                .orderBy(ITEM_GROUP.POSITION).fetch();
    }

    long add(long planId, TableKind kind, String label, String title) {
        int position = groups(planId, kind).size() + 1;
        ItemGroupRecord rec = dsl.newRecord(ITEM_GROUP).setPlanId(planId).setTableKind(kind.name())
                .setPosition(position).setLabel(label).setTitle(title).setUpdatedBy(Audit.user());
        rec.store();
        return rec.getId();
    }

    void update(long groupId, String label, String title) {
        load(groupId).setLabel(label).setTitle(title).setUpdatedAt(Audit.now()).setUpdatedBy(Audit.user()).store();
    }

    boolean move(long groupId, int delta) {
        ItemGroupRecord rec = load(groupId);
        List<Long> ids = groups(rec.getPlanId(), TableKind.valueOf(rec.getTableKind())).stream()
                .map(ItemGroupRecord::getId).toList();
        return Positions.move(dsl, ITEM_GROUP, ITEM_GROUP.ID, ITEM_GROUP.POSITION, ids, groupId, delta);
    }

    ItemGroupRecord load(long groupId) {
        ItemGroupRecord rec = dsl.fetchOne(ITEM_GROUP, ITEM_GROUP.ID.eq(groupId));
        if (rec == null) {
            throw new DomainException(Texts.get("group.notFound", groupId));
        }
        return rec;
    }

    /**
     * The stored deadline; a FREE_TEXT one saved before the app could date its wording is read again
     * ({@link DeadlineText#reread}), so "Trước ngày 30/6/2027" stored by an older version is dated without a migration.
     */
    static Deadline deadline(String kind, String text, Integer year, Integer endYear, Integer month, Integer day) {
        if (kind == null) {
            return text == null ? null : DeadlineText.reread(Deadline.freeText(text));
        }
        return DeadlineText.reread(new Deadline(DeadlineKind.valueOf(kind), text, year, endYear, month, day));
    }
}
