package vn.kehoachxa.exchange.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;

class CollectJsonTest {
    private static final String SHA = "a".repeat(64);

    static PackageManifest manifest(UUID replaces) {
        return new PackageManifest(1, UUID.fromString("0b7c1c9e-5d2a-4a53-9a51-6f1f3c2b8d11"), "14290", "Mường La",
                "Sơn La", UUID.fromString("9f0c3a1e-2b44-4c5d-8e6f-7a8b9c0d1e2f"), "b".repeat(64), "Bản 2",
                new PackagePeriod(PeriodKind.QUARTER, 2026, 1, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14)),
                Instant.parse("2026-03-18T02:30:00Z"), replaces, "1.4.0",
                List.of(new PackageFile("ket-qua.json", SHA, 812), new PackageFile("ket-qua.adx.xml", SHA, 640)));
    }

    @Test
    void aManifestReadsBackAsWritten() {
        PackageManifest m = manifest(UUID.randomUUID());
        byte[] bytes = ManifestJson.write(m);
        assertThat(ManifestJson.read(bytes, "manifest.json")).isEqualTo(m);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"iso\" : \"2025-12-15/P3M\"")
                .contains("\"name\" : \"Mường La\"");
        assertThat(ManifestJson.write(ManifestJson.read(bytes, "manifest.json"))).isEqualTo(bytes);
    }

    @Test
    void resultsReadBackAsWritten() {
        CommuneResults r = new CommuneResults(List.of(
                new CommuneIndicatorResult("NQ72-01", "Tỷ lệ trạm y tế có bác sĩ", "%", "≥ 90", new BigDecimal("90"),
                        new BigDecimal("92.5"), null, Evaluation.VUOT),
                new CommuneIndicatorResult("ML-03", "Xây dựng mô hình", "", "", null, null, "Đang triển khai",
                        Evaluation.KHONG_DANH_GIA)),
                Map.of(TaskStatus.HOAN_THANH_DUNG_HAN, 12, TaskStatus.CHUA_TRIEN_KHAI, 3));
        CommuneResults back = ResultsJson.read(ResultsJson.write(r), "ket-qua.json");
        assertThat(back).isEqualTo(r);
        assertThat(back.taskTotal()).isEqualTo(15);
        assertThat(back.tasks(TaskStatus.CHUA_HOAN_THANH_QUA_HAN)).isZero();
    }

    @Test
    void aBrokenManifestIsRefusedNamingTheFileAndField() {
        String json = new String(ManifestJson.write(manifest(null)), StandardCharsets.UTF_8)
                .replace("\"14290\"", "\"1429\"");
        assertThatThrownBy(() -> ManifestJson.read(json.getBytes(StandardCharsets.UTF_8), "Goi.zip › manifest.json"))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("Goi.zip › manifest.json").hasMessageContaining("commune.code")
                .extracting(e -> ((PackageRejectedException) e).reason()).isEqualTo(PackageRejection.MALFORMED);
        assertThatThrownBy(() -> ManifestJson.read("{\"formatVersion\": 1,".getBytes(StandardCharsets.UTF_8), "m"))
                .isInstanceOf(PackageRejectedException.class).hasMessageContaining("dòng 1");
        assertThatThrownBy(() -> ManifestJson.read("{\"formatVersion\": 9}".getBytes(StandardCharsets.UTF_8), "m"))
                .extracting(e -> ((PackageRejectedException) e).reason()).isEqualTo(PackageRejection.NEWER_FORMAT);
    }
}
