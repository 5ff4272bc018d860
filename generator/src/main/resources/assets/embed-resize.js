/*
 * Shaffof embed pages: tell the page that frames us how tall we are, in the message format Datawrapper
 * uses, so a press office that already has Datawrapper's resize listener needs nothing new:
 *
 *   window.parent.postMessage({ "datawrapper-height": { "<chart id>": <height in CSS px> } }, "*")
 *
 * The chart id comes from data-chart-id on the <script> tag. The height is not secret, so any parent may
 * read it ("*"); nothing is ever read from the parent. Sent on load and whenever the page's height changes.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var id = script && script.getAttribute('data-chart-id');
  if (!id || window.parent === window) return;

  var last = -1;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
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
