using Portal.Templates;

namespace Portal.Tests.Templates;

/// <summary>Whitespace between tags shrinks to one character; text, pre, textarea, script and style stay as written.</summary>
public sealed class InterTagWhitespaceTests
{
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
