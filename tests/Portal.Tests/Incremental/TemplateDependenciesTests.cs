using Portal.Incremental;

namespace Portal.Tests.Incremental;

/// <summary>Which templates each layout depends on: a partial edit re-renders only what really includes it.</summary>
public sealed class TemplateDependenciesTests
{
    private static readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal)
    {
        ["layouts/base.html"] = "<body>{{ include 'header' }}{{ page.content }}{{ include 'footer' }}</body>",
        ["layouts/notice.html"] = "<article>{{ include 'card' }}</article>",
        ["layouts/bulletin.html"] = "<html><body>{{ model.title }}</body></html>",
        ["partials/header.html"] = "<header/>",
        ["partials/footer.html"] = "<footer/>",
        ["partials/card.html"] = "<div/>",
    };

    [Fact]
    public void A_page_layout_depends_on_base_and_every_partial_either_includes()
    {
        var dependencies = TemplateDependencies.Of(Sources, standalone: ["bulletin"]);

        Assert.Equal(
            ["layouts/base.html", "layouts/notice.html", "partials/card.html", "partials/footer.html", "partials/header.html"],
            dependencies["notice"].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_standalone_layout_is_not_wrapped_in_base_so_a_footer_edit_leaves_it_alone()
    {
        // The bulletin is a whole page of its own: a footer edit must not re-render it.
        var dependencies = TemplateDependencies.Of(Sources, standalone: ["bulletin"]);

        Assert.Equal(["layouts/bulletin.html"], dependencies["bulletin"]);
    }
}
