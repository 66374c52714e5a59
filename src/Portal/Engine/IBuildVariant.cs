using Portal.Content;
using Portal.Html;
using Portal.Output;
using Portal.SiteModel;

namespace Portal.Engine;

/// <summary>
/// A variant of the one pipeline (the web site, a kiosk profile), plugged into three defined points the
/// way a Markdig extension plugs into its pipeline: select the documents after the HTML stage, prepare the
/// site model for its templates, finish the assembled output. The stages themselves never ask which
/// variant runs; what differs is decided here, once per build.
/// </summary>
public interface IBuildVariant
{
    /// <summary>The theme overlay folder (<c>kiosk</c>) or null for none; see <see cref="Load.ThemeLayers"/>.</summary>
    string? ThemeFolder { get; }

    /// <summary>Scheduled items stay in the model (a kiosk shows them when their time comes, offline).</summary>
    bool KeepsScheduled { get; }

    /// <summary>
    /// True when <see cref="Finish"/> rewrites files from the whole output (every page, a build id), so a
    /// page re-rendered alone (the body-edit shortcut) would not be what a full build makes.
    /// </summary>
    bool FinishesWholeOutput { get; }

    /// <summary>
    /// True when the output is a function of the sources, the options and the day (see
    /// <see cref="UpToDate.NowWindow"/>), so a rebuild with nothing changed may keep it as it is; false for
    /// a variant that stamps the clock time into it.
    /// </summary>
    bool Reproducible { get; }

    /// <summary>The widths and formats images are written in (the web's few widths, or a kiosk's one).</summary>
    Images.ImageSettings Images { get; }

    IReadOnlyList<ProcessedDocument> Select(IReadOnlyList<ProcessedDocument> documents);

    /// <summary>The model the variant's templates read, and the extra globals they need (null for none).</summary>
    (Site Site, IReadOnlyDictionary<string, object?>? Globals) Prepare(Site site, IReadOnlyList<ProcessedDocument> documents, Labels labels);

    IReadOnlyList<OutputFile> Finish(IReadOnlyList<OutputFile> files, Site site, IReadOnlyList<ProcessedDocument> documents, Labels labels);
}
