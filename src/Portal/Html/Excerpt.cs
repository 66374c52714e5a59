using System.Text;
using Portal.Markdown;

namespace Portal.Html;

/// <summary>
/// A CJK-aware excerpt: length counted in reading units (a Chinese character is one, a Latin letter or
/// digit half of one), ending at a sentence mark (。！？；) when one falls in a sensible range.
/// </summary>
public static class Excerpt
{
    public const int TargetUnits = 80;

    public static string From(string text, int target = TargetUnits)
    {
        // Only the start of a long body can become its excerpt: every character counts at least a quarter
        // unit, so the target is reached within 4 × target characters, and a sentence end is looked for at
        // most target / 4 past it. Collapsing just that prefix gives the same excerpt as collapsing it all.
        var clean = Collapse(text, (4 * target) + (target / 4) + 2);
        var units = 0.0;
        var lastSentenceEnd = -1;
        for (var i = 0; i < clean.Length; i++)
        {
            units += Units(clean[i]);
            if (CjkText.IsSentenceEnd(clean[i]) && units >= target * 0.5)
            {
                lastSentenceEnd = i;
            }

            if (units >= target)
            {
                if (i == clean.Length - 1)
                {
                    return clean;
                }

                // A sentence end just past the target reads better than a cut mid-sentence.
                var next = clean.IndexOfAny(['。', '！', '？', '；'], i);
                if (next > 0 && next - i <= target * 0.25)
                {
                    return clean[..(next + 1)];
                }

                return lastSentenceEnd >= 0 ? clean[..(lastSentenceEnd + 1)] : clean[..(i + 1)].TrimEnd('，', '、', '：', ',', ' ') + "…";
            }
        }

        return clean;
    }

    /// <summary>Characters a reader reads: CJK characters count one each, other words by letters / 2.</summary>
    public static int CountUnits(string text)
    {
        // Whole halves, so the count is exact: the same as summing 1 and 0.5 as doubles, without the per-character delegate.
        var halves = 0L;
        foreach (var c in text)
        {
            halves += char.IsWhiteSpace(c) ? 0 : CjkText.IsCjk(c) ? 2 : 1; // whitespace first: U+3000 is both
        }

        return (int)Math.Round(halves / 2.0);
    }

    private static double Units(char c) => CjkText.IsCjk(c) ? 1 : char.IsWhiteSpace(c) ? 0.25 : 0.5;

    /// <summary>Whitespace runs made one space (none between two CJK characters); at most <paramref name="limit"/>
    /// characters, a prefix of the whole text's collapse.</summary>
    private static string Collapse(string text, int limit)
    {
        var trimmed = text.AsSpan().Trim();
        var sb = new StringBuilder(Math.Min(trimmed.Length, limit));
        var space = false;
        foreach (var c in trimmed)
        {
            if (sb.Length >= limit)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0 && !(CjkText.IsCjk(c) && CjkText.IsCjk(sb[^1])))
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
