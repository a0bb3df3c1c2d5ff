package vn.kehoachxa.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.ReportPackageService;
import vn.kehoachxa.service.ReportingService;

class ReportPackageServiceTest {
    @TempDir
    Path dir;
    FilledQuarter q;

    @BeforeEach
    void setUp() {
        q = new FilledQuarter(dir);
    }

    @AfterEach
    void close() {
        q.db.close();
    }

    private ReportPackage build(boolean withPdf) {
        return service(withPdf).build(q.quarter.period().id(), dir.resolve("out"));
    }

    private ReportPackageService service(boolean withPdf) {
        return new ReportPackageService(q.db, q.clock);
    }

    /** Builds the package and confirms it went upward, as the official does after sending the draft. */
    private void buildAndConfirm() {
        ReportPackage pkg = build(false);
        service(false).confirmSent(q.quarter.period().id(), pkg);
    }

    @Test
    void emlIsAnUnsentDraftToTheUpwardRecipientsWithTheFilesAttachedByteForByte() throws Exception {
        ReportPackage pkg = build(false);

        assertThat(pkg.folder().getFileName().toString()).isEqualTo("BaoCao-Q1-2026-Muong-La");
        MimeMessage mail;
        try (InputStream in = Files.newInputStream(pkg.eml())) {
            mail = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(mail.getHeader("X-Unsent")).containsExactly("1");
        assertThat(mail.getSubject())
                .isEqualTo("[UBND xã Mường La] Báo cáo quý I/2026 thực hiện Kế hoạch số 12/KH-UBND");
        List<String> to = new ArrayList<>();
        for (Address a : mail.getRecipients(Message.RecipientType.TO)) {
            to.add(((InternetAddress) a).getAddress() + " " + ((InternetAddress) a).getPersonal());
        }
        assertThat(to).containsExactly(FilledQuarter.SO_Y_TE + " Sở Y tế tỉnh Sơn La",
                FilledQuarter.VP_UBND + " Văn phòng UBND tỉnh Sơn La");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Kính gửi: Sở Y tế tỉnh Sơn La")
                .contains("quý I năm 2026").contains("(tệp Word, biểu số liệu Excel và bản PDF đính kèm)")
                .contains("Bản có chữ ký, đóng dấu được gửi theo đường văn thư.").doesNotContain("ký số");
        Map<String, byte[]> attached = new LinkedHashMap<>();
        for (int i = 1; i < parts.getCount(); i++) {
            Part p = parts.getBodyPart(i);
            assertThat(p.getDisposition()).isEqualTo(Part.ATTACHMENT);
            try (InputStream in = p.getInputStream()) {
                attached.put(p.getFileName(), in.readAllBytes());
            }
        }
        assertThat(attached).containsOnlyKeys("BaoCao-Q1-2026-Muong-La.docx", "BaoCao-Q1-2026-Muong-La-Bieu.xlsx",
                "BaoCao-Q1-2026-Muong-La.pdf", "ket-qua.json", "ket-qua.adx.xml",
                "BaoCao-Q1-2026-Muong-La.kehoach.json", "manifest.json");
        for (Path f : pkg.files()) {
            assertThat(attached.get(f.getFileName().toString())).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void zipHoldsTheFolderWithIdenticalFiles() throws Exception {
        ReportPackage pkg = build(false);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(pkg.zip()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), e.isDirectory() ? null : in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("BaoCao-Q1-2026-Muong-La/",
                "BaoCao-Q1-2026-Muong-La/BaoCao-Q1-2026-Muong-La.docx",
                "BaoCao-Q1-2026-Muong-La/BaoCao-Q1-2026-Muong-La-Bieu.xlsx",
                "BaoCao-Q1-2026-Muong-La/BaoCao-Q1-2026-Muong-La.pdf", "BaoCao-Q1-2026-Muong-La/ket-qua.json",
                "BaoCao-Q1-2026-Muong-La/ket-qua.adx.xml", "BaoCao-Q1-2026-Muong-La/BaoCao-Q1-2026-Muong-La.kehoach.json",
                "BaoCao-Q1-2026-Muong-La/manifest.json");
        for (Path f : pkg.files()) {
            assertThat(entries.get("BaoCao-Q1-2026-Muong-La/" + f.getFileName())).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void buildingThePackageAloneLeavesThePeriodUnsent() {
        PeriodicReportService reports = new PeriodicReportService(q.db, q.clock);
        long id = q.quarter.period().id();

        ReportPackage pkg = build(false);

        assertThat(pkg.eml()).exists();
        assertThat(new ReportingService(q.db, q.clock).period(id).period().sentAt()).isNull();
        assertThat(reports.upwardStatus(id).state()).isEqualTo(UpwardStatus.State.OVERDUE);
    }

    @Test
    void theSnapshotIsTakenBeforeLaterEditsSoThePackageShowsTheReportAsItWasWhenSendWasPressed() {
        PeriodicReportService reports = new PeriodicReportService(q.db, q.clock);
        long id = q.quarter.period().id();
        PackageSource source = service(false).snapshot(id);
        reports.save(reports.report(id).with(ReportPart.LEADERSHIP, "Sửa sau khi bấm Gửi."));

        ReportPackage pkg = service(false).build(source, dir.resolve("out"));

        assertThat(source.document().report().text(ReportPart.LEADERSHIP))
                .isNotEqualTo("Sửa sau khi bấm Gửi.");
        assertThat(pkg.docx()).exists();
    }

    @Test
    void periodRecordsWhenAndToWhomOnceTheOfficialConfirmsAndTheDashboardSeesItReported() {
        PeriodicReportService reports = new PeriodicReportService(q.db, q.clock);
        long id = q.quarter.period().id();
        assertThat(reports.upwardStatus(id).state()).isEqualTo(UpwardStatus.State.OVERDUE);

        buildAndConfirm();

        var period = new ReportingService(q.db, q.clock).period(id).period();
        assertThat(period.sentAt()).isEqualTo(q.clock.instant().atZone(q.clock.getZone()).toLocalDateTime());
        assertThat(period.sentTo()).isEqualTo("Sở Y tế tỉnh Sơn La <" + FilledQuarter.SO_Y_TE
                + ">; Văn phòng UBND tỉnh Sơn La <" + FilledQuarter.VP_UBND + ">");
        UpwardStatus status = reports.upwardStatus(id);
        assertThat(status.reported()).isTrue();
        assertThat(status.state()).isEqualTo(UpwardStatus.State.SENT_LATE);
        assertThat(reports.upwardStatuses(q.planId)).filteredOn(s -> !s.reported()).allSatisfy(
                s -> assertThat(s.state()).isEqualTo(UpwardStatus.State.NOT_YET_SENT));
    }

    @Test
    void aLaterProvinceDeadlineMakesTheSameSendingOnTime() {
        PeriodicReportService reports = new PeriodicReportService(q.db, q.clock);
        long id = q.quarter.period().id();
        reports.setUpwardDueDate(id, java.time.LocalDate.of(2026, 4, 5));
        assertThat(reports.upwardStatus(id).state()).isEqualTo(UpwardStatus.State.NOT_YET_SENT);

        buildAndConfirm();

        assertThat(reports.upwardStatus(id).state()).isEqualTo(UpwardStatus.State.SENT);
    }

    @Test
    void theProvinceDeadlineIsReadBackUntilClearedThenTheUnitsDueDateStandsIn() {
        PeriodicReportService reports = new PeriodicReportService(q.db, q.clock);
        long id = q.quarter.period().id();
        assertThat(reports.upwardDueDate(id)).isEmpty();

        reports.setUpwardDueDate(id, java.time.LocalDate.of(2026, 4, 5));
        assertThat(reports.upwardDueDate(id)).contains(java.time.LocalDate.of(2026, 4, 5));
        assertThat(reports.upwardStatus(id).upwardDue()).isEqualTo(java.time.LocalDate.of(2026, 4, 5));

        reports.setUpwardDueDate(id, null);
        assertThat(reports.upwardDueDate(id)).isEmpty();
        assertThat(reports.upwardStatus(id).upwardDue()).isEqualTo(q.quarter.period().dueDate());
    }

    @Test
    void copyToUsbPutsTheFolderZipAndDraftThere() throws Exception {
        ReportPackage pkg = build(false);
        Path usb = Files.createDirectories(dir.resolve("usb"));

        Path copied = new ReportPackageService(q.db, q.clock).copyTo(pkg, usb);

        assertThat(copied).isEqualTo(usb.resolve("BaoCao-Q1-2026-Muong-La"));
        assertThat(Files.readAllBytes(copied.resolve("BaoCao-Q1-2026-Muong-La.docx")))
                .isEqualTo(Files.readAllBytes(pkg.docx()));
        assertThat(usb.resolve("BaoCao-Q1-2026-Muong-La.zip")).exists();
        assertThat(usb.resolve("BaoCao-Q1-2026-Muong-La.eml")).exists();
    }

    @Test
    void thePackageCarriesTheBuiltInPdfOfTheReportWithItsTables() throws Exception {
        ReportPackage pkg = build(true);

        assertThat(pkg.pdfs()).extracting(p -> p.getFileName().toString())
                .containsExactly("BaoCao-Q1-2026-Muong-La.pdf");
        for (Path pdf : pkg.pdfs()) {
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }
}
