using System.Globalization;
using Portal.Content;
using Portal.SiteModel;

namespace Portal.Posters;

/// <summary>Makes the poster frame of one document page: the fields its type prints and the address its QR code holds.</summary>
public static class PosterBuilder
{
    public static Poster Build(DocumentView view, SiteConfig config, Labels labels)
    {
        var item = view.Item;
        var facts = Facts(view, config, labels);
        var keyPoints = (item as Policy)?.KeyPoints ?? [];
        var expert = (item as Technique)?.Expert;
        var docNo = item switch { Notice n => n.DocNo, Policy p => p.DocNo, _ => null };
        var absolute = SitePaths.Absolute(config.BaseUrl, item.Url);
        return new Poster(
            item,
            SectionNames.Folder(item.Section),
            labels[SectionNames.LabelKey(item.Section)],
            item.Title,
            PosterLayout.TitleSize(item.Title),
            item is Notice { Urgent: true },
            item switch { Notice n => n.Issuer, Policy p => p.Issuer, _ => config.Issuer ?? config.Title },
            docNo,
            item.Date,
            item is Notice notice ? Validity(notice, config, labels) : null,
            facts,
            keyPoints,
            expert,
            item.Url,
            absolute);
    }

    /// <summary>The URL as printed under the code: without the scheme, which nobody types.</summary>
    public static string ShortUrl(string absolute) =>
        absolute.StartsWith("https://", StringComparison.Ordinal) ? absolute["https://".Length..]
        : absolute.StartsWith("http://", StringComparison.Ordinal) ? absolute["http://".Length..]
        : absolute;

    public static string DateCn(DateTimeOffset date, SiteConfig config) =>
        TimeZoneInfo.ConvertTime(date, config.TimeZone).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Validity(Notice notice, SiteConfig config, Labels labels) =>
        notice.Expires is { } expires ? labels["expires"] + " " + DateCn(expires, config) : labels["no_expiry"];

    private static IReadOnlyList<PosterFact> Facts(DocumentView view, SiteConfig config, Labels labels)
    {
        var facts = new List<PosterFact>();
        switch (view.Item)
        {
            case Technique t:
                if (t.Category is { } category)
                {
                    facts.Add(new PosterFact(labels["category"], category));
                }

                if (t.Subjects.Count > 0)
                {
                    facts.Add(new PosterFact(labels["subjects"], string.Join("、", t.Subjects)));
                }

                if (t.Months.Count > 0)
                {
                    facts.Add(new PosterFact(labels["months"], string.Join("、", t.Months.Select(m => m + "月"))));
                }

                break;
            case Policy p:
                var original = view.Original is { } o ? (o.Title, o.DocNo) : (p.Interprets.Title, p.Interprets.DocNo);
                if (original.Title is { } title)
                {
                    facts.Add(new PosterFact(labels["original"], original.DocNo is { } no ? $"{title}（{no}）" : title));
                }

                if (p.Effective is { } effective)
                {
                    facts.Add(new PosterFact(labels["effective"], DateCn(effective, config)));
                }

                break;
        }

        return facts;
    }
}
