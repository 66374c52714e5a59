using Portal.Text;

namespace Portal.Search;

/// <summary>
/// Index-side tokens. Han text gives every character and every adjacent pair (so any substring query of
/// one or more characters finds its documents: a query is matched as the AND of its pairs); ASCII runs
/// give lower-case words (so 桂政办发〔2012〕269号 is found by "2012" and by "269号" = 269 + 号). Titles and
/// tags also give pinyin tokens: each syllable and each adjacent pair of syllables (<c>py:shu</c>,
/// <c>py:shucai</c>), and initials the same way (<c>in:s</c>, <c>in:sc</c>).
/// </summary>
public static class SearchTokenizer
{
    public const string PinyinPrefix = "py:";
    public const string InitialsPrefix = "in:";

    /// <summary>Calls <paramref name="emit"/> for every token of <paramref name="text"/> (already <see cref="SearchText.Normalize"/>d).</summary>
    public static void Visit(string text, bool withPinyin, Action<TokenKey> emit)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (SearchText.IsHan(c))
            {
                var start = i;
                while (i < text.Length && SearchText.IsHan(text[i]))
                {
                    i++;
                }

                HanRun(text.AsSpan(start, i - start), withPinyin, emit);
            }
            else if (SearchText.IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && SearchText.IsWordChar(text[i]))
                {
                    i++;
                }

                emit(TokenKey.Of(text[start..i]));
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The tokens of raw text as strings, in order, with repeats (for tests and tools).</summary>
    public static IReadOnlyList<string> Tokens(string text, bool withPinyin = false)
    {
        var tokens = new List<string>();
        Visit(SearchText.Normalize(text), withPinyin, t => tokens.Add(t.ToString()));
        return tokens;
    }

    private static void HanRun(ReadOnlySpan<char> run, bool withPinyin, Action<TokenKey> emit)
    {
        for (var j = 0; j < run.Length; j++)
        {
            emit(TokenKey.Char(run[j]));
            if (j + 1 < run.Length)
            {
                emit(TokenKey.Pair(run[j], run[j + 1]));
            }
        }

        if (!withPinyin)
        {
            return;
        }

        string? previous = null;
        foreach (var c in run)
        {
            var syllable = Pinyin.Of(c);
            if (syllable is null)
            {
                previous = null;
                continue;
            }

            emit(TokenKey.Of(PinyinPrefix + syllable));
            emit(TokenKey.Of(InitialsPrefix + syllable[0]));
            if (previous is not null)
            {
                emit(TokenKey.Of(PinyinPrefix + previous + syllable));
                emit(TokenKey.Of(InitialsPrefix + previous[0] + syllable[0]));
            }

            previous = syllable;
        }
    }
}
