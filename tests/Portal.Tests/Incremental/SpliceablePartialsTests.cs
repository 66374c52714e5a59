using Portal.Incremental;
using Scriban;

namespace Portal.Tests.Incremental;

/// <summary>Which partial edits may be swapped into the pages' bytes rather than rendered again.</summary>
public sealed class SpliceablePartialsTests
{
    private const string Footer = "partials/footer.html";

    private static readonly Dictionary<string, string> Before = new(StringComparer.Ordinal)
    {
        ["layouts/base.html"] = "<html>{{ page.content }}{{ include \"footer\" }}</html>",
        ["layouts/notice.html"] = "{{ title = page.title }}<h1>{{ title }}</h1>",
        [Footer] = "<footer>{{ site.title }}</footer>\n",
    };

    private static IReadOnlySet<string> Of(string footer, Dictionary<string, string>? others = null)
    {
        var now = new Dictionary<string, string>(others ?? Before, StringComparer.Ordinal) { [Footer] = footer };
        return SpliceablePartials.Of(new HashSet<string>(StringComparer.Ordinal) { Footer }, Before, now.ToDictionary(t => t.Key, t => Template.Parse(t.Value)));
    }

    [Fact]
    public void A_partial_that_reads_the_page_and_the_site_only_is_spliceable() =>
        Assert.Equal([Footer], Of("<footer>{{ site.title }} · {{ page.path }}{{ for l in page_links }}{{ l.url }}{{ end }}</footer>\n"));

    [Theory]
    [InlineData("<footer>{{ title }}</footer>")] // assigned by the notice layout before it
    [InlineData("<footer>{{ x = 1 }}</footer>")] // read by the page layout
    [InlineData("<footer>{{ title = 'x' }}</footer>")] // what the layout wrote is written again
    [InlineData("<footer>{{ include \"links\" }}</footer>")]
    [InlineData("<footer>{{ page.content }}</footer>")]
    [InlineData("<footer>{{ date.now }}</footer>")]
    [InlineData("<footer>{{ this.title }}</footer>")]
    public void A_partial_that_shares_state_or_reads_more_is_rendered(string footer)
    {
        var others = new Dictionary<string, string>(Before, StringComparer.Ordinal) { ["layouts/page.html"] = "<p>{{ x }}</p>" };

        Assert.Empty(Of(footer, others));
    }

    [Fact]
    public void A_with_block_anywhere_makes_every_partial_rendered()
    {
        var others = new Dictionary<string, string>(Before, StringComparer.Ordinal) { ["layouts/page.html"] = "{{ with page }}{{ include \"footer\" }}{{ end }}" };

        Assert.Empty(Of("<footer>{{ path }}</footer>", others));
    }

    [Fact]
    public void A_layout_edit_or_a_new_partial_is_rendered()
    {
        var templates = Before.ToDictionary(t => t.Key, t => Template.Parse(t.Value));
        templates["partials/new.html"] = Template.Parse("<p></p>");

        Assert.Empty(SpliceablePartials.Of(new HashSet<string>(StringComparer.Ordinal) { "layouts/notice.html" }, Before, templates));
        Assert.Empty(SpliceablePartials.Of(new HashSet<string>(StringComparer.Ordinal) { "partials/new.html" }, Before, templates));
    }
}
