package vn.kehoachxa.exchange.planfile;

import static vn.kehoachxa.exchange.planfile.PlanFileWriter.decimal;
import static vn.kehoachxa.exchange.planfile.PlanFileWriter.map;
import static vn.kehoachxa.exchange.planfile.PlanFileWriter.nfc;

import java.time.temporal.Temporal;
import java.util.List;
import vn.kehoachxa.domain.reporting.ReportingData;
import vn.kehoachxa.domain.reporting.ReportingData.PeriodKey;

/** Maps reporting data to the file's records (the optional {@code reportingPeriods} and {@code submissions}). */
final class ReportingWriter {
    private ReportingWriter() {
    }

    static FileDto.ReportingPeriod period(ReportingData.PeriodEntry p) {
        PeriodKey k = p.key();
        return new FileDto.ReportingPeriod(k.kind().name(), k.year(), k.index(), text(p.cutoffStart()),
                text(p.cutoffEnd()), text(p.dueDate()), nfc(p.dueNote()), text(p.sentAt()), nfc(p.sentTo()));
    }

    static FileDto.Submission submission(ReportingData.SubmissionEntry s) {
        PeriodKey k = s.period();
        return new FileDto.Submission(new FileDto.PeriodRef(k.kind().name(), k.year(), k.index()), nfc(s.unit()),
                s.version(), text(s.receivedDate()), s.source().name(), nfc(s.fileName()), s.checksum(),
                nfc(s.note()), empty(map(s.taskProgress(), p -> new FileDto.Progress(p.item(), p.status().name(),
                        nfc(p.resultText()), nfc(p.difficulties()), nfc(p.proposals()), text(p.completedOn())))),
                empty(map(s.indicatorResults(), r -> new FileDto.Result(r.indicatorCode(), decimal(r.value()),
                        nfc(r.text()), nfc(r.note())))));
    }

    private static <T> List<T> empty(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    private static String text(Temporal t) {
        return t == null ? null : t.toString();
    }
}
