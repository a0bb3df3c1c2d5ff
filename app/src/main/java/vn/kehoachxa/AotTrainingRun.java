package vn.kehoachxa;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.kehoachxa.cli.KeHoachXaCommand;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.service.Workspace;
import vn.kehoachxa.service.reporting.PeriodOverview;

/**
 * The training run of the installer's JDK AOT cache (decision 0032): one process that does what officials do, so the
 * cache holds the classes (and method profiles) of every flow and not only of the first screen. The JVM writes one
 * cache per training process, and the GUI and the commands share one launcher, class path and cache, so the one run
 * does all of it: the commands {@code list}, {@code validate} and {@code export} (plan file, .docx, .xlsx), the unit
 * forms of a period written and read back, then the window, which opens every screen ({@link TrainingTour}) and quits.
 *
 * <p>With {@code -Dkehoachxa.aotTraining=commands} it trains the command-line launcher's own cache instead: the
 * commands only, no forms and no window (decision 0039). With {@code -Dkehoachxa.aotTraining=window} it trains the
 * window launcher's cache: the window and its screens only (decision 0047). The installer uses these two;
 * {@code true} (every flow in one cache) is kept for a developer's own single-launcher image.
 *
 * <p>Started by the installer's {@code AotTraining} through the image's launchers on a throw-away data folder holding
 * a commune profile and the Mường La sample.
 * A step that fails ends the run with a non-zero exit code, so a broken flow fails the installer build.
 */
final class AotTrainingRun {
    /** The system property that turns a start of the launcher into this training run. */
    static final String PROPERTY = "kehoachxa.aotTraining";

    private AotTrainingRun() {
    }

    /** The property's value for the command-line launcher's training: the commands only, no window. */
    static final String COMMANDS_ONLY = "commands";

    /**
     * The property's value for the window launcher's training (decision 0047): the window's start and every screen,
     * none of the commands (they have their own launcher and cache) and no file work. Every class of a cache is loaded
     * at each start of its launcher, so POI, XMLBeans and Jackson (~2,000 classes, ~30 MB of the cache) would be
     * loaded at every start for the exports and unit forms a session may never make; those read them from the jars.
     */
    static final String WINDOW_ONLY = "window";

    /** Whether this process is a training run (of the window's launcher, or of the commands' launcher). */
    static boolean requested() {
        String mode = System.getProperty(PROPERTY, "");
        return Boolean.parseBoolean(mode) || COMMANDS_ONLY.equals(mode) || WINDOW_ONLY.equals(mode);
    }

    /** Runs the commands and the form round trip on the folder {@code args} name, then the window; the exit code. */
    static int run(String[] args) throws IOException {
        if (WINDOW_ONLY.equals(System.getProperty(PROPERTY))) {
            System.setProperty(TrainingTour.PROPERTY, "true");
            return KeHoachXaCommand.run(args);
        }
        Path data = Workspace.folderFromArguments(List.of(args));
        Path work = Files.createTempDirectory("kehoachxa-training");
        try {
            long planId = firstPlan(data);
            Path sample = work.resolve("plan.kehoach.json");
            command("export", String.valueOf(planId), "--to", sample.toString(), "--docx",
                    work.resolve("plan.docx").toString(), "--xlsx", work.resolve("plan.xlsx").toString(),
                    "--data-dir", data.toString());
            command("list", "--data-dir", data.toString());
            command("validate", sample.toString(), "--data-dir", data.toString());
            if (COMMANDS_ONLY.equals(System.getProperty(PROPERTY))) {
                // The commands' launcher (decision 0039): its cache holds what the commands load and nothing of the
                // window or the forms, because every class in a cache is loaded at each start of its launcher.
                command("import", sample.toString(), "--as-new", "--data-dir", data.toString());
                command("profile", "--data-dir", data.toString());
                return KeHoachXaCommand.OK;
            }
            formsRoundTrip(data, planId, work.resolve("forms"));
        } finally {
            deleteTree(work);
        }
        System.setProperty(TrainingTour.PROPERTY, "true");
        return KeHoachXaCommand.run(args);
    }

    private static long firstPlan(Path data) {
        try (Workspace workspace = Workspace.open(data)) {
            return workspace.plans().list().stream().map(PlanSummary::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the training data folder " + data + " has no plan"));
        }
    }

    /** A command as the launcher would run it; its output is the training log's, a failure ends the run. */
    private static void command(String... args) {
        StringWriter err = new StringWriter();
        int exit = KeHoachXaCommand.run(args, new PrintWriter(System.out, true), new PrintWriter(err, true));
        if (exit != KeHoachXaCommand.OK) {
            throw new IllegalStateException("training: " + String.join(" ", args) + " ended with " + exit + ": "
                    + err);
        }
    }

    /** The unit forms of the plan's first period made and read back, as Kỳ báo cáo does (nothing is kept). */
    private static void formsRoundTrip(Path data, long planId, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Workspace workspace = Workspace.open(data)) {
            List<PeriodOverview> periods = workspace.reporting().periods(planId);
            if (periods.isEmpty()) {
                periods = workspace.reporting().generatePeriods(planId);
            }
            long periodId = periods.getFirst().period().id();
            List<Path> forms = new ArrayList<>(workspace.unitForms().generateAll(periodId, folder));
            if (forms.isEmpty()) {
                throw new IllegalStateException("training: the plan's first period made no unit forms");
            }
            workspace.unitForms().importFiles(periodId, null, forms);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
