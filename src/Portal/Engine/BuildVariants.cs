using Portal.Content;
using Portal.Diagnostics;
using Portal.KioskBuild;

namespace Portal.Engine;

/// <summary>Which variant a build runs, decided once from the options and site.yml.</summary>
public static class BuildVariants
{
    /// <summary>The web site, or the kiosk profile <see cref="BuildOptions.Kiosk"/> names; null (with an error) when site.yml has no such profile.</summary>
    public static IBuildVariant? For(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics) =>
        options.Kiosk is not { } id ? new WebVariant(new Cms.AdminSite(options.Paths, options.LocalCms))
        : KioskBuilder.Profile(config, id, diagnostics) is { } profile ? new KioskVariant(profile)
        : null;
}
