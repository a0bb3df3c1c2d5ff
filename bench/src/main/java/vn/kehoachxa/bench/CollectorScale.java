package vn.kehoachxa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.exchange.collect.ManifestJson;
import vn.kehoachxa.exchange.collect.PackageLayout;
import vn.kehoachxa.exchange.collect.ResultsJson;
import vn.kehoachxa.exchange.collect.SyntheticProvince;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.collect.CollectorImportService;
import vn.kehoachxa.service.collect.ImportOutcome;
import vn.kehoachxa.service.collect.ImportReport;
import vn.kehoachxa.service.collect.ProvinceCommuneService;
import vn.kehoachxa.service.collect.ProvinceViewService;

/**
 * The province collector at scale (issue 17, point 6), against a yardstick in the same run (decision 0031): a
 * synthetic province of COMMUNES communes × QUARTERS quarters of packages ({@link SyntheticProvince}, not timed);
 * then per round, on a fresh collector database, the import of the first quarter, the dashboard refresh
 * ({@code ProvinceViewService.summary}), the import of the remaining quarters and a refresh of each; the yardstick
 * reads the same .zip files, parses their manifest and results and checks their checksums without a database. Each
 * round alternates which side goes first; a first round warms the JIT and is not counted. Runs on embedded H2 and, when
 * {@code KEHOACHXA_TEST_PG_URL} (with {@code _USER}, {@code _PASSWORD}) names a throwaway PostgreSQL database, there
 * too: its public schema is dropped and made again before every round.
 *
 * <p>Arguments: {@code COMMUNES QUARTERS ROUNDS WORK_DIR}; prints a Markdown table. The commune list, province and due
 * dates are set through {@code ProvinceCommuneService}, as an official would.
 */
public final class CollectorScale {
    private CollectorScale() {
    }

    /** One round's wall times in milliseconds. */
    private record Round(double firstQuarter, double yardstickQuarter, double firstRefresh, double rest,
                         double yardstickRest, double refreshEach) {
    }

    /** Runs the benchmark; see the class comment. */
    public static void main(String[] args) throws Exception {
        int communes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int quarters = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Path.of(args.length > 3 ? args[3] : "target/collector-scale");
        Files.createDirectories(work);
        SyntheticProvince province = SyntheticProvince.of(SyntheticProvince.Settings.of(communes, quarters, 2026)
                .withShares(0.05, 0.1, 0.05));
        List<PackagePeriod> periods = province.periods();
        List<List<Path>> byQuarter = new ArrayList<>();
        for (PackagePeriod p : periods) {
            Path folder = work.resolve("packages").resolve("Q" + p.index() + "-" + p.year());
            List<Path> zips = new ArrayList<>();
            province.write(p, folder).forEach(g -> zips.add(g.zip()));
            byQuarter.add(zips);
        }
        int firstCount = byQuarter.getFirst().size();
        int allCount = byQuarter.stream().mapToInt(List::size).sum();
        String load = loadAverage();

        Map<String, List<Round>> results = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        results.put("H2 (embedded)", run(rounds, province, byQuarter,
                round -> register(CollectorDatabase.openEmbedded(work.resolve("h2-" + System.nanoTime())), province)));
        String pgUrl = System.getenv("KEHOACHXA_TEST_PG_URL");
        if (pgUrl == null || pgUrl.isBlank()) {
            failures.add("PostgreSQL: KEHOACHXA_TEST_PG_URL is not set (with _USER and _PASSWORD), not measured");
        } else {
            String user = System.getenv().getOrDefault("KEHOACHXA_TEST_PG_USER", "");
            String password = System.getenv().getOrDefault("KEHOACHXA_TEST_PG_PASSWORD", "");
            results.put("PostgreSQL", run(rounds, province, byQuarter, round -> {
                try (Connection c = DriverManager.getConnection(pgUrl, user, password);
                     Statement s = c.createStatement()) {
                    s.execute("drop schema public cascade");
                    s.execute("create schema public");
                }
                return register(CollectorDatabase.openServer(vn.kehoachxa.domain.collect.ServerConnection
                        .fromUrl(pgUrl, user, password.toCharArray())), province);
            }));
        }

        System.out.printf(Locale.ROOT, "### Collector scale, %d communes × %d quarters (%d packages, %d in the first "
                        + "quarter), %d rounds after one warm-up, %s%n%n", communes, quarters, allCount, firstCount,
                rounds, Instant.now());
        System.out.println("- Load average before: " + load + "; after: " + loadAverage() + "; "
                + Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version"));
        System.out.println("- Yardstick: reading the same .zip files, parsing manifest.json and ket-qua.json and "
                + "checking their SHA-256, no database. Ratio = median of the per-round ratios.");
        System.out.println();
        System.out.println("| Database | import Q1 (" + firstCount + " packages) | yardstick Q1 | ratio | goal "
                + "| refresh after Q1 | import the other " + (quarters - 1) + " quarters | yardstick | ratio "
                + "| refresh per quarter (all " + quarters + " held) | goal |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (var e : results.entrySet()) {
            List<Round> r = e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.1f× | ≤ 30 s | %.0f ms | %.0f ms | %.0f ms "
                            + "| %.1f× | %.0f ms | ≤ 1 s |%n", e.getKey(),
                    median(r, Round::firstQuarter), median(r, Round::yardstickQuarter),
                    medianRatio(r, Round::firstQuarter, Round::yardstickQuarter), median(r, Round::firstRefresh),
                    median(r, Round::rest), median(r, Round::yardstickRest),
                    medianRatio(r, Round::rest, Round::yardstickRest), median(r, Round::refreshEach));
        }
        for (String f : failures) {
            System.out.println();
            System.out.println("NOT MEASURED — " + f);
        }
        if (results.isEmpty() || failures.stream().anyMatch(f -> !f.contains("not set"))) {
            System.exit(1);
        }
    }

    private interface Opening {
        CollectorDatabase open(int round) throws Exception;
    }

    private static List<Round> run(int rounds, SyntheticProvince province, List<List<Path>> byQuarter,
                                   Opening opening) {
        List<Round> out = new ArrayList<>();
        List<PackagePeriod> periods = province.periods();
        for (int round = 0; round <= rounds; round++) {
            try (CollectorDatabase db = opening.open(round)) {
                CollectorImportService imports = new CollectorImportService(db, Clock.systemUTC());
                ProvinceViewService views = new ProvinceViewService(db, Clock.systemUTC());
                List<Path> first = byQuarter.getFirst();
                List<Path> rest = byQuarter.subList(1, byQuarter.size()).stream().flatMap(List::stream).toList();
                boolean appFirst = round % 2 == 0;
                double yardQ1 = appFirst ? 0 : yardstick(first);
                double q1 = timedImport(imports, first);
                if (appFirst) {
                    yardQ1 = yardstick(first);
                }
                double refresh = timedRefresh(views, periods.getFirst());
                double yardRest = appFirst ? 0 : yardstick(rest);
                double restMs = rest.isEmpty() ? 0 : timedImport(imports, rest);
                if (appFirst) {
                    yardRest = yardstick(rest);
                }
                double each = 0;
                for (PackagePeriod p : periods) {
                    each += timedRefresh(views, p);
                }
                if (round > 0) {
                    out.add(new Round(q1, yardQ1, refresh, restMs, yardRest, each / periods.size()));
                }
            } catch (Exception e) {
                throw new IllegalStateException("round " + round + " failed", e);
            }
        }
        return out;
    }

    private static double timedImport(CollectorImportService imports, List<Path> zips) {
        long start = System.nanoTime();
        ImportReport report = imports.importAll(zips, progress -> { });
        double ms = (System.nanoTime() - start) / 1e6;
        long refused = report.count(ImportOutcome.Kind.REFUSED);
        if (refused > 0 || report.outcomes().size() != zips.size()) {
            throw new IllegalStateException(refused + " of " + zips.size() + " packages refused: "
                    + report.outcomes().stream().filter(o -> o.kind() == ImportOutcome.Kind.REFUSED).findFirst()
                    .map(ImportOutcome::message).orElse(""));
        }
        return ms;
    }

    private static double timedRefresh(ProvinceViewService views, PackagePeriod p) {
        long start = System.nanoTime();
        var summary = views.summary(p.kind(), p.year(), p.index());
        double ms = (System.nanoTime() - start) / 1e6;
        if (summary.communes().isEmpty()) {
            throw new IllegalStateException("the summary of " + p + " lists no commune");
        }
        return ms;
    }

    /** The least a collector does per package without a database: unzip, parse both files, check the checksum. */
    static double yardstick(List<Path> zips) throws IOException {
        long start = System.nanoTime();
        int indicators = 0;
        for (Path zip : zips) {
            Map<String, byte[]> entries = new TreeMap<>();
            try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    String name = e.getName();
                    entries.put(name.substring(name.lastIndexOf('/') + 1), z.readAllBytes());
                }
            }
            PackageManifest m = ManifestJson.read(entries.get(PackageLayout.MANIFEST), zip.toString());
            for (PackageFile f : m.files()) {
                byte[] bytes = entries.get(f.name());
                if (bytes == null || !sha256(bytes).equals(f.sha256())) {
                    throw new IllegalStateException("checksum of " + f.name() + " in " + zip);
                }
            }
            indicators += ResultsJson.read(entries.get(PackageLayout.RESULTS), zip.toString()).indicators().size();
        }
        if (indicators == 0 && !zips.isEmpty()) {
            throw new IllegalStateException("no indicator read");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Puts the province's communes and the quarters' due dates in the collector's tables with plain SQL: the
     * contract has no service for the commune list yet (when one is merged, call it here instead).
     */
    /** Sets the province, its communes and the quarters' due dates through the service an official uses. */
    private static CollectorDatabase register(CollectorDatabase db, SyntheticProvince province) {
        ProvinceCommuneService communes = new ProvinceCommuneService(db, Clock.systemUTC());
        communes.setProvince(province.communes().getFirst().province());
        province.communes().forEach(communes::add);
        for (PackagePeriod p : province.periods()) {
            communes.setDueDate(p.kind(), p.year(), p.index(), SyntheticProvince.dueDate(p));
        }
        return db;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> f) {
        double[] v = rounds.stream().mapToDouble(f).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2]
                : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double medianRatio(List<Round> rounds, java.util.function.ToDoubleFunction<Round> app,
                                      java.util.function.ToDoubleFunction<Round> yard) {
        double[] v = rounds.stream().mapToDouble(r -> app.applyAsDouble(r) / yard.applyAsDouble(r)).sorted()
                .toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2]
                : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts.length >= 3 ? String.join(" ", Arrays.copyOf(parts, 3)) : "?";
        } catch (IOException e) {
            return "?";
        }
    }
}
