package vn.kehoachxa.exchange.collect;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;

/** Real package folders, .zip files and .eml messages written for the reader's tests. */
final class TestPackages {
    static final CommuneResults RESULTS = new CommuneResults(List.of(
            new CommuneIndicatorResult("NQ72-01", "Tỷ lệ tiêm chủng", "%", "≥ 95", new BigDecimal("95"),
                    new BigDecimal("96.5"), null, Evaluation.VUOT),
            new CommuneIndicatorResult("NQ72-08", "Bao phủ bảo hiểm y tế", "", "toàn dân", null, null,
                    "Đạt bảo hiểm y tế toàn dân <100%> & hơn", Evaluation.DAT),
            new CommuneIndicatorResult("NQ72-09", "Số bác sĩ", "người", "4–6", null, null, null,
                    Evaluation.CHUA_CO_SO_LIEU)),
            Map.of(TaskStatus.HOAN_THANH_DUNG_HAN, 3, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, 5));

    private TestPackages() {
    }

    /** A package folder {@code parent/name} with a report file, the results, ADX and the manifest listing them. */
    static Path folder(Path parent, String name, UUID packageId) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Files.write(folder.resolve(name + ".docx"), ("báo cáo " + packageId).getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve(PackageLayout.RESULTS), ResultsJson.write(RESULTS));
        PackagePeriod period = new PackagePeriod(PeriodKind.QUARTER, 2026, 1, LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 3, 14));
        Files.write(folder.resolve(PackageLayout.ADX), AdxXml.write("14290", period.iso(),
                Instant.parse("2026-03-18T02:30:00Z"), RESULTS));
        writeManifest(folder, packageId, period, PackageManifest.FORMAT_VERSION);
        return folder;
    }

    /** (Re)writes the manifest of {@code folder} listing every other file in it. */
    static void writeManifest(Path folder, UUID packageId, PackagePeriod period, int version) throws IOException {
        List<PackageFile> files = new ArrayList<>();
        try (var list = Files.list(folder)) {
            for (Path f : list.sorted().toList()) {
                if (!f.getFileName().toString().equals(PackageLayout.MANIFEST)) {
                    byte[] bytes = Files.readAllBytes(f);
                    files.add(new PackageFile(f.getFileName().toString(), sha256(bytes), bytes.length));
                }
            }
        }
        Files.write(folder.resolve(PackageLayout.MANIFEST), ManifestJson.write(new PackageManifest(version,
                packageId, "14290", "Mường La", "Sơn La", UUID.nameUUIDFromBytes(new byte[] {1}), sha256(new byte[0]),
                "Bản 2", period, Instant.parse("2026-03-18T02:30:00Z"), null, "test", files)));
    }

    /** The folder zipped as "Gửi báo cáo" does ({@code inFolder}: under its own name) or with its files at the root. */
    static Path zip(Path folder, Path zip, boolean inFolder) throws IOException {
        String prefix = inFolder ? folder.getFileName() + "/" : "";
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            if (inFolder) {
                out.putNextEntry(new ZipEntry(prefix));
                out.closeEntry();
            }
            try (var list = Files.list(folder)) {
                for (Path f : list.sorted().toList()) {
                    out.putNextEntry(new ZipEntry(prefix + f.getFileName()));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        return zip;
    }

    /** A zip whose entries are {@code names} with the given contents. */
    static Path zipOf(Path zip, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** An e-mail as a mail program saves it, with a text body and {@code attachments} (base64). */
    static Path eml(Path eml, List<Path> attachments) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("Báo cáo quý I/2026", "UTF-8");
        message.setFrom("ubnd@muongla.sonla.gov.vn");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi Sở Y tế.", "UTF-8");
        mixed.addBodyPart(text);
        for (Path f : attachments) {
            MimeBodyPart part = new MimeBodyPart();
            part.attachFile(f.toFile(), "application/zip", "base64");
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        message.saveChanges();
        try (OutputStream out = Files.newOutputStream(eml)) {
            message.writeTo(out);
        }
        return eml;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
