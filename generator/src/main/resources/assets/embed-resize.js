/*
 * Shaffof embed pages: tell the page that frames us how tall we are, in the message format Datawrapper
 * uses, so a press office that already has Datawrapper's resize listener needs nothing new:
 *
 *   window.parent.postMessage({ "datawrapper-height": { "<chart id>": <height in CSS px> } }, "*")
 *
 * The chart id comes from data-chart-id on the <script> tag. The height is not secret, so any parent may
 * read it ("*"); nothing is ever read from the parent. Sent on load and whenever the page's size changes. Without
 * this script (or without a listener in the host) the page still fits the snippet's initial height.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var id = script && script.getAttribute('data-chart-id');
  if (!id || window.parent === window) return;

  // The widest a chart is drawn on the site's pages: figure.chart svg's max-width in site.css.
  var CHART_MAX_REM = 26;

  // The page fills whatever height its frame has, the chart scaling into the room the text lines leave (site.css,
  // body.embed). The height asked for is the one at which the chart is drawn at its natural width (its holder's
  // width, at most CHART_MAX_REM): the page's height, less the chart's box, plus the chart's height at that width
  // from its viewBox.
  function wantedHeight() {
    var page = document.documentElement.getBoundingClientRect().height;
    var svg = document.querySelector('[data-chart-svg] > svg');
    var viewBox = svg && svg.viewBox && svg.viewBox.baseVal;
    if (!viewBox || !viewBox.width) return page;
    var rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    var width = Math.min(svg.parentNode.getBoundingClientRect().width, CHART_MAX_REM * rem);
    return page - svg.getBoundingClientRect().height + width * viewBox.height / viewBox.width;
  }

  var last = -1;
  function send() {
    var height = Math.ceil(wantedHeight());
    if (height === last) return;
    last = height;
    var sizes = {};
    sizes[id] = height;
    window.parent.postMessage({ 'datawrapper-height': sizes }, '*');
  }

  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(send).observe(document.documentElement);
  } else {
    window.addEventListener('resize', send);
  }
  window.addEventListener('load', send);
  send();
})();
