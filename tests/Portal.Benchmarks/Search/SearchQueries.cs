namespace Portal.Benchmarks;

/// <summary>A recall query: what is typed, how (chars or initials), and the Chinese text it stands for.</summary>
internal sealed record RecallQuery(string Query, string Mode, string Meaning);

/// <summary>
/// The query lists in Search/*.txt (copied beside the program): typical queries for the synthetic corpus,
/// grouped by length, and the recall queries for the sample site. Text files so a reviewer can read and
/// change them without touching code.
/// </summary>
internal static class SearchQueries
{
    public static IReadOnlyList<string> Synthetic() => Lines("queries-synthetic.txt").ToList();

    public static IReadOnlyList<RecallQuery> Recall() => Lines("queries-recall.txt").Select(line =>
    {
        var parts = line.Split('\t');
        if (parts.Length != 3 || parts[1] is not ("chars" or "initials"))
        {
            throw new BenchmarkException($"queries-recall.txt: expected 'query<TAB>chars|initials<TAB>meaning', got '{line}'");
        }

        return new RecallQuery(parts[0], parts[1], parts[2] == "-" ? parts[0] : parts[2]);
    }).ToList();

    private static IEnumerable<string> Lines(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Search", name);
        if (!File.Exists(path))
        {
            throw new BenchmarkException($"query list missing: {path}");
        }

        return File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
    }
}
