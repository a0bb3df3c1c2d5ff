package vn.kehoachxa.service.report;

import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.UnitResult;

/**
 * The sentence a report gives an indicator: "Tỷ lệ tiêm chủng … đạt 96,5% (chỉ tiêu đến năm 2030: > 95%): Đạt
 * (số liệu của Trạm Y tế xã)." — the figure with a decimal comma, the target in force, the evaluation, the source.
 */
final class IndicatorSentence {
    private IndicatorSentence() {
    }

    static String of(IndicatorEvaluation e) {
        String name = e.indicator().name().strip();
        String unit = e.indicator().unitOfMeasure();
        String target = e.target() == null ? null : "chỉ tiêu"
                + (e.target().year() == null ? " " : " đến năm " + e.target().year() + ": ")
                + ReportWording.target(e.target(), unit);
        if (e.verdict() != null) {
            // a qualitative target judged by the office: its verdict and the reason it gave
            String note = e.verdict().note() == null ? "" : ": " + e.verdict().note().replaceFirst("[.;]+$", "");
            return name + (target == null ? "" : " (" + target + ")") + ": " + e.verdict().verdict().label() + note
                    + ".";
        }
        if (e.consolidated() != null) {
            String source = e.consolidatedFrom() == null ? "" : " (số liệu của " + e.consolidatedFrom() + ")";
            return name + " đạt " + ReportWording.figure(e.consolidated(), unit)
                    + (target == null ? "" : " (" + target + ")") + ": " + e.evaluation().label() + source + ".";
        }
        for (UnitResult r : e.results()) {
            if (r.text() != null && !r.text().isBlank()) {
                return name + ": " + ReportWording.sentence(r.text().strip()).replaceFirst("\\.$", "")
                        + (target == null ? "" : " (" + target + ")") + " (theo báo cáo của " + r.unit().name()
                        + ").";
            }
        }
        return name + ": " + Evaluation.CHUA_CO_SO_LIEU.label().toLowerCase(java.util.Locale.ROOT)
                + (target == null ? "" : " (" + target + ")") + ".";
    }
}
