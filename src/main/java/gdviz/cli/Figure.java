package gdviz.cli;

import gdviz.chart.ChartOverlay;
import org.jfree.chart.JFreeChart;

/**
 * A figure ready to render: the still chart and what is painted over it.
 *
 * @param chart   the chart, drawn first
 * @param overlay the descent drawn over it
 */
record Figure(JFreeChart chart, ChartOverlay overlay) {
}
