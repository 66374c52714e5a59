using Portal.Output;
using Portal.Search;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>
/// A kept <see cref="SearchStage"/> after an edit writes exactly what a fresh one writes for the edited
/// documents, re-counts only what changed and hands back the untouched files as the same objects.
/// </summary>
public class SearchStageTests
{
    private static readonly DateOnly Today = GeneratedDocuments.Today;

    [Fact]
    public void A_body_edit_recounts_one_document_and_keeps_the_untouched_files()
    {
        var docs = GeneratedDocuments.Make(400, seed: 3).ToList();
        var stage = new SearchStage();
        var before = Update(stage, docs);
        docs[57] = docs[57] with { Body = docs[57].Body + "新增一段关于水稻育秧的正文。GPS" };

        var after = Update(stage, docs);

        AssertSameFiles(Fresh(docs), after);
        Assert.Equal(1, stage.LastCounted);
        AssertReused(before, after, stage);
        Assert.True(stage.LastEncodedShards < after.Count(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal)), "not every shard re-encoded");
    }

    [Fact]
    public void A_title_edit_matches_a_fresh_index()
    {
        var docs = GeneratedDocuments.Make(300, seed: 4).ToList();
        var stage = new SearchStage();
        var before = Update(stage, docs);
        docs[12] = docs[12] with { Title = "蔬菜种植新技术" };

        var after = Update(stage, docs);

        AssertSameFiles(Fresh(docs), after);
        Assert.Equal(1, stage.LastCounted);
        AssertReused(before, after, stage);
    }

    [Fact]
    public void An_added_document_matches_a_fresh_index()
    {
        var docs = GeneratedDocuments.Make(300, seed: 5).ToList();
        var stage = new SearchStage();
        Update(stage, docs);
        docs.Add(GeneratedDocuments.One(new Random(9), 300) with { Date = Today });

        var after = Update(stage, docs);

        AssertSameFiles(Fresh(docs), after);
        Assert.Equal(1, stage.LastCounted);
    }

    [Fact]
    public void A_removed_document_matches_a_fresh_index()
    {
        var docs = GeneratedDocuments.Make(300, seed: 6).ToList();
        var stage = new SearchStage();
        Update(stage, docs);
        docs.RemoveAt(100);

        var after = Update(stage, docs);

        AssertSameFiles(Fresh(docs), after);
        Assert.Equal(0, stage.LastCounted);
    }

    [Fact]
    public void An_unchanged_site_hands_back_every_file_as_it_was()
    {
        var docs = GeneratedDocuments.Make(200, seed: 7);
        var stage = new SearchStage();
        var before = Update(stage, docs);

        var after = Update(stage, [.. docs.Select(d => d with { })]);

        Assert.Equal(0, stage.LastCounted);
        Assert.Equal(0, stage.LastEncodedShards);
        Assert.Equal(before.Count, after.Count);
        Assert.All(before.Zip(after), p => Assert.Same(p.First, p.Second));
    }

    [Fact]
    public void A_notice_that_expires_on_a_later_day_matches_a_fresh_index_of_that_day()
    {
        var sample = SearchSite.Load(Repo.Path("input"));
        var later = SearchSite.Load(Repo.Path("input"), SiteBuild.FixedNow.AddDays(200));
        Assert.Contains(later.Processed, d => d.State == Portal.Content.PublicationState.Expired
            && sample.Processed.Single(s => s.Item.Url == d.Item.Url).State == Portal.Content.PublicationState.Current);
        var stage = new SearchStage();
        stage.Run(sample.Site, sample.Processed, sample.Labels);

        var after = stage.Run(later.Site, later.Processed, later.Labels);

        AssertSameFiles(new SearchStage().Run(later.Site, later.Processed, later.Labels), after);
    }

    [Fact]
    public void The_sample_site_through_a_kept_stage_equals_the_build_stage()
    {
        var sample = SearchSite.Load(Repo.Path("input"));
        var stage = new SearchStage();
        stage.Run(sample.Site, sample.Processed, sample.Labels);
        var again = stage.Run(sample.Site, sample.Processed, sample.Labels);
        AssertSameFiles(SiteBuilder.BuildSearchIndex(sample.Site, sample.Processed, sample.Labels), again);
    }

    [Fact]
    public void Renamed_section_labels_reach_every_document_of_a_kept_stage()
    {
        var sample = SearchSite.Load(Repo.Path("input"));
        var stage = new SearchStage();
        stage.Run(sample.Site, sample.Processed, sample.Labels);
        var strings = sample.Labels.Strings.ToDictionary(p => p.Key, p => p.Value);
        foreach (var key in strings.Keys.ToList())
        {
            strings[key] += "（新）";
        }

        var renamed = new Portal.Content.Labels(strings);
        var after = stage.Run(sample.Site, sample.Processed, renamed);

        AssertSameFiles(new SearchStage().Run(sample.Site, sample.Processed, renamed), after);
        Assert.True(stage.LastCounted > 0, "metadata holds the section label: documents are counted again");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Any_sequence_of_edits_matches_a_fresh_index_after_each(int seed)
    {
        var random = new Random(seed);
        var docs = GeneratedDocuments.Make(60, seed).ToList();
        var stage = new SearchStage();
        Update(stage, docs);
        for (var step = 0; step < 12; step++)
        {
            var i = random.Next(docs.Count);
            var edit = random.Next(8);
            switch (edit)
            {
                case 0:
                    docs[i] = docs[i] with { Body = docs[i].Body + GeneratedDocuments.Text(random, random.Next(1, 80)) };
                    break;
                case 1:
                    docs[i] = docs[i] with { Body = GeneratedDocuments.Text(random, random.Next(0, 400)) };
                    break;
                case 2:
                    docs[i] = docs[i] with { Title = GeneratedDocuments.Text(random, random.Next(1, 12)), Tags = [GeneratedDocuments.Text(random, 3)] };
                    break;
                case 3:
                    docs.Add(GeneratedDocuments.One(random, 1000 + step));
                    break;
                case 4 when docs.Count > 1:
                    docs.RemoveAt(i);
                    break;
                case 5:
                    docs[i] = docs[i] with { Date = docs[i].Date.AddDays(random.Next(-40, 40)) };
                    break;
                case 6:
                    docs[i] = docs[i] with { Expires = Today.AddDays(random.Next(-5, 5)), Summary = GeneratedDocuments.Text(random, 20) };
                    break;
                default:
                    docs[i] = docs[i] with { Meta = [.. docs[i].Meta, GeneratedDocuments.Text(random, 6)] };
                    break;
            }

            AssertSameFiles(Fresh(docs), Update(stage, docs), $"seed {seed}, step {step}, edit {edit}");
        }
    }

    private static IReadOnlyList<OutputFile> Update(SearchStage stage, IReadOnlyList<SearchDocument> docs) =>
        stage.Update(docs, Today, s => "栏目" + s, "标签");

    private static IReadOnlyList<OutputFile> Fresh(IReadOnlyList<SearchDocument> docs) => Update(new SearchStage(), docs);

    private static void AssertSameFiles(IReadOnlyList<OutputFile> expected, IReadOnlyList<OutputFile> actual, string? context = null)
    {
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.True(e.Content.AsSpan().SequenceEqual(a.Content), $"{context} {a.Path} differs");
        }
    }

    /// <summary>Files whose bytes did not change are the previous objects, but for shards the stage re-encoded.</summary>
    private static void AssertReused(IReadOnlyList<OutputFile> before, IReadOnlyList<OutputFile> after, SearchStage stage)
    {
        var old = before.ToDictionary(f => f.Path);
        var copies = after.Count(f => old.TryGetValue(f.Path, out var was) && !ReferenceEquals(was, f) && was.Content.AsSpan().SequenceEqual(f.Content));
        Assert.True(copies <= stage.LastEncodedShards, $"{copies} unchanged files rewritten, {stage.LastEncodedShards} shards encoded");
    }
}
