package vn.kehoachxa.bench.ratios;

/**
 * One measured run: wall time in milliseconds, CPU seconds (user + system of the whole child process) and peak
 * resident set in MiB; NaN where the machine gives no figure (no {@code /usr/bin/time}, or a figure taken inside a
 * process, such as the warm form import's milliseconds per form).
 */
record Sample(double wallMs, double cpuSeconds, double rssMiB) {
    static Sample wallOnly(double wallMs) {
        return new Sample(wallMs, Double.NaN, Double.NaN);
    }
}
