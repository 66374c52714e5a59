/* A document's poster is its own page, printed another way. The page carries the poster's frame in
   <template id="poster-sheet"> (band, title, facts, footer; no body, no QR code). When the address asks
   for it (#poster-a4, #poster-a3) this script shows that sheet in place of the page, with poster.css in
   place of the site's stylesheet, fills it with the page's own text cut to one sheet, and draws the QR
   code (lean-qr, loaded on demand). Removing the fragment brings the page back. Every length scales with
   the paper (--u), so A4 and A3 show the same cut. html[data-poster] names the size once the sheet is
   ready: `portal poster` waits for it before printing. */
(function () {
  var template = document.getElementById("poster-sheet");
  if (!template) return;
  var root = document.documentElement;
  // poster.css and lean-qr live beside this script, which works under any sub-path and from file://.
  var assets = document.currentScript.src.replace(/[^/]*$/, "");
  var page = null, sheet = null, papers = [], posterCss = null;

  function wanted() {
    var m = /^#poster-(a\d)$/i.exec(location.hash);
    return m ? m[1].toLowerCase() : null;
  }

  function pageStyles() {
    return [].slice.call(document.querySelectorAll("link[rel=stylesheet]:not([data-poster])"));
  }

  function load(element, done) {
    element.addEventListener("load", done);
    element.addEventListener("error", done);
  }

  // The page's text made fit for paper: no images, media, footnotes or tables of contents; links read as text.
  function bodyFromPage(target) {
    var prose = page.querySelector(".prose");
    if (!prose) return;
    var copy = prose.cloneNode(true);
    [].forEach.call(copy.querySelectorAll("img, figure, picture, video, audio, iframe, object, embed, a.footnote-ref, .footnotes, nav, script"), function (e) { e.remove(); });
    [].forEach.call(copy.querySelectorAll("a"), function (a) { a.replaceWith.apply(a, [].slice.call(a.childNodes)); });
    [].forEach.call(copy.querySelectorAll("[id]"), function (e) { e.removeAttribute("id"); });
    while (copy.firstChild) target.appendChild(copy.firstChild);
    [].slice.call(target.childNodes).forEach(function (n) { if (n.nodeType !== 1) n.remove(); });
  }

  function drawQr(box) {
    function draw() {
      var qr = window.LeanQr.generate(box.getAttribute("data-poster-qr"), { minCorrectionLevel: window.LeanQr.correction.M });
      box.innerHTML = window.LeanQr.toSvgSource(qr, { on: "#000", off: "#fff", pad: 4 });
      var svg = box.firstElementChild;
      svg.removeAttribute("width");
      svg.removeAttribute("height");
      svg.setAttribute("class", "qr__code");
      svg.setAttribute("aria-hidden", "true");
    }
    if (window.LeanQr) { draw(); return Promise.resolve(); }
    return new Promise(function (resolve) {
      var script = document.createElement("script");
      script.src = assets + "vendor/lean-qr.js";
      load(script, function () { if (window.LeanQr) draw(); resolve(); });
      document.head.appendChild(script);
    });
  }

  // One @page style per paper size ("A4 15 1;A3 21.2 1.414": name, margin and --u in mm).
  function paperStyles() {
    return template.getAttribute("data-papers").split(";").map(function (entry) {
      var p = entry.split(" "), style = document.createElement("style");
      style.setAttribute("data-paper", p[0].toLowerCase());
      style.media = "not all";
      style.textContent = "@page { size: " + p[0] + " portrait; margin: " + p[1] + "mm; } :root { --u: " + p[2] + "mm; }";
      return style;
    });
  }

  // Builds the sheet once: its paper styles and poster.css go into the head, switched off until used.
  function build() {
    var content = template.content.cloneNode(true);
    papers = paperStyles();
    papers.forEach(function (s) { document.head.appendChild(s); });
    posterCss = document.createElement("link");
    posterCss.rel = "stylesheet";
    posterCss.href = assets + "poster.css";
    posterCss.setAttribute("data-poster", "");
    var ready = new Promise(function (resolve) { load(posterCss, resolve); });
    document.head.appendChild(posterCss);
    sheet = document.createElement("body");
    sheet.className = "poster";
    sheet.appendChild(content.querySelector(".sheet"));
    bodyFromPage(sheet.querySelector("[data-poster-body]"));
    // The address as printed under the code: without the scheme, which nobody types.
    sheet.querySelector(".foot__url").textContent = sheet.querySelector("[data-poster-qr]").getAttribute("data-poster-qr").replace(/^https?:\/\//, "");
    return Promise.all([ready, drawQr(sheet.querySelector("[data-poster-qr]"))]);
  }

  // Shows the hidden blocks again while they fit; says "扫码阅读全文" only when something is left out.
  function fit() {
    var body = sheet.querySelector("[data-poster-body]"), more = sheet.querySelector("[data-poster-more]");
    function overflows() { return body.scrollHeight > body.clientHeight + 1; }
    function hide(e) { e.hidden = true; e.setAttribute("data-rest", ""); }
    function partsOf(e) { return [].slice.call(e.querySelectorAll(":scope > li, :scope > tbody > tr")); }
    function visible(list) { return list.filter(function (e) { return !e.hidden; }); }
    // Shows a hidden block; a list or table that does not fit whole shows the items or rows that do.
    function reveal(e) {
      e.hidden = false;
      if (!overflows()) return true;
      var parts = partsOf(e), shown = 0;
      parts.forEach(hide);
      for (var k = 0; k < parts.length; k++) {
        parts[k].hidden = false;
        if (overflows()) { parts[k].hidden = true; break; }
        shown++;
      }
      if (shown < (e.tagName === "TABLE" ? 2 : 1)) e.hidden = true;
      return false;
    }
    // Hides the last visible block, or the last item or row of a list or table.
    function trim() {
      var blocks = visible([].slice.call(body.children));
      var last = blocks[blocks.length - 1];
      if (!last) return false;
      var parts = visible(partsOf(last));
      if (parts.length > (last.tagName === "TABLE" ? 2 : 1)) hide(parts[parts.length - 1]); else hide(last);
      return true;
    }
    var lead = body.querySelector(":scope > .lead");
    if (lead) lead.remove();
    [].forEach.call(body.querySelectorAll("[data-rest]"), function (e) { e.hidden = false; e.removeAttribute("data-rest"); });
    var blocks = [].slice.call(body.children);
    blocks.forEach(hide);
    more.hidden = true;
    for (var i = 0; i < blocks.length; i++) {
      if (!reveal(blocks[i])) break;
    }
    // A heading with nothing under it reads like a mistake on paper.
    var shown = visible(blocks);
    for (var j = shown.length - 1; j >= 0 && /^H[1-6]$/.test(shown[j].tagName); j--) hide(shown[j]);
    more.hidden = !body.querySelector("[data-rest][hidden]");
    // Showing the note took room: the last part may no longer fit.
    while (overflows() && trim()) { more.hidden = false; }
    // Not even the first section fits: the page's summary stands in for it.
    var summary = document.querySelector("meta[name=description]");
    if (!visible(blocks).length && summary && summary.content) {
      lead = document.createElement("p");
      lead.className = "lead";
      lead.textContent = summary.content;
      body.prepend(lead);
      if (overflows()) lead.hidden = true;
    }
  }

  function show(size) {
    papers.forEach(function (s) { s.media = s.getAttribute("data-paper") === size ? "all" : "not all"; });
    posterCss.media = "all";
    pageStyles().forEach(function (l) { l.disabled = true; });
    if (document.body !== sheet) root.replaceChild(sheet, document.body);
    document.title = sheet.querySelector("h1.title").textContent + template.getAttribute("data-title").replace("{paper}", size.toUpperCase());
    var fonts = document.fonts ? document.fonts.ready : Promise.resolve();
    return fonts.then(function () {
      fit();
      root.setAttribute("data-poster", size);
    });
  }

  function hideSheet() {
    if (!sheet || document.body !== sheet) return;
    root.replaceChild(page, sheet);
    papers.forEach(function (s) { s.media = "not all"; });
    posterCss.media = "not all";
    pageStyles().forEach(function (l) { l.disabled = false; });
    document.title = pageTitle;
    root.removeAttribute("data-poster");
  }

  var pageTitle = document.title, building = null;
  function apply() {
    var size = wanted();
    if (!size) { hideSheet(); return; }
    root.removeAttribute("data-poster");
    page = page || document.body;
    building = building || build();
    building.then(function () { if (wanted() === size) return show(size); });
  }

  apply();
  window.addEventListener("hashchange", apply);
})();
