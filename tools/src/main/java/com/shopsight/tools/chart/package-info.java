/**
 * Chart specs: {@link com.shopsight.tools.chart.ChartTool} turns a
 * {@link com.shopsight.tools.chart.ChartTable} and what it {@link com.shopsight.tools.chart.Shows}
 * into declarative Vega-Lite JSON (never code) with titles, axis titles, formats, tooltips and
 * inlined data. {@link com.shopsight.tools.chart.VegaLiteSchema} checks any spec against the
 * official schema of the Vega-Lite version the chat page renders (vendored by
 * {@code scripts/vendor-vega.sh}).
 */
package com.shopsight.tools.chart;
