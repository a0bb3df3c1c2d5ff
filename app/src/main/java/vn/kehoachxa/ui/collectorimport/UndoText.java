package vn.kehoachxa.ui.collectorimport;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ImportBatchUndo;
import vn.kehoachxa.domain.collect.PackageEntry;
import vn.kehoachxa.domain.reporting.PeriodNames;

/** The confirmation text of "Hoàn tác lần nhập": what goes and what is in force again, package by package. */
final class UndoText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private UndoText() {
    }

    static String of(ImportBatchUndo batch) {
        StringBuilder text = new StringBuilder(Texts.get("collectorimport.undo.ask",
                WHEN.format(batch.importedAt().atZone(ZoneId.systemDefault())),
                String.valueOf(batch.removed().size())));
        batch.removed().forEach(p -> text.append('\n').append(line(p)));
        if (!batch.restored().isEmpty()) {
            text.append("\n\n").append(Texts.get("collectorimport.undo.restored"));
            batch.restored().forEach(p -> text.append('\n').append(line(p)));
        }
        return text.toString();
    }

    private static String line(PackageEntry p) {
        return Texts.get("collectorimport.undo.line", p.communeName(), p.communeCode(),
                PeriodNames.name(p.period().kind(), p.period().year(), p.period().index()), p.sourceName());
    }
}
