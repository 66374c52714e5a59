using System.Text;

namespace Portal.Search;

/// <summary>
/// The character rules shared by the index (C#) and the query side (theme/assets/search.js): both fold
/// text with NFKC (full-width Ａ１ → A1, compatibility ideographs → unified) and lower-case it, then split
/// it into Han runs and ASCII letter/digit runs; everything else separates tokens.
/// </summary>
public static class SearchText
{
    /// <summary>CJK Unified Ideographs, Extension A and the compatibility block (BMP only, like the pinyin table).</summary>
    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    public static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    public static string Normalize(string text)
    {
        var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        return folded.ToLowerInvariant();
    }
}
