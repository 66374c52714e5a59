using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Content;
using Portal.Output;
using Portal.Text;

namespace Portal.Search;

/// <summary>
/// Writes the index as <c>&lt;script&gt;</c>-loadable files under <c>search/</c>, because a kiosk opens the
/// site from <c>file://</c>, where <c>fetch</c> is forbidden but scripts load:
/// <list type="bullet">
/// <item><c>index.js</c>: counts, shard count, per-document section letters, expiry and start dates, the pinyin syllables;</item>
/// <item><c>s/N.js</c>: shard N, the tokens whose hash falls in it, one line each: token, IDF, postings;</item>
/// <item><c>d/N.js</c>: metadata of documents N×32 … N×32+31 (URL, title, section, date, summary, tags), loaded only for shown results;</item>
/// <item><c>t/ID.js</c>: one document's plain text (first <see cref="SnippetSourceChars"/> characters), loaded after a result is
/// shown when the match is not in its summary, to cut a snippet around the matched characters.</item>
/// </list>
/// Postings are (doc-id gap, impact) pairs in <see cref="PostingCodec"/> text.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search/";
    public const int DocsPerChunk = 32;

    /// <summary>A shard should hold about this much text: small enough that an 8-character query stays well under 300 KB.</summary>
    public const int TargetShardChars = 12_000;

    public const int SnippetSourceChars = 1200;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<OutputFile> Write(SearchIndex index, Func<Section, string> sectionLabel, DateOnly built, string tagsLabel = "标签")
    {
        var files = new List<OutputFile>();
        var lines = new (uint Hash, string Line)[index.Tokens.Count];
        Parallel.For(0, lines.Length, i => lines[i] = (TokenHash.Of(index.Tokens[i].Key), Line(index.Tokens[i])));
        var total = lines.Sum(l => (long)l.Line.Length);
        var shards = 1;
        while (shards < 8192 && total / shards > TargetShardChars)
        {
            shards *= 2;
        }

        var byShard = new StringBuilder[shards];
        foreach (var (hash, line) in lines)
        {
            var shard = byShard[hash & (uint)(shards - 1)] ??= new StringBuilder();
            if (shard.Length > 0)
            {
                shard.Append('\n');
            }

            shard.Append(line);
        }

        for (var i = 0; i < shards; i++)
        {
            files.Add(OutputFile.Text($"{Folder}s/{i}.js", $"PortalSearch.shard({i},{Quote(byShard[i]?.ToString() ?? "")});\n"));
        }

        for (var chunk = 0; chunk * DocsPerChunk < index.Docs.Count; chunk++)
        {
            var docs = index.Docs.Skip(chunk * DocsPerChunk).Take(DocsPerChunk)
                .Select(d => new object[] { d.Url, d.Title, Code(d.Section), d.Date.ToString("yyyy-MM-dd"), d.Summary, string.Join(' ', d.Tags) });
            files.Add(OutputFile.Text($"{Folder}d/{chunk}.js", $"PortalSearch.docs({chunk},{JsonSerializer.Serialize(docs, Json)});\n"));
        }

        var texts = new OutputFile[index.Docs.Count];
        Parallel.For(0, texts.Length, id => texts[id] = OutputFile.Text($"{Folder}t/{id}.js", $"PortalSearch.text({id},{Quote(SnippetSource(index.Docs[id].Body))});\n"));
        files.AddRange(texts);

        var meta = new Dictionary<string, object>
        {
            ["version"] = 1,
            ["count"] = index.Docs.Count,
            ["shards"] = shards,
            ["chunk"] = DocsPerChunk,
            ["built"] = built.ToString("yyyy-MM-dd"),
            ["sections"] = string.Concat(index.Docs.Select(d => Code(d.Section))),
            ["labels"] = SectionNames.All.ToDictionary(s => Code(s).ToString(), sectionLabel),
            ["tagsLabel"] = tagsLabel,
            ["expires"] = Dates(index.Docs, d => d.Expires),
            ["starts"] = Dates(index.Docs, d => d.Starts),
            ["syllables"] = string.Join(' ', Pinyin.AllSyllables),
        };
        files.Add(OutputFile.Text(Folder + "index.js", $"PortalSearch.index({JsonSerializer.Serialize(meta, Json)});\n"));
        return files;
    }

    public static char Code(Section section) => section switch
    {
        Section.Notices => 'n',
        Section.Techniques => 't',
        Section.Policies => 'p',
        _ => 'g',
    };

    private static string Line(IndexedToken token)
    {
        var line = new StringBuilder(token.Key.ToString().Length + (token.Docs.Length * 2) + 8);
        line.Append(token.Key.ToString()).Append('\t').Append(token.Idf.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append('\t');
        var previous = -1;
        for (var i = 0; i < token.Docs.Length; i++)
        {
            PostingCodec.Append(line, token.Docs[i] - previous);
            line.Append(PostingCodec.Last[token.Impacts[i]]);
            previous = token.Docs[i];
        }

        return line.ToString();
    }

    /// <summary>(doc-id gap, day number since 2000-01-01) pairs for the documents that have the date.</summary>
    private static string Dates(IReadOnlyList<SearchDocument> docs, Func<SearchDocument, DateOnly?> date)
    {
        var text = new StringBuilder();
        var previous = -1;
        var epoch = new DateOnly(2000, 1, 1).DayNumber;
        for (var i = 0; i < docs.Count; i++)
        {
            if (date(docs[i]) is { } day)
            {
                PostingCodec.Append(text, i - previous);
                PostingCodec.Append(text, Math.Max(0, day.DayNumber - epoch));
                previous = i;
            }
        }

        return text.ToString();
    }

    /// <summary>The body with runs of white space collapsed to one space, cut to <see cref="SnippetSourceChars"/>.</summary>
    private static string SnippetSource(string body)
    {
        var text = new StringBuilder(Math.Min(body.Length, SnippetSourceChars));
        var space = false;
        foreach (var c in body)
        {
            if (text.Length >= SnippetSourceChars)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, Json);
}
