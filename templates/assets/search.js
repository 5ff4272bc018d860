// Shaffof site search: no server, no inline code. Folds the query with the rules the generator published in
// search/meta.json (so "Toshkent" and "Тошкент" give the same key), adds the Uzbek name of a place a word spells
// in English or Russian (Andijan, Андижан: the aliases in meta.json), fetches one index shard per key, and lists
// the pages that contain every word (by prefix): one result per title, with the kind of page and a snippet of
// its text around the first match, cut from the page's text in this edition. The page works without this
// script: it lists all pages.
(function () {
  'use strict';
  var PAGE_SIZE = 10;      // results shown at first, and added by each press of "more"
  var BEFORE = 60;         // characters of context before the first match in a snippet
  var LENGTH = 220;        // characters a snippet holds at most
  var WORD = /[\p{L}\p{N}\u02BB\u02BC'`\u2018\u2019\u00B4]+/gu;

  var form = document.querySelector('form[data-search-root]');
  if (!form) return;
  var root = form.getAttribute('data-search-root');
  var docsUrl = form.getAttribute('data-search-docs');
  var textUrl = docsUrl.replace(/docs\.json$/, 'text/');
  var pageRoot = form.getAttribute('data-search-pages');
  var kinds = (form.getAttribute('data-kinds') || '').split(' ');
  var input = form.querySelector('input[name="q"]');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var more = document.getElementById('search-more');
  var meta = null, docs = null, shards = {}, texts = {};
  var pending = [];        // the results not shown yet, and the query's keys they are shown with
  var pendingKeys = [];

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
    return (text.match(WORD) || []).map(fold).filter(function (k) { return k.length > 0; });
  }

  // The keys a query word stands for: itself, and the Uzbek name of every alias it begins (three letters or more:
  // a shorter word begins too many names to mean one).
  function expand(key) {
    var out = [key];
    if (key.length < 3) return out;
    Object.keys(meta.aliases).forEach(function (alias) {
      if (alias.lastIndexOf(key, 0) !== 0) return;
      meta.aliases[alias].forEach(function (t) { if (out.indexOf(t) < 0) out.push(t); });
    });
    return out;
  }

  function startsAny(word, alternatives) {
    for (var i = 0; i < alternatives.length; i++) if (word.lastIndexOf(alternatives[i], 0) === 0) return true;
    return false;
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
      var ids = [];
      Object.keys(shard).forEach(function (k) {
        if (k.lastIndexOf(key, 0) === 0) shard[k].forEach(function (id) { ids.push(id); });
      });
      return ids;
    });
  }

  // The pages holding a word in any of its spellings.
  function lookupAny(alternatives) {
    return Promise.all(alternatives.map(lookup)).then(function (lists) {
      var ids = {};
      lists.forEach(function (l) { l.forEach(function (id) { ids[id] = true; }); });
      return ids;
    });
  }

  // Results of the same title become one: the best placed page, with the others linked beside it by kind.
  function rank(ids, wordKeys) {
    function titleHolds(id) {
      var words = keys(docs[id][0]);
      return wordKeys.every(function (alts) {
        return words.some(function (w) { return startsAny(w, alts); });
      });
    }
    var scored = ids.map(function (id) {
      var kind = kinds.indexOf(docs[id][2]);
      return { id: id, title: titleHolds(id) ? 0 : 1, kind: kind < 0 ? kinds.length : kind };
    });
    scored.sort(function (a, b) {
      return a.title - b.title || a.kind - b.kind || docs[a.id][0].length - docs[b.id][0].length || a.id - b.id;
    });
    var groups = [], byTitle = {};
    scored.forEach(function (s) {
      var name = keys(docs[s.id][0]).join(' ');
      if (Object.prototype.hasOwnProperty.call(byTitle, name)) byTitle[name].others.push(s.id);
      else groups.push(byTitle[name] = { id: s.id, others: [] });
    });
    return groups;
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function kindLabel(id) {
    return form.getAttribute('data-kind-' + docs[id][2]) || '';
  }

  // Appends text to a node with every word that starts with a query key in <mark>; textContent escapes it all.
  function appendMarked(node, text, wordKeys) {
    var last = 0;
    text.replace(WORD, function (word, at) {
      var key = fold(word);
      if (key && wordKeys.some(function (alts) { return startsAny(key, alts); })) {
        if (at > last) node.appendChild(document.createTextNode(text.substring(last, at)));
        node.appendChild(element('mark', '', word));
        last = at + word.length;
      }
      return word;
    });
    if (last < text.length) node.appendChild(document.createTextNode(text.substring(last)));
  }

  // The part of a text around its first word that starts a query key, cut at spaces; null when none does.
  function around(text, wordKeys) {
    WORD.lastIndex = 0;
    var m;
    while ((m = WORD.exec(text)) !== null) {
      var key = fold(m[0]);
      if (!key || !wordKeys.some(function (alts) { return startsAny(key, alts); })) continue;
      var start = Math.max(0, m.index - BEFORE);
      if (start > 0) start = text.indexOf(' ', start) + 1 || m.index;
      if (start > m.index) start = m.index;
      var end = Math.min(text.length, start + LENGTH);
      if (end < text.length) {
        var space = text.lastIndexOf(' ', end);
        if (space > m.index + m[0].length) end = space;
      }
      WORD.lastIndex = 0;
      return (start > 0 ? '… ' : '') + text.substring(start, end).trim() + (end < text.length ? ' …' : '');
    }
    return null;
  }

  function snippet(id, text, wordKeys) {
    var p = element('p', 'search-snippet');
    var part = text ? around(text, wordKeys) : null;
    appendMarked(p, part !== null ? part : docs[id][3], wordKeys);
    return p;
  }

  function showNext() {
    var page = pending.splice(0, PAGE_SIZE), wordKeys = pendingKeys;
    var items = page.map(function (g) {
      var li = element('li');
      var h = element('h2');
      var a = element('a', '', docs[g.id][0]);
      a.href = pageRoot + docs[g.id][1];
      h.appendChild(a);
      li.appendChild(h);
      li.appendChild(element('span', 'search-kind', kindLabel(g.id)));
      var p = snippet(g.id, null, wordKeys);
      li.appendChild(p);
      if (g.others.length > 0) {
        var also = element('p', 'search-also', form.getAttribute('data-msg-also') + ' ');
        var seen = {};   // two pages of one kind (two charts of one title) are told apart by number
        g.others.forEach(function (other, i) {
          var label = kindLabel(other);
          seen[label] = (seen[label] || 0) + 1;
          if (seen[label] > 1) label += ' ' + seen[label];
          var link = element('a', '', label);
          link.href = pageRoot + docs[other][1];
          if (i > 0) also.appendChild(document.createTextNode(', '));
          also.appendChild(link);
        });
        li.appendChild(also);
      }
      results.appendChild(li);
      return { id: g.id, li: li, p: p };
    });
    more.hidden = pending.length === 0;
    // The snippet of the description stands until the page's text, fetched per result, gives a better one.
    items.forEach(function (item) {
      var load = texts[item.id] || (texts[item.id] = getJson(textUrl + item.id + '.json'));
      // data-snippet says which the snippet was cut from, once it is settled.
      load.then(function (text) {
        item.li.replaceChild(snippet(item.id, text, wordKeys), item.p);
        item.li.setAttribute('data-snippet', 'text');
      }, function () { item.li.setAttribute('data-snippet', 'description'); });
    });
  }

  function show(groups, wordKeys, query) {
    results.textContent = '';
    pending = groups.slice();
    pendingKeys = wordKeys;
    showNext();
    var msg = groups.length === 0 ? form.getAttribute('data-msg-none') : form.getAttribute('data-msg-count');
    status.textContent = msg.replace('{0}', String(groups.length)).replace('{1}', query);
  }

  function run(query) {
    var ready = meta ? Promise.resolve() : Promise.all([getJson(root + 'search/meta.json'), getJson(docsUrl)])
      .then(function (r) { meta = r[0]; docs = r[1]; });
    return ready.then(function () {
      var wordKeys = keys(query).map(expand);
      if (wordKeys.length === 0) { show([], [], query); return; }
      return Promise.all(wordKeys.map(lookupAny)).then(function (sets) {
        var hit = Object.keys(sets[0]).map(Number).filter(function (id) {
          return sets.every(function (s) { return s[id]; });
        });
        show(rank(hit, wordKeys), wordKeys, query);
      });
    }).catch(function () { status.textContent = form.getAttribute('data-msg-error'); });
  }

  more.addEventListener('click', function () {
    var first = results.children.length;
    showNext();
    // Focus moves to the first new result, so a keyboard or screen reader user continues where the list grew.
    var link = results.children[first] && results.children[first].querySelector('a');
    if (link) link.focus();
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value.trim();
    history.replaceState(null, '', '?q=' + encodeURIComponent(q));
    run(q);
  });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) { input.value = initial; run(initial); }
})();
