/*
 * 科技之窗 full-text search, in the browser. The index is built by src/Portal/Search and written as
 * script files under search/ that register themselves (PortalSearch.index / shard / docs), because a
 * kiosk opens the site from file://, where fetch() is forbidden but <script> loads work.
 *
 * API (also used by the kiosk's on-screen keyboard):
 *   PortalSearch.search(query, { mode: 'chars' | 'initials', section, limit, offset }) → Promise<result[]>
 *   PortalSearch.run(query, options) → Promise<{ total, counts, results, tokens }>
 *   PortalSearch.bodySnippet(result) → Promise<{ snippet, snippetHtml }> cut around the match in the page text
 * result: { url, href, title, titleHtml, section, sectionLabel, date, snippet, snippetHtml, expired, matched }
 * (matched: the snippet shows the query; when false, bodySnippet finds the match in the page's text.)
 * The tokenizer rules here mirror SearchText / SearchTokenizer in C#; keep them in step.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = script ? script.getAttribute('src').replace(/assets\/search\.js(\?.*)?$/, '') : '';
  var LAST = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
  var MORE = 'WXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGIT = {};
  for (var d = 0; d < 32; d++) {
    DIGIT[LAST.charCodeAt(d)] = d;
    DIGIT[MORE.charCodeAt(d)] = 32 + d;
  }
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var WORD = /[a-z0-9]/;
  var SECTION_FOLDERS = { n: 'notices', t: 'techniques', p: 'policies', g: 'pages' };
  var EPOCH = Date.UTC(2000, 0, 1);
  var EXPIRED_FACTOR = 0.8;

  var meta = null;
  var shards = {};
  var chunks = {};
  var texts = {};
  var scripts = {};
  var loadedFiles = [];

  function load(path) {
    if (!scripts[path]) {
      scripts[path] = new Promise(function (resolve, reject) {
        var element = document.createElement('script');
        element.src = root + path;
        element.async = true;
        element.onload = function () { loadedFiles.push(path); resolve(); };
        element.onerror = function () { delete scripts[path]; reject(new Error('无法加载搜索索引：' + path)); };
        document.head.appendChild(element);
      });
    }
    return scripts[path];
  }

  // Numbers in PostingCodec text: 5 bits per character, "MORE" characters continue a number.
  function decode(text) {
    var values = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      if (digit < 32) {
        values.push(value * 32 + digit);
        value = 0;
      } else {
        value = value * 32 + (digit - 32);
      }
    }
    return values;
  }

  function decodeDates(text) {
    var map = {};
    var numbers = decode(text);
    var doc = -1;
    for (var i = 0; i + 1 < numbers.length; i += 2) {
      doc += numbers[i];
      map[doc] = numbers[i + 1];
    }
    return map;
  }

  // FNV-1a over UTF-16 code units, like TokenHash in C#.
  function hash(token) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h >>> 0;
  }

  function shardOf(token) {
    return hash(token) & (meta.shards - 1);
  }

  function postings(token) {
    var shard = shards[shardOf(token)];
    if (!shard) {
      return null;
    }
    if (!shard.map) {
      shard.map = {};
      var lines = shard.text ? shard.text.split('\n') : [];
      for (var i = 0; i < lines.length; i++) {
        var parts = lines[i].split('\t');
        shard.map[parts[0]] = { idf: parseFloat(parts[1]), raw: parts[2], docs: null };
      }
    }
    var entry = shard.map[token];
    if (!entry) {
      return null;
    }
    if (!entry.docs) {
      var numbers = decode(entry.raw);
      var docs = new Int32Array(numbers.length / 2);
      var impacts = new Uint8Array(numbers.length / 2);
      var doc = -1;
      for (var j = 0; j < docs.length; j++) {
        doc += numbers[2 * j];
        docs[j] = doc;
        impacts[j] = numbers[2 * j + 1];
      }
      entry.docs = docs;
      entry.impacts = impacts;
    }
    return entry;
  }

  function segmentPinyin(word) {
    // Splits "shuidao" into known syllables, preferring the fewest (so "xian" stays one syllable).
    var syllables = meta.syllableSet;
    var best = [[]];
    for (var end = 1; end <= word.length; end++) {
      best[end] = null;
      for (var start = Math.max(0, end - 6); start < end; start++) {
        if (best[start] && syllables[word.slice(start, end)] &&
            (!best[end] || best[start].length + 1 < best[end].length)) {
          best[end] = best[start].concat([word.slice(start, end)]);
        }
      }
    }
    return best[word.length];
  }

  function pairs(prefix, parts) {
    if (parts.length === 1) {
      return [prefix + parts[0]];
    }
    var tokens = [];
    for (var i = 0; i + 1 < parts.length; i++) {
      tokens.push(prefix + parts[i] + parts[i + 1]);
    }
    return tokens;
  }

  /** A query as groups (all must match) of alternatives (any may match) of tokens (all must match). */
  function parse(query, mode) {
    var text = String(query || '').normalize('NFKC').toLowerCase();
    var groups = [];
    var terms = [];
    var i = 0;
    while (i < text.length) {
      var start = i;
      if (HAN.test(text[i])) {
        while (i < text.length && HAN.test(text[i])) { i++; }
        var run = text.slice(start, i);
        terms.push(run);
        groups.push([pairs('', run.split(''))]);
      } else if (WORD.test(text[i])) {
        while (i < text.length && WORD.test(text[i])) { i++; }
        var word = text.slice(start, i);
        if (mode === 'initials' && /^[a-z]+$/.test(word)) {
          groups.push([pairs('in:', word.split(''))]);
        } else {
          terms.push(word);
          var alternatives = [[word]];
          var syllables = /^[a-z]+$/.test(word) ? segmentPinyin(word) : null;
          if (syllables) {
            alternatives.push(pairs('py:', syllables));
          }
          groups.push(alternatives);
        }
      } else {
        i++;
      }
    }
    return { groups: groups, terms: terms };
  }

  // Scored document lists are { docs, scores }: ascending document numbers (as postings are stored) and a
  // score for each, so intersections and unions are merges of two sorted arrays. Objects keyed by document
  // took up to 35 ms for a query whose tokens are in thousands of documents.
  var NONE = { docs: new Int32Array(0), scores: new Float64Array(0) };

  /** Documents that have every token (a phrase's character pairs), each scored by the sum of its impacts. */
  function scoreTokens(tokens) {
    var list = null;
    for (var i = 0; i < tokens.length; i++) {
      var entry = postings(tokens[i]);
      if (!entry) {
        return NONE;
      }
      var docs = new Int32Array(list ? Math.min(list.docs.length, entry.docs.length) : entry.docs.length);
      var scores = new Float64Array(docs.length);
      var n = 0;
      for (var a = 0, b = 0; b < entry.docs.length && (!list || a < list.docs.length);) {
        var doc = entry.docs[b];
        if (list && list.docs[a] < doc) { a++; continue; }
        if (!list || list.docs[a] === doc) {
          docs[n] = doc;
          scores[n++] = (list ? list.scores[a++] : 0) + entry.idf * entry.impacts[b];
        }
        b++;
      }
      list = { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
    }
    return list || NONE;
  }

  /** Merges two scored lists: documents in either (best score) or, with both, only in both (scores added). */
  function merge(left, right, both) {
    var size = both ? Math.min(left.docs.length, right.docs.length) : left.docs.length + right.docs.length;
    var docs = new Int32Array(size);
    var scores = new Float64Array(size);
    var n = 0;
    var a = 0;
    var b = 0;
    while (a < left.docs.length || b < right.docs.length) {
      var x = a < left.docs.length ? left.docs[a] : Infinity;
      var y = b < right.docs.length ? right.docs[b] : Infinity;
      if (x === y) {
        docs[n] = x;
        scores[n++] = both ? left.scores[a] + right.scores[b] : Math.max(left.scores[a], right.scores[b]);
        a++;
        b++;
      } else if (both && (x === Infinity || y === Infinity)) {
        break;
      } else if (x < y) {
        if (!both) { docs[n] = x; scores[n++] = left.scores[a]; }
        a++;
      } else {
        if (!both) { docs[n] = y; scores[n++] = right.scores[b]; }
        b++;
      }
    }
    return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
  }

  function today(now) {
    var date = now ? new Date(now) : new Date();
    return Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - EPOCH) / 86400000);
  }

  function ensureIndex() {
    return load('search/index.js').then(function () {
      if (!meta) {
        throw new Error('搜索索引无效');
      }
    });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** Marks every occurrence of the query's terms (or, failing that, of their character pairs). */
  function highlight(text, terms) {
    var lower = text.toLowerCase();
    var marked = new Uint8Array(text.length);
    terms.forEach(function (term) {
      var pieces = lower.indexOf(term) >= 0 || term.length < 2 || !HAN.test(term) ? [term] : pairs('', term.split(''));
      pieces.forEach(function (piece) {
        for (var at = lower.indexOf(piece); at >= 0 && piece; at = lower.indexOf(piece, at + 1)) {
          for (var k = 0; k < piece.length; k++) { marked[at + k] = 1; }
        }
      });
    });
    var html = '';
    var open = false;
    for (var i = 0; i < text.length; i++) {
      if (marked[i] && !open) { html += '<mark>'; open = true; }
      if (!marked[i] && open) { html += '</mark>'; open = false; }
      html += escapeHtml(text[i]);
    }
    return html + (open ? '</mark>' : '');
  }

  /** Where the first query term (or, failing that, one of its character pairs) occurs in text, or -1. */
  function firstMatch(text, terms) {
    var lower = text.toLowerCase();
    var first = -1;
    terms.forEach(function (term) {
      var pieces = HAN.test(term) && term.length > 2 ? [term].concat(pairs('', term.split(''))) : [term];
      for (var i = 0; i < pieces.length; i++) {
        var at = lower.indexOf(pieces[i]);
        if (at >= 0) {
          if (first < 0 || at < first) { first = at; }
          break;
        }
      }
    });
    return first;
  }

  /** Up to 90 characters of text, starting a little before the first match when the text is longer. */
  function cut(text, at) {
    var limit = 90;
    if (text.length <= limit) {
      return text;
    }
    var start = Math.max(0, Math.min(at - 20, text.length - limit));
    return (start > 0 ? '…' : '') + text.slice(start, start + limit) + (start + limit < text.length ? '…' : '');
  }

  function run(query, options) {
    options = options || {};
    var mode = options.mode === 'initials' ? 'initials' : 'chars';
    var limit = options.limit || 20;
    var offset = options.offset || 0;
    return ensureIndex().then(function () {
      var parsed = parse(query, mode);
      var tokens = [];
      parsed.groups.forEach(function (group) {
        group.forEach(function (alternative) { tokens = tokens.concat(alternative); });
      });
      var needed = {};
      tokens.forEach(function (token) { needed[shardOf(token)] = true; });
      return Promise.all(Object.keys(needed).map(function (id) { return load('search/s/' + id + '.js'); }))
        .then(function () { return rank(parsed, tokens, options, limit, offset); });
    });
  }

  function rank(parsed, tokens, options, limit, offset) {
    var combined = null;
    parsed.groups.forEach(function (group) {
      var best = NONE;
      group.forEach(function (alternative) { best = merge(best, scoreTokens(alternative), false); });
      combined = combined === null ? best : merge(combined, best, true);
    });
    combined = combined || NONE;

    var day = today(options.now);
    var counts = { all: 0 };
    var hits = [];
    for (var k = 0; k < combined.docs.length; k++) {
      var id = combined.docs[k];
      if (meta.starts[id] !== undefined && day < meta.starts[id]) {
        continue;
      }
      var expired = meta.expires[id] !== undefined && day > meta.expires[id];
      var code = meta.sections[id];
      counts.all++;
      counts[SECTION_FOLDERS[code]] = (counts[SECTION_FOLDERS[code]] || 0) + 1;
      if (options.section && options.section !== code && options.section !== SECTION_FOLDERS[code]) {
        continue;
      }
      hits.push({ id: id, score: combined.scores[k] * (expired ? EXPIRED_FACTOR : 1), expired: expired });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    var page = hits.slice(offset, offset + limit);
    var needed = {};
    page.forEach(function (hit) { needed[Math.floor(hit.id / meta.chunk)] = true; });
    return Promise.all(Object.keys(needed).map(function (n) { return load('search/d/' + n + '.js'); }))
      .then(function () {
        return {
          query: String(parsed.terms.join(' ')),
          total: hits.length,
          counts: counts,
          tokens: tokens,
          results: page.map(function (hit) { return result(hit, parsed.terms); }),
        };
      });
  }

  function result(hit, terms) {
    var doc = chunks[Math.floor(hit.id / meta.chunk)][hit.id % meta.chunk];
    var url = doc[0];
    var code = doc[2];
    var at = firstMatch(doc[4], terms);
    var snippet = cut(doc[4], at);
    if (at < 0 && firstMatch(doc[5], terms) >= 0) {
      snippet = meta.tagsLabel + '：' + doc[5];
      at = 0;
    }
    return {
      id: hit.id,
      terms: terms,
      matched: at >= 0,
      url: url,
      href: root + url + (/\/$/.test(url) ? 'index.html' : ''),
      title: doc[1],
      titleHtml: highlight(doc[1], terms),
      section: SECTION_FOLDERS[code],
      sectionLabel: meta.labels[code],
      date: doc[3],
      snippet: snippet,
      snippetHtml: highlight(snippet, terms),
      expired: hit.expired,
      score: Math.round(hit.score * 100) / 100,
    };
  }

  // The index (counts, sections, dates) is what every query needs first, so it loads with the page that
  // has this script: the first query then waits for one round of loads fewer (shards, then metadata). From
  // file:// each round costs 15–30 ms in Chromium however small the file. A failure here is reported by the
  // query that needs the index, which loads it again.
  ensureIndex().catch(function () {});

  window.PortalSearch = {
    search: function (query, options) {
      return run(query, options).then(function (r) { return r.results; });
    },
    run: run,
    bodySnippet: function (result) {
      return load('search/t/' + Math.floor(result.id / meta.textChunk) + '.js').then(function () {
        var text = texts[result.id];
        var at = firstMatch(text, result.terms);
        var snippet = at < 0 ? result.snippet : cut(text, at);
        return { snippet: snippet, snippetHtml: highlight(snippet, result.terms), matched: at >= 0 };
      });
    },
    parse: function (query, mode) { return parse(query, mode || 'chars'); },
    /** True when the word splits into pinyin syllables ("shuidao"); call after a search has loaded the index. */
    isPinyin: function (word) { return !!(meta && segmentPinyin(String(word).toLowerCase())); },
    /** Files loaded so far, relative to the site root (tests and the benchmark count them). */
    loadedFiles: function () { return loadedFiles.slice(); },
    index: function (data) {
      data.expires = decodeDates(data.expires);
      data.starts = decodeDates(data.starts);
      data.syllableSet = {};
      data.syllables.split(' ').forEach(function (s) { data.syllableSet[s] = true; });
      meta = data;
    },
    shard: function (id, text) { shards[id] = { text: text, map: null }; },
    docs: function (n, list) { chunks[n] = list; },
    texts: function (n, list) { list.forEach(function (text, i) { texts[n * meta.textChunk + i] = text; }); },
  };
})();
