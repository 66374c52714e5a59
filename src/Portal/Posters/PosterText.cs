using Portal.Markdown;

namespace Portal.Posters;

/// <summary>
/// How wide text is, in em: a Chinese character (or full-width mark) is one em, Latin letters and
/// digits a little over half. Good enough to decide how large a poster's title can be.
/// </summary>
public static class PosterText
{
    public static double Width(string text)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            width += CjkText.IsCjk(c) ? 1.0 : char.IsWhiteSpace(c) ? 0.3 : 0.58;
        }

        return width;
    }

    /// <summary>Lines the text takes in a column <paramref name="columnEm"/> em wide (at least one).</summary>
    public static int Lines(string text, double columnEm) => Math.Max(1, (int)Math.Ceiling(Width(text.Trim()) / Math.Max(1, Math.Floor(columnEm))));
}
