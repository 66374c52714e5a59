// The portal's additions to Decap CMS (loaded after decap-cms.js by admin/index.html):
// 1. the slug of a new entry is the title's pinyin, exactly as `portal new` makes it (Text/Slugs.cs),
// 2. a preview per section that uses the site's own stylesheet and the page's classes.
//
// Why not Decap's own slug: its slug templates can only sanitize the title (Chinese is dropped or kept as
// Han characters) and take no pinyin filter. Collections are `nested`, so the folder name is the entry's
// meta.path (网址名, not a front matter key), which this script proposes from the title. The pinyin table
// and the slugs already used on the site come from the build (site-data.js); Decap itself refuses a path
// that exists in the collection. An unmerged pull request's slug is not known here, so two drafts with the
// same title in flight at once would collide, and `portal check` reports the duplicate slug.
(function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;

  var table = {};
  window.PORTAL_PINYIN.split('\n').forEach(function (line) {
    var tab = line.indexOf('\t');
    var syllable = line.slice(0, tab);
    for (var ch of line.slice(tab + 1)) {
      table[ch] = syllable;
    }
  });
  var max = window.PORTAL_SLUG_MAX;
  var taken = new Set(window.PORTAL_TAKEN_SLUGS);

  // Slugs.FromTitle: Han characters in two-syllable words, ASCII letters and digits kept, the rest separates.
  function fromTitle(title) {
    var words = [];
    var han = [];
    var latin = '';
    function flushHan() {
      for (var i = 0; i < han.length; i += 2) {
        words.push(han.slice(i, i + 2).join(''));
      }
      han = [];
    }
    function flushLatin() {
      if (latin) {
        words.push(latin);
        latin = '';
      }
    }
    for (var c of title.normalize('NFKC')) {
      if (Object.prototype.hasOwnProperty.call(table, c)) {
        flushLatin();
        han.push(table[c]);
      } else if (/^[A-Za-z0-9]$/.test(c)) {
        flushHan();
        latin += c.toLowerCase();
      } else {
        flushHan();
        flushLatin();
      }
    }
    flushHan();
    flushLatin();
    var slug = '';
    for (var w of words) {
      if (slug.length > 0 && slug.length + 1 + w.length > max) {
        break;
      }
      slug += (slug.length > 0 ? '-' : '') + (w.length > max ? w.slice(0, max) : w);
    }
    return slug;
  }

  function unique(slug) {
    if (!taken.has(slug)) {
      return slug;
    }
    for (var n = 2; ; n++) {
      if (!taken.has(slug + '-' + n)) {
        return slug + '-' + n;
      }
    }
  }

  window.portalSlug = function (title) {
    return unique(fromTitle(title));
  };

  // Decap requires 网址名 (meta.path) before saving and offers no hook to compute it, so it is filled
  // in the form: while the editor types the title, the field follows the title's pinyin, until the editor
  // types a name of their own. This reaches into the form's DOM (Decap's `<name>-field-<n>` ids and
  // React's value setter), so check it after updating the bundle; the CMS test exercises it.
  var setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  document.addEventListener('input', function (event) {
    var title = event.target;
    // The entry's title is the form's first title field (interprets has a title of its own).
    if (!(title instanceof HTMLInputElement) || title !== document.querySelector('input[id^="title-field-"]')) {
      return;
    }
    var path = document.querySelector('input[id^="path-field-"]');
    if (!path || (path.value !== '' && path.value !== path.dataset.portalSlug)) {
      return;
    }
    var slug = window.portalSlug(title.value);
    path.dataset.portalSlug = slug;
    setValue.call(path, slug);
    path.dispatchEvent(new Event('input', { bubbles: true }));
  }, true);

  // Previews: the page's markup (theme/layouts/*.html) in the site's stylesheet.
  CMS.registerPreviewStyle('../assets/site.css');

  function text(entry, key) {
    var value = entry.getIn(['data', key]);
    return value === undefined || value === null || value === '' ? null : String(value);
  }

  function list(entry, key) {
    var value = entry.getIn(['data', key]);
    return value && value.toJS ? value.toJS() : [];
  }

  function fact(label, value) {
    return value ? h('div', {}, h('dt', {}, label), h('dd', {}, value)) : null;
  }

  function preview(kind, facts) {
    return createClass({
      render: function () {
        var entry = this.props.entry;
        var date = text(entry, 'date');
        return h('main', { id: 'main' },
          h('article', { className: 'doc wrap' },
            h('header', { className: 'doc__header' },
              h('p', { className: 'doc__kind' }, kind),
              h('h1', { className: 'doc__title' }, text(entry, 'title') || '（未填写标题）'),
              date ? h('p', { className: 'doc__byline' }, h('time', {}, date)) : null),
            facts ? h('dl', { className: 'facts' }, facts(entry, this.props)) : null,
            h('div', { className: 'doc__body prose' }, this.props.widgetFor('body'))));
      },
    });
  }

  CMS.registerPreviewTemplate('notices', preview('通知公告', function (entry) {
    return [
      fact('发文单位', text(entry, 'issuer')),
      fact('文号', text(entry, 'doc_no')),
      fact('有效期至', text(entry, 'expires')),
      fact('面向的地区', list(entry, 'regions').join('、')),
    ];
  }));
  CMS.registerPreviewTemplate('techniques', preview('实用技术', function (entry) {
    var expert = entry.getIn(['data', 'expert']);
    var name = expert && expert.get('name');
    return [
      fact('分类', text(entry, 'category')),
      fact('涉及', list(entry, 'subjects').join('、')),
      fact('适用月份', list(entry, 'months').map(function (m) { return m + '月'; }).join('、')),
      fact('联系专家', name ? [name, expert.get('org'), expert.get('phone')].filter(Boolean).join('，') : null),
    ];
  }));
  CMS.registerPreviewTemplate('policies', preview('政策解读', function (entry) {
    var original = entry.getIn(['data', 'interprets']);
    return [
      fact('发布单位', text(entry, 'issuer')),
      fact('解读的文件', original ? original.get('title') || original.get('ref') : null),
      fact('要点', list(entry, 'key_points').join('；')),
    ];
  }));
  CMS.registerPreviewTemplate('pages', preview('页面', null));
})();
