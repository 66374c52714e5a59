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
/// <item><c>s/N.js</c>: shard N, the tokens whose hash falls in it, one line each: token, IDF, postings (see <see cref="ShardEncoder"/>);</item>
/// <item><c>d/N.js</c>: metadata of documents N×16 … N×16+15 (URL, title, section, date, summary, tags), loaded only for shown results;</item>
/// <item><c>t/N.js</c>: the plain text (first <see cref="SnippetSourceChars"/> characters) of documents N×4 … N×4+3, loaded after a
/// result is shown when the match is not in its summary, to cut a snippet around the matched characters.</item>
/// </list>
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search/";
    /// <summary>
    /// Documents per metadata file. A page of 20 results lands in up to 20 different files, so their size is
    /// most of what a query loads: 32 made an 8-character query load up to 308 KB (budget 300 KB), 16 at most
    /// 227 KB, for 307 more files at 10,000 documents (the --search benchmark).
    /// </summary>
    public const int DocsPerChunk = 16;

    /// <summary>A shard should hold about this much text: small enough that an 8-character query stays well under 300 KB.</summary>
    public const int TargetShardChars = 12_000;

    public const int SnippetSourceChars = 1200;

    /// <summary>
    /// Documents per snippet-text file. One file per document made the search folder 9,825 of the 24,555 files of
    /// the 10k benchmark site, and every small file costs: an inode and a directory entry to create at build
    /// time, a whole cluster (often 32 KB) on the FAT USB sticks kiosks are updated from. Four per file keeps a
    /// page of ten results under about 150 KB of texts (about 3.6 KB a document), a quarter of the files.
    /// </summary>
    public const int TextsPerChunk = 4;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The whole index of <see cref="SearchIndex.Docs"/>, scored as of <paramref name="built"/>: what a fresh <see cref="SearchStage"/> writes.</summary>
    public static IReadOnlyList<OutputFile> Write(SearchIndex index, Func<Section, string> sectionLabel, DateOnly built, string tagsLabel = "标签") =>
        new SearchStage().Update(index.Docs, built, sectionLabel, tagsLabel);

    /// <summary>The fewest shards (a power of two, at most 8192) that keep each near <see cref="TargetShardChars"/>.</summary>
    public static int ShardCount(long totalChars)
    {
        var shards = 1;
        while (shards < 8192 && totalChars / shards > TargetShardChars)
        {
            shards *= 2;
        }

        return shards;
    }

    public static OutputFile DocsChunk(int chunk, IEnumerable<SearchDocument> docs)
    {
        var rows = docs.Select(d => new object[] { d.Url, d.Title, Code(d.Section), d.Date.ToString("yyyy-MM-dd"), d.Summary, string.Join(' ', d.Tags) });
        return OutputFile.Text($"{Folder}d/{chunk}.js", $"PortalSearch.docs({chunk},{JsonSerializer.Serialize(rows, Json)});\n");
    }

    /// <summary>Snippet texts of documents <paramref name="chunk"/>×<see cref="TextsPerChunk"/> onwards, in id order.</summary>
    public static OutputFile TextChunk(int chunk, IEnumerable<string> bodies) =>
        OutputFile.Text($"{Folder}t/{chunk}.js", $"PortalSearch.texts({chunk},{JsonSerializer.Serialize(bodies.Select(SnippetSource), Json)});\n");

    public static OutputFile IndexFile(IReadOnlyList<SearchDocument> docs, int shards, Func<Section, string> sectionLabel, DateOnly built, string tagsLabel)
    {
        var sections = new StringBuilder(docs.Count);
        foreach (var doc in docs)
        {
            sections.Append(Code(doc.Section));
        }

        var meta = new Dictionary<string, object>
        {
            ["version"] = 1,
            ["count"] = docs.Count,
            ["shards"] = shards,
            ["chunk"] = DocsPerChunk,
            ["textChunk"] = TextsPerChunk,
            ["built"] = built.ToString("yyyy-MM-dd"),
            ["sections"] = sections.ToString(),
            ["labels"] = SectionNames.All.ToDictionary(s => Code(s).ToString(), sectionLabel),
            ["tagsLabel"] = tagsLabel,
            ["expires"] = Dates(docs, d => d.Expires),
            ["starts"] = Dates(docs, d => d.Starts),
            ["syllables"] = string.Join(' ', Pinyin.AllSyllables),
        };
        return OutputFile.Text(Folder + "index.js", $"PortalSearch.index({JsonSerializer.Serialize(meta, Json)});\n");
    }

    public static char Code(Section section) => section switch
    {
        Section.Notices => 'n',
        Section.Techniques => 't',
        Section.Policies => 'p',
        _ => 'g',
    };

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
}
