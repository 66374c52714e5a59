using Portal.Content;
using Portal.Html;
using Portal.Output;
using Portal.SiteModel;

namespace Portal.Engine;

/// <summary>The public web site: every document, the theme as it is, the output as assembled plus the editors' admin/.</summary>
public sealed class WebVariant(Cms.AdminSite admin) : IBuildVariant
{
    public string? ThemeFolder => null;

    public bool KeepsScheduled => false;

    public bool FinishesWholeOutput => false;

    public bool Reproducible => true;

    public Images.ImageSettings Images => Portal.Images.ImageSettings.Web;

    public IReadOnlyList<ProcessedDocument> Select(IReadOnlyList<ProcessedDocument> documents) => documents;

    public (Site Site, IReadOnlyDictionary<string, object?>? Globals) Prepare(Site site, IReadOnlyList<ProcessedDocument> documents, Labels labels) => (site, null);

    public IReadOnlyList<OutputFile> Finish(IReadOnlyList<OutputFile> files, Site site, IReadOnlyList<ProcessedDocument> documents, Labels labels) =>
        admin.Files(site.Config, documents.Select(d => d.Item)) is { Count: > 0 } extra
            ? [.. files.Concat(extra).OrderBy(f => f.Path, StringComparer.Ordinal)]
            : files;
}
