package vn.kehoachxa.cli;

import java.time.format.DateTimeFormatter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;

/** How a backup reads on the command line. */
final class BackupTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private BackupTexts() {
    }

    static String row(int number, BackupInfo b) {
        return Texts.get("cli.restore.row", number, b.takenAt().format(WHEN),
                Texts.get("backup.reason." + b.reason().name()),
                b.verified() ? b.counts().describe() : Texts.get("backup.unverified"), b.file());
    }
}
