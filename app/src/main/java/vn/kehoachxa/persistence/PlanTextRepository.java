package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNEE;
import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNMENT_ITEM;
import static vn.kehoachxa.persistence.jooq.Tables.BASIS_DOCUMENT;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR_TARGET;
import static vn.kehoachxa.persistence.jooq.Tables.ITEM_GROUP;
import static vn.kehoachxa.persistence.jooq.Tables.PLAN;
import static vn.kehoachxa.persistence.jooq.Tables.RECIPIENT;
import static vn.kehoachxa.persistence.jooq.Tables.SECTION;
import static vn.kehoachxa.persistence.jooq.Tables.SECTION_BLOCK;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.PlanText;
import vn.kehoachxa.domain.text.PlanText.Place;

/**
 * Reads every prose field of a plan at once and writes changed ones back by row id, each only if it still says what
 * the caller read (a text edited meanwhile fails the whole transaction instead of being overwritten).
 */
public final class PlanTextRepository {
    private static final Map<Place, Column> COLUMNS = new EnumMap<>(Place.class);

    static {
        plan(Place.PLAN_SUMMARY, PLAN.SUMMARY);
        plan(Place.PLAN_SUPERIOR_BODY, PLAN.SUPERIOR_BODY);
        plan(Place.PLAN_ISSUING_BODY, PLAN.ISSUING_BODY);
        plan(Place.PLAN_OPENING, PLAN.OPENING_TEXT);
        plan(Place.PLAN_CLOSING, PLAN.CLOSING_TEXT);
        plan(Place.PLAN_SIGNER_AUTHORITY, PLAN.SIGNER_AUTHORITY);
        plan(Place.PLAN_SIGNER_DEPUTY_MARK, PLAN.SIGNER_DEPUTY_MARK);
        plan(Place.PLAN_SIGNER_TITLE, PLAN.SIGNER_TITLE);
        plan(Place.PLAN_REPORT_RULE, PLAN.REPORT_RULE_TEXT);
        put(Place.BASIS_CITATION, BASIS_DOCUMENT, BASIS_DOCUMENT.ID, BASIS_DOCUMENT.CITATION,
                BASIS_DOCUMENT.PLAN_ID, BASIS_DOCUMENT.UPDATED_AT, BASIS_DOCUMENT.UPDATED_BY);
        put(Place.RECIPIENT_NAME, RECIPIENT, RECIPIENT.ID, RECIPIENT.NAME, RECIPIENT.PLAN_ID, RECIPIENT.UPDATED_AT,
                RECIPIENT.UPDATED_BY);
        put(Place.RECIPIENT_NOTE, RECIPIENT, RECIPIENT.ID, RECIPIENT.NOTE, RECIPIENT.PLAN_ID, RECIPIENT.UPDATED_AT,
                RECIPIENT.UPDATED_BY);
        put(Place.SECTION_HEADING, SECTION, SECTION.ID, SECTION.HEADING, SECTION.PLAN_ID, SECTION.UPDATED_AT,
                SECTION.UPDATED_BY);
        COLUMNS.put(Place.SECTION_BLOCK, new Column(SECTION_BLOCK, SECTION_BLOCK.ID, SECTION_BLOCK.TEXT,
                plan -> SECTION_BLOCK.SECTION_ID.in(DSL.select(SECTION.ID).from(SECTION)
                        .where(SECTION.PLAN_ID.eq(plan))),
                SECTION_BLOCK.UPDATED_AT, SECTION_BLOCK.UPDATED_BY));
        put(Place.GROUP_TITLE, ITEM_GROUP, ITEM_GROUP.ID, ITEM_GROUP.TITLE, ITEM_GROUP.PLAN_ID, ITEM_GROUP.UPDATED_AT,
                ITEM_GROUP.UPDATED_BY);
        put(Place.INDICATOR_NAME, INDICATOR, INDICATOR.ID, INDICATOR.NAME, INDICATOR.PLAN_ID, INDICATOR.UPDATED_AT,
                INDICATOR.UPDATED_BY);
        put(Place.INDICATOR_UNIT, INDICATOR, INDICATOR.ID, INDICATOR.UNIT_OF_MEASURE, INDICATOR.PLAN_ID,
                INDICATOR.UPDATED_AT, INDICATOR.UPDATED_BY);
        put(Place.INDICATOR_NOTE, INDICATOR, INDICATOR.ID, INDICATOR.NOTE, INDICATOR.PLAN_ID, INDICATOR.UPDATED_AT,
                INDICATOR.UPDATED_BY);
        put(Place.INDICATOR_DEADLINE, INDICATOR, INDICATOR.ID, INDICATOR.DEADLINE_TEXT, INDICATOR.PLAN_ID,
                INDICATOR.UPDATED_AT, INDICATOR.UPDATED_BY);
        Function<Long, Condition> target = plan -> INDICATOR_TARGET.INDICATOR_ID.in(DSL.select(INDICATOR.ID)
                .from(INDICATOR).where(INDICATOR.PLAN_ID.eq(plan)));
        COLUMNS.put(Place.TARGET_QUALITATIVE, new Column(INDICATOR_TARGET, INDICATOR_TARGET.ID,
                INDICATOR_TARGET.QUALITATIVE_TEXT, target, INDICATOR_TARGET.UPDATED_AT, INDICATOR_TARGET.UPDATED_BY));
        COLUMNS.put(Place.TARGET_ORIGINAL, new Column(INDICATOR_TARGET, INDICATOR_TARGET.ID,
                INDICATOR_TARGET.ORIGINAL_TEXT, target, INDICATOR_TARGET.UPDATED_AT, INDICATOR_TARGET.UPDATED_BY));
        put(Place.ITEM_CONTENT, ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID, ASSIGNMENT_ITEM.CONTENT, ASSIGNMENT_ITEM.PLAN_ID,
                ASSIGNMENT_ITEM.UPDATED_AT, ASSIGNMENT_ITEM.UPDATED_BY);
        put(Place.ITEM_DEADLINE, ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID, ASSIGNMENT_ITEM.DEADLINE_TEXT,
                ASSIGNMENT_ITEM.PLAN_ID, ASSIGNMENT_ITEM.UPDATED_AT, ASSIGNMENT_ITEM.UPDATED_BY);
        put(Place.ITEM_PRODUCT, ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID, ASSIGNMENT_ITEM.EXPECTED_PRODUCT,
                ASSIGNMENT_ITEM.PLAN_ID, ASSIGNMENT_ITEM.UPDATED_AT, ASSIGNMENT_ITEM.UPDATED_BY);
        Function<Long, Condition> assignee = plan -> ASSIGNEE.ITEM_ID.in(DSL.select(ASSIGNMENT_ITEM.ID)
                .from(ASSIGNMENT_ITEM).where(ASSIGNMENT_ITEM.PLAN_ID.eq(plan)))
                .or(ASSIGNEE.INDICATOR_ID.in(DSL.select(INDICATOR.ID).from(INDICATOR)
                        .where(INDICATOR.PLAN_ID.eq(plan))));
        COLUMNS.put(Place.ASSIGNEE_TEXT, new Column(ASSIGNEE, ASSIGNEE.ID, ASSIGNEE.GENERIC_TEXT, assignee,
                ASSIGNEE.UPDATED_AT, ASSIGNEE.UPDATED_BY));
        COLUMNS.put(Place.ASSIGNEE_PRINTED_NAME, new Column(ASSIGNEE, ASSIGNEE.ID, ASSIGNEE.PRINTED_NAME, assignee,
                ASSIGNEE.UPDATED_AT, ASSIGNEE.UPDATED_BY));
    }

    private final DSLContext dsl;

    PlanTextRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every non-empty prose field of plan {@code planId}, in the order of {@link Place}, then by row id. */
    public List<PlanText> read(long planId) {
        List<PlanText> out = new ArrayList<>();
        for (Map.Entry<Place, Column> e : COLUMNS.entrySet()) {
            Column c = e.getValue();
            dsl.select(c.id(), c.text()).from(c.table()).where(c.ofPlan().apply(planId)).and(c.text().isNotNull())
                    .orderBy(c.id()).fetch()
                    .forEach(r -> out.add(new PlanText(e.getKey(), r.value1(), r.value2())));
        }
        return out;
    }

    /**
     * Writes {@code changes}, each the new text of a field that must still hold the text in {@code before} (same
     * place and row, in the same order). Throws, naming the field, when one was changed meanwhile or is gone.
     */
    public void write(List<PlanText> before, List<PlanText> changes) {
        if (before.size() != changes.size()) {
            throw new IllegalArgumentException("before and changes differ in size");
        }
        LocalDateTime now = Audit.now();
        for (int i = 0; i < changes.size(); i++) {
            PlanText was = before.get(i);
            PlanText next = changes.get(i);
            Column c = COLUMNS.get(next.place());
            String current = dsl.select(c.text()).from(c.table()).where(c.id().eq(next.rowId()))
                    .fetchOptional(0, String.class).orElse(null);
            if (was.place() != next.place() || was.rowId() != next.rowId() || !Objects.equals(current, was.text())) {
                throw new DomainException(Texts.get("tone.changedMeanwhile",
                        Texts.get("tone.place." + next.place().name())));
            }
            dsl.update(c.table()).set(c.text(), next.text()).set(c.updatedAt(), now).set(c.updatedBy(), Audit.user())
                    .where(c.id().eq(next.rowId())).execute();
        }
    }

    private static void plan(Place place, Field<String> text) {
        put(place, PLAN, PLAN.ID, text, PLAN.ID, PLAN.UPDATED_AT, PLAN.UPDATED_BY);
    }

    private static void put(Place place, Table<?> table, Field<Long> id, Field<String> text, Field<Long> planId,
            Field<LocalDateTime> updatedAt, Field<String> updatedBy) {
        COLUMNS.put(place, new Column(table, id, text, planId::eq, updatedAt, updatedBy));
    }

    /** Where one place is stored, and which rows belong to a plan. */
    private record Column(Table<?> table, Field<Long> id, Field<String> text, Function<Long, Condition> ofPlan,
                          Field<LocalDateTime> updatedAt, Field<String> updatedBy) {
    }
}
