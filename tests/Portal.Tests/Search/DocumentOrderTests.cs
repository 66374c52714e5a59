using Portal.Content;
using Portal.Search;

namespace Portal.Tests.Search;

public class DocumentOrderTests
{
    private static SearchDocument Doc(string url, Section section, string date, params string[] tags) =>
        new(url, url, section, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "", tags, [], "", null, null);

    private static string[] Urls(params SearchDocument[] docs) => [.. DocumentOrder.Of(docs).Select(d => d.Url)];

    [Fact]
    public void Documents_are_grouped_by_section_before_anything_else()
    {
        var urls = Urls(
            Doc("policies/a/", Section.Policies, "2026-11-30", "玉米"),
            Doc("notices/b/", Section.Notices, "2020-01-01", "玉米"),
            Doc("techniques/c/", Section.Techniques, "2026-12-01", "玉米"));

        Assert.Equal(["notices/b/", "techniques/c/", "policies/a/"], urls);
    }

    [Fact]
    public void Within_a_section_documents_of_one_first_tag_stay_together_newest_first()
    {
        var urls = Urls(
            Doc("techniques/old-corn/", Section.Techniques, "2024-05-01", "玉米", "春季"),
            Doc("techniques/rice/", Section.Techniques, "2026-06-01", "水稻"),
            Doc("techniques/new-corn/", Section.Techniques, "2026-05-01", "玉米"),
            Doc("techniques/spring/", Section.Techniques, "2026-07-01", "春季", "玉米"));

        // Ordinal order of the first tags: 春 (U+6625) < 水 (U+6C34) < 玉 (U+7389); only the first tag counts.
        Assert.Equal(["techniques/spring/", "techniques/rice/", "techniques/new-corn/", "techniques/old-corn/"], urls);
    }

    [Fact]
    public void Untagged_documents_come_first_in_their_section_and_equal_dates_fall_back_to_the_url()
    {
        var urls = Urls(
            Doc("notices/tagged/", Section.Notices, "2026-01-01", "培训"),
            Doc("notices/z/", Section.Notices, "2026-03-01"),
            Doc("notices/a/", Section.Notices, "2026-03-01"));

        Assert.Equal(["notices/a/", "notices/z/", "notices/tagged/"], urls);
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_documents_arrive_in()
    {
        var docs = GeneratedDocuments.Make(300, seed: 5);
        var shuffled = docs.OrderBy(d => d.Url.GetHashCode(StringComparison.Ordinal)).ToArray();

        Assert.Equal(DocumentOrder.Of(docs).Select(d => d.Url), DocumentOrder.Of(shuffled).Select(d => d.Url));
    }
}
