using System.Text;
using Portal.Content;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>
/// Seeded random search documents that reach every corner of the tokenizer and the writer: Han text with
/// and without pinyin, Extension A, compatibility ideographs and full-width forms that NFKC folds, an
/// unassigned code point the JSON encoder escapes, surrogate pairs, upper-case ASCII, tabs and new lines,
/// equal dates (ordered by URL), expiring and scheduled items.
/// </summary>
public static class GeneratedDocuments
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    private const string Common = "水稻育秧病虫害防治要点冬季管理蔬菜种植重庆桂林柑橘施肥灌溉农业技术推广政策解读通知公告科技特派员乡村振兴养殖猪牛羊鸡鸭鱼茶叶甘蔗玉米大豆土壤气象";
    private const string Rare = "㐀㑇䶵\uF900\uF901\uF902\uFA6E\uF9DC";
    private static readonly string[] Words = ["GPS", "a4", "2026", "Wi-Fi", "ＡＢＣ", "１２３", "iPhone15", "x"];
    private static readonly string[] Others = ["，", "。", "、", " ", "\n", "\t", "（", "）", "😀", "〔2012〕", "269号", "\u00A0"];

    public static IReadOnlyList<SearchDocument> Make(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => One(random, i))];
    }

    public static SearchDocument One(Random random, int i)
    {
        var section = (Section)random.Next(4);
        var body = Text(random, random.Next(0, 3000));
        var title = Text(random, random.Next(1, 14));
        var date = Today.AddDays(-random.Next(0, 2200) / 3 * 3);
        var tags = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Text(random, random.Next(1, 5))).ToList();
        var meta = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Text(random, random.Next(1, 20))).ToList();
        DateOnly? expires = section == Section.Notices && random.Next(3) == 0 ? date.AddDays(random.Next(-30, 400)) : null;
        DateOnly? starts = random.Next(20) == 0 ? Today.AddDays(random.Next(1, 30)) : null;
        return new SearchDocument($"{section.ToString().ToLowerInvariant()}/d{i:D4}/", title, section, date, Text(random, random.Next(0, 60)), tags, meta, body, expires, starts);
    }

    public static string Text(Random random, int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            var roll = random.Next(100);
            text.Append(roll switch
            {
                < 75 => Common[random.Next(Common.Length)].ToString(),
                < 78 => Rare[random.Next(Rare.Length)].ToString(),
                < 86 => Words[random.Next(Words.Length)],
                _ => Others[random.Next(Others.Length)],
            });
        }

        return text.ToString();
    }
}
