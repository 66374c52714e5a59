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
        HalfWidthPunctuation(text).Concat(HalfWidthParentheses(text)).Concat(DocNumbers(text, whole: false))
            .OrderBy(f => f.Index);

    /// <summary>Findings in a <c>doc_no</c> value, which is a document number as a whole.</summary>
    public static IEnumerable<TypographyFinding> ScanDocNo(string value) => DocNumbers(value.Trim(), whole: true);

    /// <summary><c>水稻,小麦</c>, <c>注意:本通知</c>: a half-width mark between Han characters (a space either side allowed).</summary>
    private static IEnumerable<TypographyFinding> HalfWidthPunctuation(string text)
    {
        // A scan for the five marks (vectorised IndexOfAny), then a look at the neighbours: most text has none.
        for (var i = text.AsSpan().IndexOfAny(",:;?!"); i >= 0; i = NextIndexOfAny(text, ",:;?!", i + 1))
        {
            var before = i - 1 >= 0 && text[i - 1] == ' ' ? i - 2 : i - 1;
            var after = i + 1 < text.Length && text[i + 1] == ' ' ? i + 2 : i + 1;
            if (before >= 0 && after < text.Length && IsHan(text[before]) && IsHan(text[after]))
            {
                var c = text[i];
                yield return new TypographyFinding(i, DiagnosticCodes.HalfWidthPunctuation, $"中文句子中用了半角标点“{c}”，请改为全角“{FullWidth[c]}”。");
            }
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

    private static int NextIndexOfAny(string text, string chars, int from)
    {
        var found = text.AsSpan(from).IndexOfAny(chars);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// Document numbers: the regex finds the rare <c>[2013]12号</c> part (it starts at a bracket, so the
    /// engine skips ahead quickly); the issuer prefix before it is then read backwards. In running text it
    /// is a run of up to 8 Han characters ending in the kind of document (发, 函, 字, 令): 郴科发〔2013〕12号.
    /// </summary>
    private static IEnumerable<TypographyFinding> DocNumbers(string text, bool whole)
    {
        foreach (Match m in YearAndNumber().Matches(text))
        {
            var start = m.Index;
            if (whole)
            {
                if (start == 0 || m.Index + m.Length != text.Length)
                {
                    continue;
                }

                start = 0;
            }
            else
            {
                while (start > 0 && m.Index - start < 8 && IsHan(text[start - 1]))
                {
                    start--;
                }

                if (start == m.Index || !"发函字令".Contains(text[m.Index - 1]))
                {
                    continue;
                }
            }

            var prefix = text[start..m.Index];
            var open = m.Groups["open"];
            var close = m.Groups["close"].Value;
            var year = m.Groups["year"].Value;
            var number = m.Groups["number"].Value;
            var found = prefix + m.Value;
            var fixedText = $"{prefix}〔{HalfWidth(year)}〕{HalfWidth(number)}号";
            if (open.Value != "〔" || close != "〕")
            {
                yield return new TypographyFinding(open.Index, DiagnosticCodes.DocNoBrackets,
                    $"文号“{found}”的年份应当用六角括号〔〕括起来，不用 {open.Value}{close}：请写作“{fixedText}”。");
            }

            var digits = year + number;
            if (digits.Any(char.IsAsciiDigit) && digits.Any(IsFullWidthDigit))
            {
                yield return new TypographyFinding(m.Groups["year"].Index, DiagnosticCodes.DocNoMixedDigits,
                    $"文号“{found}”中全角数字和半角数字混用，请统一用半角数字：“{fixedText}”。");
            }
        }
    }

    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    private static bool IsFullWidthDigit(char c) => c is >= '０' and <= '９';

    private static string HalfWidth(string digits) => string.Concat(digits.Select(c => IsFullWidthDigit(c) ? (char)('0' + (c - '０')) : c));

    [GeneratedRegex(@"\([^()\n]*" + Han + @"[^()\n]*\)")]
    private static partial Regex ParenthesesWithHan();

    [GeneratedRegex(@"(?<open>[\[［【(（〔])(?<year>[0-9０-９]{4})(?<close>[\]］】)）〕])(?<number>[0-9０-９]{1,5})号")]
    private static partial Regex YearAndNumber();
}
