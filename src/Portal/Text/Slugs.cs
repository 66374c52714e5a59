using System.Text;

namespace Portal.Text;

/// <summary>
/// URL slugs from Chinese titles: "水稻育秧技术" → "shuidao-yuyang-jishu". Without a word segmenter we
/// cannot know where words end, so Han runs are cut into two-syllable groups — most Chinese words
/// (and nearly all in our content: 水稻, 育秧, 技术) are two characters long. Latin letters and digits are
/// kept (full-width folded to ASCII); everything else separates words.
/// </summary>
public static class Slugs
{
    public const int MaxLength = 60;

    public static string FromTitle(string title)
    {
        var words = new List<string>();
        var han = new List<string>();
        var latin = new StringBuilder();

        void FlushHan()
        {
            for (var i = 0; i < han.Count; i += 2)
            {
                words.Add(string.Concat(han.Skip(i).Take(2)));
            }

            han.Clear();
        }

        void FlushLatin()
        {
            if (latin.Length > 0)
            {
                words.Add(latin.ToString());
                latin.Clear();
            }
        }

        foreach (var c in title.Normalize(NormalizationForm.FormKC))
        {
            if (Pinyin.Of(c) is { } syllable)
            {
                FlushLatin();
                han.Add(syllable);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                FlushHan();
                latin.Append(char.ToLowerInvariant(c));
            }
            else
            {
                FlushHan();
                FlushLatin();
            }
        }

        FlushHan();
        FlushLatin();
        return Truncate(words);
    }

    /// <summary><paramref name="slug"/> itself if free, else the first free of slug-2, slug-3, …</summary>
    public static string Unique(string slug, Func<string, bool> isTaken)
    {
        if (!isTaken(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n}";
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Truncate(List<string> words)
    {
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > MaxLength)
            {
                break;
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(word.Length > MaxLength ? word[..MaxLength] : word);
        }

        return slug.ToString();
    }
}
