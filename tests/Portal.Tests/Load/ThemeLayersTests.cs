using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Load;

/// <summary>
/// The theme overlay order is one rule for templates, assets and UI strings: theme, theme/kiosk,
/// input/_theme, input/_theme/kiosk, each replacing what came before. Before it was one rule, strings put
/// theme/kiosk after input/_theme while templates and assets put it before.
/// </summary>
public sealed class ThemeLayersTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string _input;
    private readonly string _theme;

    public ThemeLayersTests()
    {
        _input = _temp.Combine("input");
        _theme = _temp.Combine("theme");
        Folders.Copy(Repo.Path("input"), _input);
        Folders.Copy(Repo.Path("theme"), _theme);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_layers_come_in_one_documented_order()
    {
        var paths = BuildPaths.From(_input, _theme, _temp.Combine("out"));

        Assert.Equal(
            [_theme, Path.Combine(_theme, "kiosk"), Path.Combine(_input, "_theme"), Path.Combine(_input, "_theme", "kiosk")],
            ThemeLayers.For(paths, "kiosk").Select(l => l.Folder));
        Assert.Equal([_theme, Path.Combine(_input, "_theme")], ThemeLayers.For(paths, null).Select(l => l.Folder));
    }

    [Fact]
    public void The_site_override_beats_the_built_in_kiosk_theme_for_strings_templates_and_assets_alike()
    {
        Probe(_theme, 1);
        Probe(Path.Combine(_theme, "kiosk"), 2);
        Probe(Path.Combine(_input, "_theme"), 3);

        var kiosk = Build("kiosk", "huatang");
        Assert.Equal("层3", File.ReadAllText(Path.Combine(kiosk, "assets", "layer-probe.txt")));
        Assert.Contains("提示层3", File.ReadAllText(Path.Combine(kiosk, "search", "index.html")), StringComparison.Ordinal);
        Assert.Equal(["卡片层3"], CardLayers(kiosk));

        // The web build has no kiosk layers at all.
        var web = Build("web", null);
        Assert.Equal("层3", File.ReadAllText(Path.Combine(web, "assets", "layer-probe.txt")));
    }

    [Fact]
    public void The_site_kiosk_override_beats_everything_in_a_kiosk_build_only()
    {
        Probe(_theme, 1);
        Probe(Path.Combine(_theme, "kiosk"), 2);
        Probe(Path.Combine(_input, "_theme"), 3);
        Probe(Path.Combine(_input, "_theme", "kiosk"), 4);

        var kiosk = Build("kiosk", "huatang");
        Assert.Equal("层4", File.ReadAllText(Path.Combine(kiosk, "assets", "layer-probe.txt")));
        Assert.Contains("提示层4", File.ReadAllText(Path.Combine(kiosk, "search", "index.html")), StringComparison.Ordinal);
        Assert.Equal(["卡片层4"], CardLayers(kiosk));
        Assert.Equal("层3", File.ReadAllText(Path.Combine(Build("web", null), "assets", "layer-probe.txt")));
    }

    /// <summary>The same three things in one layer: a file under assets/, a UI string, the kiosk's card partial.</summary>
    private static void Probe(string layer, int n)
    {
        Directory.CreateDirectory(Path.Combine(layer, "assets"));
        File.WriteAllText(Path.Combine(layer, "assets", "layer-probe.txt"), $"层{n}");
        var labels = Path.Combine(layer, "i18n", "zh-CN.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(labels)!);
        var kept = File.Exists(labels) ? File.ReadAllLines(labels).Where(l => !l.StartsWith("kiosk_search_hint:", StringComparison.Ordinal)) : [];
        File.WriteAllLines(labels, [.. kept, $"kiosk_search_hint: 提示层{n}"]);
        Directory.CreateDirectory(Path.Combine(layer, "partials"));
        File.WriteAllText(Path.Combine(layer, "partials", "card.html"), $"<p class=\"probe\">卡片层{n}</p>");
    }

    private string Build(string name, string? kiosk)
    {
        var output = _temp.Combine(name);
        var report = SiteBuilder.Build(new BuildOptions(BuildPaths.From(_input, _theme, output)) { Now = SiteBuild.FixedNow, Kiosk = kiosk });
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return output;
    }

    /// <summary>Which card partials the kiosk pages were rendered with.</summary>
    private static List<string> CardLayers(string output) =>
        [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "卡片层[0-9]").Select(m => m.Value))
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
