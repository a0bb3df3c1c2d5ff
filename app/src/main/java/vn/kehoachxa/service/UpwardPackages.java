package vn.kehoachxa.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.exchange.collect.AdxXml;
import vn.kehoachxa.exchange.collect.ManifestJson;
import vn.kehoachxa.exchange.collect.PackageLayout;
import vn.kehoachxa.exchange.collect.ResultsJson;
import vn.kehoachxa.exchange.planfile.PlanFileContent;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.files.SafeFiles;
import vn.kehoachxa.persistence.Store;
import vn.kehoachxa.service.report.ReportTables;
import vn.kehoachxa.service.report.UpwardData;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.TaskEvaluation;

/**
 * The machine-readable part of the upward package (issue 17, docs/report-package-format.md): reads what it is made
 * of in the snapshot's transaction ({@link #read}) and writes {@code ket-qua.json}, {@code ket-qua.adx.xml}, the
 * {@code .kehoach.json} and, after them, {@code manifest.json} with every other file's checksum ({@link #write}).
 */
final class UpwardPackages {
    private UpwardPackages() {
    }

    /**
     * What the package of period {@code p} is written from: the profile's code, name and province, the plan's
     * identity, fingerprint and version in force, the id last confirmed sent (replaces), the results as Biểu 1 gives
     * them ({@code results}: the same evaluation the report is built from) and the plan file with reporting data.
     */
    static UpwardData read(Store store, ReportingPeriod p, CommuneProfile profile, PeriodResults results) {
        PlanDocument doc = PlanIdentities.forExport(store, store.documents().load(p.planId()));
        byte[] planFile = PlanFiles.toBytes(new PlanFileContent(doc, store.reportingData().export(doc),
                PlanVersionService.versionInfo(store, doc.plan())));
        UUID replaces = store.periodReports().sentPackageId(p.id()).orElse(null);
        return new UpwardData(profile.adminCode(), profile.officialName(), profile.province(),
                UUID.fromString(doc.plan().identity().globalId()), Fingerprints.planContent(doc),
                versionLabel(store, p.planId()),
                new PackagePeriod(p.kind(), p.year(), p.index(), p.cutoffStart(), p.cutoffEnd()), replaces,
                results(results), planFile);
    }

    /** The commune's results: Biểu 1's indicator lines and the task rows of Biểu 2 counted by status. */
    static CommuneResults results(PeriodResults results) {
        int year = results.period().period().year();
        List<CommuneIndicatorResult> lines = new ArrayList<>();
        for (IndicatorEvaluation e : results.indicators()) {
            var i = e.indicator();
            var target = e.target();
            // The value a comparison reads is only meaningful for a NUMERIC target; others carry their words.
            var targetValue = target != null && target.kind() == vn.kehoachxa.domain.plan.TargetKind.NUMERIC
                    ? target.value() : null;
            String words = e.consolidated() == null ? ReportTables.resultWords(e) : null;
            lines.add(new CommuneIndicatorResult(i.code(), i.name().strip(), i.unitOfMeasure(),
                    ReportTables.targetCell(e, year), targetValue, e.consolidated(), words,
                    e.evaluation() == null ? Evaluation.CHUA_CO_SO_LIEU : e.evaluation()));
        }
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskEvaluation t : results.tasks()) {
            if (t.item().matrix() == TableKind.TASK_MATRIX) {
                counts.merge(t.status(), 1, Integer::sum);
            }
        }
        return new CommuneResults(lines, counts);
    }

    /** "Bản 2" for the second version of a plan's line; blank for a plan never revised. */
    private static String versionLabel(Store store, long planId) {
        int position = 1;
        Long before = store.plans().get(planId).revisesPlanId();
        while (before != null && position < 1000) {
            var earlier = store.plans().find(before);
            if (earlier.isEmpty()) {
                break;
            }
            position++;
            before = earlier.get().revisesPlanId();
        }
        boolean revised = position > 1 || !store.versions().revisionsOf(planId).isEmpty();
        return revised ? "Bản " + position : "";
    }

    /**
     * Writes the data files into {@code folder} ({@code <base>.kehoach.json} for the plan) and, last, the manifest
     * listing {@code reportFiles} and them with their SHA-256 and size; returns the data files, the manifest last.
     */
    static List<Path> write(UpwardData data, Path folder, String base, List<Path> reportFiles, UUID packageId,
                            Instant createdAt) throws IOException {
        Path results = folder.resolve(PackageLayout.RESULTS);
        SafeFiles.write(results, ResultsJson.write(data.results()));
        Path adx = folder.resolve(PackageLayout.ADX);
        SafeFiles.write(adx, AdxXml.write(data.communeCode(), data.period().iso(), createdAt, data.results()));
        Path plan = folder.resolve(base + PackageLayout.PLAN_FILE_SUFFIX);
        SafeFiles.write(plan, data.planFile());
        List<Path> listed = new ArrayList<>(reportFiles);
        listed.addAll(List.of(results, adx, plan));
        List<PackageFile> files = new ArrayList<>();
        for (Path f : listed) {
            files.add(new PackageFile(f.getFileName().toString(), sha256(f), Files.size(f)));
        }
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT_VERSION, packageId,
                data.communeCode(), data.communeName(), data.province(), data.planGlobalId(), data.planFingerprint(),
                data.planVersion(), data.period(), createdAt, data.replaces(), appVersion(), files);
        Path manifestFile = folder.resolve(PackageLayout.MANIFEST);
        SafeFiles.write(manifestFile, ManifestJson.write(manifest));
        return List.of(results, adx, plan, manifestFile);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String appVersion() {
        String v = UpwardPackages.class.getPackage().getImplementationVersion();
        return v == null ? "" : v;
    }
}
