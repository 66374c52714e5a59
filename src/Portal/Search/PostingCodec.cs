using System.Text;

namespace Portal.Search;

/// <summary>
/// Compact text encoding of numbers for index files that are JavaScript strings: 5 bits per character,
/// most significant group first; a character from <see cref="More"/> says "another group follows", one
/// from <see cref="Last"/> ends the number. Values under 32 (most doc-id gaps and every impact) take one
/// character. Mirrored by <c>decode</c> in theme/assets/search.js.
/// </summary>
public static class PostingCodec
{
    public const string Last = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    public const string More = "WXYZabcdefghijklmnopqrstuvwxyz-_";

    public static void Append(StringBuilder text, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var shift = 0;
        while (value >> (shift + 5) != 0)
        {
            shift += 5;
        }

        for (; shift > 0; shift -= 5)
        {
            text.Append(More[(value >> shift) & 31]);
        }

        text.Append(Last[value & 31]);
    }

    public static List<int> Decode(string text)
    {
        var values = new List<int>();
        var value = 0;
        foreach (var c in text)
        {
            var last = Last.IndexOf(c);
            if (last >= 0)
            {
                values.Add((value << 5) | last);
                value = 0;
            }
            else
            {
                value = (value << 5) | More.IndexOf(c);
            }
        }

        return values;
    }
}
