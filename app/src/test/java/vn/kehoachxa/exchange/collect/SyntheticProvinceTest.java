package vn.kehoachxa.exchange.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.reporting.Evaluation;

class SyntheticProvinceTest {
    private static final SyntheticProvince.Settings SETTINGS = SyntheticProvince.Settings.of(20, 2, 42)
            .withShares(0.2, 0.1, 0.1);

    @Test
    void packagesReadBackWithTheirChecksums(@TempDir Path dir) throws Exception {
        SyntheticProvince province = SyntheticProvince.of(SETTINGS);
        List<SyntheticProvince.GeneratedPackage> packages = province.write(dir);
        // 20 communes, 4 missing, 2 corrections per quarter: 18 packages a quarter.
        assertThat(packages).hasSize(36);
        Set<UUID> ids = new HashSet<>();
        for (SyntheticProvince.GeneratedPackage p : packages) {
            Map<String, byte[]> entries = unzip(p.zip());
            String folder = p.zip().getFileName().toString().replaceAll("(-sua)?\\.zip$", "");
            PackageManifest manifest = ManifestJson.read(entries.get(folder + "/manifest.json"), p.zip().toString());
            assertThat(manifest.packageId()).isEqualTo(p.packageId());
            assertThat(manifest.replaces()).isEqualTo(p.replaces());
            assertThat(manifest.communeCode()).isEqualTo(p.commune().code()).matches("\\d{5}");
            assertThat(manifest.province()).isEqualTo("Sơn La");
            assertThat(manifest.planGlobalId()).isEqualTo(province.planId(p.commune()));
            assertThat(manifest.period().samePeriodAs(p.period())).isTrue();
            assertThat(manifest.files()).extracting(PackageFile::name).containsExactly("ket-qua.json");
            for (PackageFile f : manifest.files()) {
                byte[] bytes = entries.get(folder + "/" + f.name());
                assertThat(bytes).as(f.name()).isNotNull();
                assertThat(bytes.length).isEqualTo(f.size());
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                        .isEqualTo(f.sha256());
            }
            CommuneResults results = ResultsJson.read(entries.get(folder + "/ket-qua.json"), "ket-qua.json");
            assertThat(results.indicators()).extracting(r -> r.code()).containsExactly("NQ72-01", "NQ72-02",
                    "NQ72-03", "NQ72-04", "NQ72-05", "NQ72-06", "NQ72-07", "NQ72-08", "NQ72-09", "NQ72-10",
                    "NQ72-11", "NQ72-12");
            assertThat(results.taskTotal()).isBetween(14, 60);
            results.indicators().stream().filter(r -> r.targetValue() != null).forEach(r -> {
                assertThat(r.value()).isNotNull();
                assertThat(r.evaluation()).isEqualTo(r.value().compareTo(r.targetValue()) < 0 ? Evaluation.CHUA_DAT
                        : r.evaluation() == Evaluation.VUOT ? Evaluation.VUOT : Evaluation.DAT);
            });
            assertThat(ids.add(manifest.packageId())).isTrue();
        }
        for (SyntheticProvince.GeneratedPackage p : packages) {
            if (p.replaces() != null) {
                assertThat(ids).contains(p.replaces());
            }
        }
        assertThat(packages.stream().filter(SyntheticProvince.GeneratedPackage::late)
                .filter(p -> p.replaces() == null)).hasSize(4);
    }

    @Test
    void communesHaveDistinctFiveDigitCodesAndVietnameseNames() {
        List<ProvinceCommune> communes = SyntheticProvince.of(SyntheticProvince.Settings.of(100, 1, 7)).communes();
        assertThat(communes).hasSize(100);
        assertThat(communes).extracting(ProvinceCommune::code).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("\\d{5}"));
        assertThat(communes).extracting(ProvinceCommune::name).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{L}+ \\p{L}+"));
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
        List<byte[]> first = bytes(SyntheticProvince.of(SETTINGS).write(dir.resolve("a")));
        List<byte[]> again = bytes(SyntheticProvince.of(SETTINGS).write(dir.resolve("b")));
        assertThat(again).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).isEqualTo(first.get(i));
        }
        List<byte[]> other = bytes(SyntheticProvince.of(SyntheticProvince.Settings.of(20, 2, 43)
                .withShares(0.2, 0.1, 0.1)).write(dir.resolve("c")));
        assertThat(other.getFirst()).isNotEqualTo(first.getFirst());
    }

    private static List<byte[]> bytes(List<SyntheticProvince.GeneratedPackage> packages) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (SyntheticProvince.GeneratedPackage p : packages) {
            out.add(Files.readAllBytes(p.zip()));
        }
        return out;
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }
}
