/*
 * Shaffof charts in the browser.
 *
 * Every chart is already on the page as a static SVG rendered at build time, so this script only adds:
 *   1. hover highlight and a text tooltip, through the ECharts SSR client (a 1.3 KB hydrate());
 *   2. an "Explore" button that loads the ECharts bundle on demand and redraws the chart interactively
 *      from the option JSON kept in a <script type="application/json"> block beside the SVG;
 *   3. aria-current on the Chart | Table | Map tab of the view the URL shows.
 *
 * The same file is evaluated at build time inside GraalJS (no DOM there): ShaffofChart.prepareOption is the
 * one place that turns an option JSON into what ECharts draws, so the static SVG and the interactive chart
 * format numbers and labels identically. Keep that part free of DOM access.
 *
 * Safety: no HTML is ever built from data. Text goes through textContent and ECharts' richText tooltips,
 * formatters are fixed functions defined here (never built from data), and nothing here needs eval or
 * inline styles in HTML (element.style set from script is allowed by a strict CSP).
 */
(function (root) {
  'use strict';

  // Uzbek number format, identical to uz.shaffof.i18n.UzbekFormat.number: "1 234 567,5" with U+00A0 between
  // digit groups (a no-break space: a number never wraps, and every font has the glyph) and a decimal comma.
  var GROUP = '\u00A0';

  function formatNumber(value) {
    if (typeof value !== 'number' || !isFinite(value)) return String(value);
    // Axis ticks are doubles such as 0.30000000000000004; 15 significant digits prints them as people wrote them.
    var plain = String(Number(Math.abs(value).toPrecision(15)));
    if (plain.indexOf('e') >= 0) plain = Math.abs(value).toFixed(12).replace(/\.?0+$/, '');
    var parts = plain.split('.');
    var digits = parts[0];
    var grouped = '';
    for (var i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) grouped += GROUP;
      grouped += digits.charAt(i);
    }
    var sign = value < 0 && Number(plain) !== 0 ? '\u2212' : '';
    return sign + grouped + (parts.length > 1 ? ',' + parts[1] : '');
  }

  // The exact text of a data item: the generator writes it as item.text from the BigDecimal it read, so a
  // label never shows a rounded double.
  function itemText(data, value) {
    if (data && typeof data === 'object' && typeof data.text === 'string') return data.text;
    return formatNumber(Array.isArray(value) ? value[value.length - 1] : value);
  }

  function labelText(params) {
    var text = itemText(params.data, params.value);
    var type = params.seriesType;
    return type === 'pie' ? params.name + '\n' + text : text;
  }

  function tooltipText(params) {
    var head = params.seriesName && params.seriesName !== params.name ? params.seriesName + '\n' : '';
    return head + params.name + ': ' + itemText(params.data, params.value);
  }

  function eachOf(maybeArray, fn) {
    if (!maybeArray) return;
    if (Array.isArray(maybeArray)) maybeArray.forEach(fn); else fn(maybeArray);
  }

  /** Attaches the fixed formatters to an option parsed from the generator's JSON; returns the option. */
  function prepareOption(option) {
    ['xAxis', 'yAxis'].forEach(function (key) {
      eachOf(option[key], function (axis) {
        if (axis.type === 'value') {
          axis.axisLabel = axis.axisLabel || {};
          axis.axisLabel.formatter = formatNumber;
        }
      });
    });
    eachOf(option.series, function (series) {
      if (series.label && series.label.show) series.label.formatter = labelText;
    });
    option.tooltip = option.tooltip || {};
    option.tooltip.renderMode = 'richText';
    option.tooltip.formatter = tooltipText;
    return option;
  }

  /** The tooltip text for one SSR hover event, read from the option JSON (no ECharts needed). */
  function hoverText(option, seriesIndex, dataIndex) {
    var series = [].concat(option.series || [])[seriesIndex];
    if (!series || !series.data) return null;
    var data = series.data[dataIndex];
    var name = data && typeof data === 'object' && data.name;
    if (!name) {
      var axes = [].concat(option.xAxis || [], option.yAxis || []);
      for (var i = 0; i < axes.length && !name; i++) {
        if (axes[i].type === 'category' && axes[i].data) name = axes[i].data[dataIndex];
      }
    }
    return tooltipText({ seriesName: series.name, name: name || '', data: data,
      value: data && typeof data === 'object' ? data.value : data });
  }

  root.ShaffofChart = { formatNumber: formatNumber, prepareOption: prepareOption, hoverText: hoverText };

  if (typeof document === 'undefined') return; // build time (GraalJS): no page to wire up

  // --- Browser part --------------------------------------------------------------------------------------

  var script = document.currentScript;
  var bundleSrc = script && script.getAttribute('data-echarts-src');
  var bundleIntegrity = script && script.getAttribute('data-echarts-integrity');
  var bundlePromise = null;

  function loadBundle() {
    if (root.echarts) return Promise.resolve(root.echarts);
    if (!bundlePromise) {
      bundlePromise = new Promise(function (resolve, reject) {
        var el = document.createElement('script');
        el.src = bundleSrc;
        if (bundleIntegrity) el.integrity = bundleIntegrity;
        el.onload = function () { resolve(root.echarts); };
        el.onerror = function () { bundlePromise = null; reject(new Error('ECharts did not load')); };
        document.head.appendChild(el);
      });
    }
    return bundlePromise;
  }

  function readOption(figure) {
    var block = figure.querySelector('script[type="application/json"][data-chart-option]');
    return block ? JSON.parse(block.textContent) : null;
  }

  // The SVG carries data-ec-* attributes because the HTML validator rejects ECharts' ecmeta_* names on
  // SVG elements; the SSR client reads ecmeta_*, so they are copied back here, in the DOM only.
  function restoreSsrMeta(svg) {
    var names = ['ssr-type', 'series-index', 'data-index', 'silent'];
    var marked = svg.querySelectorAll('[data-ec-ssr-type]');
    for (var i = 0; i < marked.length; i++) {
      for (var j = 0; j < names.length; j++) {
        var value = marked[i].getAttribute('data-ec-' + names[j]);
        if (value !== null) marked[i].setAttribute('ecmeta_' + names[j].replace(/-/g, '_'), value);
      }
    }
  }

  function makeTooltip(figure) {
    var tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.setAttribute('role', 'status');
    tip.hidden = true;
    tip.style.position = 'absolute';
    tip.style.pointerEvents = 'none';
    tip.style.whiteSpace = 'pre-line';
    if (!figure.style.position) figure.style.position = 'relative';
    figure.appendChild(tip);
    return tip;
  }

  function hydrate(figure, holder, option) {
    var client = root['echarts-ssr-client'];
    var svg = holder.querySelector('svg');
    if (!client || !svg || !option) return;
    restoreSsrMeta(svg);
    var tip = makeTooltip(figure);
    client.hydrate(holder, {
      on: {
        mouseover: function (p) {
          if (p.ssrType !== 'chart') return;
          var text = hoverText(option, p.seriesIndex, p.dataIndex);
          if (!text) return;
          p.event.target.style.opacity = '0.8';
          tip.textContent = text;
          var box = figure.getBoundingClientRect();
          tip.style.left = Math.round(p.event.clientX - box.left + 12) + 'px';
          tip.style.top = Math.round(p.event.clientY - box.top + 12) + 'px';
          tip.hidden = false;
        },
        mouseout: function (p) {
          if (p.event.target && p.event.target.style) p.event.target.style.opacity = '';
          tip.hidden = true;
        }
      }
    });
  }

  // The option places titles, axes and labels in pixels for the static SVG's size (its viewBox). So the
  // interactive chart is drawn at exactly that size and scaled by CSS as the static SVG is (viewBox, width
  // 100%): at any screen width it shows the same marks and labels in the same places, nothing cut or moved.
  function explore(figure, holder, button) {
    var option = readOption(figure);
    var svg = holder.querySelector('svg');
    var box = svg && svg.viewBox && svg.viewBox.baseVal;
    if (!option || !box || !box.width) return;
    var width = box.width;
    var height = box.height;
    button.disabled = true;
    loadBundle().then(function (echarts) {
      var name = svg.getAttribute('aria-label');
      var role = svg.getAttribute('role') || 'img';
      var descId = svg.getAttribute('aria-describedby');
      var desc = descId && document.getElementById(descId);
      var descText = desc ? desc.textContent : '';
      // A tile map's tiles are links (site.TileLinks); they are kept, with their tiles' shapes, before the SVG goes.
      var links = Array.prototype.slice.call(svg.querySelectorAll('a[href]'));
      holder.textContent = '';
      var chart = echarts.init(holder, null, { renderer: 'svg', width: width, height: height });
      chart.setOption(prepareOption(option));
      var drawn = holder.querySelector('svg');
      if (drawn) drawn.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
      keepAccessibleName(holder, role, name, descId, descText);
      if (links.length) keepTileLinks(chart, holder, links, option, width, height);
      // The button has done its one job; focus goes to what it made, not back to <body>.
      (button.closest('li') || button).hidden = true;
      holder.tabIndex = -1;
      holder.focus();
    }, function () {
      button.disabled = false;
    });
  }

  // The static SVG had a role (img, or group when its tiles are links), a name and a description; ECharts' SVG has
  // none. The holder takes them over, and the description (which lived inside the removed SVG) moves to a visually
  // hidden paragraph.
  function keepAccessibleName(holder, role, name, descId, descText) {
    holder.setAttribute('role', role);
    if (name) holder.setAttribute('aria-label', name);
    if (descId && descText) {
      var p = document.createElement('p');
      p.id = descId;
      p.className = 'visually-hidden';
      p.textContent = descText;
      holder.parentNode.insertBefore(p, holder.nextSibling);
      holder.setAttribute('aria-describedby', descId);
    }
  }

  // ECharts draws its own tiles, which cannot be links: the static SVG's tile links (each an <a> around its tile's
  // shape, named with the region and its figure) move into a transparent SVG of the same viewBox laid exactly over
  // the chart, so every tile is still a link a keyboard reaches by Tab, a screen reader names and a click follows.
  // The links take the pointer over the tiles, so they ask ECharts for the tile's highlight and tooltip themselves,
  // by the series and data index the static tile carried; a series the legend hides takes its links with it. The
  // picture under the links is hidden from assistive technology: the links and the holder's name say what it shows.
  function keepTileLinks(chart, holder, links, option, width, height) {
    var layer = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    layer.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    layer.setAttribute('class', 'chart-links');
    var seriesNames = [].concat(option.series || []).map(function (s) { return s.name; });
    links.forEach(function (link) {
      var tile = link.querySelector('[data-ec-series-index]');
      if (!tile) return;
      tile.setAttribute('fill', 'transparent');
      var item = { seriesIndex: Number(tile.getAttribute('data-ec-series-index')),
        dataIndex: Number(tile.getAttribute('data-ec-data-index')) };
      function show() {
        chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
        chart.dispatchAction({ type: 'showTip', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
      }
      function hide() {
        chart.dispatchAction({ type: 'downplay', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
        chart.dispatchAction({ type: 'hideTip' });
      }
      link.addEventListener('mouseenter', show);
      link.addEventListener('focus', show);
      link.addEventListener('mouseleave', hide);
      link.addEventListener('blur', hide);
      link.setAttribute('data-series-name', seriesNames[item.seriesIndex] || '');
      layer.appendChild(link);
    });
    chart.on('legendselectchanged', function (event) {
      links.forEach(function (link) {
        link.style.display = event.selected[link.getAttribute('data-series-name')] === false ? 'none' : '';
      });
    });
    for (var i = 0; i < holder.children.length; i++) holder.children[i].setAttribute('aria-hidden', 'true');
    holder.appendChild(layer);
  }

  function wire(figure) {
    var holder = figure.querySelector('[data-chart-svg]') || figure;
    hydrate(figure, holder, readOption(figure));
    var button = figure.querySelector('button[data-chart-explore]');
    if (!button || !bundleSrc) return;
    // Rendered hidden (with its list item), so that without JavaScript no button that can do nothing is shown.
    (button.closest('li') || button).hidden = false;
    button.hidden = false;
    button.addEventListener('click', function () { explore(figure, holder, button); });
  }

  // Chart | Table | Map: CSS (:target) shows the view the URL names, with or without this script; the script only
  // tells assistive technology which tab is current, on load and whenever the fragment changes (a tab, back).
  function markCurrentView() {
    var tabs = document.querySelectorAll('.view-tabs a[href^="#"]');
    if (!tabs.length) return;
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var view = target && target.closest('.view');
    if (!view) view = document.querySelector('.view-default');
    for (var i = 0; i < tabs.length; i++) {
      if (view && tabs[i].getAttribute('href') === '#' + view.id) tabs[i].setAttribute('aria-current', 'true');
      else tabs[i].removeAttribute('aria-current');
    }
  }

  function start() {
    var figures = document.querySelectorAll('figure[data-chart]');
    for (var i = 0; i < figures.length; i++) wire(figures[i]);
    markCurrentView();
    window.addEventListener('hashchange', markCurrentView);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(typeof globalThis !== 'undefined' ? globalThis : this);
