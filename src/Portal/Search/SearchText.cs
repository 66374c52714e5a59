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

    /// <summary>
    /// <see cref="Normalize"/> into a reused buffer, without a new string for ordinary Chinese text: the
    /// characters of <see cref="FoldsAlone"/> are mapped one by one, and only the rare stretches of anything
    /// else (with the character before them, which they may combine with) go through the real NFKC.
    /// Returns the folded length; <paramref name="buffer"/> grows when needed.
    /// </summary>
    public static int Fold(string text, ref char[] buffer)
    {
        if (buffer.Length < text.Length)
        {
            buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
        }

        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Runs of unified ideographs fold to themselves, and every one of them folds alone: copied in bulk.
            var han = text.AsSpan(i).IndexOfAnyExceptInRange('\u4E00', '\u9FFF');
            if (han != 0)
            {
                var run = han < 0 ? text.Length - i : han;
                text.AsSpan(i, run).CopyTo(buffer.AsSpan(length));
                length += run;
                i += run;
                continue;
            }

            var c = text[i];
            if (FoldsAlone(c) && (i + 1 == text.Length || FoldsAlone(text[i + 1])))
            {
                buffer[length++] = FoldOne(c);
                i++;
                continue;
            }

            // A stretch that needs NFKC: from here (this character may be the base of what follows) to the next
            // character that starts a new normalization segment.
            var end = i + 1;
            while (end < text.Length && !FoldsAlone(text[end]))
            {
                end++;
            }

            var folded = Normalize(text[i..end]);
            if (buffer.Length < length + folded.Length + (text.Length - end))
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + folded.Length + text.Length - end));
            }

            folded.CopyTo(buffer.AsSpan(length));
            length += folded.Length;
            i = end;
        }

        return length;
    }

    /// <summary>
    /// Characters whose NFKC form is one known character and that never combine with what stands before them
    /// (starters that are no second half of a composition), so text splits before each of them and each
    /// folds alone: ASCII, the unified ideographs, the full-width ASCII forms and ideographic space, and the
    /// common Chinese punctuation that NFKC leaves as it is.
    /// </summary>
    public static bool FoldsAlone(char c) => c < '\u0080'
        || c is (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF01' and <= '\uFF5E') or '\u3000'
            or '\u3001' or '\u3002' or (>= '\u300A' and <= '\u3011') or '\u3014' or '\u3015'
            or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00B7';

    private static char FoldOne(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < '\u0080' => c,
        >= '\uFF21' and <= '\uFF3A' => (char)(c - 0xFEE0 + 0x20),
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };
}
