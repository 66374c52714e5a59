namespace Portal.Markdown;

/// <summary>
/// Markdig refuses bodies nested past its depth limit (thousands of <c>&gt;</c>, lists hundreds of levels
/// deep, huge tables) with an <see cref="ArgumentException"/>, or runs short of stack with an
/// <see cref="InsufficientExecutionStackException"/>. Both are content problems, not bugs.
/// </summary>
internal static class MarkdownLimit
{
    public static bool IsLimit(Exception e) => e is ArgumentException or InsufficientExecutionStackException;

    /// <summary>
    /// The 1-based line of <paramref name="body"/> from which parsing fails: a binary search over line
    /// prefixes, so the error points where the nesting goes too deep whatever construct caused it. Runs only
    /// for a body that already failed, about log2(lines) parses.
    /// </summary>
    public static int FirstFailingLine(string body, Action<string> parse)
    {
        var lines = body.Split('\n');
        bool Fails(int count)
        {
            try
            {
                parse(string.Join('\n', lines[..count]));
                return false;
            }
            catch (Exception e) when (IsLimit(e))
            {
                return true;
            }
        }

        // Invariant: a prefix of `good` lines parses, a prefix of `bad` lines fails.
        var (good, bad) = (0, lines.Length);
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            (good, bad) = Fails(middle) ? (good, middle) : (middle, bad);
        }

        return bad;
    }
}
