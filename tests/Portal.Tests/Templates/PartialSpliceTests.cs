using System.Text;
using CsCheck;
using Portal.Templates;
using Portal.Tests.Fuzz;
using Xunit.Abstractions;

namespace Portal.Tests.Templates;

/// <summary>A partial's new output swapped into a page's bytes gives the bytes of the page rendered with it.</summary>
public sealed class PartialSpliceTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Piece = FuzzText.Consts(
        "<p>", "</p>", "<pre>", "</pre>", "<script>", "</script>", "<textarea>", "</textarea>", "<div class=\"a\">", "</div>",
        "<", ">", " ", "  ", "\n", "\n\n  ", " \t\r\n ", "科技", "a", "😀", "x > y", "");

    private static readonly Gen<string> Markup = Piece.Array[0, 12].Select(p => string.Concat(p));

    /// <summary>
    /// For any page text around an include (A, the include's old output B, C) and any new output B': where
    /// the old output was found and the new one is markup with the same whitespace around it, swapping
    /// gives exactly the collapse of A + B' + C, raw elements and runs of whitespace included.
    /// </summary>
    [Fact]
    public void Swapping_a_partials_output_gives_the_page_rendered_with_it() =>
        FuzzRun.Check(Gen.Select(Markup, Markup, Markup, Markup, Gen.OneOf(Gen.Const(""), Gen.Const("\n"), Gen.Const("  \n"))), t =>
        {
            var (a, b, changed, c, around) = t;
            var old = around + "<b>" + b + "</b>" + around;
            var fresh = around + "<i>" + changed + "</i>" + around;
            var page = a + old + c;
            var (from, to) = (a.Length + around.Length, a.Length + old.Length - around.Length);
            var offsets = new int[2];
            var bytes = InterTagWhitespace.CollapseToUtf8(page, [from, to], offsets);
            var alone = new int[2];
            var freshBytes = InterTagWhitespace.CollapseToUtf8(fresh, [around.Length, fresh.Length - around.Length], alone);
            if (offsets[0] < 0 || offsets[1] < 0 || alone[0] < 0 || alone[1] < 0)
            {
                return; // not found as markup of its own: the page is rendered instead
            }

            var includes = new PageIncludes([new IncludeSpan("partials/p.html", offsets[0], offsets[1], around, around)], PageIncludes.None.Unspliceable);
            var spliced = PartialSplice.Apply(bytes, includes, new Dictionary<string, byte[]> { ["partials/p.html"] = freshBytes[alone[0]..alone[1]] });

            Assert.NotNull(spliced);
            Assert.Equal(Encoding.UTF8.GetString(InterTagWhitespace.CollapseToUtf8(a + fresh + c)), Encoding.UTF8.GetString(spliced.Value.Bytes));
            var moved = Assert.Single(spliced.Value.Includes.Spans);
            Assert.Equal(freshBytes[alone[0]..alone[1]], spliced.Value.Bytes[moved.Start..moved.End]);
        }, output, "partial splice, fuzz markup", iterations: 2000);

    [Fact]
    public void A_partial_the_page_cannot_swap_is_not_spliced()
    {
        var includes = new PageIncludes([], new HashSet<string>(StringComparer.Ordinal) { "partials/p.html" });

        Assert.Null(PartialSplice.Apply("<p>x</p>"u8.ToArray(), includes, new Dictionary<string, byte[]> { ["partials/p.html"] = "<p>y</p>"u8.ToArray() }));
    }

    [Fact]
    public void A_span_inside_a_swapped_one_is_gone_and_its_partial_no_longer_spliceable()
    {
        var page = "<div><span>a</span></div><p>z</p>"u8.ToArray();
        var includes = new PageIncludes(
            [new("partials/outer.html", 0, 25, "", ""), new("partials/inner.html", 5, 19, "", ""), new("partials/after.html", 25, 33, "", "")],
            PageIncludes.None.Unspliceable);

        var (bytes, moved) = PartialSplice.Apply(page, includes, new Dictionary<string, byte[]> { ["partials/outer.html"] = "<div>b</div>"u8.ToArray() })!.Value;

        Assert.Equal("<div>b</div><p>z</p>", Encoding.UTF8.GetString(bytes));
        Assert.Equal([new("partials/outer.html", 0, 12, "", ""), new("partials/after.html", 12, 20, "", "")], moved.Spans);
        Assert.Contains("partials/inner.html", moved.Unspliceable);
    }
}
