using System.Runtime.InteropServices;
using Portal.Content;

namespace Portal.SiteModel;

/// <summary>The home page: urgent and pinned notices, the latest of each section, and 本月农事.</summary>
internal static class HomePage
{
    public const int LatestCount = 5;

    /// <summary>本月农事 is a short seasonal pointer, not a list: the rest is one tap away in 实用技术.</summary>
    public const int ThisMonthCount = 6;

    public static SitePage Build(ModelContext context)
    {
        var alerts = context.ListedNewest.Where(d => d.Item is Notice { Urgent: true } or Notice { Pinned: true })
            .Select(context.Summary).OrderByDescending(s => s.Urgent).ToList();
        var sections = SectionNames.All.Where(s => s != Section.Pages)
            .Select(s => new SectionBlock(
                SectionNames.Folder(s),
                context.SectionLabel(s),
                SectionNames.Folder(s) + "/",
                context.ListedNewest.Where(d => d.Item.Section == s).Take(LatestCount).Select(context.Summary).ToList()))
            .ToList();
        var month = context.LocalNow.Month;
        var thisMonth = context.ListedNewest.Where(d => d.Item is Technique t && t.Months.Contains(month)).Take(ThisMonthCount).Select(context.Summary).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tag in context.Listed.SelectMany(d => d.Item.Tags))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, tag, out _)++;
        }

        var tags = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(12)
            .Select(c => new TermLink(c.Key, ModelContext.TagUrl(c.Key), c.Value)).ToList();
        return new SitePage("", "home", context.Config.Title, new HomeView(alerts, sections, month, thisMonth, tags), context.Config.Description);
    }
}
