using Portal.Content;
using Portal.Html;
using Portal.Incremental;
using Portal.SiteModel;
using Portal.Tests.Search;
using Portal.Tests.Support;

namespace Portal.Tests.SiteModel;

/// <summary>
/// A model built with the last model's memo must equal, field by field, the model built from nothing, after
/// any document change; and it takes over, as the same objects, the pages the change did not touch.
/// </summary>
public sealed class ModelMemoTests
{
    private const string Rice = "techniques/shuidao-yuyang-jishu/index.md";

    private static readonly SearchSite Sample = SearchSite.Load(Repo.Path("input"));

    [Fact]
    public void A_title_edit_takes_over_every_page_that_does_not_show_the_title()
    {
        var memo = new ModelMemo();
        var before = Build(Sample.Processed, memo);
        var after = Build(Retitled(Sample.Processed, Rice), memo);

        AssertSameAsFresh(after, Retitled(Sample.Processed, Rice));
        Assert.NotSame(Page(before, "techniques/shuidao-yuyang-jishu/"), Page(after, "techniques/shuidao-yuyang-jishu/"));
        Assert.NotSame(Page(before, "techniques/"), Page(after, "techniques/"));
        Assert.NotSame(Page(before, "tags/水稻/"), Page(after, "tags/水稻/"));
        Assert.Same(Page(before, "notices/"), Page(after, "notices/"));
        Assert.Same(Page(before, "techniques/xianggu-dailiao-zaipei/"), Page(after, "techniques/xianggu-dailiao-zaipei/"));
        Assert.Same(Page(before, "policies/qianming-xiajiceng-fangan-jiedu/"), Page(after, "policies/qianming-xiajiceng-fangan-jiedu/"));
        // Every document page but the edited one, and most lists, are the last model's.
        var documents = after.Pages.Count(p => p.Model is DocumentView);
        Assert.True(memo.PagesReused >= documents - 1, $"{memo.PagesReused} pages taken over, {documents} document pages");
    }

    /// <summary>Every document in turn: retitled, expired, removed. Links between documents (an interpretation
    /// shows its original's title, the original lists its interpretations) must follow.</summary>
    [Fact]
    public void After_any_one_document_changes_the_model_equals_a_fresh_one()
    {
        foreach (var doc in Sample.Processed)
        {
            var path = doc.Item.SourcePath;
            IReadOnlyList<ProcessedDocument>[] changes =
            [
                Retitled(Sample.Processed, path),
                [.. Sample.Processed.Select(d => d.Item.SourcePath == path ? d with { State = PublicationState.Expired } : d)],
                [.. Sample.Processed.Where(d => d.Item.SourcePath != path)],
            ];
            foreach (var changed in changes)
            {
                var memo = new ModelMemo();
                Build(Sample.Processed, memo);
                AssertSameAsFresh(Build(changed, memo), changed);
                // And back: the memo now holds the changed model.
                AssertSameAsFresh(Build(Sample.Processed, memo), Sample.Processed);
            }
        }
    }

    [Fact]
    public void A_label_change_builds_every_page_afresh()
    {
        var memo = new ModelMemo();
        Build(Sample.Processed, memo);
        var labels = new Labels(new Dictionary<string, string>(Sample.Labels.Strings) { ["tag"] = "话题" });

        var after = SiteModelBuilder.Build(Sample.Loaded, Sample.Processed, labels, Sample.Now, memo: memo);

        Assert.Equal(0, memo.PagesReused);
        Assert.True(ViewEquality.Same(SiteModelBuilder.Build(Sample.Loaded, Sample.Processed, labels, Sample.Now), after));
        Assert.Contains(after.Pages, p => p.Title.StartsWith("话题：", StringComparison.Ordinal));
    }

    private static Site Build(IReadOnlyList<ProcessedDocument> processed, ModelMemo? memo = null) =>
        SiteModelBuilder.Build(Sample.Loaded, processed, Sample.Labels, Sample.Now, memo: memo);

    private static void AssertSameAsFresh(Site site, IReadOnlyList<ProcessedDocument> processed)
    {
        var fresh = Build(processed);
        Assert.Equal(fresh.Pages.Select(p => p.Path), site.Pages.Select(p => p.Path));
        foreach (var (a, b) in fresh.Pages.Zip(site.Pages))
        {
            Assert.True(ViewEquality.Same(a, b), "page " + a.Path + " differs from a fresh model's");
        }

        Assert.True(ViewEquality.Same(fresh, site));
    }

    private static IReadOnlyList<ProcessedDocument> Retitled(IReadOnlyList<ProcessedDocument> processed, string path) =>
        [.. processed.Select(d => d.Item.SourcePath == path ? d with { Item = d.Item with { Title = d.Item.Title + "（修订）" } } : d)];

    private static SitePage Page(Site site, string path) => site.Pages.Single(p => p.Path == path);
}
