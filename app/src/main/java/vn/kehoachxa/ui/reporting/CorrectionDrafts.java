package vn.kehoachxa.ui.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.text.VietnameseNumbers;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDetail;
import vn.kehoachxa.service.reporting.SubmissionDraft;

/**
 * A correction made on the Kết quả screen as the unit's next report version (bản báo cáo mới, MANUAL): everything
 * the unit's latest version says, with the one corrected line replaced, so the latest version stays complete.
 */
final class CorrectionDrafts {
    private CorrectionDrafts() {
    }

    /** The next version with indicator {@code indicatorId} set to {@code valueText} (a number, or words). */
    static SubmissionDraft indicator(long periodId, long unitId, SubmissionDetail latest, long indicatorId,
                                     String indicatorName, String valueText, String note, LocalDate today) {
        ResultEntry entry = resultEntry(indicatorId, indicatorName, valueText, note, true);
        if (entry == null) {
            throw new DomainException(Texts.get("resultsui.valueRequired", indicatorName));
        }
        List<ResultEntry> results = new ArrayList<>(results(latest, indicatorId));
        results.add(entry);
        return draft(periodId, unitId, today, progress(latest, -1), results);
    }

    /**
     * The next version with matrix row {@code edited.itemId()} replaced by {@code edited}; a row still DONE keeps the
     * actual completion date the unit gave, which this screen does not edit.
     */
    static SubmissionDraft task(long periodId, long unitId, SubmissionDetail latest, ProgressEntry edited,
                                LocalDate today) {
        List<ProgressEntry> progress = new ArrayList<>(progress(latest, edited.itemId()));
        LocalDate completedOn = edited.completedOn();
        if (completedOn == null && edited.status() == ProgressStatus.DONE && latest != null) {
            completedOn = latest.progress().stream().filter(p -> p.itemId() == edited.itemId())
                    .map(TaskProgress::completedOn).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        progress.add(new ProgressEntry(edited.itemId(), edited.status(), edited.resultText(), edited.difficulties(),
                edited.proposals(), completedOn));
        return draft(periodId, unitId, today, progress, results(latest, -1));
    }

    /**
     * An indicator result from what was typed: a number with a decimal comma or point, or — when
     * {@code wordsAllowed} — words (qualitative targets are reported in words); null when nothing was typed.
     */
    static ResultEntry resultEntry(long indicatorId, String indicatorName, String valueText, String note,
                                   boolean wordsAllowed) {
        if (valueText == null || valueText.isBlank()) {
            if (note != null && !note.isBlank()) {
                throw new DomainException(Texts.get("resultsui.noteWithoutValue", indicatorName));
            }
            return null;
        }
        BigDecimal value = VietnameseNumbers.tryParse(valueText).orElse(null);
        if (value == null && !wordsAllowed) {
            throw new DomainException(Texts.get("resultsui.notANumber", indicatorName, valueText.strip()));
        }
        return new ResultEntry(indicatorId, value, value == null ? valueText.strip() : null, blankToNull(note));
    }

    private static SubmissionDraft draft(long periodId, long unitId, LocalDate today, List<ProgressEntry> progress,
                                         List<ResultEntry> results) {
        return SubmissionDraft.byHand(periodId, unitId, today, SubmissionSource.MANUAL,
                Texts.get("resultsui.correctionNote"), progress, results.stream()
                        .filter(java.util.Objects::nonNull).toList());
    }

    private static List<ProgressEntry> progress(SubmissionDetail latest, long except) {
        if (latest == null) {
            return List.of();
        }
        return latest.progress().stream().filter(p -> p.itemId() != except).map(CorrectionDrafts::entry).toList();
    }

    private static List<ResultEntry> results(SubmissionDetail latest, long except) {
        if (latest == null) {
            return List.of();
        }
        return latest.results().stream().filter(r -> r.indicatorId() != except).map(CorrectionDrafts::entry)
                .toList();
    }

    private static ProgressEntry entry(TaskProgress p) {
        return new ProgressEntry(p.itemId(), p.status(), p.resultText(), p.difficulties(), p.proposals(),
                p.completedOn());
    }

    private static ResultEntry entry(IndicatorResult r) {
        return new ResultEntry(r.indicatorId(), r.value(), r.text(), r.note());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
