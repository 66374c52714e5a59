using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Load;

namespace Portal.Validate;

/// <summary>
/// Stage 2: rules that need the site configuration or more than one document: slugs, categories,
/// regions, dates that must be in order, files that must exist, cross-references. Reports; never changes.
/// </summary>
public static partial class SiteValidator
{
    /// <summary>Root folders the site itself uses; a page may not take their names.</summary>
    public static IReadOnlySet<string> ReservedRootNames { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "notices", "techniques", "policies", "tags", "regions", "archive", "assets", "search", "kiosks", "posters", "404" };

    public static void Validate(LoadedSite site, DiagnosticBag diagnostics)
    {
        var assets = site.Assets.Select(a => a.RelativePath).ToHashSet(StringComparer.Ordinal);
        var slugs = site.Items.Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var item in site.Items)
        {
            ValidateSlug(item, diagnostics);
            ValidateRegions(item, site.Config, diagnostics);
            ValidateFiles(item, assets, diagnostics);
            switch (item)
            {
                case Notice notice:
                    ValidateNotice(notice, diagnostics);
                    break;
                case Technique technique:
                    ValidateTechnique(technique, site.Config, diagnostics);
                    break;
                case Policy policy:
                    ValidatePolicy(policy, slugs, diagnostics);
                    break;
            }
        }

        ValidateUniqueSlugs(site.Items, diagnostics);
        AliasRules.Validate(site.Items, diagnostics);
    }

    /// <summary>The slug rule as a regular expression (the CMS form checks the same pattern).</summary>
    public const string SlugRegex = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(SlugRegex)]
    private static partial Regex SlugPattern();

    /// <summary>Lowercase ASCII letters and digits in words joined by single hyphens (also used by <c>portal new</c>).</summary>
    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    private static void ValidateSlug(ContentItem item, DiagnosticBag diagnostics)
    {
        var at = new SourceSpan(item.DisplayPath, 1, 1);
        if (!SlugPattern().IsMatch(item.Slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, at,
                $"文件名“{item.Slug}”不能用作网址：只能用小写英文字母、数字和连字符，例如 shuidao-yuyang-jishu（可用标题的拼音）。");
        }
        else if (item.Section == Section.Pages && ReservedRootNames.Contains(item.Slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, at, $"页面名“{item.Slug}”已被网站栏目占用，请换一个文件名。");
        }
    }

    private static void ValidateUniqueSlugs(IReadOnlyList<ContentItem> items, DiagnosticBag diagnostics)
    {
        // Counted first: grouping all 10,000 documents to find the rare duplicate took longer than the rest of the stage.
        var counts = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, item.Slug, out _)++;
        }

        foreach (var group in items.Where(i => counts[i.Slug] > 1).GroupBy(i => i.Slug, StringComparer.Ordinal))
        {
            var files = group.Select(i => i.DisplayPath).ToList();
            foreach (var item in group)
            {
                var others = string.Join("、", files.Where(f => f != item.DisplayPath));
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, new SourceSpan(item.DisplayPath, 1, 1),
                    $"slug “{item.Slug}”重复：{item.DisplayPath} 与 {others} 用了同一个名字，请给其中一个改名。");
            }
        }
    }

    private static void ValidateRegions(ContentItem item, SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var region in item.Regions.Where(r => !config.Regions.Contains(r)))
        {
            var known = string.Join("、", config.Regions.Counties.Select(c => c.Name));
            diagnostics.Error(DiagnosticCodes.UnknownRegion, item.SpanOf("regions"),
                $"地区“{region}”不在 site.yml 的 regions 中。请写“县市区”或“县市区/乡镇”，可用的县市区：{known}。");
        }
    }

    private static void ValidateFiles(ContentItem item, IReadOnlySet<string> assets, DiagnosticBag diagnostics)
    {
        if (item.Image is { } image && !assets.Contains(image))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, item.SpanOf("image"), $"封面图片 {image} 不存在（或在以 _ 或 . 开头的不发布目录中）。");
        }

        foreach (var attachment in item.Attachments.Where(a => !assets.Contains(a.Path)))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, item.SpanOf("attachments"), $"附件 {attachment.Path} 不存在（或在以 _ 或 . 开头的不发布目录中）。");
        }
    }

    private static void ValidateNotice(Notice notice, DiagnosticBag diagnostics)
    {
        if (notice.Expires is { } expires && expires <= notice.Date)
        {
            diagnostics.Error(DiagnosticCodes.ExpiresNotAfterDate, notice.SpanOf("expires"),
                $"有效期 expires（{expires:yyyy-MM-dd}）必须晚于发布日期 date（{notice.Date:yyyy-MM-dd}）。");
        }

        if (notice.Status == NoticeStatus.Withdrawn && string.IsNullOrWhiteSpace(notice.WithdrawnReason))
        {
            diagnostics.Error(DiagnosticCodes.WithdrawnWithoutReason, notice.SpanOf("status"),
                "已撤销的通知必须写明撤销原因：请加上 withdrawn_reason。");
        }
    }

    private static void ValidateTechnique(Technique technique, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (technique.Category is { } category && !config.Categories.Contains(category))
        {
            diagnostics.Error(DiagnosticCodes.UnknownCategory, technique.SpanOf("category"),
                $"分类“{category}”不在 site.yml 的 categories 中，可用的分类：{string.Join("、", config.Categories)}。");
        }
    }

    private static void ValidatePolicy(Policy policy, IReadOnlySet<string> slugs, DiagnosticBag diagnostics)
    {
        var original = policy.Interprets;
        if (original.Ref is { } slug && (slug == policy.Slug || !slugs.Contains(slug)))
        {
            diagnostics.Error(DiagnosticCodes.InterpretsTargetMissing, policy.SpanOf("interprets"),
                $"interprets 引用的页面“{slug}”不存在：ref 应写本站另一篇内容的文件名（不含 .md）。");
        }

        if (original.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, policy.SpanOf("interprets"), $"interprets 的 url “{url}”不是有效的网址（应以 http:// 或 https:// 开头）。");
        }
    }
}
