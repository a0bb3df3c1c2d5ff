package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.testsupport.ChildJvm;

/**
 * kill -9 at random moments (start-up, creation, upgrade, imports, single edits) of a real process making real
 * edits, then a reopen: every edit the process had reported as saved must be there, no plan may be half-imported,
 * and the folder must open. {@code -Dcrash.trials=100} for the full run written in docs/reliability.md.
 */
class CrashHarnessTest {
    static final List<String> UPGRADE_LOCATIONS = List.of(Database.DEFAULT_LOCATION, "classpath:db/testmigration");
    private static final Path SAMPLE = Path.of("..", "samples", "muong-la.kehoach.json").toAbsolutePath().normalize();

    @TempDir
    Path root;

    @Test
    void killedProcessesLoseNoConfirmedEditAndLeaveEveryFolderOpenable() throws Exception {
        int trials = Integer.getInteger("crash.trials", 20);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        PlanDocument sample = PlanFiles.read(SAMPLE);
        Tally tally = new Tally();
        Path dir = root.resolve("data");
        for (int trial = 0; trial < trials; trial++) {
            boolean upgrade = trial % 5 == 4;
            if (upgrade) {
                dir = root.resolve("upgrade-" + trial);
                try (Database db = Database.open(dir)) {
                    db.inTransaction(store -> store.units().insert(Unit.named("Có từ trước", vn.kehoachxa.domain
                            .plan.UnitKind.OTHER)));
                }
            } else if (trial % 5 == 0) {
                dir = root.resolve("data-" + trial); // a first start: creation can be killed too
            }
            // A third of the kills land in start-up (creation, upgrade, opening); the rest among the edits.
            boolean duringStart = upgrade || random.nextInt(3) == 0;
            long killAfter = duringStart ? 100 + random.nextInt(2500) : random.nextInt(4000);
            Trial result = runAndKill(dir, random.nextLong(), upgrade, duringStart, killAfter);
            Check check = verify(dir, result, sample, upgrade);
            tally.add(result, check);
            if (!check.lost().isEmpty() || check.unopenable()) {
                Files.write(Path.of("target", "crash-harness-trial-" + trial + ".txt"), result.lines());
            }
        }
        String summary = tally.summary(trials, seed);
        Files.writeString(Path.of("target", "crash-harness.txt"), summary, StandardCharsets.UTF_8);
        System.out.println(summary);
        assertThat(tally.unopenable).as(summary).isZero();
        assertThat(tally.lost).as(summary).isEmpty();
        assertThat(tally.halfPlans).as(summary).isZero();
        assertThat(tally.confirmed).as("the children made edits before they were killed: " + summary).isPositive();
    }

    private static Trial runAndKill(Path dir, long seed, boolean upgrade, boolean duringStart, long killAfterMillis)
            throws Exception {
        List<String> args = new ArrayList<>(List.of(dir.toString(), SAMPLE.toString(), String.valueOf(seed)));
        if (upgrade) {
            args.add("upgrade");
        }
        // The child writes to a file, not a pipe: killing a process closes our end of its pipe, and lines still in
        // the pipe would be lost to us although the child had printed them (and acted on them).
        Path output = Files.createTempFile(dir.getParent(), "child-", ".out");
        Process child = ChildJvm.of(CrashChild.class, args.toArray(String[]::new)).redirectOutput(output.toFile())
                .start();
        if (!duringStart) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && child.isAlive()
                    && !Files.readString(output, StandardCharsets.UTF_8).contains("\nOPEN\n")) {
                Thread.sleep(10);
            }
        }
        boolean ended = child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no close
        child.waitFor(30, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return new Trial(List.copyOf(lines), ended);
    }

    private static Check verify(Path dir, Trial trial, PlanDocument sample, boolean upgrade) {
        Database db;
        try {
            db = upgrade ? Database.open(dir, UPGRADE_LOCATIONS) : Database.open(dir);
        } catch (RuntimeException e) {
            return new Check(true, List.of("unopenable: " + e), 0);
        }
        try (db) {
            List<String> lost = new ArrayList<>();
            Set<String> units = new HashSet<>();
            db.<List<Unit>>read(store -> store.units().all()).forEach(u -> units.add(u.name()));
            Set<Long> planIds = new HashSet<>();
            db.<List<vn.kehoachxa.domain.plan.PlanSummary>>read(store -> store.plans().list())
                    .forEach(p -> planIds.add(p.id()));
            Map<Long, List<String>> headings = new HashMap<>();
            for (String line : trial.lines()) {
                String[] parts = line.split(" ", 3);
                if (parts.length < 3) {
                    continue;
                }
                switch (parts[0] + " " + parts[1]) {
                    case "OK UNIT" -> {
                        if (!units.contains(parts[2])) {
                            lost.add(line);
                        }
                    }
                    case "OK PLAN" -> {
                        if (!planIds.contains(Long.parseLong(parts[2]))) {
                            lost.add(line);
                        }
                    }
                    case "TRY HEADING", "OK HEADING" -> {
                        String[] h = parts[2].split(" ", 2);
                        List<String> seen = headings.computeIfAbsent(Long.parseLong(h[0]), k -> new ArrayList<>());
                        if (parts[0].equals("OK")) {
                            seen.clear(); // the confirmed one, or any tried after it, may be what is stored
                        }
                        seen.add(h[1]);
                    }
                    default -> { }
                }
            }
            headings.forEach((sectionId, allowed) -> {
                String stored = db.read(store -> store.sections().tree(store.sections().planOf(sectionId))).stream()
                        .filter(sec -> sec.id() == sectionId.longValue()).findFirst().map(Section::heading)
                        .orElse("(none)");
                boolean confirmedOne = trial.lines().stream()
                        .anyMatch(l -> l.startsWith("OK HEADING " + sectionId + " "));
                // A later edit of this child on disk is no loss: the confirmed one was not undone.
                if (confirmedOne && !allowed.contains(stored) && !laterThan(stored, allowed.getFirst())) {
                    lost.add("heading of section " + sectionId + " is '" + stored + "', expected one of " + allowed);
                }
            });
            int half = 0;
            for (long id : planIds) {
                PlanDocument doc = db.read(store -> store.documents().load(id));
                if (!sameShape(doc, sample)) {
                    half++;
                    lost.add("plan " + id + " is not whole");
                }
            }
            return new Check(false, lost, half);
        }
    }

    /** Whether heading {@code stored} was tried by the same child after {@code confirmed} (tags are seed-n). */
    private static boolean laterThan(String stored, String confirmed) {
        int a = stored.lastIndexOf('-');
        int b = confirmed.lastIndexOf('-');
        if (a < 0 || b < 0 || !stored.substring(0, a).equals(confirmed.substring(0, b))) {
            return false;
        }
        try {
            return Integer.parseInt(stored.substring(a + 1)) > Integer.parseInt(confirmed.substring(b + 1));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameShape(PlanDocument doc, PlanDocument sample) {
        return count(doc.sections()) == count(sample.sections())
                && doc.indicatorGroups().stream().mapToInt(g -> g.indicators().size()).sum()
                == sample.indicatorGroups().stream().mapToInt(g -> g.indicators().size()).sum()
                && doc.taskGroups().stream().mapToInt(g -> g.items().size()).sum()
                == sample.taskGroups().stream().mapToInt(g -> g.items().size()).sum()
                && doc.targetGroups().stream().mapToInt(g -> g.items().size()).sum()
                == sample.targetGroups().stream().mapToInt(g -> g.items().size()).sum();
    }

    private static int count(List<Section> sections) {
        return sections.stream().mapToInt(Section::size).sum();
    }

    record Trial(List<String> lines, boolean endedByItself) {
        boolean opened() {
            return lines.contains("OPEN");
        }

        long confirmed() {
            return lines.stream().filter(l -> l.startsWith("OK ")).count();
        }
    }

    record Check(boolean unopenable, List<String> lost, int halfPlans) {
    }

    static final class Tally {
        int unopenable;
        int halfPlans;
        int killedBeforeOpen;
        int endedByItself;
        long confirmed;
        final List<String> lost = new ArrayList<>();

        void add(Trial trial, Check check) {
            unopenable += check.unopenable() ? 1 : 0;
            halfPlans += check.halfPlans();
            lost.addAll(check.lost());
            killedBeforeOpen += trial.opened() ? 0 : 1;
            endedByItself += trial.endedByItself() ? 1 : 0;
            confirmed += trial.confirmed();
        }

        String summary(int trials, long seed) {
            return "crash harness: " + trials + " kills (seed " + seed + "), " + killedBeforeOpen
                    + " during start-up/creation/upgrade, " + confirmed + " confirmed edits, " + lost.size()
                    + " lost, " + halfPlans + " half-imported plans, " + unopenable + " unopenable folders, "
                    + endedByItself + " children ended by themselves" + (lost.isEmpty() ? "" : "\n" + lost);
        }
    }
}
