using System.Globalization;
using Portal.Content;
using Portal.Html;

namespace Portal.SiteModel;

/// <summary>One page per document that has one (current, expired or withdrawn), with its links around it.</summary>
internal static class DocumentPages
{
    public static IEnumerable<SitePage> Build(ModelContext context)
    {
        // Duplicate slugs are already errors; the first one wins here so the build can go on and report everything.
        var bySlug = context.WithPages.GroupBy(d => d.Item.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var interpretations = context.WithPages
            .Where(d => d.Item is Policy { Interprets.Ref: not null } && d.State == PublicationState.Current)
            .ToLookup(d => ((Policy)d.Item).Interprets.Ref!, StringComparer.Ordinal);

        foreach (var doc in context.WithPages)
        {
            var item = doc.Item;
            var original = item is Policy { Interprets.Ref: { } slug } && bySlug.TryGetValue(slug, out var target) ? context.Summary(target) : null;
            var view = new DocumentView(
                item,
                context.Summary(doc),
                doc.Html,
                doc.Toc,
                doc.ReadingMinutes,
                item.Tags.Select(t => new TermLink(t, ModelContext.TagUrl(t), 0)).ToList(),
                item.Regions.Select(r => new TermLink(r.Replace("/", " · ", StringComparison.Ordinal), ModelContext.RegionUrl(r), 0)).ToList(),
                item is Technique { Category: { } c } ? new TermLink(c, ModelContext.CategoryUrl(c), 0) : null,
                // A missing attachment is already an error (PORTAL013); the page is built without it so the build reports everything.
                item.Attachments.Where(a => context.Assets.ContainsKey(a.Path)).Select(a => Attachment(context, item, a)).ToList(),
                item.Image is { } image && context.Assets.TryGetValue(image, out var asset) ? context.Images.Get(image)?.Largest.OutputPath ?? asset.OutputPath : null,
                original,
                Summaries.Newest(interpretations[item.Slug]).Select(context.Summary).ToList(),
                item.Section == Section.Pages ? [] : [new Crumb(context.SectionLabel(item.Section), SectionNames.UrlPrefix(item.Section))])
            {
                Cover = item.Image is { } cover && context.Images.Get(cover) is { } photo ? Images.Picture.For(photo, item.Url) : null,
            };
            yield return new SitePage(item.Url, SectionNames.Folder(item.Section) switch
            {
                "notices" => "notice",
                "techniques" => "technique",
                "policies" => "policy",
                _ => "page",
            }, item.Title, view, doc.Excerpt, Indexed: doc.State == PublicationState.Current);
        }
    }

    private static AttachmentView Attachment(ModelContext context, ContentItem item, Attachment attachment)
    {
        var asset = context.Assets[attachment.Path];
        var file = new FileInfo(asset.FullPath);
        var bytes = file.Length;
        var size = bytes >= 1024 * 1024
            ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
            : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
        var type = Path.GetExtension(asset.RelativePath).TrimStart('.').ToUpperInvariant();
        return new AttachmentView(attachment.Title, asset.OutputPath, type, size, type == "PDF" ? PdfPageCount.Of(file) : null);
    }
}
