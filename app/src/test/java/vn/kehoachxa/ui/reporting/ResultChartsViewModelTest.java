package vn.kehoachxa.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.testsupport.ReportedQuarters;
import vn.kehoachxa.ui.reporting.ChartSeries.Counts;
import vn.kehoachxa.ui.reporting.ChartSeries.IndicatorChart;
import vn.kehoachxa.ui.reporting.ChartSeries.Line;
import vn.kehoachxa.ui.reporting.ChartSeries.Point;

/** The charts' series from three reported quarters in a real H2 database (see {@link ReportedQuarters}). */
class ResultChartsViewModelTest {
    private static final List<String> QUARTERS = List.of("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026");

    @TempDir
    Path dir;
    ReportedQuarters data;
    ResultChartsViewModel vm;

    @BeforeEach
    void load() {
        data = new ReportedQuarters(dir);
        vm = new ResultChartsViewModel();
        vm.load(data.reporting.historyOfPlan(data.planId), ReportedQuarters.TODAY);
    }

    @AfterEach
    void close() {
        data.db.close();
    }

    private Indicator indicator(String code) {
        return vm.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> values(Line line) {
        return line.points().stream().map(p -> p.category() + "=" + p.value().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void quartersAreComparedByDefaultUpToTheOneBegunAndTheFirstIndicatorIsDrawn() {
        assertThat(vm.kinds()).containsExactly(PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR);
        assertThat(vm.kindProperty().get()).isEqualTo(PeriodKind.QUARTER);
        assertThat(vm.indicators()).extracting(Indicator::code).containsExactly("ML-01", "ML-02", "ML-03");
        assertThat(vm.indicatorChartProperty().get().indicator().code()).isEqualTo("ML-01");
        // Quý I/2027 begins on 15/12/2026, after "today": not on the axis.
        assertThat(vm.indicatorChartProperty().get().categories()).isEqualTo(QUARTERS);
    }

    @Test
    void anIndicatorOfTwoUnitsShowsTheCommuneTotalEachUnitAndTheTargetOfTheYear() {
        IndicatorChart chart = vm.indicatorChartProperty().get();
        assertThat(chart.drawable()).isTrue();
        assertThat(chart.total().name()).isEqualTo("Số tổng hợp của xã");
        // The total is the first lead unit's figure (Trạm Y tế); Quý IV has no report yet, so no point.
        assertThat(values(chart.total())).containsExactly("Quý I/2026=93.5", "Quý II/2026=94.8",
                "Quý III/2026=96.1");
        assertThat(chart.units()).extracting(Line::name).containsExactly("Trạm Y tế", "Công an xã");
        assertThat(values(chart.units().get(1))).containsExactly("Quý I/2026=90", "Quý II/2026=91.2");
        assertThat(chart.targets()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Mục tiêu của năm");
            // 2026's own target (≥ 94), not the 2030 one (> 95).
            assertThat(t.points()).extracting(Point::category, p -> p.value().intValue())
                    .containsExactly(tuple("Quý I/2026", 94), tuple("Quý II/2026", 94), tuple("Quý III/2026", 94),
                            tuple("Quý IV/2026", 94));
        });
        assertThat(chart.notices()).isEmpty();
    }

    @Test
    void aRangeTargetIsTwoLinesAndOneReportingUnitNeedsNoLineOfItsOwn() {
        vm.indicatorProperty().set(indicator("ML-02"));
        IndicatorChart chart = vm.indicatorChartProperty().get();
        assertThat(values(chart.total())).containsExactly("Quý I/2026=2", "Quý III/2026=3");
        assertThat(chart.units()).isEmpty();
        assertThat(chart.targets()).extracting(Line::name)
                .containsExactly("Mục tiêu: mức thấp nhất", "Mục tiêu: mức cao nhất");
        assertThat(chart.targets()).extracting(t -> t.points().getFirst().value())
                .containsExactly(new BigDecimal("4"), new BigDecimal("6"));
        assertThat(chart.targets().getFirst().points()).hasSize(4);
    }

    @Test
    void aQualitativeTargetHasNoChartAndSaysSo() {
        vm.indicatorProperty().set(indicator("ML-03"));
        IndicatorChart chart = vm.indicatorChartProperty().get();
        assertThat(chart.drawable()).isFalse();
        assertThat(chart.notices()).singleElement().asString().contains("định tính").contains("toàn dân")
                .contains("không vẽ được biểu đồ");
    }

    @Test
    void completenessPerPeriodCountsUnitsOnTimeLateMissingAndNotYetDue() {
        assertThat(vm.byPeriodProperty().get()).extracting(Counts::category, Counts::onTime, Counts::late,
                Counts::missing, Counts::notYetDue, Counts::reported).containsExactly(
                tuple("Quý I/2026", 2, 1, 0, 0, 3),
                tuple("Quý II/2026", 1, 1, 1, 0, 2),
                tuple("Quý III/2026", 2, 0, 1, 0, 2),
                tuple("Quý IV/2026", 0, 0, 0, 3, 0));
    }

    @Test
    void timelinessPerUnitCountsItsPeriodsInThePlansUnitOrder() {
        assertThat(vm.byUnitProperty().get()).extracting(Counts::category, Counts::onTime, Counts::late,
                Counts::missing, Counts::notYetDue).containsExactly(
                tuple("Phòng Văn hoá - Xã hội", 1, 1, 1, 1),
                tuple("Trạm Y tế", 3, 0, 0, 1),
                tuple("Công an xã", 1, 1, 1, 1));
    }

    @Test
    void anotherPeriodKindKeepsTheIndicatorAndSaysWhenNothingWasReported() {
        vm.kindProperty().set(PeriodKind.HALF_YEAR);
        IndicatorChart chart = vm.indicatorChartProperty().get();
        assertThat(chart.indicator().code()).isEqualTo("ML-01");
        assertThat(chart.categories()).containsExactly("6 tháng đầu/2026", "6 tháng cuối/2026");
        assertThat(chart.total().points()).isEmpty();
        assertThat(chart.notices()).singleElement().asString().contains("Chưa đơn vị nào báo cáo");
        assertThat(vm.byPeriodProperty().get()).extracting(Counts::missing, Counts::notYetDue)
                .containsExactly(tuple(3, 0), tuple(0, 3));
    }

    @Test
    void reloadingKeepsTheChosenKindAndIndicator() {
        vm.kindProperty().set(PeriodKind.YEAR);
        vm.indicatorProperty().set(indicator("ML-02"));
        vm.load(data.reporting.historyOfPlan(data.planId), ReportedQuarters.TODAY);
        assertThat(vm.kindProperty().get()).isEqualTo(PeriodKind.YEAR);
        assertThat(vm.indicatorChartProperty().get().indicator().code()).isEqualTo("ML-02");
        assertThat(vm.indicatorChartProperty().get().categories()).containsExactly("Năm 2026");
    }
}
