package vn.kehoachxa.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kehoachxa.domain.text.PlanText;
import vn.kehoachxa.domain.text.ToneConsistency;
import vn.kehoachxa.domain.text.ToneStyle;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.edit.Change;

/**
 * Thống nhất cách bỏ dấu over one plan: finds the words written with the tone mark on either vowel of oa, oe, uy
 * across all its prose (plan fields, basis, recipients, sections, indicators, targets, matrix rows, assignees) and
 * rewrites only the words the user accepted, in one transaction, returning the change that puts every text back.
 */
public final class ToneService {
    private final Database db;

    /** Works on {@code db}. */
    public ToneService(Database db) {
        this.db = db;
    }

    /** What the plan's texts hold; {@code preferred} is the office's choice, {@code excluded} words never count. */
    public ToneConsistency.Report check(long planId, Optional<ToneStyle> preferred, Collection<String> excluded) {
        List<String> texts = db.read(store -> store.planTexts().read(planId)).stream().map(PlanText::text).toList();
        return new ToneConsistency(excluded).check(texts, preferred);
    }

    /** What {@link #unify} did: how many fields and words changed, and the change that reverts it. */
    public record Unified(int fields, int words, Change undo) {
    }

    /**
     * Writes every word whose key (lower case, first-vowel spelling, as in {@link ToneConsistency.WordCount#key})
     * is in {@code keys} in {@code style}, leaving excluded words and codes alone. One transaction.
     */
    public Unified unify(long planId, Set<String> keys, ToneStyle style, Collection<String> excluded) {
        ToneConsistency rule = new ToneConsistency(excluded);
        return db.inTransaction(store -> {
            List<PlanText> before = new ArrayList<>();
            List<PlanText> after = new ArrayList<>();
            int words = 0;
            for (PlanText t : store.planTexts().read(planId)) {
                String rewritten = rule.rewrite(t.text(), keys, style);
                if (!rewritten.equals(t.text())) {
                    before.add(t);
                    after.add(t.withText(rewritten));
                    words += rule.check(List.of(t.text()), Optional.of(style)).words().stream()
                            .filter(w -> keys.contains(w.key())).mapToInt(w -> w.count(style.other())).sum();
                }
            }
            store.planTexts().write(before, after);
            return new Unified(before.size(), words, revert(after, before));
        });
    }

    /** The change that writes {@code to} over {@code from}; its inverse writes them back. */
    private Change revert(List<PlanText> from, List<PlanText> to) {
        return () -> {
            db.inTransaction(store -> {
                store.planTexts().write(from, to);
                return null;
            });
            return revert(to, from);
        };
    }
}
