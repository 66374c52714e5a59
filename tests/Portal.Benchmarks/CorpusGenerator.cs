using System.Globalization;
using static System.FormattableString;

namespace Portal.Benchmarks;

/// <summary>A generated corpus: the documents, and the one an "edit" rebuild changes.</summary>
internal sealed record GeneratedCorpus(IReadOnlyList<SyntheticDocument> Documents, SyntheticDocument EditTarget);

/// <summary>
/// Generates N documents deterministically (one seeded <see cref="Random"/>, consumed in a fixed order):
/// 50% notices, 30% techniques, 20% policies, dated 2012–2026 with more in recent years, each valid
/// under design.md §4 so the engine builds it without errors. Some notices are expired, a few
/// withdrawn or scheduled (dated after <see cref="Now"/>), and about one document in twenty links to
/// another published document the way editors do (<c>../notices/slug.md</c>).
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    /// <summary>The build's fixed "now": publication, expiry and 本月农事 depend on it, so results must not depend on the clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(8));

    private static readonly DateTimeOffset First = new(2012, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Last = new(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(8));

    private readonly Random _random = new(seed);

    /// <summary>Everything about a document except its body, decided in a first pass so bodies can link to any document.</summary>
    private sealed record Planned(DocKind Kind, string Slug, string Title, DateTimeOffset Date, bool HasTime, List<string> Tags,
        string? Summary, List<string> Yaml, TextSlots Slots, bool Current);

    public GeneratedCorpus Generate(int count)
    {
        var notices = count / 2;
        var techniques = count * 3 / 10;
        var planned = new List<Planned>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = i < notices ? DocKind.Notice : i < notices + techniques ? DocKind.Technique : DocKind.Policy;
            planned.Add(kind switch
            {
                DocKind.Notice => Notice(i + 1),
                DocKind.Technique => Technique(i + 1),
                _ => Policy(i + 1),
            });
        }

        // Link targets must have a page at build time: published (not scheduled) notices and techniques.
        var targets = planned.Where(d => d.Date <= Now && d.Kind != DocKind.Policy).ToList();
        var documents = new List<SyntheticDocument>(count);
        foreach (var plan in planned)
        {
            var links = new List<BodyLink>();
            if (_random.Next(20) == 0)
            {
                for (var l = _random.Next(1, 3); l > 0; l--)
                {
                    var target = targets[_random.Next(targets.Count)];
                    if (target.Slug != plan.Slug)
                    {
                        links.Add(new BodyLink(target.Title, $"../{SyntheticDocument.FolderOf(target.Kind)}/{target.Slug}.md"));
                    }
                }
            }

            var body = new MarkdownBody(_random, plan.Kind, plan.Slots).Write(_random.Next(1800, 2300), withTable: _random.Next(10) < 6, links);
            documents.Add(new SyntheticDocument(plan.Kind, plan.Slug, plan.Title, plan.Date, plan.HasTime, plan.Tags, plan.Summary, plan.Yaml, body));
        }

        // The edit rebuild changes the newest current notice: what an editor most often corrects.
        var editSlug = planned.Where(d => d.Kind == DocKind.Notice && d.Current).MaxBy(d => d.Date)!.Slug;
        return new GeneratedCorpus(documents, documents.First(d => d.Slug == editSlug));
    }

    private Planned Notice(int index)
    {
        var topic = Pick(ChineseText.NoticeTopics);
        var slots = Slots(Pick(ChineseText.Subjects).Text, "", topic.Text);
        var (date, hasTime) = RandomDate(withTimeChance: 2);
        var (pattern, kindPinyin) = Pick(ChineseText.NoticeTitles);
        var title = pattern.Replace("{Y}", Year(date), StringComparison.Ordinal).Replace("{T}", topic.Text, StringComparison.Ordinal).Replace("{C}", slots.County, StringComparison.Ordinal);
        var yaml = new List<string>();
        if (_random.Next(10) < 7)
        {
            // The rest rely on site.yml's default issuer, which the engine must fill in.
            yaml.Add("issuer: " + Yaml.Quote(_random.Next(3) == 0 ? slots.County + "科学技术局" : SiteYaml.Issuer));
        }

        if (_random.Next(10) < 6)
        {
            yaml.Add("doc_no: " + Yaml.Quote(DocNo(date.Year)));
        }

        var current = date <= Now;
        if (_random.Next(10) < 4)
        {
            var expires = date.Date.AddDays(_random.Next(30, 366));
            yaml.Add("expires: " + expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            current &= new DateTimeOffset(expires.AddDays(1), Now.Offset) > Now;
        }

        if (_random.Next(200) == 0)
        {
            yaml.Add("status: withdrawn");
            yaml.Add("withdrawn_reason: " + Yaml.Quote("该项工作已按上级要求调整，本通知停止执行，新的安排另行通知。"));
            current = false;
        }

        if (current && Now - date < TimeSpan.FromDays(60) && _random.Next(5) == 0)
        {
            yaml.Add("urgent: true");
        }

        if (index <= 3)
        {
            yaml.Add("pinned: true");
        }

        var summary = Summary(Invariant($"{date.Year}年{topic.Text}工作定于{_random.Next(1, 13)}月开展，请各县市区按要求做好组织实施和材料报送。"));
        var slug = Invariant($"{topic.Pinyin}-{date.Year}-{kindPinyin}-{index}");
        return new Planned(DocKind.Notice, slug, title, date, hasTime, Tags(topic.Tag), summary, Regions(yaml), slots, current);
    }

    private Planned Technique(int index)
    {
        var subject = Pick(ChineseText.Subjects);
        var practice = Pick(ChineseText.Practices[subject.Category]);
        var slots = Slots(subject.Text, practice.Text, "");
        var (date, hasTime) = RandomDate(withTimeChance: 0);
        var title = _random.Next(3) switch
        {
            0 => $"{subject.Text}{practice.Text}要点",
            1 => $"{slots.County}{subject.Text}{practice.Text}经验",
            _ => $"{subject.Text}{practice.Text}",
        };
        var firstMonth = _random.Next(1, 13);
        var months = Enumerable.Range(0, _random.Next(1, 6)).Select(m => (firstMonth + m - 1) % 12 + 1);
        var yaml = new List<string>
        {
            "category: " + subject.Category,
            "subjects: " + Yaml.List([subject.Text]),
            "months: [" + string.Join(", ", months) + "]",
            "expert:",
            "  name: " + Yaml.Quote(Pick(ChineseText.Surnames) + Pick(ChineseText.GivenNames)),
            "  org: " + Yaml.Quote(Pick(ChineseText.ExpertOrgs).Replace("{C}", slots.County, StringComparison.Ordinal)),
            "  phone: " + Yaml.Quote(Invariant($"0735-28{_random.Next(10000, 100000)}")),
        };
        if (_random.Next(10) == 0 && date.AddDays(60) < Now)
        {
            var updated = date.Date.AddDays(_random.Next(30, 60));
            var day = updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yaml.Add("updated: " + day);
            yaml.Add("changes:");
            yaml.Add("  - date: " + day);
            yaml.Add("    note: " + Yaml.Quote("根据专家复核意见修订了用药和施肥建议。"));
        }

        var summary = Summary($"本文介绍{subject.Text}{practice.Text}的关键环节和注意事项，适合{slots.County}及周边地区农户参考。");
        var slug = Invariant($"{subject.Pinyin}-{practice.Pinyin}-{index}");
        return new Planned(DocKind.Technique, slug, title, date, hasTime, Tags(subject.Tag, practice.Tag), summary, Regions(yaml), slots, date <= Now);
    }

    private Planned Policy(int index)
    {
        var topic = Pick(ChineseText.PolicyTopics);
        var slots = Slots(Pick(ChineseText.Subjects).Text, "", topic.Text);
        var (date, hasTime) = RandomDate(withTimeChance: 0);
        var (pattern, kindPinyin) = Pick(ChineseText.PolicyTitles);
        var title = pattern.Replace("{T}", topic.Text, StringComparison.Ordinal);
        var originalYear = Math.Max(2008, date.Year - _random.Next(0, 3));
        var original = new DateTime(originalYear, _random.Next(1, 13), _random.Next(1, 29));
        var yaml = new List<string>
        {
            "issuer: " + Yaml.Quote(_random.Next(3) == 0 ? slots.County + "科学技术局" : SiteYaml.Issuer),
            "interprets:",
            "  title: " + Yaml.Quote($"关于{Pick(["推进", "加强", "深化"])}{topic.Text}的{Pick(["若干意见", "实施方案", "通知"])}"),
            "  doc_no: " + Yaml.Quote(DocNo(originalYear)),
            "  url: " + Invariant($"https://www.gov.cn/zhengce/content/{original:yyyy-MM}/{original:dd}/content_{_random.Next(1000000, 9999999)}.htm"),
        };
        if (_random.Next(2) == 0)
        {
            yaml.Add("effective: " + original.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        yaml.Add("key_points:");
        var body = new MarkdownBody(_random, DocKind.Policy, slots);
        for (var k = _random.Next(3, 6); k > 0; k--)
        {
            yaml.Add("  - " + Yaml.Quote(body.Sentence()));
        }

        var summary = Summary($"本文用通俗的话解读{topic.Text}：政策是什么、谁能享受、怎么办理。");
        var slug = Invariant($"{topic.Pinyin}-{kindPinyin}-{index}");
        return new Planned(DocKind.Policy, slug, title, date, hasTime, Tags(topic.Tag, "政策解读"), summary, Regions(yaml), slots, date <= Now);
    }

    /// <summary>Dates skew recent (density grows linearly over the years), like a site that publishes more each year.</summary>
    private (DateTimeOffset Date, bool HasTime) RandomDate(int withTimeChance)
    {
        var days = (int)((Last - First).TotalDays * Math.Sqrt(_random.NextDouble()));
        var date = First.AddDays(days);
        if (_random.Next(4) < withTimeChance)
        {
            return (date.AddHours(_random.Next(8, 18)).AddMinutes(_random.Next(0, 12) * 5), true);
        }

        return (date, false);
    }

    private TextSlots Slots(string subject, string practice, string topic)
    {
        var (county, towns) = Pick(SiteYaml.Regions);
        return new TextSlots(subject, practice, topic, county, Pick(towns), 2012 + _random.Next(0, 15));
    }

    /// <summary>One or two topical tags plus up to two from the shared set of 40.</summary>
    private List<string> Tags(params string[] topical)
    {
        var tags = topical.ToList();
        for (var extra = _random.Next(0, 3); extra > 0; extra--)
        {
            tags.Add(Pick(ChineseText.Tags));
        }

        return tags.Distinct().ToList();
    }

    /// <summary>Three documents in ten target regions (a county or one of its towns); appends to the section's YAML.</summary>
    private List<string> Regions(List<string> yaml)
    {
        if (_random.Next(10) < 3)
        {
            var (county, towns) = Pick(SiteYaml.Regions);
            var region = _random.Next(2) == 0 ? county : county + "/" + Pick(towns);
            yaml.Add("regions: " + Yaml.List([region]));
        }

        return yaml;
    }

    /// <summary>Six documents in ten have a written summary; the rest get the engine's derived excerpt.</summary>
    private string? Summary(string text) => _random.Next(10) < 6 ? text : null;

    private string DocNo(int year) => Invariant($"{Pick(ChineseText.DocNoPrefixes)}〔{year}〕{_random.Next(1, 120)}号");

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Year(DateTimeOffset date) => date.Year.ToString(CultureInfo.InvariantCulture);
}
