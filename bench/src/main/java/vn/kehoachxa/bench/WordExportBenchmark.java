package vn.kehoachxa.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.word.PlanWordExporter;

/** Word export of a plan, warm: building the .docx in memory and serialising it (target under 300 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WordExportBenchmark {

    private final PlanWordExporter exporter = new PlanWordExporter();
    private PlanDocument synthetic;
    private PlanDocument muongLa;

    @Setup
    public void setUp() {
        synthetic = SyntheticPlans.of(300, 100);
        muongLa = PlanFiles.readBundledSample("muong-la");
    }

    /** The largest real sample: Mường La, three appendices. */
    @Benchmark
    public byte[] sampleMuongLa() {
        return exporter.toBytes(muongLa);
    }

    /** 300 task rows (also 300 body bullets) and 100 indicators. */
    @Benchmark
    public byte[] synthetic300Tasks100Indicators() {
        return exporter.toBytes(synthetic);
    }
}
