// Shaffof site search: no server, no inline code. Folds the query with the rules the generator published in
// search/meta.json (so "Toshkent" and "Тошкент" give the same key), fetches one index shard per word, and
// lists the pages that contain every word (by prefix). The page works without this script: it lists all pages.
(function () {
  'use strict';
  var form = document.querySelector('form[data-search-root]');
  if (!form) return;
  var root = form.getAttribute('data-search-root');
  var docsUrl = form.getAttribute('data-search-docs');
  var pageRoot = form.getAttribute('data-search-pages');
  var input = form.querySelector('input[name="q"]');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var meta = null, docs = null, shards = {};

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }

  function fold(word) {
    var s = word.normalize('NFC').toLowerCase(), out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (Object.prototype.hasOwnProperty.call(meta.letters, c)) out += meta.letters[c];
      else if (/[\p{L}\p{N}]/u.test(c)) out += c;
    }
    meta.sequences.forEach(function (seq) { out = out.split(seq[0]).join(seq[1]); });
    return out.length > meta.maxKey ? out.substring(0, meta.maxKey) : out;
  }

  function keys(text) {
    return text.split(/[^\p{L}\p{N}\u02BB\u02BC'`\u2018\u2019\u00B4]+/u).map(fold).filter(function (k) { return k.length > 0; });
  }

  function shardOf(key) {
    var p = key.substring(0, 2);
    return /^[a-z0-9]{1,2}$/.test(p) ? p : '_';
  }

  function lookup(key) {
    var name = shardOf(key);
    if (meta.shards.indexOf(name) < 0) return Promise.resolve([]);
    var load = shards[name] || (shards[name] = getJson(root + 'search/t-' + name + '.json'));
    return load.then(function (shard) {
      var ids = {};
      Object.keys(shard).forEach(function (k) {
        if (k.lastIndexOf(key, 0) === 0) shard[k].forEach(function (id) { ids[id] = true; });
      });
      return Object.keys(ids).map(Number);
    });
  }

  function show(ids, query) {
    results.textContent = '';
    ids.forEach(function (id) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = pageRoot + docs[id][1];
      a.textContent = docs[id][0];
      li.appendChild(a);
      results.appendChild(li);
    });
    var msg = ids.length === 0 ? form.getAttribute('data-msg-none') : form.getAttribute('data-msg-count');
    status.textContent = msg.replace('{0}', String(ids.length)).replace('{1}', query);
  }

  function run(query) {
    var ready = meta ? Promise.resolve() : Promise.all([getJson(root + 'search/meta.json'), getJson(docsUrl)])
      .then(function (r) { meta = r[0]; docs = r[1]; });
    return ready.then(function () {
      var ks = keys(query);
      if (ks.length === 0) { show([], query); return; }
      return Promise.all(ks.map(lookup)).then(function (lists) {
        var hit = lists.reduce(function (acc, l) { return acc.filter(function (id) { return l.indexOf(id) >= 0; }); });
        show(hit.sort(function (a, b) { return a - b; }), query);
      });
    }).catch(function () { status.textContent = form.getAttribute('data-msg-error'); });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value.trim();
    history.replaceState(null, '', '?q=' + encodeURIComponent(q));
    run(q);
  });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) { input.value = initial; run(initial); }
})();
