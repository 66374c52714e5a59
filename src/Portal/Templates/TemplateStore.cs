using Portal.Diagnostics;
using Portal.Load;
using Scriban;

namespace Portal.Templates;

/// <summary>
/// Every layout and partial, parsed once. A file in input/_theme/ replaces the theme's file of the same
/// relative path, so a site can change one partial without copying the theme.
/// </summary>
public sealed class TemplateStore
{
    private readonly Dictionary<string, Template> _templates;

    private TemplateStore(Dictionary<string, Template> templates, Dictionary<string, string> sources, bool hasErrors)
    {
        _templates = templates;
        Sources = sources;
        HasErrors = hasErrors;
    }

    /// <summary>Each template's text by relative path (an incremental build compares them to see what changed).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>True when a template prints the clock (<c>build_now</c>, Scriban's <c>date.now</c>): its pages differ from one moment to the next.</summary>
    public bool ReadsTheClock => Sources.Values.Any(s => s.Contains("build_now", StringComparison.Ordinal) || s.Contains("date.now", StringComparison.Ordinal));

    /// <summary>True when a layout or partial could not be parsed (each already reported with its line).</summary>
    public bool HasErrors { get; }

    /// <summary>Parsed templates by relative path, e.g. <c>layouts/base.html</c>, <c>partials/header.html</c>.</summary>
    public IReadOnlyDictionary<string, Template> Templates => _templates;

    /// <param name="variant">A theme variant (<c>kiosk</c>): the layers and their order are <see cref="ThemeLayers"/>.</param>
    public static TemplateStore Load(BuildPaths paths, DiagnosticBag diagnostics, string? variant = null)
    {
        var files = new Dictionary<string, (string Full, string Display)>(StringComparer.Ordinal);
        foreach (var layer in ThemeLayers.For(paths, variant))
        {
            Collect(layer.Folder, layer.Display, files);
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var hasErrors = false;
        foreach (var (relative, (full, display)) in files)
        {
            var text = SourceText.Read(File.ReadAllBytes(full), new SourceSpan(display), diagnostics);
            if (text is null)
            {
                continue;
            }

            sources[relative] = text;
            var template = Template.Parse(text, display);
            foreach (var message in template.Messages)
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, new SourceSpan(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1), "模板语法错误：" + message.Message);
            }

            if (template.HasErrors)
            {
                hasErrors = true;
            }
            else
            {
                templates[relative] = template;
            }
        }

        return new TemplateStore(templates, sources, hasErrors);
    }

    public Template? Layout(string name) => _templates.GetValueOrDefault("layouts/" + name + ".html");

    private static void Collect(string root, string display, Dictionary<string, (string, string)> files)
    {
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var full in Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories))
            {
                var relative = InputPaths.ToRelative(root, full);
                files[relative] = (full, display + "/" + relative);
            }
        }
    }
}
