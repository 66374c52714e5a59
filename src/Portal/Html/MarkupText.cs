using System.Text;

namespace Portal.Html;

/// <summary>
/// Markdig's escaping undone, and AngleSharp's applied: the two differ (Markdig writes <c>&amp;quot;</c> in
/// text and <c>&amp;#8617;</c> for the footnote arrow, AngleSharp writes the characters and escapes a no-break space).
/// </summary>
internal static class MarkupText
{
    /// <summary>The length of the entity <paramref name="text"/> starts with, 0 when it is not one Markdig writes.</summary>
    public static int EntityLength(ReadOnlySpan<char> text) =>
        text.StartsWith("&amp;") ? 5 : text.StartsWith("&lt;") || text.StartsWith("&gt;") ? 4 : text.StartsWith("&quot;") ? 6 : text.StartsWith("&#8617;") ? 7 : 0;

    private static char EntityChar(ReadOnlySpan<char> text) => text[1] switch
    {
        'a' => '&',
        'l' => '<',
        'g' => '>',
        'q' => '"',
        _ => '\u21A9',
    };

    /// <summary>The characters an escaped span stands for (its entities are known: <see cref="EntityLength"/>).</summary>
    public static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('&') < 0)
        {
            return raw.ToString();
        }

        var sb = new StringBuilder(raw.Length);
        AppendUnescaped(sb, raw);
        return sb.ToString();
    }

    public static void AppendUnescaped(StringBuilder sb, ReadOnlySpan<char> raw)
    {
        for (var amp = raw.IndexOf('&'); amp >= 0; amp = raw.IndexOf('&'))
        {
            sb.Append(raw[..amp]);
            raw = raw[amp..];
            sb.Append(EntityChar(raw));
            raw = raw[EntityLength(raw)..];
        }

        sb.Append(raw);
    }

    /// <summary>Text as AngleSharp serializes it: &amp;, &lt;, &gt; and the no-break space escaped.</summary>
    public static void AppendText(StringBuilder sb, ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny("&<>\u00A0"); i >= 0; i = text.IndexOfAny("&<>\u00A0"))
        {
            sb.Append(text[..i]).Append(text[i] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => "&nbsp;" });
            text = text[(i + 1)..];
        }

        sb.Append(text);
    }

    /// <summary>An attribute value as AngleSharp 1.x serializes it: &amp;, &lt;, &gt;, " and the no-break space escaped.</summary>
    public static void AppendAttribute(StringBuilder sb, ReadOnlySpan<char> value)
    {
        for (var i = value.IndexOfAny("&\"<>\u00A0"); i >= 0; i = value.IndexOfAny("&\"<>\u00A0"))
        {
            sb.Append(value[..i]).Append(value[i] switch { '&' => "&amp;", '"' => "&quot;", '<' => "&lt;", '>' => "&gt;", _ => "&nbsp;" });
            value = value[(i + 1)..];
        }

        sb.Append(value);
    }
}
