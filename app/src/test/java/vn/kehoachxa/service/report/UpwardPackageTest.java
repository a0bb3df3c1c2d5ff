package vn.kehoachxa.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.ReceivedPackage;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.text.VietnameseNumbers;
import vn.kehoachxa.exchange.collect.AdxXml;
import vn.kehoachxa.exchange.collect.ManifestJson;
import vn.kehoachxa.exchange.collect.PackageReadResult;
import vn.kehoachxa.exchange.collect.PackageReader;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportPackageService;

/**
 * The identified upward package (issue 17) built from a real commune database (the Mường La sample with its first
 * quarter of 2026 filled) and read back by the province's reader from the folder, the .zip and the .eml.
 */
class UpwardPackageTest {
    @TempDir
    Path dir;
    FilledQuarter q;
    ReportPackageService service;

    @BeforeEach
    void setUp() {
        q = new FilledQuarter(dir);
        service = new ReportPackageService(q.db, q.clock);
    }

    @AfterEach
    void close() {
        q.db.close();
    }

    @Test
    void theFolderZipAndEmlReadBackAsTheSamePackageWhoseResultsAreBieu1sFigures() throws Exception {
        long periodId = q.quarter.period().id();
        PackageSource source = service.snapshot(periodId);
        ReportPackage pkg = service.build(source, dir.resolve("out"));

        assertThat(pkg.dataFiles()).extracting(p -> p.getFileName().toString()).containsExactly("ket-qua.json",
                "ket-qua.adx.xml", "BaoCao-Q1-2026-Muong-La.kehoach.json", "manifest.json");
        PackageManifest manifest = ManifestJson.read(Files.readAllBytes(pkg.folder().resolve("manifest.json")),
                "manifest.json");
        assertThat(manifest.packageId()).isEqualTo(pkg.packageId());
        assertThat(manifest.replaces()).isNull();
        assertThat(manifest.communeCode()).isEqualTo(FilledQuarter.ADMIN_CODE);
        assertThat(manifest.communeName()).isEqualTo("Mường La");
        assertThat(manifest.province()).isEqualTo("Sơn La");
        assertThat(manifest.planGlobalId().toString())
                .isEqualTo(new PlanService(q.db).load(q.planId).plan().identity().globalId());
        assertThat(manifest.planFingerprint()).matches("[0-9a-f]{64}");
        assertThat(manifest.period().kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(manifest.period().year()).isEqualTo(2026);
        assertThat(manifest.period().index()).isEqualTo(1);
        assertThat(manifest.period().cutoffStart()).isEqualTo(q.quarter.period().cutoffStart());
        assertThat(manifest.period().cutoffEnd()).isEqualTo(q.quarter.period().cutoffEnd());
        // Every other file of the folder is listed with its real checksum and size; the manifest itself is not.
        assertThat(manifest.files()).extracting(PackageFile::name).containsExactlyInAnyOrderElementsOf(
                pkg.files().stream().filter(f -> !f.getFileName().toString().equals("manifest.json"))
                        .map(f -> f.getFileName().toString()).toList());
        for (PackageFile f : manifest.files()) {
            byte[] bytes = Files.readAllBytes(pkg.folder().resolve(f.name()));
            assertThat(f.size()).isEqualTo(bytes.length);
            assertThat(f.sha256()).isEqualTo(sha256(bytes));
        }
        // The plan file with reporting data reads back as the plan.
        assertThat(PlanFiles.readContent(pkg.folder().resolve("BaoCao-Q1-2026-Muong-La.kehoach.json"))
                .reporting().periods()).isNotEmpty();

        List<PackageReadResult> fromFolder = PackageReader.read(pkg.folder());
        List<PackageReadResult> fromZip = PackageReader.read(pkg.zip());
        List<PackageReadResult> fromEml = PackageReader.read(pkg.eml());
        ReceivedPackage folder = single(fromFolder);
        for (ReceivedPackage other : List.of(single(fromZip), single(fromEml))) {
            assertThat(other.manifest()).isEqualTo(folder.manifest());
            assertThat(other.results()).isEqualTo(folder.results());
            assertThat(other.manifestSha256()).isEqualTo(folder.manifestSha256());
        }
        assertThat(folder.manifestSha256())
                .isEqualTo(sha256(Files.readAllBytes(pkg.folder().resolve("manifest.json"))));
        assertThat(List.of(single(fromFolder).sourceName(), single(fromZip).sourceName(), single(fromEml).sourceName()))
                .containsExactly("BaoCao-Q1-2026-Muong-La", "BaoCao-Q1-2026-Muong-La.zip",
                        "BaoCao-Q1-2026-Muong-La.eml");
        // The parent folder holds the three forms of the one package.
        assertThat(PackageReader.read(dir.resolve("out"))).hasSize(3)
                .allSatisfy(r -> assertThat(r.received().manifest()).isEqualTo(folder.manifest()));

        // Indicator lines exactly as the report's Biểu 1 prints them, in the same order.
        ReportTable bieu1 = source.document().tables().getFirst();
        List<ReportTable.Row> rows = bieu1.rows().stream().filter(r -> r.group() == null).toList();
        List<CommuneIndicatorResult> lines = folder.results().indicators();
        assertThat(lines).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).cells();
            CommuneIndicatorResult r = lines.get(i);
            assertThat(r.name()).isEqualTo(cells.get(1));
            assertThat(r.unitOfMeasure()).isEqualTo(cells.get(2));
            assertThat(r.targetText()).isEqualTo(cells.get(3));
            assertThat(r.value() != null ? VietnameseNumbers.format(r.value()) : r.text() == null ? "" : r.text())
                    .isEqualTo(cells.get(4));
            assertThat(r.evaluation().label()).isEqualTo(cells.get(6));
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        lines.stream().filter(r -> r.value() != null).forEach(r -> figures.put(r.code(), r.value()));
        // The figures are the units' figures where the lead unit reported (ML-03's did not).
        assertThat(FilledQuarter.FIGURES).containsAllEntriesOf(figures);
        assertThat(figures).containsEntry("ML-04", new BigDecimal("96.5")).containsEntry("ML-02",
                new BigDecimal("74.2"));
        assertThat(folder.results().taskTotal()).isEqualTo(source.document().tables().get(1).rows().stream()
                .filter(r -> r.group() == null).count());
        assertThat(folder.results().tasks(TaskStatus.DANG_THUC_HIEN_TRONG_HAN)
                + folder.results().tasks(TaskStatus.HOAN_THANH_DUNG_HAN)).isPositive();

        // ket-qua.adx.xml: well-formed ADX in its namespace with the same values.
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document adx = factory.newDocumentBuilder().parse(pkg.folder().resolve("ket-qua.adx.xml").toFile());
        Element root = adx.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(AdxXml.NAMESPACE);
        assertThat(root.getLocalName()).isEqualTo("adx");
        NodeList groups = root.getElementsByTagNameNS(AdxXml.NAMESPACE, "group");
        assertThat(groups.getLength()).isEqualTo(1);
        Element group = (Element) groups.item(0);
        assertThat(group.getAttribute("orgUnit")).isEqualTo(FilledQuarter.ADMIN_CODE);
        assertThat(group.getAttribute("period")).isEqualTo(manifest.period().iso()).isEqualTo("2025-12-15/P3M");
        Map<String, BigDecimal> adxValues = new LinkedHashMap<>();
        NodeList values = group.getElementsByTagNameNS(AdxXml.NAMESPACE, "dataValue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getElementsByTagNameNS(AdxXml.NAMESPACE, "annotation").getLength() == 0) {
                adxValues.put(v.getAttribute("dataElement"), new BigDecimal(v.getAttribute("value")));
            }
        }
        assertThat(adxValues).isEqualTo(figures);
    }

    @Test
    void aPackageBuiltAfterTheSendingWasConfirmedCorrectsTheSentOneAndAnUnsentBuildIsNeverNamed() throws Exception {
        long periodId = q.quarter.period().id();
        ReportPackage first = service.build(periodId, dir.resolve("lan1"));
        ReportPackage unsent = service.build(periodId, dir.resolve("lan1b"));
        assertThat(unsent.replaces()).isNull();
        assertThat(unsent.packageId()).isNotEqualTo(first.packageId());

        service.confirmSent(periodId, first);
        ReportPackage correction = service.build(periodId, dir.resolve("lan2"));

        assertThat(correction.replaces()).isEqualTo(first.packageId());
        ReceivedPackage read = single(PackageReader.read(correction.zip()));
        assertThat(read.manifest().replaces()).isEqualTo(first.packageId());
        assertThat(read.manifest().packageId()).isEqualTo(correction.packageId());

        service.confirmSent(periodId, correction);
        assertThat(service.build(periodId, dir.resolve("lan3")).replaces()).isEqualTo(correction.packageId());
    }

    @Test
    void withoutTheCommunesAdministrativeCodeNoPackageIsBuiltAndTheOfficeIsToldWhereToEnterIt() {
        var commune = new CommuneService(q.db);
        commune.save(commune.profile().orElseThrow().withAdminCode(null));

        assertThatThrownBy(() -> service.build(q.quarter.period().id(), dir.resolve("out")))
                .isInstanceOf(DomainException.class).hasMessageContaining("mã đơn vị hành chính")
                .hasMessageContaining("Cài đặt › Thông tin xã");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static ReceivedPackage single(List<PackageReadResult> results) {
        assertThat(results).hasSize(1);
        PackageReadResult r = results.getFirst();
        assertThat(r.rejection()).as(() -> r.rejection().getMessage()).isNull();
        return r.received();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
