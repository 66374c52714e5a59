using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Content;
using Portal.Search;

namespace Portal.Tests.Search;

public class SearchIndexTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static SearchDocument Doc(string url, string title, string body, DateOnly? date = null, IReadOnlyList<string>? tags = null, Section section = Section.Techniques, DateOnly? expires = null) =>
        new(url, title, section, date ?? new DateOnly(2026, 3, 1), body[..Math.Min(20, body.Length)], tags ?? [], [], body, expires, null);

    [Fact]
    public void Documents_are_numbered_newest_first()
    {
        var index = SearchIndexBuilder.Build(
            [Doc("a/", "甲", "正文", new DateOnly(2020, 1, 1)), Doc("b/", "乙", "正文", new DateOnly(2026, 1, 1))], Today);
        Assert.Equal(["b/", "a/"], index.Docs.Select(d => d.Url));
    }

    [Fact]
    public void A_title_match_outscores_a_body_match()
    {
        var index = SearchIndexBuilder.Build(
            [Doc("body/", "冬季管理", "本文讲水稻的育秧方法。水稻要早播。"), Doc("title/", "水稻育秧", "本文讲冬季的管理方法。")], Today);
        var token = index.Tokens.Single(t => t.Key == TokenKey.Pair('水', '稻'));
        var impact = token.Docs.Zip(token.Impacts).ToDictionary(p => index.Docs[p.First].Url, p => p.Second);
        Assert.True(impact["title/"] > impact["body/"], $"title {impact["title/"]} vs body {impact["body/"]}");
    }

    [Fact]
    public void Written_shards_hold_every_token_where_its_hash_says_with_the_same_postings()
    {
        var docs = Enumerable.Range(0, 200).Select(i => Doc($"d{i}/", $"第{i}号技术", $"水稻育秧第{i}步，病虫害防治要点{i % 7}。")).ToList();
        var index = SearchIndexBuilder.Build(docs, Today);
        var files = SearchIndexWriter.Write(index, s => s.ToString(), Today);

        var meta = JsonDocument.Parse(Regex.Match(Text(files, "search/index.js"), @"^PortalSearch\.index\((.*)\);\n$", RegexOptions.Singleline).Groups[1].Value).RootElement;
        var shards = meta.GetProperty("shards").GetInt32();
        Assert.True(shards > 0 && (shards & (shards - 1)) == 0, "the shard count is a power of two");
        Assert.Equal(200, meta.GetProperty("count").GetInt32());
        Assert.Equal(new string('t', 200), meta.GetProperty("sections").GetString());

        var read = new Dictionary<string, (int Shard, double Idf, List<int> Numbers)>();
        for (var shard = 0; shard < shards; shard++)
        {
            var text = JsonSerializer.Deserialize<string>(Regex.Match(Text(files, $"search/s/{shard}.js"), @"^PortalSearch\.shard\(\d+,(.*)\);\n$", RegexOptions.Singleline).Groups[1].Value)!;
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split('\t');
                read[parts[0]] = (shard, double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), PostingCodec.Decode(parts[2]));
            }
        }

        Assert.Equal(index.Tokens.Count, read.Count);
        foreach (var token in index.Tokens)
        {
            var (shard, idf, numbers) = read[token.Key.ToString()];
            Assert.Equal((int)(TokenHash.Of(token.Key) & (uint)(shards - 1)), shard);
            Assert.Equal(token.Idf, idf);
            var doc = -1;
            var ids = new List<int>();
            for (var i = 0; i < numbers.Count; i += 2)
            {
                ids.Add(doc += numbers[i]);
                Assert.Equal(token.Impacts[i / 2], numbers[i + 1]);
            }

            Assert.Equal(token.Docs, ids);
        }

        Assert.Equal((200 + SearchIndexWriter.DocsPerChunk - 1) / SearchIndexWriter.DocsPerChunk, files.Count(f => f.Path.StartsWith("search/d/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Metadata_chunks_hold_url_title_section_date_and_summary_in_id_order()
    {
        var index = SearchIndexBuilder.Build([Doc("a/", "标题", "正文内容", new DateOnly(2026, 5, 6), section: Section.Notices)], Today);
        var files = SearchIndexWriter.Write(index, s => s.ToString(), Today);
        var json = Regex.Match(Text(files, "search/d/0.js"), @"^PortalSearch\.docs\(0,(.*)\);\n$", RegexOptions.Singleline).Groups[1].Value;
        var row = JsonDocument.Parse(json).RootElement[0];
        Assert.Equal(["a/", "标题", "n", "2026-05-06", "正文内容", ""], row.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("PortalSearch.texts(0,[\"正文内容\"]);\n", Text(files, "search/t/0.js"));
    }

    [Fact]
    public void Snippet_texts_come_four_documents_to_a_file_in_id_order()
    {
        // Ids follow the date, newest first: 文5 gets id 0.
        var docs = Enumerable.Range(0, 6).Select(i => Doc($"d{i}/", "标题" + i, "文" + i, new DateOnly(2026, 5, 1 + i))).ToList();
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(docs, Today), s => s.ToString(), Today);

        Assert.Equal(["search/t/0.js", "search/t/1.js"], files.Select(f => f.Path).Where(p => p.StartsWith("search/t/", StringComparison.Ordinal)));
        Assert.Equal("PortalSearch.texts(0,[\"文5\",\"文4\",\"文3\",\"文2\"]);\n", Text(files, "search/t/0.js"));
        Assert.Equal("PortalSearch.texts(1,[\"文1\",\"文0\"]);\n", Text(files, "search/t/1.js"));
        Assert.Contains($"\"textChunk\":{SearchIndexWriter.TextsPerChunk}", Text(files, "search/index.js"), StringComparison.Ordinal);
    }

    private static string Text(IReadOnlyList<Portal.Output.OutputFile> files, string path) =>
        System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content!);
}
