using Portal.Text;

namespace Portal.Search;

/// <summary>Receives the tokens of a text as the tokenizer finds them, without a string per token.</summary>
public interface ITokenSink
{
    /// <summary>A Han character or an adjacent pair, as <see cref="TokenKey.Han"/> codes it.</summary>
    void Han(uint code);

    /// <summary>A word: lower-case ASCII, or a <c>py:</c> / <c>in:</c> pinyin token; the span is only valid during the call.</summary>
    void Word(ReadOnlySpan<char> word);
}

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
        var sink = new ActionSink(emit);
        Visit(text, withPinyin, ref sink);
    }

    /// <summary>The tokens of raw text as strings, in order, with repeats (for tests and tools).</summary>
    public static IReadOnlyList<string> Tokens(string text, bool withPinyin = false)
    {
        var tokens = new List<string>();
        Visit(SearchText.Normalize(text), withPinyin, t => tokens.Add(t.ToString()));
        return tokens;
    }

    /// <summary>Every token of folded text, in order, with repeats: the one definition of what the index holds.</summary>
    public static void Visit<TSink>(ReadOnlySpan<char> text, bool withPinyin, ref TSink sink)
        where TSink : ITokenSink
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

                HanRun(text[start..i], withPinyin, ref sink);
            }
            else if (SearchText.IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && SearchText.IsWordChar(text[i]))
                {
                    i++;
                }

                sink.Word(text[start..i]);
            }
            else
            {
                i++;
            }
        }
    }

    private static void HanRun<TSink>(ReadOnlySpan<char> run, bool withPinyin, ref TSink sink)
        where TSink : ITokenSink
    {
        for (var j = 0; j < run.Length; j++)
        {
            sink.Han(run[j]);
            if (j + 1 < run.Length)
            {
                sink.Han(((uint)run[j] << 16) | run[j + 1]);
            }
        }

        if (withPinyin)
        {
            PinyinTokens(run, ref sink);
        }
    }

    private static void PinyinTokens<TSink>(ReadOnlySpan<char> run, ref TSink sink)
        where TSink : ITokenSink
    {
        Span<char> token = stackalloc char[64];
        string? previous = null;
        foreach (var c in run)
        {
            var syllable = Pinyin.Of(c);
            if (syllable is null)
            {
                previous = null;
                continue;
            }

            sink.Word(Join(token, PinyinPrefix, syllable, ""));
            sink.Word(Join(token, InitialsPrefix, syllable.AsSpan(0, 1), ""));
            if (previous is not null)
            {
                sink.Word(Join(token, PinyinPrefix, previous, syllable));
                sink.Word(Join(token, InitialsPrefix, previous.AsSpan(0, 1), syllable.AsSpan(0, 1)));
            }

            previous = syllable;
        }
    }

    private static ReadOnlySpan<char> Join(Span<char> buffer, string prefix, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        prefix.CopyTo(buffer);
        first.CopyTo(buffer[prefix.Length..]);
        second.CopyTo(buffer[(prefix.Length + first.Length)..]);
        return buffer[..(prefix.Length + first.Length + second.Length)];
    }

    private readonly struct ActionSink(Action<TokenKey> emit) : ITokenSink
    {
        public void Han(uint code) => emit(new TokenKey(code, null));

        public void Word(ReadOnlySpan<char> word) => emit(TokenKey.Of(word.ToString()));
    }
}
