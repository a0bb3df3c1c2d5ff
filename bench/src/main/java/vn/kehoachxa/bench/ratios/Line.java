package vn.kehoachxa.bench.ratios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One line of the table: the app's runs and the yardstick's runs, paired by round. The ratio of a line is the median
 * of the per-round ratios (app ÷ yardstick of the same round), so a slow spell of the machine that hits one round
 * hits both sides of it.
 */
final class Line {
    final String what;
    final String yardstick;
    final String unit;
    final String goal;
    final List<Sample> app = new ArrayList<>();
    final List<Sample> stick = new ArrayList<>();

    Line(String what, String yardstick, String unit, String goal) {
        this.what = what;
        this.yardstick = yardstick;
        this.unit = unit;
        this.goal = goal;
    }

    void add(Sample a, Sample b) {
        app.add(a);
        stick.add(b);
    }

    static double median(List<Double> values) {
        List<Double> v = values.stream().filter(d -> !d.isNaN()).sorted().toList();
        if (v.isEmpty()) {
            return Double.NaN;
        }
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    static double median(List<Sample> samples, ToDoubleFunction<Sample> f) {
        return median(samples.stream().map(s -> f.applyAsDouble(s)).toList());
    }

    List<Double> ratios(ToDoubleFunction<Sample> f) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < app.size(); i++) {
            r.add(f.applyAsDouble(app.get(i)) / f.applyAsDouble(stick.get(i)));
        }
        return r;
    }

    /** "3.41× (3.02–3.88)": median of the per-round ratios and their range. */
    String ratio(ToDoubleFunction<Sample> f) {
        List<Double> r = ratios(f).stream().filter(d -> !d.isNaN() && !d.isInfinite()).sorted().toList();
        if (r.isEmpty()) {
            return "—";
        }
        String median = String.format(Locale.ROOT, "%.2f×", median(r));
        return r.size() == 1 ? median
                : median + String.format(Locale.ROOT, " (%.2f–%.2f)", r.getFirst(), r.getLast());
    }

    /** "2.13 s, 4.6 CPU-s, 335 MiB" of the medians (milliseconds for per-item figures). */
    static String figures(List<Sample> samples, String unit) {
        double wall = median(samples, Sample::wallMs);
        String time = unit.equals("s") ? String.format(Locale.ROOT, "%.2f s", wall / 1000)
                : String.format(Locale.ROOT, "%.1f %s", wall, unit);
        double cpu = median(samples, Sample::cpuSeconds);
        double rss = median(samples, Sample::rssMiB);
        return time + (Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, ", %.1f CPU-s", cpu))
                + (Double.isNaN(rss) ? "" : String.format(Locale.ROOT, ", %.0f MiB", rss));
    }

    static String peak(List<Sample> samples) {
        double max = samples.stream().mapToDouble(Sample::rssMiB).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
        return Double.isNaN(max) ? "—" : String.format(Locale.ROOT, "%.0f MiB", max);
    }
}
