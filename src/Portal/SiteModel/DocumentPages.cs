using System.Globalization;
using Portal.Content;
using Portal.Html;
using Portal.Incremental;

namespace Portal.SiteModel;

/// <summary>One page per document that has one (current, expired or withdrawn), with its links around it.</summary>
internal static class DocumentPages
{
    public static IEnumerable<SitePage> Build(ModelContext context)
    {
        // Duplicate slugs are already errors; the first one wins here so the build can go on and report everything.
        var bySlug = new Dictionary<string, ProcessedDocument>(context.WithPages.Count, StringComparer.Ordinal);
        foreach (var doc in context.WithPages)
        {
            bySlug.TryAdd(doc.Item.Slug, doc);
        }

        var interpretations = context.WithPages
            .Where(d => d.Item is Policy { Interprets.Ref: not null } && d.State == PublicationState.Current)
            .ToLookup(d => ((Policy)d.Item).Interprets.Ref!, StringComparer.Ordinal);

        foreach (var doc in context.WithPages)
        {
            var item = doc.Item;
            var summary = context.Summary(doc);
            var original = item is Policy { Interprets.Ref: { } slug } && bySlug.TryGetValue(slug, out var target) ? context.Summary(target) : null;
            List<ItemSummary> interpreted = interpretations.Contains(item.Slug) ? [.. Summaries.Newest(interpretations[item.Slug]).Select(context.Summary)] : [];
            // A missing attachment is already an error (PORTAL013); the page is built without it so the build reports everything.
            // Read every build (size, PDF pages): a replaced file keeps its path.
            List<AttachmentView> attachments = item.Attachments.Count == 0 ? [] : [.. item.Attachments.Where(a => context.Assets.ContainsKey(a.Path)).Select(a => Attachment(context, a))];
            // The summary is the memo's only for the same processed document: same item, body, state.
            yield return context.Memo.Page(
                item.Url,
                last => last.Model is DocumentView v && ReferenceEquals(v.Summary, summary) && ReferenceEquals(v.Original, original)
                    && ModelMemo.SameItems(v.Interpretations, interpreted) && ViewEquality.Same(v.Attachments, attachments),
                () => Page(context, doc, summary, original, interpreted, attachments));
        }
    }

    private static SitePage Page(ModelContext context, ProcessedDocument doc, ItemSummary summary, ItemSummary? original, List<ItemSummary> interpreted, List<AttachmentView> attachments)
    {
        var item = doc.Item;
        var view = new DocumentView(
            item,
            summary,
            doc.Html,
            doc.Toc,
            doc.ReadingMinutes,
            item.Tags.Select(t => new TermLink(t, ModelContext.TagUrl(t), 0)).ToList(),
            item.Regions.Select(r => new TermLink(r.Replace("/", " · ", StringComparison.Ordinal), ModelContext.RegionUrl(r), 0)).ToList(),
            item is Technique { Category: { } c } ? new TermLink(c, ModelContext.CategoryUrl(c), 0) : null,
            attachments,
            item.Image is { } image && context.Assets.TryGetValue(image, out var asset) ? context.Images.Get(image)?.Largest.OutputPath ?? asset.OutputPath : null,
            original,
            interpreted,
            item.Section == Section.Pages ? [] : [new Crumb(context.SectionLabel(item.Section), SectionNames.UrlPrefix(item.Section))])
        {
            Cover = item.Image is { } cover && context.Images.Get(cover) is { } photo ? Images.Picture.For(photo, item.Url) : null,
        };
        return new SitePage(item.Url, SectionNames.Folder(item.Section) switch
        {
            "notices" => "notice",
            "techniques" => "technique",
            "policies" => "policy",
            _ => "page",
        }, item.Title, view, doc.Excerpt, Indexed: doc.State == PublicationState.Current);
    }

    private static AttachmentView Attachment(ModelContext context, Attachment attachment)
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
