/* 科技之窗 kiosk behaviour (kiosk builds only). Runs from file:// with no network.
 *
 * Time is decided here, from the browser's clock and the windows the build embedded in
 * assets/kiosk-data.js (window.PortalKiosk.items: url → [from, until, months], epoch ms), so a kiosk left
 * offline for a month still hides expired notices, shows scheduled ones on their day and follows the
 * calendar for 本月农事. Without JavaScript the build-time state shows instead.
 *
 * State that must survive page loads (大字, the last touch, "start the attract loop") lives in
 * sessionStorage: the kiosk is one tab, and the idle reset clears it for the next person.
 */
(function () {
  'use strict';

  var data = window.PortalKiosk || { items: {}, profile: { idleSeconds: 90, attractSeconds: 8 }, timeZone: 'Asia/Shanghai', counts: {} };
  var KEY_LARGE = 'portal-kiosk-large';
  var KEY_ACTIVE = 'portal-kiosk-active';
  var KEY_ATTRACT = 'portal-kiosk-attract';
  var html = document.documentElement;
  var idleMs = Math.max(1, Number(data.profile.idleSeconds) || 90) * 1000;
  var dwellMs = Math.max(1, Number(data.profile.attractSeconds) || 8) * 1000;

  function load(key) {
    try { return window.sessionStorage.getItem(key); } catch (e) { return null; }
  }

  function save(key, value) {
    try {
      if (value === null) { window.sessionStorage.removeItem(key); } else { window.sessionStorage.setItem(key, value); }
    } catch (e) { /* storage disabled: the kiosk still works, it just forgets between pages */ }
  }

  // Before the first paint: a page opened long after the last touch belongs to the next person.
  var lastActive = Number(load(KEY_ACTIVE)) || 0;
  if (lastActive && Date.now() - lastActive >= idleMs) {
    save(KEY_LARGE, null);
  }
  if (load(KEY_LARGE) === '1') { html.classList.add('is-large'); }
  html.classList.add('js');

  // ---- Time ---------------------------------------------------------------------------------------

  /** True/false for an item the build knows, null for anything else (left as the build rendered it). */
  function isCurrent(url) {
    var w = data.items[url];
    if (!w) { return null; }
    var now = Date.now();
    return w[0] <= now && (w[1] === null || now < w[1]);
  }

  function monthNow() {
    try {
      return Number(new Intl.DateTimeFormat('en-US', { timeZone: data.timeZone, month: 'numeric' }).format(new Date()));
    } catch (e) {
      return new Date().getMonth() + 1;
    }
  }

  function each(selector, fn, scope) {
    Array.prototype.forEach.call((scope || document).querySelectorAll(selector), fn);
  }

  function applyTime() {
    var month = String(monthNow());
    each('[data-this-month]', function (el) { el.textContent = month; });

    // Home lists: the first N items that are current now (and, for 本月农事, apply this month).
    each('[data-limit]', function (list) {
      var limit = Number(list.getAttribute('data-limit'));
      var byMonth = list.hasAttribute('data-by-month');
      var shown = 0;
      each(':scope > [data-item]', function (el) {
        var ok = isCurrent(el.getAttribute('data-item')) !== false;
        if (byMonth) { ok = ok && (' ' + el.getAttribute('data-months') + ' ').indexOf(' ' + month + ' ') >= 0; }
        var show = ok && shown < limit;
        if (show) { shown++; }
        el.hidden = !show;
      }, list);
    });

    // Other lists: every item that is current now.
    each('.cards:not([data-limit]) > [data-item]', function (el) {
      var ok = isCurrent(el.getAttribute('data-item'));
      if (ok !== null) { el.hidden = !ok; }
    });

    // "Nothing here" notes follow their list.
    each('[data-empty]', function (note) {
      var list = note.previousElementSibling;
      if (list && list.matches('.cards')) { note.hidden = list.querySelector(':scope > [data-item]:not([hidden])') !== null; }
    });

    // A notice page whose validity ended after the build.
    var banner = document.querySelector('[data-expired-banner]');
    var item = document.body.getAttribute('data-item');
    if (banner && item) {
      var w = data.items[item];
      banner.hidden = !(w && w[1] !== null && Date.now() >= w[1]);
    }

    var clock = document.querySelector('[data-clock]');
    if (clock) { clock.textContent = formatTime(new Date(), { month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' }); }
  }

  function formatTime(date, options) {
    options.timeZone = data.timeZone;
    try { return new Intl.DateTimeFormat('zh-CN', options).format(date); } catch (e) { return date.toLocaleString(); }
  }

  // ---- Idle reset and attract loop ---------------------------------------------------------------

  var attract = null;
  var attractOn = false;
  var paused = false;
  var slideTimer = null;
  var slideIndex = -1;
  var leaving = false;

  function touched() {
    lastActive = Date.now();
    save(KEY_ACTIVE, String(lastActive));
  }

  function isHome() { return document.body.hasAttribute('data-is-home'); }

  function idleReset() {
    save(KEY_LARGE, null);
    html.classList.remove('is-large');
    syncLargeButton();
    stopReading();
    each('dialog[open]', function (d) { d.close(); });
    if (isHome()) {
      window.scrollTo(0, 0);
      startAttract();
    } else if (!leaving) {
      // Once: a second assignment while the first navigation loads would abort it.
      leaving = true;
      save(KEY_ATTRACT, '1');
      window.location.href = document.body.getAttribute('data-home');
    }
  }

  function slides() {
    var all = Array.prototype.filter.call(attract.querySelectorAll('.attract__slide[data-item]'), function (s) {
      return isCurrent(s.getAttribute('data-item')) !== false;
    });
    return all.length ? all : Array.prototype.slice.call(attract.querySelectorAll('.attract__slide--welcome'));
  }

  function showNextSlide() {
    var list = slides();
    each('.attract__slide', function (s) { s.hidden = true; }, attract);
    slideIndex = (slideIndex + 1) % list.length;
    list[slideIndex].hidden = false;
    scheduleSlide();
  }

  function scheduleSlide() {
    window.clearTimeout(slideTimer);
    if (attractOn && !paused) { slideTimer = window.setTimeout(showNextSlide, dwellMs); }
  }

  function startAttract() {
    if (!attract) { return; }
    attractOn = true;
    setPaused(false);
    slideIndex = -1;
    attract.hidden = false;
    html.classList.add('is-attract');
    showNextSlide();
  }

  function stopAttract() {
    attractOn = false;
    window.clearTimeout(slideTimer);
    attract.hidden = true;
    html.classList.remove('is-attract');
    touched();
  }

  function setPaused(value) {
    paused = value;
    var button = attract && attract.querySelector('[data-attract-pause]');
    if (button) {
      button.setAttribute('aria-pressed', paused ? 'true' : 'false');
      button.textContent = button.getAttribute(paused ? 'data-label-resume' : 'data-label-pause');
    }
    scheduleSlide();
  }

  function onActivity(event) {
    if (attractOn) {
      var pause = event.target && event.target.closest && event.target.closest('[data-attract-pause]');
      if (!pause && event.type !== 'scroll') {
        // The touch that ends the loop does nothing else.
        event.preventDefault();
        stopAttract();
      }
      return;
    }
    touched();
  }

  // ---- 大字 -------------------------------------------------------------------------------------

  function syncLargeButton() {
    each('[data-large]', function (b) { b.setAttribute('aria-pressed', html.classList.contains('is-large') ? 'true' : 'false'); });
  }

  function toggleLarge() {
    var on = html.classList.toggle('is-large');
    save(KEY_LARGE, on ? '1' : null);
    syncLargeButton();
  }

  // ---- 朗读 (read aloud) ------------------------------------------------------------------------

  var readButton = null;
  var readLabel = '';

  function chineseVoice() {
    if (!('speechSynthesis' in window)) { return null; }
    var voices = window.speechSynthesis.getVoices() || [];
    var exact = voices.filter(function (v) { return /^zh[-_]CN$/i.test(v.lang); });
    var any = voices.filter(function (v) { return /^zh[-_](CN|Hans)/i.test(v.lang); });
    return exact[0] || any[0] || null;
  }

  function syncReadButton() {
    if (readButton) { readButton.hidden = !chineseVoice(); }
  }

  function readableText() {
    var parts = [];
    each('main .doc__title, main .keypoints, main .facts, main .expert, main .prose', function (el) { parts.push(el.innerText); });
    return parts.join('。\n');
  }

  function stopReading() {
    if ('speechSynthesis' in window) { window.speechSynthesis.cancel(); }
    if (readButton) {
      readButton.setAttribute('aria-pressed', 'false');
      readButton.textContent = readLabel;
    }
  }

  function readAloud() {
    if (readButton.getAttribute('aria-pressed') === 'true') { stopReading(); return; }
    var voice = chineseVoice();
    if (!voice) { return; }
    // Sentence by sentence: Chromium cuts long utterances short on some systems.
    var sentences = readableText().split(/(?<=[。！？；\n])/).map(function (s) { return s.trim(); }).filter(Boolean);
    window.speechSynthesis.cancel();
    sentences.forEach(function (text, i) {
      var u = new SpeechSynthesisUtterance(text);
      u.lang = 'zh-CN';
      u.voice = voice;
      u.rate = 0.9;
      if (i === sentences.length - 1) { u.onend = stopReading; }
      window.speechSynthesis.speak(u);
    });
    readButton.setAttribute('aria-pressed', 'true');
    readButton.textContent = readButton.getAttribute('data-label-stop');
  }

  // ---- Staff corner -----------------------------------------------------------------------------

  function openStaffPanel() {
    var panel = document.getElementById('kiosk-staff');
    if (!panel) { return; }
    var counts = { active: 0, expired: 0, scheduled: 0 };
    var now = Date.now();
    Object.keys(data.items).forEach(function (url) {
      var w = data.items[url];
      if (now < w[0]) { counts.scheduled++; } else if (w[1] !== null && now >= w[1]) { counts.expired++; } else { counts.active++; }
    });
    var p = data.profile;
    var facts = {
      buildId: data.buildId || '',
      buildTime: data.buildTime || '',
      profile: [p.id, p.name, p.region].filter(Boolean).join(' · '),
      counts: panel.getAttribute('data-counts-format').replace(/\{(\w+)\}/g, function (m, k) { return String(counts[k]); }),
      clock: formatTime(new Date(), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }),
    };
    each('[data-staff]', function (dd) { dd.textContent = facts[dd.getAttribute('data-staff')]; }, panel);
    panel.showModal();
  }

  function longPress(element, ms, action) {
    var timer = null;
    function cancel() { window.clearTimeout(timer); timer = null; }
    element.addEventListener('pointerdown', function () { cancel(); timer = window.setTimeout(action, ms); });
    ['pointerup', 'pointerleave', 'pointercancel'].forEach(function (type) { element.addEventListener(type, cancel); });
  }

  // ---- On-screen keyboard (search) --------------------------------------------------------------

  function setUpSearch(box) {
    var field = box.querySelector('[data-search-field]');
    var status = box.querySelector('[data-search-status]');
    var results = box.querySelector('[data-search-results]');
    var root = document.body.getAttribute('data-root') || '';
    var mode = 'initials';
    var sequence = 0;

    function render(list) {
      var shown = (list || []).filter(function (r) { return !r.expired && isCurrent(r.url) !== false; });
      results.textContent = '';
      shown.forEach(function (r) {
        var li = document.createElement('li');
        li.className = 'card card--' + (r.section || '');
        var h = document.createElement('h2');
        h.className = 'card__title';
        var a = document.createElement('a');
        a.href = root + r.url + (r.url === '' || /\/$/.test(r.url) ? 'index.html' : '');
        a.textContent = r.title;
        h.appendChild(a);
        var meta = document.createElement('p');
        meta.className = 'card__meta';
        meta.textContent = [r.sectionLabel, r.date].filter(Boolean).join('　');
        var snippet = document.createElement('p');
        snippet.className = 'card__excerpt';
        snippet.textContent = r.snippet || '';
        li.appendChild(h);
        li.appendChild(meta);
        li.appendChild(snippet);
        results.appendChild(li);
      });
      status.textContent = shown.length
        ? box.getAttribute('data-label-count').replace('{0}', String(shown.length))
        : box.getAttribute('data-label-empty');
    }

    function run() {
      var query = field.value;
      var mine = ++sequence;
      results.textContent = '';
      if (!query) { status.textContent = ''; return; }
      if (!window.PortalSearch || typeof window.PortalSearch.search !== 'function') {
        status.textContent = box.getAttribute('data-label-unavailable');
        return;
      }
      Promise.resolve(window.PortalSearch.search(query, { mode: mode })).then(function (list) {
        if (mine === sequence) { render(list); }
      }, function () {
        if (mine === sequence) { status.textContent = box.getAttribute('data-label-unavailable'); }
      });
    }

    box.addEventListener('click', function (event) {
      var key = event.target.closest('button');
      if (!key) { return; }
      if (key.hasAttribute('data-key')) { field.value += key.getAttribute('data-key'); }
      else if (key.hasAttribute('data-key-backspace')) { field.value = field.value.slice(0, -1); }
      else if (key.hasAttribute('data-key-clear')) { field.value = ''; }
      else if (key.hasAttribute('data-mode')) {
        mode = key.getAttribute('data-mode');
        each('[data-mode]', function (b) { b.setAttribute('aria-pressed', b === key ? 'true' : 'false'); }, box);
      } else { return; }
      run();
    });
  }

  // ---- No way out -------------------------------------------------------------------------------

  function lockDown() {
    document.addEventListener('contextmenu', function (e) { e.preventDefault(); });
    document.addEventListener('dragstart', function (e) { e.preventDefault(); });
    document.addEventListener('selectstart', function (e) {
      var el = e.target.nodeType === 1 ? e.target : e.target.parentElement;
      if (!el || !el.closest('input')) { e.preventDefault(); }
    });
    // Pinch and ctrl+wheel zoom would break the layout; the page scrolls with one finger only.
    document.addEventListener('touchmove', function (e) { if (e.touches.length > 1) { e.preventDefault(); } }, { passive: false });
    document.addEventListener('gesturestart', function (e) { e.preventDefault(); });
    document.addEventListener('wheel', function (e) { if (e.ctrlKey) { e.preventDefault(); } }, { passive: false });
    document.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0'].indexOf(e.key) >= 0) { e.preventDefault(); }
    });
    // The build already turned every outside link into a QR code; this is the safety net.
    document.addEventListener('click', function (e) {
      var a = e.target.closest && e.target.closest('a[href]');
      if (a && (a.protocol !== window.location.protocol || a.host !== window.location.host)) { e.preventDefault(); }
    });
  }

  // ---- Start --------------------------------------------------------------------------------------

  function start() {
    lockDown();
    attract = document.querySelector('[data-attract]');
    applyTime();
    window.setInterval(applyTime, 30000);
    syncLargeButton();

    each('[data-large]', function (b) { b.addEventListener('click', toggleLarge); });
    each('[data-back]', function (a) {
      a.addEventListener('click', function (e) {
        if (window.history.length > 1) { e.preventDefault(); window.history.back(); }
      });
    });
    each('[data-qr]', function (b) {
      b.addEventListener('click', function () { document.getElementById(b.getAttribute('data-qr')).showModal(); });
    });
    each('dialog', function (d) {
      d.addEventListener('click', function (e) { if (e.target === d || e.target.closest('[data-close]')) { d.close(); } });
    });
    each('[data-staff-corner]', function (el) { longPress(el, 2000, openStaffPanel); });
    each('[data-search]', setUpSearch);

    readButton = document.querySelector('[data-read-aloud]');
    if (readButton) {
      readLabel = readButton.textContent;
      readButton.addEventListener('click', readAloud);
      syncReadButton();
      if ('speechSynthesis' in window) { window.speechSynthesis.addEventListener('voiceschanged', syncReadButton); }
    }

    if (attract) {
      attract.querySelector('[data-attract-pause]').addEventListener('click', function () { setPaused(!paused); });
    }

    ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'].forEach(function (type) {
      window.addEventListener(type, onActivity, { capture: true, passive: false });
    });
    touched();
    if (isHome() && load(KEY_ATTRACT) === '1') {
      save(KEY_ATTRACT, null);
      window.scrollTo(0, 0);
      startAttract();
    }
    window.setInterval(function () {
      if (!attractOn && Date.now() - lastActive >= idleMs) { idleReset(); }
    }, 1000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
