namespace Portal.Markdown;

/// <summary>Character classes for Chinese text handling (line breaks, excerpts, reading time).</summary>
public static class CjkText
{
    /// <summary>True for Han ideographs, CJK punctuation, kana, and full-width forms.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F')
            or (>= '\uFF00' and <= '\uFFEF') or (>= '\u3040' and <= '\u30FF') or (>= '\uF900' and <= '\uFAFF')
            or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00B7';

    /// <summary>Sentence-ending marks where an excerpt may end cleanly.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?';
}
