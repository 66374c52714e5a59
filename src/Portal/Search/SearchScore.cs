namespace Portal.Search;

/// <summary>
/// Scores every (token, document) pair once, at build time, so the browser only adds numbers. The score is
/// BM25-style: body, summary and metadata occurrences (weighted 1, 2, 3) saturate with the document's
/// length; a title occurrence adds a large fixed boost and a tag a slightly smaller one, so title and tag
/// matches rank first; recent documents get up to 15 % more. Scores are quantized to 1–31 (one character
/// per posting); the token's IDF is stored once per token. The arithmetic is kept exactly as first
/// written: a change of one rounding changes the index files.
/// </summary>
public static class SearchScore
{
    public const int MaxImpact = 31;
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TitleBoost = 4.0;
    private const double TagBoost = 3.0;
    private const double RecencyBoost = 0.15;
    private const double RecencyDays = 730;
    private const double MaxScore = (K1 + 1 + TitleBoost + TagBoost) * (1 + RecencyBoost);

    /// <summary>The mean body length in tokens, at least 1.</summary>
    public static double AverageLength(long totalLength, int documents) => documents == 0 ? 1 : Math.Max(1, (double)totalLength / documents);

    public static double Norm(int length, double averageLength) => K1 * (1 - B + (B * length / averageLength));

    public static double Prior(DateOnly date, DateOnly today) => 1 + (RecencyBoost * Math.Max(0, 1 - ((today.DayNumber - date.DayNumber) / RecencyDays)));

    public static byte Impact(int tally, double norm, double prior)
    {
        double weight = Tally.Weight(tally);
        var fields = Tally.Fields(tally);
        var score = (weight * (K1 + 1) / (weight + norm))
            + ((fields & Tally.InTitle) != 0 ? TitleBoost : 0)
            + ((fields & Tally.InTags) != 0 ? TagBoost : 0);
        return (byte)Math.Clamp((int)Math.Round(score * prior / MaxScore * MaxImpact), 1, MaxImpact);
    }

    public static double Idf(int documents, int df) => Math.Round(Math.Log(1 + ((documents - df + 0.5) / (df + 0.5))), 2);
}
