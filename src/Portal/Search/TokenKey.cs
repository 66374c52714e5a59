namespace Portal.Search;

/// <summary>
/// One index token without allocating a string for the common case: a Han character (<see cref="Han"/> is
/// its code) or a pair of adjacent ones (first &lt;&lt; 16 | second), else a <see cref="Word"/> (a lower-case
/// ASCII word, or a <c>py:</c> pinyin / <c>in:</c> initials token). Han codes start at U+3400, so a pair
/// never equals a single character.
/// </summary>
public readonly record struct TokenKey(uint Han, string? Word)
{
    public static TokenKey Char(char c) => new(c, null);

    public static TokenKey Pair(char first, char second) => new(((uint)first << 16) | second, null);

    public static TokenKey Of(string word) => new(0, word);

    public override string ToString() => Word ?? (Han > 0xFFFF
        ? new string([(char)(Han >> 16), (char)(Han & 0xFFFF)])
        : ((char)Han).ToString());
}
