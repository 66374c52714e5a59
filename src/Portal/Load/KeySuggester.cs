namespace Portal.Load;

/// <summary>
/// "Did you mean" for misspelt keys (<c>expries</c> → <c>expires</c>). Hand-written because it is a
/// dozen lines of textbook Levenshtein distance and no listed dependency offers it.
/// </summary>
public static class KeySuggester
{
    public static string? Suggest(string unknown, IEnumerable<string> known)
    {
        var best = known.Select(k => (Key: k, Distance: Distance(unknown.ToLowerInvariant(), k)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, best.Key.Length / 3) ? best.Key : null;
    }

    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
