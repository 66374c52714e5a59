/* One poster page serves every paper size: the build writes a stylesheet per size (style[data-paper]),
   the default one active, and the URL names another (a4.html#a3; a3.html sends there). Switch before the
   fit below measures: every length scales with the size, so the cut stays the same. */
(function () {
  var sheets = [].slice.call(document.querySelectorAll("style[data-paper]"));
  function paper(s) { return s.getAttribute("data-paper"); }
  function pick() {
    var wanted = location.hash.slice(1).toLowerCase();
    var chosen = sheets.filter(function (s) { return paper(s) === wanted; })[0];
    var active = sheets.filter(function (s) { return s.media !== "not all"; })[0];
    if (!chosen || chosen === active) return;
    sheets.forEach(function (s) { s.media = s === chosen ? "all" : "not all"; });
    if (active) document.title = document.title.replace("（" + paper(active).toUpperCase() + " ", "（" + paper(chosen).toUpperCase() + " ");
  }
  pick();
  window.addEventListener("hashchange", pick);
})();
/* The build cut the body by an estimate and kept what follows hidden (data-rest). The browser knows the
   real sizes: show hidden parts again while they fit, hide more from the end if the estimate was too
   generous, and say "扫码阅读全文" only when something is left out. Without scripts the build's cut stands. */
(function () {
  var body = document.querySelector("[data-poster-body]"), more = document.querySelector("[data-poster-more]");
  if (!body || !more) return;
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
  more.hidden = body.querySelector("[data-rest]") === null;
  var rest = [].slice.call(body.querySelectorAll("[data-rest]"));
  for (var i = 0; i < rest.length; i++) {
    if (rest[i].parentElement.closest("[hidden]")) continue;
    if (!reveal(rest[i])) break;
  }
  while (overflows() && trim()) { more.hidden = false; }
  var blocks = visible([].slice.call(body.children));
  for (var j = blocks.length - 1; j >= 0 && /^H[1-6]$/.test(blocks[j].tagName); j--) hide(blocks[j]);
  more.hidden = !body.querySelector("[data-rest][hidden]");
  // Showing the note took room: the last part may no longer fit.
  while (overflows() && trim()) { more.hidden = false; }
})();
