package vn.kehoachxa.exchange.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.PackageRejection;
import vn.kehoachxa.domain.collect.ReceivedPackage;

/** The province's package reader on real folders, .zip files and .eml messages, friendly and hostile. */
class PackageReaderTest {
    static final UUID ID = UUID.fromString("0b7c1c9e-5d2a-4a53-9a51-6f1f3c2b8d11");
    static final String NAME = "BaoCao-Q1-2026-Muong-La";

    @TempDir
    Path dir;

    @Test
    void aFolderAZipWithTheFolderInsideAndAZipWithFilesAtTheRootGiveTheSamePackage() throws Exception {
        Path folder = TestPackages.folder(dir.resolve("xa"), NAME, ID);
        Path inside = TestPackages.zip(folder, dir.resolve("trong.zip"), true);
        Path root = TestPackages.zip(folder, dir.resolve("goc.zip"), false);

        ReceivedPackage a = received(PackageReader.read(folder));
        assertThat(a.manifest().packageId()).isEqualTo(ID);
        assertThat(a.results()).isEqualTo(TestPackages.RESULTS);
        assertThat(a.sourceName()).isEqualTo(NAME);
        assertThat(a.manifestSha256())
                .isEqualTo(TestPackages.sha256(Files.readAllBytes(folder.resolve("manifest.json"))));
        for (Path zip : List.of(inside, root)) {
            ReceivedPackage b = received(PackageReader.read(zip));
            assertThat(b.manifest()).isEqualTo(a.manifest());
            assertThat(b.results()).isEqualTo(a.results());
            assertThat(b.manifestSha256()).isEqualTo(a.manifestSha256());
            assertThat(b.sourceName()).isEqualTo(zip.getFileName().toString());
        }
        // Pointing at the manifest itself reads its folder.
        assertThat(received(PackageReader.read(folder.resolve("manifest.json"))).manifest()).isEqualTo(a.manifest());
    }

    @Test
    void aFileTheManifestDoesNotListIsIgnoredNotTrusted() throws Exception {
        Path folder = TestPackages.folder(dir, NAME, ID);
        Files.writeString(folder.resolve("ghi-chu-cua-xa.txt"), "tệp của văn phòng");

        assertThat(received(PackageReader.read(folder)).manifest().packageId()).isEqualTo(ID);
        assertThat(received(PackageReader.read(TestPackages.zip(folder, dir.resolve("p.zip"), true)))
                .manifest().packageId()).isEqualTo(ID);
    }

    @Test
    void oneChangedByteIsTamperingNamedByFileInTheFolderAndInTheZip() throws Exception {
        Path folder = TestPackages.folder(dir, NAME, ID);
        Path docx = folder.resolve(NAME + ".docx");
        byte[] bytes = Files.readAllBytes(docx);
        bytes[3] ^= 1;
        Files.write(docx, bytes);

        refused(PackageReader.read(folder), PackageRejection.TAMPERED, NAME + ".docx", "lập lại gói");
        refused(PackageReader.read(TestPackages.zip(folder, dir.resolve("p.zip"), true)), PackageRejection.TAMPERED,
                "p.zip", NAME + ".docx");
    }

    @Test
    void aChangedResultsFileIsTamperingEvenThoughItIsStillValidJson() throws Exception {
        Path folder = TestPackages.folder(dir, NAME, ID);
        Path results = folder.resolve("ket-qua.json");
        Files.writeString(results, Files.readString(results).replace("96.5", "99.5"));

        refused(PackageReader.read(folder), PackageRejection.TAMPERED, "ket-qua.json");
    }

    @Test
    void aMissingListedFileIsTamperingNamedByFile() throws Exception {
        Path folder = TestPackages.folder(dir, NAME, ID);
        Files.delete(folder.resolve("ket-qua.adx.xml"));

        refused(PackageReader.read(folder), PackageRejection.TAMPERED, "ket-qua.adx.xml", "thiếu");
    }

    @Test
    void aMalformedManifestAndANewerFormatAreRefusedWithTheirReasons() throws Exception {
        Path folder = TestPackages.folder(dir.resolve("a"), NAME, ID);
        Files.writeString(folder.resolve("manifest.json"), "{ \"formatVersion\" : 1, \"packageId\" : ");
        refused(PackageReader.read(folder), PackageRejection.MALFORMED, NAME + " › manifest.json");

        Path newer = TestPackages.folder(dir.resolve("b"), NAME, ID);
        Files.writeString(newer.resolve("manifest.json"),
                Files.readString(newer.resolve("manifest.json")).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
        refused(PackageReader.read(newer), PackageRejection.NEWER_FORMAT, "manifest.json");
    }

    @Test
    void withoutAManifestItIsNotAPackage() throws Exception {
        Path zip = TestPackages.zipOf(dir.resolve("anh.zip"), Map.of("anh.jpg", new byte[] {1, 2, 3}));
        refused(PackageReader.read(zip), PackageRejection.NOT_A_PACKAGE, "anh.zip", "manifest.json");

        Path empty = Files.createDirectories(dir.resolve("trong"));
        Files.writeString(empty.resolve("ghi-chu.txt"), "x");
        refused(PackageReader.read(empty), PackageRejection.NOT_A_PACKAGE, "trong");
    }

    @Test
    void aSmallZipThatUnpacksPastTheLimitIsStoppedAsAZipBomb() throws Exception {
        Path bomb = dir.resolve("bom.zip");
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry(NAME + "/manifest.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (int e = 0; e < 5; e++) {
                out.putNextEntry(new ZipEntry(NAME + "/phan-" + e + ".bin"));
                for (int mb = 0; mb < 24; mb++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        refused(PackageReader.read(bomb), PackageRejection.TOO_LARGE, "bom.zip", "giải nén");
    }

    @Test
    void oneEntryOverTheFileLimitAndTooManyEntriesAreTooLarge() throws Exception {
        Path big = dir.resolve("to.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(big))) {
            out.putNextEntry(new ZipEntry("ban-do.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int mb = 0; mb < 26; mb++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        refused(PackageReader.read(big), PackageRejection.TOO_LARGE, "to.zip › ban-do.bin");

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= PackageLayout.MAX_ENTRIES; i++) {
            many.put("tep-" + i + ".txt", new byte[] {(byte) i});
        }
        refused(PackageReader.read(TestPackages.zipOf(dir.resolve("nhieu.zip"), many)), PackageRejection.TOO_LARGE,
                "nhieu.zip");
    }

    @Test
    void aZipFileOver30MbIsNotOpened() throws Exception {
        Path zip = dir.resolve("lon.zip");
        writeRandom(zip, 31);

        refused(PackageReader.read(zip), PackageRejection.TOO_LARGE, "lon.zip", "30 MB");
    }

    @Test
    void entriesThatClimbOutOfTheFolderOrStartAtTheRootRefuseTheZip() throws Exception {
        Path folder = TestPackages.folder(dir, NAME, ID);
        for (String evil : List.of("../../.bashrc", "/etc/cron.d/x", NAME + "/../../x", "C:\\Windows\\x.dll")) {
            Path zip = dir.resolve("hong.zip");
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(evil, new byte[] {1});
            try (var list = Files.list(folder)) {
                for (Path f : list.sorted().toList()) {
                    entries.put(NAME + "/" + f.getFileName(), Files.readAllBytes(f));
                }
            }
            TestPackages.zipOf(zip, entries);
            refused(PackageReader.read(zip), PackageRejection.MALFORMED, "hong.zip", evil);
        }
        assertThat(dir.resolve(".bashrc")).doesNotExist();
    }

    @Test
    void twoEntriesOfTheSameNameRefuseTheZip() throws Exception {
        Path folder = TestPackages.folder(dir, NAME, ID);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var list = Files.list(folder)) {
            for (Path f : list.sorted().toList()) {
                entries.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        entries.put("manifesX.json", "{ \"formatVersion\" : 1 }".getBytes(StandardCharsets.UTF_8));
        Path zip = TestPackages.zipOf(dir.resolve("hai.zip"), entries);
        // ZipOutputStream refuses a duplicate name, other tools do not: rename the entry in the bytes (same length).
        String bytes = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
        Files.write(zip, bytes.replace("manifesX.json", "manifest.json").getBytes(StandardCharsets.ISO_8859_1));

        refused(PackageReader.read(zip), PackageRejection.MALFORMED, "hai.zip", "manifest.json");
    }

    @Test
    void anEmlWithTwoPackagesGivesBothAndOneWithNoneSaysSo() throws Exception {
        UUID other = UUID.fromString("5a1f2c3d-0000-4000-8000-000000000002");
        Path a = TestPackages.zip(TestPackages.folder(dir.resolve("a"), NAME, ID), dir.resolve("a.zip"), true);
        Path b = TestPackages.zip(TestPackages.folder(dir.resolve("b"), "BaoCao-Q1-2026-Ta-Bu", other),
                dir.resolve("b.zip"), true);
        Path mail = TestPackages.eml(dir.resolve("thu.eml"), List.of(a, b));

        List<PackageReadResult> read = PackageReader.read(mail);
        assertThat(read).extracting(PackageReadResult::sourceName).containsExactly("thu.eml › a.zip", "thu.eml › b.zip");
        assertThat(read).extracting(r -> r.received().manifest().packageId()).containsExactly(ID, other);

        Path none = TestPackages.eml(dir.resolve("khong.eml"), List.of());
        refused(PackageReader.read(none), PackageRejection.NOT_A_PACKAGE, "khong.eml");
    }

    @Test
    void anAttachmentOver30MbIsRefusedAndTheOtherPackageInTheSameMailStillReads() throws Exception {
        Path big = dir.resolve("BaoCao-lon.zip");
        writeRandom(big, 31);
        Path good = TestPackages.zip(TestPackages.folder(dir.resolve("a"), NAME, ID), dir.resolve("a.zip"), true);
        Path mail = TestPackages.eml(dir.resolve("thu.eml"), List.of(big, good));
        assertThat(Files.size(mail)).isLessThan(PackageLayout.MAX_MAIL_BYTES);

        List<PackageReadResult> read = PackageReader.read(mail);

        assertThat(read).hasSize(2);
        assertThat(read.get(0).rejection().reason()).isEqualTo(PackageRejection.TOO_LARGE);
        assertThat(read.get(0).rejection().getMessage()).contains("thu.eml › BaoCao-lon.zip").contains("30 MB");
        assertThat(read.get(1).received().manifest().packageId()).isEqualTo(ID);
    }

    @Test
    void aThunderbirdStyleMessageWithNestedPartsAndAnEncodedFileNameIsRead() throws Exception {
        Path zip = TestPackages.zip(TestPackages.folder(dir.resolve("a"), NAME, ID), dir.resolve("a.zip"), true);
        String base64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(Files.readAllBytes(zip));
        String eml = String.join("\r\n",
                "Message-ID: <1@muongla.sonla.gov.vn>",
                "Date: Wed, 18 Mar 2026 09:30:00 +0700",
                "From: =?UTF-8?B?VUJORCB4w6MgTcaw4budbmcgTGE=?= <ubnd@muongla.sonla.gov.vn>",
                "To: soyte@sonla.gov.vn",
                "Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o_qu=C3=BD_I?=",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"------------outer\"",
                "",
                "This is a multi-part message in MIME format.",
                "--------------outer",
                "Content-Type: multipart/alternative; boundary=\"------------inner\"",
                "",
                "--------------inner",
                "Content-Type: text/plain; charset=UTF-8; format=flowed",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Kính gửi Sở Y tế.",
                "--------------inner",
                "Content-Type: text/html; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "<p>Kính gửi Sở Y tế.</p>",
                "--------------inner--",
                "--------------outer",
                "Content-Type: application/x-zip-compressed;",
                " name*=UTF-8''B%C3%A1o%20c%C3%A1o%20Q1.zip",
                "Content-Disposition: attachment;",
                " filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20Q1.zip",
                "Content-Transfer-Encoding: base64",
                "",
                base64,
                "--------------outer--",
                "");
        Path mail = dir.resolve("Báo cáo từ xã.eml");
        Files.writeString(mail, eml, StandardCharsets.UTF_8);

        List<PackageReadResult> read = PackageReader.read(mail);

        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.sourceName()).isEqualTo("Báo cáo từ xã.eml › Báo cáo Q1.zip");
            assertThat(r.received().manifest().packageId()).isEqualTo(ID);
        });
    }

    @Test
    void aFolderHoldingPackagesInEveryFormReadsThemAllInNameOrder() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("hop-thu"));
        Path f = TestPackages.folder(dir.resolve("src"), NAME, ID);
        TestPackages.zip(f, inbox.resolve("b.zip"), true);
        TestPackages.eml(inbox.resolve("c.eml"), List.of(TestPackages.zip(f, dir.resolve("d.zip"), true)));
        TestPackages.folder(inbox.resolve("thang-3"), NAME, ID);
        Files.writeString(inbox.resolve("ghi-chu.txt"), "không phải gói");

        List<PackageReadResult> read = PackageReader.read(inbox);

        assertThat(read).extracting(PackageReadResult::sourceName).containsExactly("b.zip", "c.eml › d.zip", NAME);
        assertThat(read).allSatisfy(r -> assertThat(r.received()).isNotNull());
    }

    private static ReceivedPackage received(List<PackageReadResult> results) {
        assertThat(results).hasSize(1);
        PackageReadResult r = results.getFirst();
        assertThat(r.rejection()).as(() -> r.rejection().getMessage()).isNull();
        return r.received();
    }

    private static void refused(List<PackageReadResult> results, PackageRejection reason, String... named) {
        assertThat(results).hasSize(1);
        PackageReadResult r = results.getFirst();
        assertThat(r.received()).isNull();
        assertThat(r.rejection().reason()).as(r.rejection().getMessage()).isEqualTo(reason);
        for (String n : named) {
            assertThat(r.rejection().getMessage()).contains(n);
        }
    }

    private static void writeRandom(Path file, int megabytes) throws IOException {
        Random random = new Random(17);
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < megabytes; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
    }
}
