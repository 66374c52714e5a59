using Portal.Content;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Load;

/// <summary>Reads the theme's UI strings (theme/i18n/zh-CN.yml); input/_theme/i18n/zh-CN.yml may override single keys.</summary>
public static class LabelsLoader
{
    public const string RelativePath = "i18n/zh-CN.yml";

    /// <param name="variant">A theme variant (<c>kiosk</c>): its strings (theme/kiosk/i18n/, input/_theme/kiosk/i18n/) come after the theme's.</param>
    public static Labels Load(BuildPaths paths, DiagnosticBag diagnostics, string? variant = null)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        Merge(Path.Combine(paths.Theme, RelativePath), paths.ThemeDisplay + "/" + RelativePath, strings, diagnostics);
        Merge(Path.Combine(paths.Input, "_theme", RelativePath), paths.InputDisplay + "/_theme/" + RelativePath, strings, diagnostics);
        if (variant is not null)
        {
            Merge(Path.Combine(paths.Theme, variant, RelativePath), $"{paths.ThemeDisplay}/{variant}/{RelativePath}", strings, diagnostics);
            Merge(Path.Combine(paths.Input, "_theme", variant, RelativePath), $"{paths.InputDisplay}/_theme/{variant}/{RelativePath}", strings, diagnostics);
        }

        return new Labels(strings);
    }

    private static void Merge(string path, string display, Dictionary<string, string> strings, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var text = SourceText.Read(File.ReadAllBytes(path), new SourceSpan(display), diagnostics);
        if (text is null || FrontMatter.ParseMapping(text, display, 1, diagnostics) is not { } map)
        {
            return;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
            {
                strings[k] = v;
            }
        }
    }
}
