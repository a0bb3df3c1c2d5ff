package vn.kehoachxa.exchange.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.TaskStatus;

/** Reads and writes {@code ket-qua.json}, the commune's period results (docs/report-package-format.md). */
public final class ResultsJson {
    /** The results format this app writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private ResultsJson() {
    }

    /** The results as UTF-8 JSON bytes: indicators in the plan's order, task counts in {@link TaskStatus} order. */
    public static byte[] write(CommuneResults results) {
        ObjectNode root = CollectJson.object();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode indicators = root.putArray("indicators");
        for (CommuneIndicatorResult r : results.indicators()) {
            ObjectNode i = indicators.addObject();
            i.put("code", r.code());
            i.put("name", r.name());
            i.put("unit", r.unitOfMeasure());
            i.put("targetText", r.targetText());
            i.put("targetValue", r.targetValue());
            i.put("value", r.value());
            i.put("text", r.text());
            i.put("evaluation", r.evaluation().name());
        }
        ObjectNode tasks = root.putObject("tasks");
        for (TaskStatus status : TaskStatus.values()) {
            tasks.put(status.name(), results.tasks(status));
        }
        return CollectJson.write(root);
    }

    /**
     * Reads results from {@code bytes}; {@code file} names it in messages.
     *
     * @throws PackageRejectedException MALFORMED or NEWER_FORMAT, naming the field
     */
    public static CommuneResults read(byte[] bytes, String file) {
        JsonNode root = CollectJson.parse(bytes, file);
        int version = CollectJson.integer(root, "formatVersion", file, "");
        if (version > FORMAT_VERSION) {
            throw new PackageRejectedException(vn.kehoachxa.domain.collect.PackageRejection.NEWER_FORMAT,
                    Texts.get("collect.manifest.newer", file, version));
        }
        JsonNode list = CollectJson.required(root, "indicators", file, "");
        if (!list.isArray()) {
            throw CollectJson.malformed(file, "indicators", Texts.get("collect.json.notArray"), null);
        }
        List<CommuneIndicatorResult> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int k = 0; k < list.size(); k++) {
            JsonNode i = list.get(k);
            String path = "indicators[" + k + "].";
            String code = CollectJson.text(i, "code", file, path);
            if (code.isBlank() || code.length() > 50 || !codes.add(code)) {
                throw CollectJson.malformed(file, path + "code", Texts.get("collect.results.badCode", code), null);
            }
            try {
                indicators.add(new CommuneIndicatorResult(code, CollectJson.text(i, "name", file, path),
                        CollectJson.optionalText(i, "unit", file, path),
                        CollectJson.optionalText(i, "targetText", file, path),
                        CollectJson.optionalDecimal(i, "targetValue", file, path),
                        CollectJson.optionalDecimal(i, "value", file, path),
                        CollectJson.optionalText(i, "text", file, path),
                        CollectJson.enumValue(Evaluation.class, i, "evaluation", file, path)));
            } catch (IllegalArgumentException e) {
                throw CollectJson.malformed(file, path + "name", Texts.get("collect.json.missing"), e);
            }
        }
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        JsonNode tasks = CollectJson.required(root, "tasks", file, "");
        var names = tasks.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            TaskStatus status;
            try {
                status = TaskStatus.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw CollectJson.malformed(file, "tasks." + name, Texts.get("collect.json.badValue", name), e);
            }
            int count = CollectJson.integer(tasks, name, file, "tasks.");
            if (count < 0) {
                throw CollectJson.malformed(file, "tasks." + name, Texts.get("collect.json.badValue", count), null);
            }
            counts.put(status, count);
        }
        return new CommuneResults(indicators, counts);
    }
}
