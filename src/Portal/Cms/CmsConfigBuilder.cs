using Portal.Content;
using Portal.Load;
using Portal.Scaffold;

namespace Portal.Cms;

/// <summary>
/// admin/config.yml from the engine's schema: one collection per section, one field per key of
/// <see cref="FrontMatterKeys"/> in its order (the order <c>portal new</c> writes), then the body.
/// </summary>
public static class CmsConfigBuilder
{
    /// <param name="settings">site.yml's <c>cms:</c> section.</param>
    /// <param name="inputFolder">input/ relative to the repository root, with '/' (<c>input</c>).</param>
    /// <param name="localBackend">decap-server's API for <c>serve --cms</c>; null for the published site.</param>
    public static CmsConfig Build(SiteConfig site, CmsSettings settings, string inputFolder, CmsLocalBackend? localBackend = null)
    {
        var prefix = inputFolder is "" or "." ? "" : inputFolder.TrimEnd('/') + "/";
        return new CmsConfig
        {
            Backend = new CmsBackend
            {
                Name = settings.Backend,
                Repo = settings.Repo,
                Branch = settings.Branch,
                BaseUrl = settings.BaseUrl,
                AuthEndpoint = settings.AuthEndpoint,
                AppId = settings.AppId,
                ApiRoot = settings.ApiRoot,
                AuthType = settings.AuthType,
            },
            LocalBackend = localBackend,

            // decap-server's file-system mode (what serve --cms runs) has no branches: it writes files at once.
            PublishMode = localBackend is null ? "editorial_workflow" : null,
            MediaFolder = prefix + "media",
            PublicFolder = "/media",
            SiteUrl = site.BaseUrl,
            Collections = [.. SectionNames.All.Select(s => Collection(s, site, prefix))],
        };
    }

    private static CmsCollection Collection(Section section, SiteConfig site, string prefix)
    {
        var context = new ScaffoldContext(section, "", new DateOnly(2026, 1, 1), site);
        var (label, singular) = Labels(section);
        return new CmsCollection
        {
            Name = SectionNames.Folder(section),
            Label = label,
            LabelSingular = singular,
            Folder = prefix + SectionNames.Folder(section),
            Summary = section == Section.Pages ? "{{title}}" : "{{title}}（{{date}}）",
            Nested = new CmsNested(2, "{{title}}"),
            Meta = new CmsMeta(new CmsMetaPath("网址名", "string", "index", "网址中的名称：输入标题时自动填为标题的拼音（同 portal new），可以修改，只能用小写字母、数字和连字符")
            {
                Required = true,
                Pattern = [Validate.SiteValidator.SlugRegex, "只能用小写字母、数字和连字符，例如 youcai-dongji-guanli"],
            }),
            Fields = [.. FrontMatterKeys.For(section).Select(k => CmsFields.For(k, context)), CmsFields.Body],
        };
    }

    private static (string Label, string Singular) Labels(Section section) => section switch
    {
        Section.Notices => ("通知公告", "通知"),
        Section.Techniques => ("实用技术", "技术"),
        Section.Policies => ("政策解读", "解读"),
        _ => ("页面", "页面"),
    };
}
