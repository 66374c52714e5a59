using System.Collections.Frozen;
using System.Reflection;

namespace Portal.Text;

/// <summary>
/// Toneless pinyin of Chinese characters, from the committed table <c>Text/Data/pinyin.txt</c>
/// (regenerate with <c>tools/pinyin/GeneratePinyinTable.cs</c>). One reading per character — the one the
/// dictionary lists first, i.e. the most common — so polyphonic characters in rarer readings come out
/// wrong (重庆 → zhongqing); search also indexes the characters themselves, so this only affects pinyin
/// queries and generated slugs.
/// </summary>
public static class Pinyin
{
    private static readonly Lazy<FrozenDictionary<char, string>> Table = new(Load);
    private static readonly Lazy<string[]> Syllabary = new(() => [.. Table.Value.Values.Distinct().Order(StringComparer.Ordinal)]);

    /// <summary>Every syllable of the table, sorted (the browser uses it to split typed pinyin into syllables).</summary>
    public static IReadOnlyList<string> AllSyllables => Syllabary.Value;

    /// <summary>The syllable for <paramref name="c"/> ("蔬" → "shu"), or null when it is not a known Han character.</summary>
    public static string? Of(char c) => Table.Value.TryGetValue(c, out var syllable) ? syllable : null;

    /// <summary>Syllables of the Han characters in <paramref name="text"/>, in order; other characters are skipped.</summary>
    public static IReadOnlyList<string> Syllables(string text)
    {
        var syllables = new List<string>(text.Length);
        foreach (var c in text)
        {
            if (Of(c) is { } syllable)
            {
                syllables.Add(syllable);
            }
        }

        return syllables;
    }

    /// <summary>Full pinyin, no separators: "蔬菜" → "shucai".</summary>
    public static string Full(string text) => string.Concat(Syllables(text));

    /// <summary>Initials, one letter per character: "蔬菜种植" → "sczz".</summary>
    public static string Initials(string text) => string.Concat(Syllables(text).Select(s => s[0]));

    private static FrozenDictionary<char, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Portal.Text.Data.pinyin.txt")
            ?? throw new InvalidOperationException("拼音数据缺失：程序集中没有 Portal.Text.Data.pinyin.txt。");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, string>(30_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var syllable = string.Intern(line[..tab]);
            foreach (var c in line.AsSpan(tab + 1))
            {
                table[c] = syllable;
            }
        }

        return table.ToFrozenDictionary();
    }
}
