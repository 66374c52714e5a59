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
        var clean = Collapse(text);
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
    public static int CountUnits(string text) => (int)Math.Round(text.Sum(c => char.IsWhiteSpace(c) ? 0 : Units(c)));

    private static double Units(char c) => CjkText.IsCjk(c) ? 1 : char.IsWhiteSpace(c) ? 0.25 : 0.5;

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
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
