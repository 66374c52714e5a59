using Portal.Content;
using Portal.Html;
using Portal.Output;
using Portal.SiteModel;

namespace Portal.Engine;

/// <summary>The public web site: every document, the theme as it is, the output as assembled.</summary>
public sealed class WebVariant : IBuildVariant
{
    public static readonly WebVariant Instance = new();

    private WebVariant()
    {
    }

    public string? ThemeFolder => null;

    public bool KeepsScheduled => false;

    public bool FinishesWholeOutput => false;

    public Images.ImageSettings Images => Portal.Images.ImageSettings.Web;

    public IReadOnlyList<ProcessedDocument> Select(IReadOnlyList<ProcessedDocument> documents) => documents;

    public (Site Site, IReadOnlyDictionary<string, object?>? Globals) Prepare(Site site, IReadOnlyList<ProcessedDocument> documents, Labels labels) => (site, null);

    public IReadOnlyList<OutputFile> Finish(IReadOnlyList<OutputFile> files, Site site, IReadOnlyList<ProcessedDocument> documents, Labels labels) => files;
}
