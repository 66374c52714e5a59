using Portal.Content;

namespace Portal.SiteModel;

/// <summary>The list of each section (通知公告, 实用技术, 政策解读), current items only, paginated.</summary>
internal static class SectionPages
{
    public static IEnumerable<SitePage> Build(ModelContext context)
    {
        foreach (var section in SectionNames.All.Where(s => s != Section.Pages))
        {
            var folder = SectionNames.Folder(section);
            // Pinned notices stay on top of their list; the rest newest first (both already in that order).
            var inSection = context.ListedNewest.Where(d => d.Item.Section == section).Select(context.Summary).ToList();
            List<ItemSummary> items = [.. inSection.Where(s => s.Pinned), .. inSection.Where(s => !s.Pinned)];
            var intro = context.Labels[$"section_{folder}_intro"];
            foreach (var page in Paginator.Paginate(context.Memo, folder + "/", context.SectionLabel(section), intro, items, [], folder + "/feed.xml"))
            {
                yield return page;
            }
        }
    }
}
