using System.Text;
using CsCheck;
using Portal.Html;
using Portal.Markdown;
using Portal.Tests.Fuzz;
using Xunit.Abstractions;

namespace Portal.Tests.Html;

/// <summary>
/// Excerpt.From collapses only the start of a long text; CountUnits counts in whole halves. Both must
/// give what the straightforward versions (collapse everything, sum doubles) give.
/// </summary>
public class ExcerptPrefixTests(ITestOutputHelper output)
{
    [Fact]
    public void ExcerptsAndCountsEqualTheWholeTextVersions()
    {
        var text = Gen.OneOf<string>(FuzzText.Line, FuzzText.Consts("。", "！", "；", "，", " ", "\n", "\t", "  ", "、", "：", "?"))
            .Array[0, 400].Select(parts => string.Concat(parts));
        FuzzRun.Check(Gen.Select(text, Gen.Int[4, 120]), t =>
        {
            var (body, target) = t;
            Assert.Equal(WholeTextExcerpt(body, target), Excerpt.From(body, target));
            Assert.Equal((int)Math.Round(body.Sum(c => char.IsWhiteSpace(c) ? 0 : CjkText.IsCjk(c) ? 1 : 0.5)), Excerpt.CountUnits(body));
        }, output, "excerpt prefix", iterations: 500);
    }

    /// <summary>The excerpt as it was computed before: the loop of Excerpt.From over the whole collapsed text.</summary>
    private static string WholeTextExcerpt(string text, int target)
    {
        var sb = new StringBuilder();
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

        var clean = sb.ToString();
        var units = 0.0;
        var lastSentenceEnd = -1;
        for (var i = 0; i < clean.Length; i++)
        {
            units += CjkText.IsCjk(clean[i]) ? 1 : char.IsWhiteSpace(clean[i]) ? 0.25 : 0.5;
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
}
