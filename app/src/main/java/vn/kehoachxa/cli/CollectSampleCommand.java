package vn.kehoachxa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.service.collect.CollectorFolder;
import vn.kehoachxa.service.collect.SampleProvince;

/**
 * {@code kehoachxa collect sample --data DIR}: fills an empty collector folder with the sample province (100 communes,
 * four quarters of packages written under {@code DIR/goi-mau}), for a newcomer to explore with {@code --collector}.
 */
@Command(name = "sample")
final class CollectSampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "THƯ_MỤC", descriptionKey = "cli.collect.data")
    Path data;

    @Override
    public Integer call() {
        try (CollectorFolder folder = CollectorFolder.open(data)) {
            SampleProvince.Filled filled = folder.fillWithSample(data.resolve("goi-mau"));
            PrintWriter out = spec.commandLine().getOut();
            out.println(Texts.get("collect.sample.done", filled.communes(), filled.packages(),
                    filled.report().summary(), data));
            out.flush();
            return KeHoachXaCommand.OK;
        }
    }
}
