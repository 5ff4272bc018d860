package uz.shaffof.chart;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An ECharts option with the drawing size it was laid out for. */
record ChartOption(ObjectNode option, int width, int height) {}
