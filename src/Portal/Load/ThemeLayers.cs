namespace Portal.Load;

/// <summary>One folder of the theme overlay: templates under layouts/ and partials/, assets/, i18n/.</summary>
public sealed record ThemeLayer(string Folder, string Display);

/// <summary>
/// The theme overlay order, decided here once for templates, assets and UI strings alike: each layer
/// replaces files (or keys) of the same name in the layers before it.
/// <list type="number">
/// <item><c>theme/</c>, the built-in theme;</item>
/// <item><c>theme/VARIANT/</c> (<c>theme/kiosk/</c>) in a variant's build: the built-in variant over the built-in theme;</item>
/// <item><c>input/_theme/</c>, the site's own overrides, which beat everything built in;</item>
/// <item><c>input/_theme/VARIANT/</c>, the site's overrides for that variant only.</item>
/// </list>
/// So a county that restyles its header in input/_theme sees it on its kiosks too, unless it also puts
/// one in input/_theme/kiosk.
/// </summary>
public static class ThemeLayers
{
    public static IReadOnlyList<ThemeLayer> For(BuildPaths paths, string? variant)
    {
        var site = Path.Combine(paths.Input, "_theme");
        var siteDisplay = paths.InputDisplay + "/_theme";
        return variant is null
            ? [new(paths.Theme, paths.ThemeDisplay), new(site, siteDisplay)]
            :
            [
                new(paths.Theme, paths.ThemeDisplay),
                new(Path.Combine(paths.Theme, variant), paths.ThemeDisplay + "/" + variant),
                new(site, siteDisplay),
                new(Path.Combine(site, variant), siteDisplay + "/" + variant),
            ];
    }
}
