package vn.kehoachxa.exchange.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.files.SafeFiles;

/**
 * Tỉnh mẫu: synthetic communes of one province and their upward report packages, for the collector's demo sample,
 * its tests and its benchmark (issue 17, point 6). Every commune has a five-digit code, a Vietnamese-looking name and
 * a plan UUID; every package is a real .zip ({@code BaoCao-Q1-2026-14007/} with {@code manifest.json} and
 * {@code ket-qua.json}, listed with SHA-256 and size) whose indicator lines use the NQ72 template's codes, names,
 * units and targets with plausible figures and the commune's judgement, and task counts per status. Everything is
 * decided by the seed: the same settings write the same bytes. A share of communes sends nothing for a period
 * (missing), a share sends after the due date (its {@code createdAt} is late; whether the collector sees it late
 * depends on when it is imported) and a share sends a correction replacing its first package.
 */
public final class SyntheticProvince {
    private static final String TEMPLATE = "/templates/nq72.kehoach.json";
    private static final String[] FIRST = {"Mường", "Chiềng", "Nậm", "Phiêng", "Tà", "Ngọc", "Huổi", "Long", "Tân",
        "Yên", "Hòa", "Thanh", "Quảng", "Đông", "Bình", "Phúc", "Xuân", "Hợp", "Mai", "Vân"};
    private static final String[] SECOND = {"La", "Lao", "Bú", "Hoa", "Sơn", "Khoài", "Chiến", "Giôn", "Ong", "Hồ",
        "Phong", "Lập", "Thịnh", "Châu", "Khê", "Lộc", "Tiến", "An", "Hưng", "Thủy"};

    /**
     * What to generate: {@code communes} communes of {@code province} (codes from {@code firstCode} on), the first
     * {@code quarters} quarters of {@code year}, the shares (0–1) of communes missing, late and correcting in each
     * quarter, and the seed.
     */
    public record Settings(String province, int firstCode, int communes, int year, int quarters, double missingShare,
                           double lateShare, double correctionShare, long seed) {
        public Settings {
            if (communes < 1 || firstCode < 10000 || firstCode + 7L * communes > 99999 || quarters < 1
                    || quarters > 4 || !share(missingShare) || !share(lateShare) || !share(correctionShare)
                    || missingShare + lateShare > 1) {
                throw new IllegalArgumentException("bad synthetic province settings");
            }
        }

        /** {@code communes} communes of Sơn La over {@code quarters} quarters of 2026, everyone on time. */
        public static Settings of(int communes, int quarters, long seed) {
            return new Settings("Sơn La", 14000, communes, 2026, quarters, 0, 0, 0, seed);
        }

        /** The same with these shares of missing, late and correcting communes. */
        public Settings withShares(double missing, double late, double corrections) {
            return new Settings(province, firstCode, communes, year, quarters, missing, late, corrections, seed);
        }

        private static boolean share(double s) {
            return s >= 0 && s <= 1;
        }
    }

    /** One package written: whose, for which period, its ids, whether sent late, and its .zip. */
    public record GeneratedPackage(ProvinceCommune commune, PackagePeriod period, UUID packageId, UUID replaces,
                                   boolean late, Path zip) {
    }

    private record TemplateIndicator(String code, String name, String unit, String comparator, BigDecimal target,
                                     String targetText) {
    }

    private final Settings settings;
    private final List<ProvinceCommune> communes;
    private final List<TemplateIndicator> indicators;

    private SyntheticProvince(Settings settings, List<ProvinceCommune> communes, List<TemplateIndicator> indicators) {
        this.settings = settings;
        this.communes = communes;
        this.indicators = indicators;
    }

    /** The province the settings describe (nothing written yet). */
    public static SyntheticProvince of(Settings settings) {
        List<String> names = new ArrayList<>();
        for (String a : FIRST) {
            for (String b : SECOND) {
                names.add(a + " " + b);
            }
        }
        Collections.shuffle(names, new java.util.Random(settings.seed()));
        List<ProvinceCommune> communes = new ArrayList<>();
        for (int i = 0; i < settings.communes(); i++) {
            String name = names.get(i % names.size()) + (i < names.size() ? "" : " " + (i / names.size() + 1));
            communes.add(new ProvinceCommune(String.format("%05d", settings.firstCode() + 7 * i), name,
                    settings.province()));
        }
        return new SyntheticProvince(settings, List.copyOf(communes), template());
    }

    /** The communes, in code order. */
    public List<ProvinceCommune> communes() {
        return communes;
    }

    /** The global id of {@code commune}'s plan (the same in every period). */
    public UUID planId(ProvinceCommune commune) {
        return UUID.nameUUIDFromBytes(("plan " + settings.seed() + " " + commune.code()).getBytes(StandardCharsets.UTF_8));
    }

    /** The quarters generated, with Decree 09 cut-offs (Q1: 15/12 of the year before to 14/3). */
    public List<PackagePeriod> periods() {
        List<PackagePeriod> out = new ArrayList<>();
        for (int q = 1; q <= settings.quarters(); q++) {
            LocalDate lastMonth = LocalDate.of(settings.year(), 3 * q, 1);
            out.add(new PackagePeriod(PeriodKind.QUARTER, settings.year(), q,
                    lastMonth.minusMonths(3).withDayOfMonth(15), lastMonth.withDayOfMonth(14)));
        }
        return out;
    }

    /** The day a quarter's reports are due: the 20th of its last month. */
    public static LocalDate dueDate(PackagePeriod period) {
        return period.cutoffEnd().withDayOfMonth(20);
    }

    /**
     * Writes every package of every quarter under {@code folder}, one subfolder per quarter ("Q1-2026"), and returns
     * them in order (a correction right after the package it replaces).
     */
    public List<GeneratedPackage> write(Path folder) {
        List<GeneratedPackage> out = new ArrayList<>();
        for (PackagePeriod period : periods()) {
            out.addAll(write(period, folder.resolve("Q" + period.index() + "-" + period.year())));
        }
        return out;
    }

    /** Writes one quarter's packages into {@code folder}. */
    public List<GeneratedPackage> write(PackagePeriod period, Path folder) {
        SplittableRandom pick = new SplittableRandom(settings.seed() * 31 + period.index());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(pick.nextLong()));
        int missing = (int) Math.round(settings.missingShare() * communes.size());
        int late = (int) Math.round(settings.lateShare() * communes.size());
        int corrections = (int) Math.round(settings.correctionShare() * communes.size());
        List<Integer> sending = order.subList(missing, order.size());
        List<GeneratedPackage> out = new ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            int rank = order.indexOf(i);
            if (rank < missing) {
                continue;
            }
            boolean isLate = rank < missing + late;
            boolean corrects = sending.indexOf(i) >= sending.size() - Math.min(corrections, sending.size());
            ProvinceCommune c = communes.get(i);
            SplittableRandom random = new SplittableRandom(settings.seed() ^ (Long.parseLong(c.code()) << 8)
                    ^ ((long) period.index() << 40));
            Instant created = dueDate(period).atTime(2, 0).toInstant(ZoneOffset.UTC)
                    .plusSeconds(isLate ? 86_400L * (1 + random.nextInt(6)) : -86_400L * (1 + random.nextInt(5)))
                    .plusSeconds(60L * random.nextInt(600));
            UUID first = id("package", c, period, 0);
            out.add(writePackage(folder, c, period, first, null, created, results(c, random), isLate, ""));
            if (corrects) {
                out.add(writePackage(folder, c, period, id("package", c, period, 1), first,
                        created.plusSeconds(86_400), results(c, random), isLate, "-sua"));
            }
        }
        return out;
    }

    private GeneratedPackage writePackage(Path folder, ProvinceCommune c, PackagePeriod period, UUID packageId,
                                          UUID replaces, Instant created, CommuneResults results, boolean late,
                                          String suffix) {
        byte[] resultBytes = ResultsJson.write(results);
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT_VERSION, packageId, c.code(), c.name(),
                c.province(), planId(c), sha256(("plan content " + c.code()).getBytes(StandardCharsets.UTF_8)),
                "", period, created, replaces, "tinh-mau",
                List.of(new PackageFile(PackageLayout.RESULTS, sha256(resultBytes), resultBytes.length)));
        String base = "BaoCao-Q" + period.index() + "-" + period.year() + "-" + c.code();
        Path zip = folder.resolve(base + suffix + ".zip");
        java.time.LocalDateTime entryTime = java.time.LocalDateTime.ofInstant(created, ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            entry(out, base + "/" + PackageLayout.MANIFEST, ManifestJson.write(manifest), entryTime);
            entry(out, base + "/" + PackageLayout.RESULTS, resultBytes, entryTime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        SafeFiles.write(zip, bytes.toByteArray());
        return new GeneratedPackage(c, period, packageId, replaces, late, zip);
    }

    /** Plausible results: each template indicator near its target, judged against it; about thirty tasks. */
    private CommuneResults results(ProvinceCommune c, SplittableRandom random) {
        List<CommuneIndicatorResult> lines = new ArrayList<>();
        for (TemplateIndicator t : indicators) {
            if (t.target() == null || t.unit().isEmpty()) {
                boolean done = random.nextInt(3) > 0;
                lines.add(new CommuneIndicatorResult(t.code(), t.name(), t.unit(), t.targetText(), null, null,
                        done ? "Đã triển khai theo kế hoạch" : "Đang triển khai",
                        done ? Evaluation.DAT : Evaluation.CHUA_DAT));
                continue;
            }
            BigDecimal value = t.target().multiply(BigDecimal.valueOf(0.85 + random.nextDouble() * 0.25))
                    .setScale(t.target().scale() > 0 || t.target().compareTo(BigDecimal.TEN) < 0 ? 1 : 0,
                            RoundingMode.HALF_UP);
            if ("%".equals(t.unit()) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                value = BigDecimal.valueOf(100);
            }
            int cmp = value.compareTo(t.target());
            Evaluation evaluation = cmp < 0 ? Evaluation.CHUA_DAT
                    : value.compareTo(t.target().multiply(BigDecimal.valueOf(1.05))) > 0 ? Evaluation.VUOT
                    : Evaluation.DAT;
            lines.add(new CommuneIndicatorResult(t.code(), t.name(), t.unit(), t.targetText(), t.target(), value,
                    null, evaluation));
        }
        Map<TaskStatus, Integer> tasks = new EnumMap<>(TaskStatus.class);
        tasks.put(TaskStatus.HOAN_THANH_DUNG_HAN, 8 + random.nextInt(10));
        tasks.put(TaskStatus.HOAN_THANH_QUA_HAN, random.nextInt(3));
        tasks.put(TaskStatus.DANG_THUC_HIEN_TRONG_HAN, 6 + random.nextInt(10));
        tasks.put(TaskStatus.CHUA_HOAN_THANH_QUA_HAN, random.nextInt(4));
        tasks.put(TaskStatus.CHUA_TRIEN_KHAI, random.nextInt(3));
        return new CommuneResults(lines, tasks);
    }

    private UUID id(String what, ProvinceCommune c, PackagePeriod p, int n) {
        return UUID.nameUUIDFromBytes((what + " " + settings.seed() + " " + c.code() + " " + p.year() + " "
                + p.index() + " " + n).getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes, java.time.LocalDateTime time)
            throws IOException {
        ZipEntry e = new ZipEntry(name);
        // A fixed entry time keeps the .zip's bytes the same for the same seed.
        e.setTimeLocal(time);
        out.putNextEntry(e);
        out.write(bytes);
        out.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template's indicators with the first target that has a value ("≥ 95"). */
    private static List<TemplateIndicator> template() {
        try (InputStream in = SyntheticProvince.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("template missing: " + TEMPLATE);
            }
            JsonNode root = CollectJson.MAPPER.readTree(in);
            List<TemplateIndicator> out = new ArrayList<>();
            for (JsonNode group : root.path("indicatorGroups")) {
                for (JsonNode i : group.path("indicators")) {
                    BigDecimal target = null;
                    String comparator = "";
                    for (JsonNode t : i.path("targets")) {
                        if (t.hasNonNull("value")) {
                            target = t.get("value").decimalValue();
                            comparator = t.path("comparator").asText("");
                            break;
                        }
                    }
                    String targetText = target == null ? "" : (comparator + " " + target.toPlainString()).strip();
                    out.add(new TemplateIndicator(i.path("code").asText(),
                            i.path("name").asText().replace("{{kindWord}}", "xã"),
                            i.path("unitOfMeasure").asText(""), comparator, target, targetText));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + TEMPLATE, e);
        }
    }
}
