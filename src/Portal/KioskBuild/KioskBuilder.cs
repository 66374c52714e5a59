using System.Text;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Output;
using Portal.SiteModel;

namespace Portal.KioskBuild;

/// <summary>
/// The kiosk variant of a build (<c>portal build --kiosk ID</c>), in three steps the pipeline calls:
/// pick the profile, add what kiosk templates read, and finish the output (no way out, kiosk.json).
/// </summary>
public static class KioskBuilder
{
    /// <summary>The theme overlay folder: theme/kiosk/{layouts,partials,assets} over theme/.</summary>
    public const string ThemeVariant = "kiosk";

    /// <summary>How many candidates each home list carries; the browser shows the first few that are current.</summary>
    private const int HomeCandidates = 40;

    public static KioskProfile? Profile(SiteConfig config, string id, DiagnosticBag diagnostics)
    {
        var profile = config.Kiosks.FirstOrDefault(k => k.Id == id);
        if (profile is null)
        {
            var known = config.Kiosks.Count == 0 ? "site.yml 中还没有 kiosks 配置" : "已有：" + string.Join("、", config.Kiosks.Select(k => k.Id));
            diagnostics.Error(DiagnosticCodes.SiteConfig, new SourceSpan("site.yml"), $"找不到触摸屏配置“{id}”（{known}）。");
        }

        return profile;
    }

    /// <summary>Adds the kiosk search page and the <c>kiosk</c> object every kiosk template reads.</summary>
    public static (Site Site, IReadOnlyDictionary<string, object?> Globals) Prepare(Site site, IReadOnlyList<ProcessedDocument> documents, KioskProfile profile, Labels labels)
    {
        var shown = documents.Where(d => d.State is PublicationState.Current or PublicationState.Scheduled).OrderByDescending(d => d.Item.Date).ThenBy(d => d.Item.Title, StringComparer.Ordinal).ToList();
        var month = TimeZoneInfo.ConvertTime(site.Now, site.Config.TimeZone).Month;
        var alerts = shown.Where(d => d.Item is Notice { Urgent: true } or Notice { Pinned: true })
            .OrderByDescending(d => d.Item is Notice { Urgent: true }).Take(HomeCandidates).Select(Summaries.Of).ToList();
        var notices = shown.Where(d => d.Item is Notice { Urgent: false, Pinned: false }).Take(HomeCandidates).Select(Summaries.Of).ToList();
        var techniques = shown.Where(d => d.Item is Technique { Months.Count: > 0 }).Take(HomeCandidates)
            .Select(d => new KioskTechnique(Summaries.Of(d), ((Technique)d.Item).Months, ((Technique)d.Item).Months.Contains(month))).ToList();
        var view = new KioskView(profile, profile.Region?.Replace("/", " · ", StringComparison.Ordinal) ?? "", month, alerts, notices, techniques);

        // The kiosk's search screen is its own page, whatever the web build has at search/.
        var search = new SitePage("search/", "search", labels["kiosk_search"], new KioskSearchView(labels["kiosk_search"]), Indexed: false);
        var pages = site.Pages.Where(p => p.Path != search.Path).Append(search).ToList();
        return (site with { Pages = pages }, new Dictionary<string, object?> { ["kiosk"] = view });
    }

    /// <summary>Rewrites every page so nothing leads out of the kiosk, then adds kiosk.json and the page data script.</summary>
    public static IReadOnlyList<OutputFile> Finish(IReadOnlyList<OutputFile> files, Site site, IReadOnlyList<ProcessedDocument> documents, KioskProfile profile, Labels labels, DateTimeOffset buildTime)
    {
        var paths = files.Select(f => f.Path).Append(KioskInfo.FileName).Append(KioskInfo.DataScript).ToHashSet(StringComparer.Ordinal);
        var adapter = new KioskPageAdapter(site.Config, labels, paths);
        var adapted = new OutputFile[files.Count];
        System.Threading.Tasks.Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            adapted[i] = file.Path.EndsWith(".html", StringComparison.Ordinal) && file.Content is { } bytes
                ? BuildException.For(file.Path, () => OutputFile.Text(file.Path, adapter.Adapt(file.Path, Encoding.UTF8.GetString(bytes))))
                : file;
        });

        var info = KioskInfo.Create(KioskInfo.IdOf(adapted), buildTime, profile, site.Config, documents);
        return adapted
            .Append(OutputFile.Text(KioskInfo.FileName, info.ToJson()))
            .Append(OutputFile.Text(KioskInfo.DataScript, info.ToScript(documents)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }
}
