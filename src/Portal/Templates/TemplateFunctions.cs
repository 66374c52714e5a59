using System.Globalization;
using Portal.Content;
using Scriban;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>Functions templates call: URLs relative to the page being rendered, Chinese dates, numbers.</summary>
internal static class TemplateFunctions
{
    /// <summary>The functions templates call, created once per build and shared by every page.</summary>
    public static ScriptObject Shared(SiteConfig config)
    {
        var functions = new ScriptObject();
        void Add(string name, IScriptCustomFunction function) => functions.SetValue(name, function, readOnly: true);
        Add("date_cn", DirectFunction.Of<object?, string>(d => AsLocal(d, config) is { } t ? t.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : ""));
        Add("date_iso", DirectFunction.Of<object?, string>(d => AsLocal(d, config) is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""));
        // The 404 page is served at any depth, so it resolves its links from the site's root path instead.
        functions["base_path"] = new Uri(config.BaseUrl).AbsolutePath;
        Add("absurl", DirectFunction.Of<string, string>(path => SitePaths.Absolute(config.BaseUrl, path)));
        Add("fmt", DirectFunction.Of<string, object?, string>((pattern, value) => pattern.Replace("{0}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        Add("relurl", DirectFunction.Of<TemplateContext, string, string>(RelUrl));
        Add("months_cn", DirectFunction.Of<IEnumerable<int>, string>(months => string.Join("、", months.Select(m => m + "月"))));
        return functions;
    }

    /// <summary>
    /// <c>relurl</c> turns a site path into a URL relative to the page being rendered, which it reads from
    /// the <see cref="PageContext"/>: one function for all pages instead of a delegate imported per page.
    /// </summary>
    private static string RelUrl(TemplateContext context, string path) =>
        RelativeUrl.From(((PageContext)context).PagePath, path ?? "");

    private static DateTimeOffset? AsLocal(object? value, SiteConfig config) => value switch
    {
        DateTimeOffset d => TimeZoneInfo.ConvertTime(d, config.TimeZone),
        DateTime d => new DateTimeOffset(d),
        _ => null,
    };
}
