using Portal.Content;
using Portal.Html;
using Portal.Load;

namespace Portal.SiteModel;

/// <summary>What every page builder of the site model reads; built once per build.</summary>
internal sealed class ModelContext
{
    private readonly Dictionary<ContentItem, ItemSummary> _summaries;
    private IReadOnlyList<ProcessedDocument>? _listedNewest;
    private IReadOnlyList<ProcessedDocument>? _withPagesNewest;

    public ModelContext(SiteConfig config, Labels labels, DateTimeOffset now, IReadOnlyList<AssetSource> assets, IReadOnlyList<ProcessedDocument> withPages, IReadOnlyList<ProcessedDocument> listed, Images.ImageSet images, ModelMemo memo)
    {
        Memo = memo;
        Images = images;
        Config = config;
        Labels = labels;
        Now = now;
        LocalNow = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        Assets = assets.ToDictionary(a => a.RelativePath, StringComparer.Ordinal);
        WithPages = withPages;
        Listed = listed;
        _summaries = new(withPages.Count, ReferenceEqualityComparer.Instance);
        foreach (var doc in withPages)
        {
            _summaries[doc.Item] = Memo.Summary(doc);
        }
    }

    /// <summary>The last model's pieces, for the builders to take over what did not change.</summary>
    public ModelMemo Memo { get; }

    public SiteConfig Config { get; }

    public Labels Labels { get; }

    public DateTimeOffset Now { get; }

    /// <summary>Now on the site's wall clock (Asia/Shanghai by default): decides 本月农事.</summary>
    public DateTimeOffset LocalNow { get; }

    public IReadOnlyDictionary<string, AssetSource> Assets { get; }

    /// <summary>The resized photos, by path relative to input/.</summary>
    public Images.ImageSet Images { get; }

    /// <summary>Documents that get a page: current, expired and withdrawn.</summary>
    public IReadOnlyList<ProcessedDocument> WithPages { get; }

    /// <summary>Documents that appear in lists, feeds and the sitemap: current only.</summary>
    public IReadOnlyList<ProcessedDocument> Listed { get; }

    /// <summary><see cref="Listed"/>, newest first (ties by title): sorted once for every list that is a part of it.</summary>
    public IReadOnlyList<ProcessedDocument> ListedNewest => _listedNewest ??= [.. Summaries.Newest(Listed)];

    /// <summary><see cref="WithPages"/>, newest first (ties by title), for the year archive.</summary>
    public IReadOnlyList<ProcessedDocument> WithPagesNewest => _withPagesNewest ??= [.. Summaries.Newest(WithPages)];

    public ItemSummary Summary(ProcessedDocument doc) => _summaries[doc.Item];

    public string SectionLabel(Section section) => Labels[SectionNames.LabelKey(section)];

    public static string TagUrl(string tag) => "tags/" + SitePaths.Segment(tag) + "/";

    public static string CategoryUrl(string category) => "techniques/category/" + SitePaths.Segment(category) + "/";

    public static string RegionUrl(string region) => "regions/" + string.Join('/', region.Split('/').Select(SitePaths.Segment)) + "/";

    public static string YearUrl(int year) => "archive/" + year + "/";
}
