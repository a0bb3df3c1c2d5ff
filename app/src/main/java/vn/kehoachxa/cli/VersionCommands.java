package vn.kehoachxa.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.VersionDiff;
import vn.kehoachxa.domain.plan.VersionReport;
import vn.kehoachxa.service.PlanVersionService;
import vn.kehoachxa.service.Workspace;

/** The commands of the issue step and versions (decision 0014): {@code issue}, {@code revise}, {@code compare}. */
final class VersionCommands {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private VersionCommands() {
    }

    /** A date as officials type it (05/01/2026) or as files write it (2026-01-05). */
    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text.strip(), DMY) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(Texts.get("cli.issue.badDate", text), e);
        }
    }

    /** {@code kehoachxa issue PLAN --number 12 --date 05/01/2026 [--signed FILE.pdf]}: Ban hành. */
    @Command(name = "issue")
    static final class Issue implements Callable<Integer> {
        @ParentCommand
        KeHoachXaCommand root;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MÃ_KẾ_HOẠCH", descriptionKey = "cli.export.plan")
        long planId;

        @Option(names = "--number", paramLabel = "SỐ", required = true, descriptionKey = "cli.issue.number")
        String number;

        @Option(names = "--date", paramLabel = "NGÀY", required = true, descriptionKey = "cli.issue.date")
        String date;

        @Option(names = "--signed", paramLabel = "TỆP", descriptionKey = "cli.issue.signed")
        Path signed;

        @Override
        public Integer call() {
            try (Workspace workspace = root.openWorkspace()) {
                PlanVersionService versions = workspace.versions();
                versions.issue(planId, number, date(date), signed);
                spec.commandLine().getOut().println(Texts.get("cli.issue.done", String.valueOf(planId),
                        versions.title(planId)));
            }
            return KeHoachXaCommand.OK;
        }
    }

    /** {@code kehoachxa revise PLAN}: starts a revision (Kế hoạch sửa đổi, bổ sung) of an issued plan. */
    @Command(name = "revise")
    static final class Revise implements Callable<Integer> {
        @ParentCommand
        KeHoachXaCommand root;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MÃ_KẾ_HOẠCH", descriptionKey = "cli.export.plan")
        long planId;

        @Override
        public Integer call() {
            try (Workspace workspace = root.openWorkspace()) {
                PlanVersionService versions = workspace.versions();
                long id = versions.revise(planId);
                spec.commandLine().getOut().println(Texts.get("cli.revise.done", String.valueOf(id),
                        versions.title(planId)));
            }
            return KeHoachXaCommand.OK;
        }
    }

    /** {@code kehoachxa compare OLD NEW [--docx FILE]}: So sánh phiên bản, printed and optionally written. */
    @Command(name = "compare")
    static final class Compare implements Callable<Integer> {
        @ParentCommand
        KeHoachXaCommand root;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "MÃ_BẢN_CŨ", descriptionKey = "cli.compare.from")
        long from;

        @Parameters(index = "1", paramLabel = "MÃ_BẢN_MỚI", descriptionKey = "cli.compare.to")
        long to;

        @Option(names = "--docx", paramLabel = "TỆP.docx", descriptionKey = "cli.compare.docx")
        Path wordFile;

        @Override
        public Integer call() {
            try (Workspace workspace = root.openWorkspace()) {
                PlanVersionService versions = workspace.versions();
                VersionDiff diff = versions.compare(from, to);
                VersionReport.lines(diff).forEach(spec.commandLine().getOut()::println);
                if (wordFile != null) {
                    versions.exportComparison(diff, wordFile);
                    spec.commandLine().getOut().println(Texts.get("cli.export.done", wordFile));
                }
            }
            return KeHoachXaCommand.OK;
        }
    }
}
