package vn.kehoachxa.ui.reporting;

import vn.kehoachxa.domain.Texts;

/**
 * The words of the result charts that name who reports and what their figures add up to: the commune app's units and
 * commune total, or the province collector's communes and province total. Everything else the charts say (periods,
 * targets, statuses, saving and printing) is the same in both.
 *
 * @param total        the name of the consolidated line ("Số tổng hợp của xã")
 * @param unitsAxis    the axis counting reporters per period ("Số đơn vị")
 * @param byPeriodTitle the title of the chart per period
 * @param byUnitTitle  the title of the chart per reporter
 * @param unitsTooltip the word for reporters in a bar's tooltip ("đơn vị")
 * @param noValues     the notice when no reporter gave a figure
 * @param noPeriods    the notice when there is no period at all
 */
public record ChartWords(String total, String unitsAxis, String byPeriodTitle, String byUnitTitle,
                         String unitsTooltip, String noValues, String noPeriods) {
    /** The commune app's words: its units and the commune total. */
    public static ChartWords commune() {
        return new ChartWords(Texts.get("chartsui.series.total"), Texts.get("chartsui.axis.units"),
                Texts.get("chartsui.byPeriod.title"), Texts.get("chartsui.byUnit.title"),
                Texts.get("chartsui.tooltip.units"), Texts.get("chartsui.notice.noValues"),
                Texts.get("resultsui.noPeriods"));
    }
}
