namespace Portal.Search;

/// <summary>
/// Scores every (token, document) pair once, at build time, so the browser only adds numbers. The score is
/// BM25-style: body, summary and metadata occurrences (weighted 1, 2, 3) saturate with the document's
/// length; a title occurrence adds a large fixed boost and a tag a slightly smaller one, so title and tag
/// matches rank first; recent documents get up to 15 % more. Scores are quantized to 1–31 (one character
/// per posting); the token's IDF is stored once per token.
/// </summary>
public static class SearchIndexBuilder
{
    public const int MaxImpact = 31;
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TitleBoost = 4.0;
    private const double TagBoost = 3.0;
    private const double RecencyBoost = 0.15;
    private const double RecencyDays = 730;
    private const double MaxScore = (K1 + 1 + TitleBoost + TagBoost) * (1 + RecencyBoost);
    private const byte InTitle = 1;
    private const byte InTags = 2;

    public static SearchIndex Build(IEnumerable<SearchDocument> documents, DateOnly today)
    {
        var docs = documents.OrderByDescending(d => d.Date).ThenBy(d => d.Url, StringComparer.Ordinal).ToList();
        var counted = new DocTokens[docs.Count];
        Parallel.For(0, docs.Count, i => counted[i] = Count(docs[i]));
        var averageLength = counted.Length == 0 ? 1 : Math.Max(1, counted.Average(c => c.Length));

        var ids = new Dictionary<TokenKey, int>();
        var postings = new List<Postings>();
        for (var doc = 0; doc < counted.Length; doc++)
        {
            var prior = 1 + (RecencyBoost * Math.Max(0, 1 - ((today.DayNumber - docs[doc].Date.DayNumber) / RecencyDays)));
            var norm = K1 * (1 - B + (B * counted[doc].Length / averageLength));
            foreach (var (key, tally) in counted[doc].Tokens)
            {
                if (!ids.TryGetValue(key, out var id))
                {
                    ids[key] = id = postings.Count;
                    postings.Add(new Postings(key));
                }

                var score = (tally.Weight * (K1 + 1) / (tally.Weight + norm))
                    + ((tally.Fields & InTitle) != 0 ? TitleBoost : 0)
                    + ((tally.Fields & InTags) != 0 ? TagBoost : 0);
                var impact = (byte)Math.Clamp((int)Math.Round(score * prior / MaxScore * MaxImpact), 1, MaxImpact);
                postings[id].Add(doc, impact);
            }
        }

        var n = docs.Count;
        var tokens = postings.Select(p =>
        {
            var df = p.Docs.Count;
            var idf = Math.Round(Math.Log(1 + ((n - df + 0.5) / (df + 0.5))), 2);
            return new IndexedToken(p.Key, idf, [.. p.Docs], [.. p.Impacts]);
        }).ToList();
        return new SearchIndex(docs, tokens);
    }

    private static DocTokens Count(SearchDocument doc)
    {
        var tokens = new Dictionary<TokenKey, Tally>();
        void Add(string text, bool withPinyin, double weight, byte field)
        {
            SearchTokenizer.Visit(SearchText.Normalize(text), withPinyin, key =>
            {
                tokens.TryGetValue(key, out var tally);
                tokens[key] = new Tally(tally.Weight + weight, (byte)(tally.Fields | field));
            });
        }

        Add(doc.Title, true, 0, InTitle);
        foreach (var tag in doc.Tags)
        {
            Add(tag, true, 0, InTags);
        }

        foreach (var meta in doc.Meta)
        {
            Add(meta, false, 3, 0);
        }

        Add(doc.Summary, false, 2, 0);
        var length = 0;
        SearchTokenizer.Visit(SearchText.Normalize(doc.Body), false, key =>
        {
            length++;
            tokens.TryGetValue(key, out var tally);
            tokens[key] = tally with { Weight = tally.Weight + 1 };
        });
        return new DocTokens(tokens, length);
    }

    private readonly record struct Tally(double Weight, byte Fields);

    private sealed record DocTokens(Dictionary<TokenKey, Tally> Tokens, int Length);

    private sealed class Postings(TokenKey key)
    {
        public TokenKey Key { get; } = key;

        public List<int> Docs { get; } = [];

        public List<byte> Impacts { get; } = [];

        public void Add(int doc, byte impact)
        {
            Docs.Add(doc);
            Impacts.Add(impact);
        }
    }
}
