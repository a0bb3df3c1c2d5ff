package vn.kehoachxa.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.pdf.PlanPdfExporter;
import vn.kehoachxa.export.word.PlanWordExporter;

/**
 * PDF/A export for signing against the .docx export of the same plan, warm, in one process (issue 15): each round
 * builds both in memory, the order alternating (A B, B A, …), after WARMUP rounds that are not counted. Prints the
 * median time of each and the median of the per-round ratios PDF ÷ .docx, for the largest sample (Mường La) and the
 * 300-task, 100-indicator synthetic plan.
 *
 * <p>Arguments: {@code [ROUNDS] [WARMUP]} (default 9 and 3).
 */
public final class PdfExportRatio {
    private PdfExportRatio() {
    }

    /** Runs the rounds; see the class comment. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        measure("Mường La", PlanFiles.readBundledSample("muong-la"), rounds, warmup);
        measure("300 nhiệm vụ, 100 chỉ tiêu", SyntheticPlans.of(300, 100), rounds, warmup);
    }

    private static void measure(String name, PlanDocument plan, int rounds, int warmup) {
        PlanWordExporter word = new PlanWordExporter();
        PlanPdfExporter pdf = new PlanPdfExporter();
        List<double[]> kept = new ArrayList<>();
        for (int r = 0; r < warmup + rounds; r++) {
            double docxMs;
            double pdfMs;
            if (r % 2 == 0) {
                docxMs = time(() -> word.toBytes(plan));
                pdfMs = time(() -> pdf.toBytes(plan));
            } else {
                pdfMs = time(() -> pdf.toBytes(plan));
                docxMs = time(() -> word.toBytes(plan));
            }
            if (r >= warmup) {
                kept.add(new double[] {docxMs, pdfMs, pdfMs / docxMs});
            }
        }
        System.out.printf("%s: docx %.0f ms, pdf %.0f ms, pdf/docx %.2f (median of %d rounds)%n", name,
                median(kept, 0), median(kept, 1), median(kept, 2), rounds);
    }

    private static double time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
