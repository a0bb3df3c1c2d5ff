package vn.kehoachxa.bench.ratios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.kehoachxa.bench.ScaledPlans;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Section;

/**
 * Point 5 of issue 18: the app at Mường La × k (ScaledPlans) — plan file import and export to .docx + .xlsx (whole
 * CLI processes), start with that plan open (launch → dashboard) and the first switch to the task matrix. Rounds go
 * over every size in turn, so a slow spell of the machine spreads over all sizes.
 */
final class ScaleCurve {
    private final Runner runner;
    private final boolean gui;

    ScaleCurve(Runner runner, boolean gui) {
        this.runner = runner;
        this.gui = gui;
    }

    /** One size's runs. */
    record Point(int k, String size, List<Double> importMs, List<Double> exportMs, List<Double> startMs,
                 List<Double> switchMs) {
    }

    List<Point> run(List<Integer> ks, int rounds) throws Exception {
        Path template = runner.profileDataDir("template");
        Map<Integer, Point> points = new LinkedHashMap<>();
        Map<Integer, Path> data = new LinkedHashMap<>();
        for (int k : ks) {
            data.put(k, runner.seededDataDir("x" + k, k));
            points.put(k, new Point(k, size(ScaledPlans.muongLaTimes(k)), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>()));
        }
        Path out = Files.createDirectories(runner.work().resolve("scale-out"));
        for (int round = 0; round < rounds; round++) {
            for (int k : ks) {
                Point p = points.get(k);
                p.importMs().add(runner.importApp(template, runner.planFile(k)).wallMs());
                p.exportMs().add(runner.exportApp(data.get(k), out.resolve("x.docx"), out.resolve("x.xlsx"))
                        .wallMs());
                if (gui) {
                    p.startMs().add(runner.startApp(data.get(k)).wallMs());
                    p.switchMs().add(runner.screenSwitch(data.get(k)));
                }
            }
            System.err.printf("scale round %d of %d done%n", round + 1, rounds);
        }
        return List.copyOf(points.values());
    }

    /** "96 tasks, 24 indicators, 180 paragraphs". */
    static String size(PlanDocument d) {
        int tasks = d.taskGroups().stream().mapToInt(g -> count(g)).sum();
        int targets = d.targetGroups().stream().mapToInt(g -> count(g)).sum();
        int indicators = d.indicatorGroups().stream().mapToInt(g -> g.indicators().size()).sum();
        int paragraphs = d.sections().stream().mapToInt(ScaleCurve::blocks).sum();
        return tasks + " task rows, " + targets + " target rows, " + indicators + " indicators, " + paragraphs
                + " paragraphs";
    }

    private static int count(AssignmentGroup g) {
        return g.items().stream().mapToInt(i -> 1 + i.children().size()).sum();
    }

    private static int blocks(Section s) {
        return s.blocks().size() + s.children().stream().mapToInt(ScaleCurve::blocks).sum();
    }
}
