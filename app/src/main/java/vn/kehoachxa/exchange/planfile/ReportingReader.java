package vn.kehoachxa.exchange.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.kehoachxa.domain.plan.ItemPaths;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.reporting.CompletionDates;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.ReportingData;
import vn.kehoachxa.domain.reporting.ReportingData.PeriodKey;
import vn.kehoachxa.domain.reporting.SubmissionSource;

/**
 * Reads the optional reporting data of a plan file, checking every reference against the plan just read: periods
 * named by submissions exist, units are in {@code units}, rows are paths of the matrices, indicator codes exist.
 */
final class ReportingReader {
    private final ParsedFile file;
    private final UnitReferences units;
    private final Set<String> items;
    private final Set<String> codes = new HashSet<>();
    private final Map<PeriodKey, JsonPath> periods = new HashMap<>();

    private ReportingReader(ParsedFile file, PlanDocument doc) {
        this.file = file;
        this.units = UnitReferences.of(doc.units());
        this.items = ItemPaths.lookup(doc).keySet();
        doc.indicators().forEach(i -> codes.add(i.code()));
    }

    static ReportingData read(ParsedFile file, Fields root, PlanDocument doc) {
        return new ReportingReader(file, doc).read(root);
    }

    private ReportingData read(Fields root) {
        List<ReportingData.PeriodEntry> periodList = root.list("reportingPeriods", false, this::period);
        Set<String> versions = new HashSet<>();
        List<ReportingData.SubmissionEntry> submissions = root.list("submissions", false,
                (node, path) -> submission(node, path, versions));
        return new ReportingData(periodList, submissions);
    }

    private ReportingData.PeriodEntry period(JsonNode node, JsonPath path) {
        Fields f = Fields.of(file, node, path, FileDto.ReportingPeriod.class);
        if (f == null) {
            return null;
        }
        PeriodKey key = key(f);
        var cutoffStart = required(f, "cutoffStart");
        var cutoffEnd = required(f, "cutoffEnd");
        var due = required(f, "dueDate");
        LocalDateTime sentAt = dateTime(f, "sentAt");
        if (key == null || cutoffStart == null || cutoffEnd == null || due == null) {
            return null;
        }
        if (cutoffStart.isAfter(cutoffEnd)) {
            file.problem(f.at("cutoffEnd"), "planfile.cutoffOrder");
            return null;
        }
        JsonPath first = periods.putIfAbsent(key, path);
        if (first != null) {
            file.problem(path, "planfile.duplicatePeriod", file.where(first));
            return null;
        }
        return new ReportingData.PeriodEntry(key, cutoffStart, cutoffEnd, due, f.text("dueNote"), sentAt,
                f.text("sentTo"));
    }

    private ReportingData.SubmissionEntry submission(JsonNode node, JsonPath path, Set<String> versions) {
        Fields f = Fields.of(file, node, path, FileDto.Submission.class);
        if (f == null) {
            return null;
        }
        int before = file.problems().size();
        Fields p = f.object("period", FileDto.PeriodRef.class, true);
        PeriodKey period = p == null ? null : key(p);
        if (period != null && !periods.containsKey(period)) {
            file.problem(f.at("period"), "planfile.unknownPeriod");
        }
        String unit = f.requiredText("unit");
        if (unit != null && units.find(unit).isEmpty()) {
            file.problem(f.at("unit"), "planfile.unknownUnit", unit);
        }
        Integer version = f.integer("version", true, 1, 10_000);
        var received = required(f, "receivedDate");
        SubmissionSource source = f.enumValue("source", SubmissionSource.class, true);
        if (period != null && unit != null && version != null
                && !versions.add(period + "|" + UnitReferences.key(unit) + "|" + version)) {
            file.problem(f.at("version"), "planfile.duplicateVersion", String.valueOf(version));
        }
        List<ReportingData.ProgressEntry> progress = f.list("taskProgress", false,
                (n, at) -> progress(n, at, received));
        List<ReportingData.ResultEntry> results = f.list("indicatorResults", false, this::result);
        if (file.problems().size() > before || period == null || unit == null || version == null
                || received == null || source == null) {
            return null;
        }
        return new ReportingData.SubmissionEntry(period, unit, version, received, source, f.text("fileName"),
                f.text("checksum"), f.text("note"), progress, results);
    }

    /**
     * One row's progress; its optional completion date must go with DONE and not lie after the day the report was
     * received. (The plan's issue date is not checked here: the file may hold a revision without its original.)
     */
    private ReportingData.ProgressEntry progress(JsonNode node, JsonPath path, LocalDate received) {
        Fields f = Fields.of(file, node, path, FileDto.Progress.class);
        if (f == null) {
            return null;
        }
        String item = f.requiredText("item");
        if (item != null && !items.contains(item)) {
            file.problem(f.at("item"), "planfile.unknownItem", item);
        }
        ProgressStatus status = f.enumValue("status", ProgressStatus.class, true);
        LocalDate completedOn = f.date("completedOn");
        if (item == null || status == null) {
            return null;
        }
        Optional<String> badDate = CompletionDates.problem(status, completedOn, received, null);
        if (badDate.isPresent()) {
            file.problem(f.at("completedOn"), "planfile.badCompletionDate", badDate.get());
            return null;
        }
        return new ReportingData.ProgressEntry(item, status, f.text("resultText"), f.text("difficulties"),
                f.text("proposals"), completedOn);
    }

    private ReportingData.ResultEntry result(JsonNode node, JsonPath path) {
        Fields f = Fields.of(file, node, path, FileDto.Result.class);
        if (f == null) {
            return null;
        }
        String code = f.requiredText("indicatorCode");
        if (code != null && !codes.contains(code)) {
            file.problem(f.at("indicatorCode"), "planfile.unknownIndicator", code);
        }
        var value = f.decimal("value");
        String text = f.text("text");
        if (value == null && text == null && !f.has("value")) {
            file.problem(path, "planfile.resultEmpty");
            return null;
        }
        return code == null ? null : new ReportingData.ResultEntry(code, value, text, f.text("note"));
    }

    private static PeriodKey key(Fields f) {
        PeriodKind kind = f.enumValue("kind", PeriodKind.class, true);
        Integer year = f.integer("year", true, 2000, 2200);
        Integer index = f.integer("index", true, 1, 4);
        return kind == null || year == null || index == null ? null : new PeriodKey(kind, year, index);
    }

    private static LocalDate required(Fields f, String name) {
        if (!f.has(name)) {
            f.file().problem(f.at(name), "planfile.missing");
            return null;
        }
        return f.date(name);
    }

    private LocalDateTime dateTime(Fields f, String name) {
        String text = f.text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            file.problem(f.at(name), "planfile.badDateTime", text);
            return null;
        }
    }
}
