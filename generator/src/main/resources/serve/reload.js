/*
 * Shaffof preview: reloads the page after every good rebuild and shows the problems of a failed one.
 * `shaffof serve` adds this script to the HTML it serves; the built site never contains it.
 * It keeps to the pages' Content-Security-Policy: it is a same-origin file (script-src 'self'), it listens to a
 * same-origin event stream (connect-src 'self'), it builds the overlay with DOM calls and textContent only (no
 * innerHTML, no inline style) and styles it with /__shaffof/overlay.css (style-src 'self').
 */
(function () {
  'use strict';
  if (typeof window.EventSource !== 'function') return;

  var OVERLAY_ID = 'shaffof-build-errors';
  var CSS_ID = 'shaffof-overlay-css';
  // The preview's own pages (build failed, first build running) carry the id of the state they show.
  var errorPage = document.body && document.body.classList.contains('shaffof-error-page');
  var shownBuild = errorPage ? document.body.getAttribute('data-shaffof-build') : null;

  function addStyles() {
    if (document.getElementById(CSS_ID)) return;
    var link = document.createElement('link');
    link.id = CSS_ID;
    link.rel = 'stylesheet';
    link.href = '/__shaffof/overlay.css';
    (document.head || document.documentElement).appendChild(link);
  }

  function hideErrors() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) old.parentNode.removeChild(old);
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function showErrors(report) {
    addStyles();
    hideErrors();
    var problems = report.problems || [];
    var box = element('section', 'shaffof-overlay');
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-labelledby', OVERLAY_ID + '-title');
    var title = element('h2', 'shaffof-overlay-title',
        'Build failed (' + report.stage + '): ' + (problems.length + (report.more || 0)) + ' problem(s)');
    title.id = OVERLAY_ID + '-title';
    var close = element('button', 'shaffof-overlay-close', 'Hide');
    close.type = 'button';
    close.addEventListener('click', hideErrors);
    var note = element('p', 'shaffof-overlay-note',
        'This page shows the last good build. Fix the files and save: the preview rebuilds by itself.');
    var list = element('ol', 'shaffof-overlay-problems');
    problems.forEach(function (line) {
      list.appendChild(element('li', null, line));
    });
    if (report.more) list.appendChild(element('li', null, '… and ' + report.more + ' more'));
    box.appendChild(close);
    box.appendChild(title);
    box.appendChild(note);
    box.appendChild(list);
    document.body.appendChild(box);
  }

  var events = new EventSource('/__shaffof/events');
  events.addEventListener('reload', function () {
    hideErrors();
    window.location.reload();
  });
  // A failed build. The browser also fires a plain 'error' event (without data) when the connection drops;
  // EventSource then reconnects by itself, and the server tells it what it missed.
  events.addEventListener('error', function (e) {
    if (typeof e.data !== 'string') return;
    if (errorPage) {
      if (e.lastEventId !== shownBuild) window.location.reload(); // other problems than the page lists
      return;
    }
    var report;
    try {
      report = JSON.parse(e.data);
    } catch (ignored) {
      return;
    }
    showErrors(report);
  });
})();
