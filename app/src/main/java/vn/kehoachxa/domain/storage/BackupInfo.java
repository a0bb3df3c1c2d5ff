package vn.kehoachxa.domain.storage;

import java.nio.file.Path;
import java.time.LocalDateTime;
import vn.kehoachxa.domain.Texts;

/**
 * One backup of the database (bản sao lưu): a consistent snapshot taken by the database itself, opened and
 * counted after it was written. {@code verified} is false for a file whose check failed or was never recorded;
 * such a copy is listed but never offered on its own.
 */
public record BackupInfo(Path file, LocalDateTime takenAt, BackupReason reason, boolean verified, long sizeBytes,
        Counts counts) {

    /** What the backup holds, counted when it was checked. */
    public record Counts(int plans, int units, int periods, int submissions, int results, int progress) {
        /** Nothing counted (an unchecked file). */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        /** "3 kế hoạch, 12 đơn vị, …": how the app and the command line name what a backup holds. */
        public String describe() {
            return Texts.get("backup.counts", plans, units, periods, submissions, results);
        }
    }
}
