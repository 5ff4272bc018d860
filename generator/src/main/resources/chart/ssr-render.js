/*
 * Build-time glue between the generator and ECharts, evaluated once per GraalJS context after the vendored
 * ECharts bundle and assets/chart.js. It defines one function, shaffofRender(optionJson, width, height),
 * that returns ECharts' own SVG string.
 */
(function (root) {
  'use strict';

  // GraalJS has no timers. With animation off and ssr:true ECharts renders synchronously; anything that
  // still asks for a frame later is dropped, because the SVG string has been taken by then.
  if (typeof root.setTimeout !== 'function') root.setTimeout = function () { return 0; };
  if (typeof root.clearTimeout !== 'function') root.clearTimeout = function () {};

  var metrics = null;

  // Text width from real font metrics (the generated DejaVu Sans advance table), instead of ECharts'
  // no-canvas guess that counts every non-ASCII letter as one em (Cyrillic came out ~1.8x too wide).
  function measureText(text, font) {
    text = text || '';
    font = font || '';
    var size = /(\d+(?:\.\d+)?)px/.exec(font);
    var px = size ? +size[1] : 12;
    var bold = /(^|\s)(bold|bolder|[6-9]00)(\s|$)/.test(font);
    var table = bold ? metrics.bold : metrics.regular;
    var units = 0;
    for (var i = 0; i < text.length; i++) {
      var cp = text.codePointAt(i);
      if (cp > 0xffff) i++;
      var advance = table[cp];
      units += advance === undefined ? metrics.fallback : advance;
    }
    return { width: units * px / metrics.unitsPerEm };
  }

  root.shaffofInstallMetrics = function (metricsJson) {
    metrics = JSON.parse(metricsJson);
    root.echarts.setPlatformAPI({ measureText: measureText });
  };

  root.shaffofMeasure = function (text, font) {
    return measureText(text, font).width;
  };

  root.shaffofRender = function (optionJson, width, height) {
    var option = root.ShaffofChart.prepareOption(JSON.parse(optionJson));
    var chart = root.echarts.init(null, null, { renderer: 'svg', ssr: true, width: width, height: height });
    try {
      chart.setOption(option);
      // The painter, not chart.renderToSVGString(), because only the painter lets us turn off the CSS
      // animation and :hover rules: they would need an inline <style>, which a strict CSP blocks.
      return chart.getZr().painter.renderToString({ cssAnimation: false, cssEmphasis: false, useViewBox: true });
    } finally {
      chart.dispose();
    }
  };
})(globalThis);
