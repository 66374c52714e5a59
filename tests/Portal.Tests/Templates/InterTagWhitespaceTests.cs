using System.Text;
using CsCheck;
using Portal.Templates;
using Portal.Tests.Fuzz;
using Xunit.Abstractions;

namespace Portal.Tests.Templates;

/// <summary>Whitespace between tags shrinks to one character; text, pre, textarea, script and style stay as written.</summary>
public sealed class InterTagWhitespaceTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Piece = FuzzText.Consts(
        "<p>", "</p>", "<pre>", "</pre>", "<PRE class=\"c\">", "</PRE >", "<script>", "<script src=\"a.js\">", "</script>", "<style>", "</style>",
        "<textarea>", "</textarea>", "<preview>", "<s>", "</s>", "<sub>", "<t>", "<span>", "</span>", "<", ">", "< p>", "<pre",
        " ", "  ", "\n", "\n\n  ", " \t\r\n ", "\r\n", "科技", "a", "😀", "x > y", "", "<br/>");

    /// <summary>The one-pass scan that jumps between '&lt;' and '&gt;' gives what a character-by-character scan gives.</summary>
    [Fact]
    public void Fuzzed_markup_collapses_as_the_plain_scan_does() =>
        FuzzRun.Check(Piece.Array[0, 40].Select(p => string.Concat(p)), html =>
        {
            Assert.Equal(PlainScan(html), InterTagWhitespace.Collapse(html));
            Assert.Equal(Encoding.UTF8.GetBytes(PlainScan(html)), InterTagWhitespace.CollapseToUtf8(html));
        }, output, "inter-tag whitespace, fuzz markup", iterations: 500);

    /// <summary>The rules read one character at a time, as the first version of InterTagWhitespace did.</summary>
    private static string PlainScan(string html)
    {
        string[] raws = ["pre", "textarea", "script", "style"];
        static bool Space(char c) => c is ' ' or '\n' or '\t' or '\r';
        var text = new StringBuilder();
        var copied = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            var raw = c != '<' ? -1 : Array.FindIndex(raws, name => i + 1 + name.Length < html.Length
                && string.Compare(html, i + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && html[i + 1 + name.Length] is '>' or ' ' or '\n' or '\t' or '\r' or '/');
            if (raw >= 0)
            {
                var from = i + 1 + raws[raw].Length;
                var close = html.IndexOf("</" + raws[raw], from, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close + 2 + raws[raw].Length;
                continue;
            }

            if (c != '>' || i + 2 >= html.Length || !Space(html[i + 1]) || !Space(html[i + 2]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            var newline = false;
            while (end < html.Length && Space(html[end]))
            {
                newline |= html[end] == '\n';
                end++;
            }

            if (end < html.Length && html[end] == '<')
            {
                text.Append(html, copied, i + 1 - copied).Append(newline ? '\n' : ' ');
                copied = end;
            }

            i = end;
        }

        return text.Append(html, copied, html.Length - copied).ToString();
    }

    [Theory]
    [InlineData("<ul>\n  <li>a</li>\n\n  <li>b</li>\n</ul>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>")]
    [InlineData("<span>通知</span>   <span>公告</span>", "<span>通知</span> <span>公告</span>")]
    [InlineData("<p>一 </p>\n<p>  二  </p>", "<p>一 </p>\n<p>  二  </p>")]
    [InlineData("<b>x</b> <i>y</i>", "<b>x</b> <i>y</i>")]
    [InlineData("<p>no whitespace</p>", "<p>no whitespace</p>")]
    [InlineData("<pre>\n  <b>x</b>\n\n  y\n</pre>\n\n<p>", "<pre>\n  <b>x</b>\n\n  y\n</pre>\n<p>")]
    [InlineData("<PRE class=\"c\">a  >   <b></PRE>", "<PRE class=\"c\">a  >   <b></PRE>")]
    [InlineData("<textarea>\n\n  </textarea>", "<textarea>\n\n  </textarea>")]
    [InlineData("<script>if (a >  \n <b) {}</script>  \n  <p>", "<script>if (a >  \n <b) {}</script>\n<p>")]
    [InlineData("<style>a >  \n  b {}</style>", "<style>a >  \n  b {}</style>")]
    [InlineData("<preview>\n\n  <p>", "<preview>\n<p>")]
    [InlineData("<p>\n\n", "<p>\n\n")]
    public void Collapses_only_runs_between_tags(string html, string expected) =>
        Assert.Equal(expected, InterTagWhitespace.Collapse(html));

    [Fact]
    public void Text_without_long_runs_is_returned_as_it_is()
    {
        const string Html = "<p>科技特派员</p>\n<p>下乡</p>";
        Assert.Same(Html, InterTagWhitespace.Collapse(Html));
    }
}
