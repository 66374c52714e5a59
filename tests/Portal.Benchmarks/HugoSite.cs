using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>
/// Writes the same corpus as a Hugo site, for a reference point: same documents and Markdown bodies,
/// front matter reduced to what Hugo knows (title, date, tags, summary; scheduled documents become
/// drafts), and deliberately simple layouts that still do the comparable work: every document page with
/// its table of contents and tag links, section and tag lists paginated by 20 with a full pager, a home
/// page with the newest five per section, RSS and a sitemap (Hugo's defaults).
/// It does not reproduce what the engine adds (region, category and year pages, Atom feeds, link
/// checking, sanitizing, expiry: Hugo lists expired notices too): the comparison is "a mainstream
/// generator on the same content", not equal work.
/// </summary>
internal static partial class HugoSite
{
    /// <summary>Editors' links (<c>../notices/x.md</c>) → Hugo's pretty URL seen from /notices/y/: <c>../../notices/x/</c>.</summary>
    [GeneratedRegex(@"\]\(\.\./(notices|techniques|policies)/([a-z0-9-]+)\.md\)")]
    private static partial Regex EditorLink();

    public static void Write(GeneratedCorpus corpus, string siteDir, Trash trash)
    {
        foreach (var generated in new[] { "content", "layouts", "public" })
        {
            trash.MoveAside(Path.Combine(siteDir, generated));
        }

        Directory.CreateDirectory(siteDir);
        File.WriteAllText(Path.Combine(siteDir, "hugo.toml"), Config);
        WriteFile(siteDir, "content/_index.md", "---\ntitle: \"首页\"\n---\n");
        foreach (var (folder, title) in new[] { ("notices", "通知公告"), ("techniques", "实用技术"), ("policies", "政策解读") })
        {
            WriteFile(siteDir, $"content/{folder}/_index.md", $"---\ntitle: \"{title}\"\n---\n");
        }

        foreach (var doc in corpus.Documents)
        {
            WriteFile(siteDir, "content/" + doc.RelativePath, Text(doc));
        }

        foreach (var (path, text) in Layouts)
        {
            WriteFile(siteDir, "layouts/" + path, text);
        }
    }

    public static string Text(SyntheticDocument doc)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Yaml.Quote(doc.Title)).Append('\n');
        text.Append("date: ").Append(Yaml.Rfc3339(doc.Date)).Append('\n');
        if (doc.Summary is { } summary)
        {
            text.Append("summary: ").Append(Yaml.Quote(summary)).Append('\n');
        }

        text.Append("tags: ").Append(Yaml.List(doc.Tags)).Append('\n');
        if (doc.IsScheduled)
        {
            text.Append("draft: true\n");
        }

        return text.Append("---\n\n").Append(EditorLink().Replace(doc.Body, "](../../$1/$2/)")).ToString();
    }

    private static void WriteFile(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // buildFuture: Hugo's clock is the real one while the engine's "now" is fixed; scheduled documents
    // are marked draft instead, so both publish the same set whatever the date of the run.
    // paginate (not pagination.pagerSize) because Debian's Hugo is 0.111.
    private const string Config = """
        baseURL = "https://kjzc.example.org/"
        title = "郴州科技之窗（基准测试语料）"
        languageCode = "zh-CN"
        defaultContentLanguage = "zh-cn"
        hasCJKLanguage = true
        timeZone = "Asia/Shanghai"
        paginate = 20
        buildFuture = true
        enableRobotsTXT = true

        [taxonomies]
          tag = "tags"
        """;

    private static readonly (string Path, string Text)[] Layouts =
    [
        ("_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
            <link rel="canonical" href="{{ .Permalink }}">
            </head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
            <nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}<a href="{{ "/tags/" | relURL }}">标签</a></nav>
            </header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer><p>郴州市科学技术局</p></footer>
            </body>
            </html>
            """),
        ("_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time> · <a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></p>
            {{ with .GetTerms "tags" }}<p>{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
            {{ with .TableOfContents }}<nav class="toc">{{ . }}</nav>{{ end }}
            {{ .Content }}
            </article>
            {{ end }}
            """),
        ("_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $pager := .Paginate .Pages }}
            <ul>
            {{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary | plainify }}</p></li>
            {{ end }}
            </ul>
            {{ if gt $pager.TotalPages 1 }}<nav class="pager">{{ range $pager.Pagers }}<a href="{{ .URL }}"{{ if eq .PageNumber $pager.PageNumber }} aria-current="page"{{ end }}>{{ .PageNumber }}</a> {{ end }}</nav>{{ end }}
            {{ end }}
            """),
        ("_default/taxonomy.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a>（{{ .Count }}）</li>{{ end }}</ul>
            {{ end }}
            """),
        ("index.html", """
            {{ define "main" }}
            {{ range site.Sections }}
            <section><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <ul>{{ range first 5 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
            </section>
            {{ end }}
            {{ end }}
            """),
    ];
}
