using System.Text;
using static System.FormattableString;

namespace Portal.Benchmarks;

/// <summary>The search benchmark's Markdown tables (for the README) and its number formats.</summary>
internal static class SearchReport
{
    private const long BudgetBytes = 300 * 1024;
    private const double BudgetMs = 100;
    private const double BudgetShare = 0.20;

    public static string Kb(long bytes) => Invariant($"{bytes / 1024.0:0.0} KB");

    public static string Mb(long bytes) => Invariant($"{bytes / 1024.0 / 1024.0:0.0} MB");

    public static string Ms(double ms) => Invariant($"{ms:0.0} ms");

    /// <summary>"3/4 (+2)": truth pages found of all truth pages, and results outside the truth.</summary>
    public static string Hits(IReadOnlySet<string> truth, IReadOnlyList<string> found) =>
        Invariant($"{found.Distinct().Count(truth.Contains)}/{truth.Count} (+{found.Distinct().Count(u => !truth.Contains(u))})");

    public static string Corpus(int docs, BuildShare share, IReadOnlyList<FileGroup> ours, IReadOnlyList<FileGroup> theirs, PagefindIndex pagefind,
        string version, IReadOnlyList<QueryRow> rows)
    {
        var text = new StringBuilder();
        var oursTotal = IndexFiles.Sum("all of search/", ours);
        var theirsTotal = IndexFiles.Sum("all", theirs);
        var theirsSearch = IndexFiles.Sum("search", theirs.Where(g => !g.Name.StartsWith("UI", StringComparison.Ordinal)));
        var shards = ours.FirstOrDefault(g => g.Name.StartsWith("shards", StringComparison.Ordinal));
        var chunks = theirs.FirstOrDefault(g => g.Name == "index/");
        text.AppendLine(Invariant($"search index, {Report.Count(docs)} docs (portal vs Pagefind {version} on the same built site):"));
        text.AppendLine();
        text.AppendLine($"| | portal | Pagefind {version} |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine($"| total index size | {Mb(oursTotal.Bytes)} in {Report.Count(oursTotal.Files)} files | {Mb(theirsTotal.Bytes)} in {Report.Count(theirsTotal.Files)} files ({Mb(theirsSearch.Bytes)} without its UI libraries) |");
        text.AppendLine($"| postings | {Report.Count(shards?.Files ?? 0)} shards, {Mb(shards?.Bytes ?? 0)} (largest {Kb(shards?.LargestBytes ?? 0)}) | {Report.Count(chunks?.Files ?? 0)} index chunks, {Mb(chunks?.Bytes ?? 0)} (largest {Kb(chunks?.LargestBytes ?? 0)}) |");
        text.AppendLine(Invariant($"| index build time | {Report.Seconds(share.SearchSeconds)} search stage = **{share.Share:P1}** of a {Report.Seconds(share.WallSeconds)} full build (goal ≤ {BudgetShare:P0}); writing its {Report.Count(share.SearchFiles)} of {Report.Count(share.OutputFiles)} files adds ≈ {Report.Seconds(share.EstimatedWriteSeconds)} to the write stage | {Report.Seconds(pagefind.Seconds)} (`npx pagefind`, a separate step after the build) |"));
        text.AppendLine();
        text.AppendLine("files by kind — portal: " + string.Join("; ", ours.Select(Describe)));
        text.AppendLine();
        text.AppendLine("files by kind — Pagefind: " + string.Join("; ", theirs.Select(Describe)));
        text.AppendLine();

        text.AppendLine(Invariant($"bytes loaded and time to first results ({PortalProbe.FirstPage} results with their titles), cold: a fresh browser context per query; {rows.GroupBy(r => r.Query.Length).Min(g => g.Count())} queries per length, median / max:"));
        text.AppendLine();
        text.AppendLine("| query | portal bytes loaded | portal, if gzip-served | Pagefind bytes transferred | portal file:// | portal HTTP | Pagefind HTTP |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var group in rows.GroupBy(r => r.Query.Length))
        {
            var list = group.ToList();
            text.AppendLine($"| {group.Key} characters | {Bytes(list.Select(r => r.File.Bytes))} | {Bytes(list.Select(r => r.File.GzipBytes ?? 0))} | {Bytes(list.Select(r => r.Pagefind.Bytes))} | {Time(list.Select(r => r.File.Ms))} | {Time(list.Select(r => r.Http.Ms))} | {Time(list.Select(r => r.Pagefind.Ms))} |");
        }

        // Chromium keeps no resource timing for file:// loads, so when index.js arrives is read over HTTP.
        var ready = rows.Select(r => r.Http.IndexReadyMs).OfType<double>().ToList();
        if (ready.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"portal's search/index.js loads with the page (the times above start after its load event): it had arrived {Time(ready)} after the navigation (HTTP, median / max)");
        }

        var worstBytes = rows.Max(r => r.File.Bytes);
        var worstMs = rows.Max(r => r.File.Ms);
        text.AppendLine();
        text.AppendLine(Invariant($"budgets (portal, file://): bytes ≤ 300 KB: {(worstBytes <= BudgetBytes ? "met" : "MISSED")} (max {Kb(worstBytes)}); time ≤ 100 ms: {(worstMs <= BudgetMs ? "met" : "MISSED")} (max {Ms(worstMs)}); build share ≤ 20 %: {(share.Share <= BudgetShare ? "met" : "MISSED")} ({share.Share:P1})"));
        text.AppendLine();
        text.AppendLine("per query:");
        text.AppendLine();
        text.AppendLine("| query | portal results | portal bytes (files) | portal file:// | Pagefind results | Pagefind bytes (requests) | Pagefind HTTP |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            text.AppendLine($"| {r.Query} | {Report.Count(r.File.Total)} | {Kb(r.File.Bytes)} ({r.File.Files}) | {Ms(r.File.Ms)} | {Report.Count(r.Pagefind.Total)} | {Kb(r.Pagefind.Bytes)} ({r.Pagefind.Files}) | {Ms(r.Pagefind.Ms)} |");
        }

        return text.ToString();
    }

    public static string Recall(int documents, string version, IReadOnlyList<RecallRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"recall on the sample site ({documents} document pages; truth = pages whose text contains the meaning; found/truth (+ other document pages found)):"));
        text.AppendLine();
        text.AppendLine($"| query | mode | meaning | truth | portal | portal recall | Pagefind {version} | Pagefind recall |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            text.AppendLine(Invariant($"| {r.Query.Query} | {r.Query.Mode} | {r.Query.Meaning} | {r.Truth.Count} | {Hits(r.Truth, r.Portal)} | {Recall(r.Truth, r.Portal)} | {Hits(r.Truth, r.Pagefind)} | {Recall(r.Truth, r.Pagefind)} |"));
        }

        var scored = rows.Where(r => r.Truth.Count > 0).ToList();
        text.AppendLine(Invariant($"| **all {scored.Count} queries** | | | {scored.Sum(r => r.Truth.Count)} | {scored.Sum(r => r.Portal.Distinct().Count(r.Truth.Contains))} | **{Micro(scored, r => r.Portal):P1}** (mean {scored.Average(r => Fraction(r.Truth, r.Portal)):P1}) | {scored.Sum(r => r.Pagefind.Distinct().Count(r.Truth.Contains))} | **{Micro(scored, r => r.Pagefind):P1}** (mean {scored.Average(r => Fraction(r.Truth, r.Pagefind)):P1}) |"));
        foreach (var mode in new[] { ("Chinese and digits", (Func<RecallRow, bool>)(r => r.Query.Meaning == r.Query.Query)), ("pinyin and initials", r => r.Query.Meaning != r.Query.Query) })
        {
            var part = scored.Where(mode.Item2).ToList();
            if (part.Count > 0)
            {
                text.AppendLine(Invariant($"| {mode.Item1} ({part.Count}) | | | {part.Sum(r => r.Truth.Count)} | | {Micro(part, r => r.Portal):P1} | | {Micro(part, r => r.Pagefind):P1} |"));
            }
        }

        var empty = rows.Where(r => r.Truth.Count == 0).Select(r => r.Query.Query).ToList();
        if (empty.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"queries with an empty ground truth (not scored): {string.Join(", ", empty)}");
        }

        return text.ToString();
    }

    private static string Describe(FileGroup g) => $"{g.Name} {Report.Count(g.Files)} files {Kb(g.Bytes)}";

    private static double Fraction(IReadOnlySet<string> truth, IReadOnlyList<string> found) => truth.Count == 0 ? 1 : (double)found.Distinct().Count(truth.Contains) / truth.Count;

    private static string Recall(IReadOnlySet<string> truth, IReadOnlyList<string> found) => truth.Count == 0 ? "n/a" : Invariant($"{Fraction(truth, found):P0}");

    private static double Micro(IReadOnlyList<RecallRow> rows, Func<RecallRow, IReadOnlyList<string>> found) =>
        (double)rows.Sum(r => found(r).Distinct().Count(r.Truth.Contains)) / Math.Max(1, rows.Sum(r => r.Truth.Count));

    private static string Bytes(IEnumerable<long> values)
    {
        var list = values.Select(v => (double)v).ToList();
        return $"{Kb((long)Measure.Median(list))} / {Kb((long)list.Max())}";
    }

    private static string Time(IEnumerable<double> values)
    {
        var list = values.ToList();
        return $"{Ms(Measure.Median(list))} / {Ms(list.Max())}";
    }
}
