using Portal.Content;
using Portal.Engine;
using Portal.Html;
using Portal.Output;
using Portal.SiteModel;

namespace Portal.KioskBuild;

/// <summary>One kiosk profile of site.yml as a variant of the pipeline (<c>--kiosk ID</c>, in build and serve).</summary>
public sealed class KioskVariant(KioskProfile profile) : IBuildVariant
{
    public KioskProfile Profile { get; } = profile;

    public string? ThemeFolder => KioskBuilder.ThemeVariant;

    public bool KeepsScheduled => true;

    // Every page is rewritten knowing every other file, and kiosk.json carries a hash of the whole output.
    public bool FinishesWholeOutput => true;

    // kiosk.json says when the package was built, to the second.
    public bool Reproducible => false;

    public Images.ImageSettings Images => Portal.Images.ImageSettings.ForKiosk(Profile.ScreenWidth);

    public IReadOnlyList<ProcessedDocument> Select(IReadOnlyList<ProcessedDocument> documents) => KioskTargeting.Select(documents, Profile);

    public (Site Site, IReadOnlyDictionary<string, object?>? Globals) Prepare(Site site, IReadOnlyList<ProcessedDocument> documents, Labels labels) =>
        KioskBuilder.Prepare(site, documents, Profile, labels);

    public IReadOnlyList<OutputFile> Finish(IReadOnlyList<OutputFile> files, Site site, IReadOnlyList<ProcessedDocument> documents, Labels labels) =>
        KioskBuilder.Finish(files, site, documents, Profile, labels, DateTimeOffset.Now);
}
