namespace Portal.Benchmarks;

/// <summary>Files of one kind in an index folder: how many and how big.</summary>
internal sealed record FileGroup(string Name, int Files, long Bytes, long LargestBytes);

/// <summary>Sizes on disk of a search index, grouped the way each engine lays its files out.</summary>
internal static class IndexFiles
{
    /// <summary>The engine's search/: index.js, shards s/, metadata chunks d/, snippet texts t/, and the search page itself.</summary>
    public static IReadOnlyList<FileGroup> Portal(string siteDir) =>
        Group(Path.Combine(siteDir, "search"), relative => relative switch
        {
            "index.js" => "index.js",
            "index.html" => "search page (index.html)",
            _ when relative.StartsWith("s/", StringComparison.Ordinal) => "shards s/",
            _ when relative.StartsWith("d/", StringComparison.Ordinal) => "metadata chunks d/",
            _ when relative.StartsWith("t/", StringComparison.Ordinal) => "snippet texts t/",
            _ => "other",
        });

    /// <summary>Pagefind's bundle by folder (index/, fragment/, filter/) and kind of top-level file.</summary>
    public static IReadOnlyList<FileGroup> Pagefind(string bundleDir) =>
        Group(bundleDir, relative => relative switch
        {
            _ when !global::Portal.Benchmarks.Pagefind.IsSearchFile(relative) => "UI libraries (not needed to search)",
            _ when relative.Contains('/', StringComparison.Ordinal) => relative[..relative.IndexOf('/', StringComparison.Ordinal)] + "/",
            _ when relative.StartsWith("wasm.", StringComparison.Ordinal) => "wasm.*",
            _ when relative.EndsWith(".pf_meta", StringComparison.Ordinal) => "*.pf_meta",
            _ => relative,
        });

    public static FileGroup Sum(string name, IEnumerable<FileGroup> groups)
    {
        var list = groups.ToList();
        return new FileGroup(name, list.Sum(g => g.Files), list.Sum(g => g.Bytes), list.Count == 0 ? 0 : list.Max(g => g.LargestBytes));
    }

    private static List<FileGroup> Group(string dir, Func<string, string> kind) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => (Kind: kind(Path.GetRelativePath(dir, f).Replace('\\', '/')), Bytes: new FileInfo(f).Length))
            .GroupBy(f => f.Kind)
            .Select(g => new FileGroup(g.Key, g.Count(), g.Sum(f => f.Bytes), g.Max(f => f.Bytes)))
            .OrderByDescending(g => g.Bytes)
            .ToList();
}
