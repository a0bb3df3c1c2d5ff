package vn.kehoachxa.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.files.SafeFiles;

/**
 * The {@code backups/} folder beside the database: consistent snapshots as zip files ({@code BACKUP TO}, H2's own
 * online backup, holding {@code kehoachxa.mv.db}), each opened and counted after writing, its result in a
 * {@code .properties} file beside it; 30 daily copies and 20 event copies are kept.
 */
final class Backups {
    static final String FOLDER = "backups";
    static final int KEEP_DAILY = 30;
    static final int KEEP_EVENTS = 20;
    private static final String ENTRY = Database.FILE_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            Database.FILE_NAME + "-(\\d{8}-\\d{6})-([a-z-]+?)(?:-\\d+)?\\.zip");
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Path folder;
    private final Clock clock;

    Backups(Path dataDirectory, Clock clock) {
        this.folder = dataDirectory.resolve(FOLDER);
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    /** Every backup, newest first. */
    List<BackupInfo> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).forEach(f -> read(f).ifPresent(all::add));
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
        }
        all.sort(Comparator.comparing(BackupInfo::takenAt).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return all;
    }

    /** The newest backup whose check succeeded. */
    Optional<BackupInfo> newestGood() {
        return list().stream().filter(BackupInfo::verified).findFirst();
    }

    /** Takes an online snapshot of the open database through {@code connection}, then checks and records it. */
    BackupInfo snapshot(Connection connection, BackupReason reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = newName(now, reason);
        Path temp = folder.resolve(".dang-ghi-" + target.getFileName());
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(temp);
            try (var s = connection.createStatement()) {
                s.execute("BACKUP TO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            SignedCopies.append(temp, folder.getParent());
            return finish(temp, target, now, reason);
        } catch (SQLException | IOException e) {
            throw failure(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Archives a closed database file (before an upgrade) in the same format as a snapshot. */
    BackupInfo archive(Path databaseFile, BackupReason reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = newName(now, reason);
        Path temp = folder.resolve(".dang-ghi-" + target.getFileName());
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(ENTRY));
                Files.copy(databaseFile, zip);
                zip.closeEntry();
                SignedCopies.add(zip, folder.getParent());
            }
            return finish(temp, target, now, reason);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Copies a backup and its record into another folder (a USB stick), checked like a new one. */
    Path copyTo(BackupInfo backup, Path otherFolder) {
        Path target = otherFolder.resolve(backup.file().getFileName());
        try {
            Files.createDirectories(otherFolder);
            SafeFiles.copy(backup.file(), target);
            Path record = recordOf(backup.file());
            if (Files.exists(record)) {
                SafeFiles.copy(record, otherFolder.resolve(record.getFileName()));
            }
        } catch (IOException | DomainException e) {
            String why = e instanceof DomainException d ? d.getMessage()
                    : DataFolders.unwritable(otherFolder, (IOException) e).getMessage();
            throw new DomainException(Texts.get("backup.copyFailed", otherFolder, why), e);
        }
        count(target);
        return target;
    }

    /** Extracts the database file of {@code zip} to {@code target} (a work file beside the database). */
    static void extract(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY);
            if (entry == null) {
                throw new IOException("no " + ENTRY + " in " + zip);
            }
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Opens the database inside {@code zip} in a work folder and counts what it holds; fails when it cannot. */
    static BackupInfo.Counts count(Path zip) {
        Path work = zip.resolveSibling(".kiem-tra-" + System.nanoTime());
        try {
            Files.createDirectories(work);
            extract(zip, work.resolve(ENTRY));
            String url = "jdbc:h2:file:" + work.resolve(Database.FILE_NAME).toAbsolutePath() + ";IFEXISTS=TRUE";
            try (Connection c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
                int[] n = new int[6];
                String[] tables = {"plan", "unit", "reporting_period", "unit_submission", "indicator_result",
                    "task_progress"};
                for (int i = 0; i < tables.length; i++) {
                    try (var rs = s.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
                        rs.next();
                        n[i] = rs.getInt(1);
                    }
                }
                s.execute("SHUTDOWN");
                return new BackupInfo.Counts(n[0], n[1], n[2], n[3], n[4], n[5]);
            }
        } catch (IOException | SQLException e) {
            throw new DomainException(Texts.get("backup.unreadable", zip), e);
        } finally {
            DataFolders.deleteTree(work);
        }
    }

    /** Keeps the newest {@link #KEEP_DAILY} daily and {@link #KEEP_EVENTS} other copies; deletes older ones. */
    void prune() {
        List<BackupInfo> all = list();
        List<BackupInfo> daily = all.stream().filter(b -> b.reason().isDaily()).toList();
        List<BackupInfo> events = all.stream().filter(b -> !b.reason().isDaily()).toList();
        Stream.concat(daily.stream().skip(KEEP_DAILY), events.stream().skip(KEEP_EVENTS)).forEach(old -> {
            deleteQuietly(old.file());
            deleteQuietly(recordOf(old.file()));
            LOG.info("Deleted old backup {}", old.file());
        });
    }

    /** Removes half-written copies and check folders left by an interrupted run. */
    void cleanLeftovers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(".")).forEach(DataFolders::deleteTree);
        } catch (IOException e) {
            LOG.warn("Cannot clean {}", folder, e);
        }
    }

    private BackupInfo finish(Path temp, Path target, LocalDateTime takenAt, BackupReason reason) throws IOException {
        BackupInfo.Counts counts = count(temp);
        DataFolders.moveIntoPlace(temp, target);
        BackupInfo info = new BackupInfo(target, takenAt, reason, true, Files.size(target), counts);
        writeRecord(info);
        LOG.info("Backup {} ({}): {}", target, reason, counts);
        prune();
        return info;
    }

    private Path newName(LocalDateTime when, BackupReason reason) {
        String base = Database.FILE_NAME + "-" + when.format(STAMP) + "-" + reason.code();
        Path name = folder.resolve(base + ".zip");
        for (int i = 2; Files.exists(name); i++) {
            name = folder.resolve(base + "-" + i + ".zip");
        }
        return name;
    }

    private static Path recordOf(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - ".zip".length()) + ".properties");
    }

    private static void writeRecord(BackupInfo info) {
        Properties p = new Properties();
        p.setProperty("verified", String.valueOf(info.verified()));
        BackupInfo.Counts c = info.counts();
        p.setProperty("plans", String.valueOf(c.plans()));
        p.setProperty("units", String.valueOf(c.units()));
        p.setProperty("periods", String.valueOf(c.periods()));
        p.setProperty("submissions", String.valueOf(c.submissions()));
        p.setProperty("results", String.valueOf(c.results()));
        p.setProperty("progress", String.valueOf(c.progress()));
        SafeFiles.write(recordOf(info.file()), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            p.store(w, "Kiem tra ban sao luu Ke hoach Xa");
            w.flush();
        });
    }

    /** A backup file from anywhere (a USB stick): its record when it has one, else unchecked, dated by the file. */
    static BackupInfo describe(Path zip) {
        return read(zip).orElseGet(() -> {
            LocalDateTime modified;
            long size;
            try {
                modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(),
                        java.time.ZoneId.systemDefault());
                size = Files.size(zip);
            } catch (IOException e) {
                modified = LocalDateTime.now();
                size = 0;
            }
            return new BackupInfo(zip, modified, BackupReason.MANUAL, false, size, BackupInfo.Counts.NONE);
        });
    }

    private static Optional<BackupInfo> read(Path zip) {
        Matcher m = NAME.matcher(zip.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.ofCode(m.group(2));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime at;
        long size;
        try {
            at = LocalDateTime.parse(m.group(1), STAMP);
            size = Files.size(zip);
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
        Properties p = new Properties();
        Path record = recordOf(zip);
        if (Files.isRegularFile(record)) {
            try (Reader r = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                p.clear();
            }
        }
        boolean verified = Boolean.parseBoolean(p.getProperty("verified")) && size > 0;
        BackupInfo.Counts counts = verified ? new BackupInfo.Counts(num(p, "plans"), num(p, "units"),
                num(p, "periods"), num(p, "submissions"), num(p, "results"), num(p, "progress"))
                : BackupInfo.Counts.NONE;
        return Optional.of(new BackupInfo(zip, at, reason.get(), verified, size, counts));
    }

    private static int num(Properties p, String key) {
        try {
            return Integer.parseInt(p.getProperty(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private DomainException failure(Exception e) {
        if (e instanceof DomainException d) {
            return d;
        }
        var storage = StorageFailures.classify(e, folder);
        String why = storage != null ? storage.getMessage() : Texts.get("backup.seeLog");
        LOG.error("Backup into {} failed", folder, e);
        return new DomainException(Texts.get("backup.failed", folder, why), e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover is cleaned at the next start
        }
    }
}
