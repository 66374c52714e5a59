using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;

namespace Portal.Benchmarks;

/// <summary>
/// One query, cold, in one engine: time from the search call to resolved results (first page: 20), what
/// was loaded for it, and the result URLs (site-relative, "notices/slug/"). Bytes are the files' sizes as
/// served, uncompressed; <see cref="GzipBytes"/> is what a gzip-enabled web server would send (ours only:
/// Pagefind's files are compressed already). <see cref="IndexReadyMs"/> is when search/index.js, which the page
/// loads as it opens, had arrived, counted from the navigation (null where the engine has no such file, and
/// from file://, which Chromium keeps no resource timing for):
/// <see cref="Ms"/> starts after the page's load event, so this is the part of the wait a query no longer sees.
/// </summary>
internal sealed record ProbeRun(string Query, double Ms, int Total, IReadOnlyList<string> Urls, long Bytes, long? GzipBytes, int Files, double? IndexReadyMs = null);

/// <summary>The engine's PortalSearch, on the search page from file:// or HTTP.</summary>
internal sealed class PortalProbe(ChromiumSession browser, string siteDir, string searchPageUrl, DateTimeOffset now)
{
    public const int FirstPage = 20;

    private const string Script = """
        async ([query, mode, limit, now]) => {
          const start = performance.now();
          const r = await PortalSearch.run(query, { mode, limit, now });
          const ms = performance.now() - start;
          const index = performance.getEntriesByType('resource').find(e => e.name.endsWith('/search/index.js'));
          return { ms, total: r.total, urls: r.results.map(x => x.url), files: PortalSearch.loadedFiles(), indexReady: index ? index.responseEnd : null };
        }
        """;

    private readonly Dictionary<string, (long Raw, long Gzip)> _sizes = new(StringComparer.Ordinal);

    public Task<ProbeRun> RunAsync(string query, string mode = "chars", int limit = FirstPage) =>
        browser.WithPageAsync(searchPageUrl, async page =>
        {
            var r = await page.EvaluateAsync<JsonElement>(Script, new object[] { query, mode, limit, now.ToString("o") });
            var files = r.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
            var sizes = files.Select(Size).ToList();
            return new ProbeRun(query, r.GetProperty("ms").GetDouble(), r.GetProperty("total").GetInt32(),
                r.GetProperty("urls").EnumerateArray().Select(u => SiteUrl.Normalize(u.GetString()!)).ToList(),
                sizes.Sum(s => s.Raw), sizes.Sum(s => s.Gzip), files.Count,
                r.GetProperty("indexReady").ValueKind == JsonValueKind.Number ? r.GetProperty("indexReady").GetDouble() : null);
        });

    private (long Raw, long Gzip) Size(string relative)
    {
        if (!_sizes.TryGetValue(relative, out var size))
        {
            var bytes = File.ReadAllBytes(Path.Combine(siteDir, relative));
            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(bytes);
            }

            _sizes[relative] = size = (bytes.Length, packed.Length);
        }

        return size;
    }
}

/// <summary>
/// Pagefind in the browser, over HTTP from <see cref="StaticServer"/>: a blank page imports pagefind.js
/// (as our search page loads search.js), then the timed part is <c>search()</c> plus <c>data()</c> of the
/// first results, what a results list needs. Bytes are everything the server sent under /pagefind/ during
/// that part (entry, WASM, metadata, index chunks, fragments).
/// </summary>
internal sealed class PagefindProbe(ChromiumSession browser, StaticServer server)
{
    public const string PagePath = "/__bench/pagefind.html";

    public const string Page = """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind probe</title></head>
        <body><script type="module">window.pagefindReady = import('/pagefind/pagefind.js');</script></body></html>
        """;

    private const string Script = """
        async ([query, limit]) => {
          const pagefind = await window.pagefindReady;
          const start = performance.now();
          const search = await pagefind.search(query);
          const shown = await Promise.all(search.results.slice(0, limit).map(r => r.data()));
          const ms = performance.now() - start;
          return { ms, total: search.results.length, urls: shown.map(d => d.url) };
        }
        """;

    public Task<ProbeRun> RunAsync(string query, int limit = PortalProbe.FirstPage) =>
        browser.WithPageAsync(server.BaseUrl.TrimEnd('/') + PagePath, async page =>
        {
            await page.WaitForFunctionAsync("() => window.pagefindReady");
            await page.EvaluateAsync("() => window.pagefindReady.then(() => true)");
            var before = server.Counted;
            var r = await page.EvaluateAsync<JsonElement>(Script, new object[] { query, limit });
            var after = server.Counted;
            return new ProbeRun(query, r.GetProperty("ms").GetDouble(), r.GetProperty("total").GetInt32(),
                r.GetProperty("urls").EnumerateArray().Select(u => SiteUrl.Normalize(u.GetString()!)).ToList(),
                after.Bytes - before.Bytes, null, (int)(after.Requests - before.Requests));
        });
}

/// <summary>Page addresses as both engines give them ("/notices/a/", "notices/a/index.html", percent-encoded) in one form: "notices/a/".</summary>
internal static class SiteUrl
{
    public static string Normalize(string url)
    {
        var path = Uri.UnescapeDataString(url.Split('#', '?')[0]).TrimStart('/');
        if (path.EndsWith("index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        return path.Length == 0 || path.EndsWith('/') ? path : path + "/";
    }
}
