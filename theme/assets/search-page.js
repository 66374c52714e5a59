/*
 * The search page (search/index.html): results as you type, section filter chips, highlighted matches.
 * Uses the PortalSearch API of search.js. A letters-only query that finds nothing as text is retried as
 * pinyin initials ("sc" → 蔬菜), since on a phone typing initials is the quickest way to ask.
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var chips = document.getElementById('search-chips');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  if (!form || !input || !window.PortalSearch) {
    return;
  }
  document.getElementById('search-nojs').hidden = true;
  var data = form.dataset;
  var text = {
    all: data.all,
    expired: data.expired,
    prompt: data.prompt,
    none: data.none,
    found: data.found,
    foundInitials: data.foundInitials,
    sections: data.sections.split('|').map(function (pair) {
      var colon = pair.indexOf(':');
      return { key: pair.slice(0, colon), label: pair.slice(colon + 1) };
    }),
  };
  var PAGE = 20;
  var state = { query: '', section: '', mode: 'chars', shown: 0, serial: 0 };
  var timer = 0;

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function setStatus(message) {
    status.textContent = message;
  }

  function renderChips(counts) {
    chips.innerHTML = '';
    var sections = [['', text.all, counts.all]].concat(text.sections.map(function (s) {
      return [s.key, s.label, counts[s.key] || 0];
    }));
    sections.forEach(function (s) {
      if (s[0] && !s[2]) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.setAttribute('aria-pressed', String(state.section === s[0]));
      button.textContent = s[1] + ' ' + s[2];
      button.addEventListener('click', function () {
        state.section = s[0];
        search(false);
      });
      chips.appendChild(button);
    });
  }

  function renderResults(results, append) {
    if (!append) {
      list.innerHTML = '';
    }
    results.forEach(function (r) {
      var item = document.createElement('li');
      item.className = 'search-result';
      item.innerHTML =
        '<h2 class="search-result__title"><a href="' + r.href + '">' + r.titleHtml + '</a></h2>' +
        '<p class="search-result__meta"><span class="badge badge--section">' + r.sectionLabel + '</span> ' +
        '<time datetime="' + r.date + '">' + r.date + '</time>' +
        (r.expired ? ' <span class="badge badge--expired">' + text.expired + '</span>' : '') + '</p>' +
        '<p class="search-result__snippet">' + r.snippetHtml + '</p>';
      list.appendChild(item);
      if (!r.matched) {
        // The match is in the page's text, not its summary: cut the snippet there once the text is loaded.
        PortalSearch.bodySnippet(r).then(function (better) {
          item.querySelector('.search-result__snippet').innerHTML = better.snippetHtml;
        }).catch(function () { /* keep the summary */ });
      }
    });
  }

  function search(append) {
    var query = input.value.trim();
    var serial = ++state.serial;
    if (!append) {
      state.shown = 0;
    }
    if (!query) {
      list.innerHTML = '';
      chips.innerHTML = '';
      more.hidden = true;
      setStatus(text.prompt);
      return;
    }
    // A short letters-only query that is not pinyin ("sc") is most likely initials: try both, keep the richer.
    var letters = /^[a-z]{1,8}$/i.test(query) && !PortalSearch.isPinyin(query);
    var options = { section: state.section, limit: PAGE, offset: state.shown };
    PortalSearch.run(query, options).then(function (r) {
      if (!letters) {
        return r;
      }
      return PortalSearch.run(query, { mode: 'initials', section: state.section, limit: PAGE, offset: state.shown })
        .then(function (byInitials) {
          byInitials.initials = true;
          return byInitials.total >= r.total && byInitials.total > 0 ? byInitials : r;
        });
    }).then(function (r) {
      if (serial !== state.serial) {
        return;
      }
      renderChips(r.counts);
      renderResults(r.results, append);
      state.shown += r.results.length;
      more.hidden = state.shown >= r.total;
      if (r.counts.all === 0) {
        setStatus(format(text.none, { q: query }));
      } else {
        setStatus(format(r.initials ? text.foundInitials : text.found, { q: query, n: r.total }));
      }
    }).catch(function (error) {
      setStatus(error.message);
    });
  }

  function remember() {
    try {
      history.replaceState(null, '', '?q=' + encodeURIComponent(input.value.trim()));
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search still works.
    }
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.section = ''; search(false); remember(); }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    state.section = '';
    search(false);
    remember();
  });
  more.addEventListener('click', function () { search(true); });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
  }
  search(false);
})();
