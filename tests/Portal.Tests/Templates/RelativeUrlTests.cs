using Portal.Content;
using Portal.Templates;
using Portal.Tests.Support;

namespace Portal.Tests.Templates;

/// <summary><c>relurl</c>'s fast path gives exactly what <see cref="SitePaths.Relative"/> gives, for every kind of path.</summary>
public sealed class RelativeUrlTests
{
    private static readonly string[] Pages =
    [
        "", "notices/", "notices/foo/", "notices/page/2/", "tags/病虫害/", "tags/a b/", "404.html", "search/",
        "posters/notices/foo/a4.html", "posters/notices/foo/a3.html", "regions/热水镇/", "a//b/", "/abs/", "notices",
    ];

    private static readonly string[] Targets =
    [
        "", "notices/", "notices/foo/", "notices/foo", "notices/foobar/", "notices/page/2/", "assets/site.css",
        "posters/notices/foo/a4.html", "tags/病虫害/", "tags/a b/", "tags/100%/", "feed.xml", "search/", "notices/foo/bar.pdf",
        "a//b/", "/abs/x", "notices/foo/../bar/", "n~x/_y.z-1/", "regions/热水镇/",
    ];

    public static TheoryData<string> FromPages => [.. Pages];

    [Theory]
    [MemberData(nameof(FromPages))]
    public void Matches_site_paths_from_every_kind_of_page(string page)
    {
        foreach (var target in Targets)
        {
            Assert.Equal(SitePaths.Relative(page, target), RelativeUrl.From(page, target));
        }
    }

    [Fact]
    public void Matches_site_paths_for_every_page_and_link_of_the_sample_site()
    {
        using var site = new SiteBuild(Repo.Path("input"));
        var pages = site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.EndsWith("/index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f).ToList();
        Assert.True(pages.Count > 100);
        foreach (var from in pages.Take(60))
        {
            foreach (var to in pages)
            {
                Assert.Equal(SitePaths.Relative(from, to), RelativeUrl.From(from, to));
            }
        }
    }
}
