/*
 * Shaffof "not found" pages: name the address that was asked for. A static page served for every missing path
 * cannot know it; the browser does. Written with textContent (never as HTML) into each element marked
 * data-missing-path, whose paragraph is shown only then: without JavaScript the page reads the same, less the address.
 */
(function () {
  'use strict';
  var path = location.pathname;
  try {
    path = decodeURIComponent(path);
  } catch (e) {
    // A malformed escape: show the address as the browser has it.
  }
  var targets = document.querySelectorAll('[data-missing-path]');
  for (var i = 0; i < targets.length; i++) {
    targets[i].textContent = path;
    var paragraph = targets[i].closest('[hidden]');
    if (paragraph) paragraph.hidden = false;
  }
})();
