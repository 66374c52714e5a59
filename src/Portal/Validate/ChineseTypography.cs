using System.Text.RegularExpressions;
using Portal.Diagnostics;

namespace Portal.Validate;

/// <summary>One typography problem in a piece of text: where it starts (0-based index), its code and message.</summary>
public sealed record TypographyFinding(int Index, string Code, string Message);

/// <summary>
/// Chinese typography rules on plain text (GB/T 15834 punctuation, GB/T 9704 document numbers). Each rule
/// fires only where the text is clearly Chinese, so English, numbers, times (9:00) and URLs pass: a
/// half-width comma is wrong between two Han characters, not after a digit.
/// </summary>
public static partial class ChineseTypography
{
    private const string Han = @"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]";

    private static readonly IReadOnlyDictionary<char, char> FullWidth = new Dictionary<char, char>
    {
        [','] = '，',
        [':'] = '：',
        [';'] = '；',
        ['?'] = '？',
        ['!'] = '！',
    };

    /// <summary>All findings in a run of prose.</summary>
    public static IEnumerable<TypographyFinding> Scan(string text) =>
        HalfWidthPunctuation(text).Concat(HalfWidthParentheses(text)).Concat(DocNumbers(text, BodyDocNo()))
            .OrderBy(f => f.Index);

    /// <summary>Findings in a <c>doc_no</c> value, which is a document number as a whole.</summary>
    public static IEnumerable<TypographyFinding> ScanDocNo(string value) => DocNumbers(value, WholeDocNo());

    /// <summary><c>水稻,小麦</c>, <c>注意:本通知</c>: a half-width mark between Han characters (a space either side allowed).</summary>
    private static IEnumerable<TypographyFinding> HalfWidthPunctuation(string text)
    {
        foreach (Match m in PunctuationBetweenHan().Matches(text))
        {
            var mark = m.Groups["mark"];
            var c = mark.Value[0];
            yield return new TypographyFinding(mark.Index, DiagnosticCodes.HalfWidthPunctuation,
                $"中文句子中用了半角标点“{c}”，请改为全角“{FullWidth[c]}”。");
        }
    }

    /// <summary><c>科技局(简称县局)负责</c>: half-width parentheses around Chinese words, next to Chinese text.</summary>
    private static IEnumerable<TypographyFinding> HalfWidthParentheses(string text)
    {
        foreach (Match m in ParenthesesWithHan().Matches(text))
        {
            var before = m.Index > 0 && IsHan(text[m.Index - 1]);
            var end = m.Index + m.Length;
            var after = end < text.Length && IsHan(text[end]);
            if (before || after)
            {
                yield return new TypographyFinding(m.Index, DiagnosticCodes.HalfWidthPunctuation,
                    $"中文句子中用了半角括号“{m.Value}”，请改为全角括号“（{m.Value[1..^1]}）”。");
            }
        }
    }

    private static IEnumerable<TypographyFinding> DocNumbers(string text, Regex pattern)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var year = m.Groups["year"].Value;
            var number = m.Groups["number"].Value;
            var fixedText = $"{m.Groups["prefix"].Value}〔{HalfWidth(year)}〕{HalfWidth(number)}号";
            if (m.Groups["open"].Value != "〔" || m.Groups["close"].Value != "〕")
            {
                yield return new TypographyFinding(m.Groups["open"].Index, DiagnosticCodes.DocNoBrackets,
                    $"文号“{m.Value}”的年份应当用六角括号〔〕括起来，不用 {m.Groups["open"].Value}{m.Groups["close"].Value}：请写作“{fixedText}”。");
            }

            var digits = year + number;
            if (digits.Any(char.IsAsciiDigit) && digits.Any(IsFullWidthDigit))
            {
                yield return new TypographyFinding(m.Groups["year"].Index, DiagnosticCodes.DocNoMixedDigits,
                    $"文号“{m.Value}”中全角数字和半角数字混用，请统一用半角数字：“{fixedText}”。");
            }
        }
    }

    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    private static bool IsFullWidthDigit(char c) => c is >= '０' and <= '９';

    private static string HalfWidth(string digits) => string.Concat(digits.Select(c => IsFullWidthDigit(c) ? (char)('0' + (c - '０')) : c));

    [GeneratedRegex(Han + @" ?(?<mark>[,:;?!]) ?(?=" + Han + ")")]
    private static partial Regex PunctuationBetweenHan();

    [GeneratedRegex(@"\([^()\n]*" + Han + @"[^()\n]*\)")]
    private static partial Regex ParenthesesWithHan();

    // In running text a document number ends its prefix with the kind of document (发, 函, 字, 令): 郴科发〔2013〕12号.
    [GeneratedRegex(@"(?<prefix>" + Han + @"{1,8}[发函字令])(?<open>[\[［【(（〔])(?<year>[0-9０-９]{4})(?<close>[\]］】)）〕])(?<number>[0-9０-９]{1,5})号")]
    private static partial Regex BodyDocNo();

    [GeneratedRegex(@"^(?<prefix>.+?)(?<open>[\[［【(（〔])(?<year>[0-9０-９]{4})(?<close>[\]］】)）〕])(?<number>[0-9０-９]{1,5})号$")]
    private static partial Regex WholeDocNo();
}
