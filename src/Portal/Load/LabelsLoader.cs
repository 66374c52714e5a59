using Portal.Content;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Load;

/// <summary>Reads the theme's UI strings (theme/i18n/zh-CN.yml); input/_theme/i18n/zh-CN.yml may override single keys.</summary>
public static class LabelsLoader
{
    public const string RelativePath = "i18n/zh-CN.yml";

    /// <param name="variant">A theme variant (<c>kiosk</c>); the layers and their order are <see cref="ThemeLayers"/>.</param>
    public static Labels Load(BuildPaths paths, DiagnosticBag diagnostics, string? variant = null)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var layer in ThemeLayers.For(paths, variant))
        {
            Merge(Path.Combine(layer.Folder, RelativePath), layer.Display + "/" + RelativePath, strings, diagnostics);
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
