package vn.kehoachxa.service.collect;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ReceivedPackage;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;

/** Checked packages built in memory from the domain records, as the package reader would hand them over. */
public final class CollectorPackages {
    public static final PackagePeriod Q1_2026 = new PackagePeriod(PeriodKind.QUARTER, 2026, 1, LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 3, 14));
    static final PackagePeriod Q2_2026 = new PackagePeriod(PeriodKind.QUARTER, 2026, 2, LocalDate.of(2026, 3, 15),
            LocalDate.of(2026, 6, 14));

    private CollectorPackages() {
    }

    /** A first package of {@code code} for {@code period} whose coverage figure is {@code figure}. */
    public static ReceivedPackage of(String code, String name, String province, PackagePeriod period, BigDecimal figure) {
        return build(UUID.randomUUID(), null, code, name, province, period, figure);
    }

    /** A correction of {@code replaces}. */
    public static ReceivedPackage correction(UUID replaces, String code, String name, PackagePeriod period,
                                      BigDecimal figure) {
        return build(UUID.randomUUID(), replaces, code, name, "Sơn La", period, figure);
    }

    /** A package with the given id, which the manifest's bytes (and so its hash) follow. */
    static ReceivedPackage build(UUID id, UUID replaces, String code, String name, String province,
                                 PackagePeriod period, BigDecimal figure) {
        PackageManifest manifest = new PackageManifest(1, id, code, name, province, UUID.nameUUIDFromBytes(
                code.getBytes(StandardCharsets.UTF_8)), "a".repeat(64), "Bản 1", period,
                Instant.parse("2026-03-18T02:30:00Z"), replaces, "1.4.0",
                List.of(new PackageFile("ket-qua.json", "b".repeat(64), 812)));
        CommuneResults results = new CommuneResults(List.of(
                new CommuneIndicatorResult("NQ72-01", "Tỷ lệ tiêm chủng đầy đủ", "%", "> 95", new BigDecimal("95"),
                        figure, null, figure.compareTo(new BigDecimal("95")) > 0 ? Evaluation.VUOT
                        : Evaluation.CHUA_DAT),
                new CommuneIndicatorResult("NQ72-02", "Số bác sĩ tại trạm", "người", "4-5", null,
                        new BigDecimal("4"), null, Evaluation.DAT)),
                Map.of(TaskStatus.HOAN_THANH_DUNG_HAN, 12, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, 3));
        String manifestText = id + "|" + replaces + "|" + code + "|" + name + "|" + province + "|" + period + "|"
                + figure;
        return new ReceivedPackage(manifest, results, "BaoCao-" + code + "-" + id.toString().substring(0, 8) + ".zip",
                sha256(manifestText));
    }

    /** The same package id and manifest hash with other figures (the bytes say "the same", so the hash decides). */
    static ReceivedPackage sameBytes(ReceivedPackage p, String sourceName) {
        return new ReceivedPackage(p.manifest(), p.results(), sourceName, p.manifestSha256());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
