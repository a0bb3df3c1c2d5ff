package vn.kehoachxa.ui.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.reporting.CompletionDates;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.service.reporting.AssignedIndicator;
import vn.kehoachxa.service.reporting.AssignedItem;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.UnitAssignments;

/**
 * Nhập báo cáo giấy: the fields of a unit's report typed by hand for one period — a row per assigned matrix row
 * and per indicator it leads — checked and turned into a {@link SubmissionDraft}. Uses only javafx.base.
 */
public final class PaperReportForm {
    private final long periodId;
    private final UnitAssignments unit;
    private final LocalDate today;
    private final List<TaskRow> tasks;
    private final List<IndicatorRow> indicators;
    private final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>(this, "receivedDate");
    private final ObjectProperty<SubmissionSource> source = new SimpleObjectProperty<>(this, "source",
            SubmissionSource.PAPER);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    /** The form of {@code unit} for period {@code periodId}; the received date starts at {@code today}. */
    public PaperReportForm(long periodId, UnitAssignments unit, LocalDate today) {
        this.periodId = periodId;
        this.unit = unit;
        this.today = today;
        this.tasks = unit.items().stream().map(TaskRow::new).toList();
        this.indicators = unit.indicators().stream().map(IndicatorRow::new).toList();
        receivedDate.set(today);
    }

    /** The unit's matrix rows. */
    public List<TaskRow> tasks() {
        return tasks;
    }

    /** The indicators the unit leads. */
    public List<IndicatorRow> indicators() {
        return indicators;
    }

    /** The unit reporting. */
    public UnitAssignments unit() {
        return unit;
    }

    /** When the report reached the office (ngày nhận). */
    public ObjectProperty<LocalDate> receivedDateProperty() {
        return receivedDate;
    }

    /** PAPER (copied from a paper report) or MANUAL (typed from what the unit said). */
    public ObjectProperty<SubmissionSource> sourceProperty() {
        return source;
    }

    /** A note kept with the report (e.g. the paper report's number). */
    public StringProperty noteProperty() {
        return note;
    }

    /**
     * The report to store, or a {@link DomainException} listing every problem in Vietnamese: a row with words but no
     * status, a figure that is not a number, a missing or future received date, a completion date without "Hoàn
     * thành" or after the received date, nothing filled in at all.
     */
    public SubmissionDraft toDraft() {
        List<String> problems = new ArrayList<>();
        LocalDate received = receivedDate.get();
        if (received == null) {
            problems.add(Texts.get("paperui.error.noDate"));
        } else if (received.isAfter(today)) {
            problems.add(Texts.get("paperui.error.futureDate"));
        }
        List<ProgressEntry> progress = new ArrayList<>();
        for (TaskRow row : tasks) {
            if (row.status.get() != null) {
                // The plan's issue date is checked when the report is stored; the form does not know it.
                Optional<String> badDate = CompletionDates.problem(row.status.get(), row.completedOn.get(),
                        received, null);
                badDate.ifPresent(p -> problems.add(Texts.get("paperui.error.completion", row.label(), p)));
                progress.add(new ProgressEntry(row.itemId(), row.status.get(), row.result.get(),
                        row.difficulties.get(), row.proposals.get(), row.completedOn.get()));
            } else if (!blank(row.result.get()) || !blank(row.difficulties.get()) || !blank(row.proposals.get())) {
                problems.add(Texts.get("paperui.error.noStatus", row.label()));
            }
        }
        List<ResultEntry> results = new ArrayList<>();
        for (IndicatorRow row : indicators) {
            try {
                ResultEntry e = CorrectionDrafts.resultEntry(row.indicatorId(), row.label(), row.value.get(),
                        row.note.get(), row.qualitative());
                if (e != null) {
                    results.add(e);
                }
            } catch (DomainException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty() && progress.isEmpty() && results.isEmpty()) {
            problems.add(Texts.get("paperui.error.empty"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(Texts.get("paperui.error.headline", unit.unit().name(), problems.size()),
                    problems, null);
        }
        return SubmissionDraft.byHand(periodId, unit.unit().id(), received, source.get(),
                CorrectionDrafts.blankToNull(note.get()), progress, results);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * One matrix row of the form: status (null: not reported), actual completion date (only with DONE: choosing
     * another status clears it), result, difficulties, proposals.
     */
    public static final class TaskRow {
        private final AssignedItem item;
        private final ObjectProperty<ProgressStatus> status = new SimpleObjectProperty<>(this, "status");
        private final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>(this, "completedOn");
        private final StringProperty result = new SimpleStringProperty(this, "result", "");
        private final StringProperty difficulties = new SimpleStringProperty(this, "difficulties", "");
        private final StringProperty proposals = new SimpleStringProperty(this, "proposals", "");

        TaskRow(AssignedItem item) {
            this.item = item;
            status.addListener((obs, was, now) -> {
                if (now != ProgressStatus.DONE) {
                    completedOn.set(null);
                }
            });
        }

        long itemId() {
            return item.item().id();
        }

        /** "3. Tăng cường …" as the matrix numbers it. */
        public String label() {
            String n = item.number();
            return (n == null || n.isBlank() ? "" : n + ". ") + item.item().content();
        }

        /** The group the row sits in. */
        public String group() {
            return item.groupTitle();
        }

        /** The status the unit reports. */
        public ObjectProperty<ProgressStatus> statusProperty() {
            return status;
        }

        /** Ngày hoàn thành thực tế (null: not given). */
        public ObjectProperty<LocalDate> completedOnProperty() {
            return completedOn;
        }

        /** Kết quả thực hiện. */
        public StringProperty resultProperty() {
            return result;
        }

        /** Khó khăn, vướng mắc. */
        public StringProperty difficultiesProperty() {
            return difficulties;
        }

        /** Đề xuất, kiến nghị. */
        public StringProperty proposalsProperty() {
            return proposals;
        }
    }

    /** One indicator of the form: the figure as typed (75,5 or 75.5; words for a qualitative target) and a note. */
    public static final class IndicatorRow {
        private final AssignedIndicator indicator;
        private final StringProperty value = new SimpleStringProperty(this, "value", "");
        private final StringProperty note = new SimpleStringProperty(this, "note", "");

        IndicatorRow(AssignedIndicator indicator) {
            this.indicator = indicator;
        }

        long indicatorId() {
            return indicator.indicator().id();
        }

        boolean qualitative() {
            return indicator.target() != null && indicator.target().kind() == TargetKind.QUALITATIVE;
        }

        /** The indicator's stable code (ML-04). */
        public String code() {
            return indicator.indicator().code();
        }

        /** The indicator's name. */
        public String label() {
            return indicator.indicator().name();
        }

        /** The target in force, as printed, with the unit of measure. */
        public String target() {
            if (indicator.target() == null) {
                return "";
            }
            String uom = indicator.indicator().unitOfMeasure();
            return TargetText.printed(indicator.target()) + (uom == null ? "" : " (" + uom + ")");
        }

        /** The figure as typed. */
        public StringProperty valueProperty() {
            return value;
        }

        /** Ghi chú. */
        public StringProperty noteProperty() {
            return note;
        }
    }
}
