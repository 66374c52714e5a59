using Portal.Content;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Load;

/// <summary>Reads <c>input/site.yml</c> into a <see cref="SiteConfig"/>.</summary>
public static class SiteConfigLoader
{
    private static readonly string[] Keys =
        ["title", "description", "base_url", "language", "timezone", "issuer", "footer", "categories", "regions", "kiosks", "cms"];

    public static SiteConfig? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.SiteConfig, new SourceSpan(displayPath), "找不到站点配置文件 site.yml：请在 input 目录中创建它（见编辑指南）。");
            return null;
        }

        var text = SourceText.Read(File.ReadAllBytes(path), new SourceSpan(displayPath), diagnostics);
        var map = text is null ? null : FrontMatter.ParseMapping(text, displayPath, firstLine: 1, diagnostics);
        if (map is null)
        {
            return null;
        }

        var timeZone = ReadTimeZone(map, displayPath, diagnostics);
        var fields = new YamlFields(map, displayPath, 1, diagnostics, timeZone);
        fields.WarnUnknownKeys(Keys, "site.yml ");
        var title = fields.String("title", required: true);
        var baseUrl = fields.String("base_url") ?? "http://localhost/";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Error(DiagnosticCodes.SiteConfig, fields.SpanOf("base_url"), "base_url 应是完整的网址，例如 https://kjzc.example.org/。");
        }

        return new SiteConfig
        {
            Title = title ?? "科技之窗",
            Description = fields.String("description") ?? "",
            BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            Language = fields.String("language") ?? "zh-CN",
            TimeZone = timeZone,
            Issuer = fields.String("issuer"),
            Footer = ReadFooter(fields),
            Categories = fields.StringList("categories"),
            Regions = ReadRegions(fields),
            Kiosks = ReadKiosks(fields, diagnostics),
            Cms = ReadCms(fields, diagnostics),
        };
    }

    /// <summary>Builds a configuration with defaults, for tools and tests that have no site.yml.</summary>
    public static TimeZoneInfo ChinaStandardTime =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var tz) ? tz : TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "CST");

    private static TimeZoneInfo ReadTimeZone(YamlMappingNode map, string displayPath, DiagnosticBag diagnostics)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("timezone"), out var node) || node is not YamlScalarNode { Value: { } id })
        {
            return ChinaStandardTime;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz))
        {
            return tz;
        }

        diagnostics.Error(DiagnosticCodes.SiteConfig, new SourceSpan(displayPath, (int)node.Start.Line, (int)node.Start.Column),
            $"timezone “{id}” 无法识别，请写 IANA 时区名，例如 Asia/Shanghai。");
        return ChinaStandardTime;
    }

    private static Cms.CmsSettings? ReadCms(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (fields.Mapping("cms", "backend、repo、branch 等键（见 docs/cms.md）") is not { } map)
        {
            return null;
        }

        var c = fields.Nested(map);
        c.WarnUnknownKeys(["backend", "repo", "branch", "base_url", "auth_endpoint", "app_id", "api_root", "auth_type"], "cms ");
        var backend = c.String("backend") ?? "github";
        if (!Cms.CmsSettings.Backends.Contains(backend))
        {
            diagnostics.Error(DiagnosticCodes.SiteConfig, c.SpanOf("backend"), $"cms 的 backend 只能是 {string.Join("、", Cms.CmsSettings.Backends)} 之一，不能是“{backend}”。");
        }

        var repo = c.String("repo", required: true);
        return repo is null ? null : new Cms.CmsSettings
        {
            Backend = backend,
            Repo = repo,
            Branch = c.String("branch") ?? "main",
            BaseUrl = c.String("base_url"),
            AuthEndpoint = c.String("auth_endpoint"),
            AppId = c.String("app_id"),
            ApiRoot = c.String("api_root"),
            AuthType = c.String("auth_type"),
        };
    }

    private static Footer ReadFooter(YamlFields fields)
    {
        if (fields.Mapping("footer", "contact、phone、address、icp") is not { } map)
        {
            return new Footer();
        }

        var f = fields.Nested(map);
        f.WarnUnknownKeys(["contact", "phone", "address", "icp"], "footer ");
        return new Footer { Contact = f.String("contact"), Phone = f.String("phone"), Address = f.String("address"), Icp = f.String("icp") };
    }

    private static RegionTree ReadRegions(YamlFields fields)
    {
        if (fields.Mapping("regions", "“县市区: [乡镇, …]”的映射") is not { } map)
        {
            return RegionTree.Empty;
        }

        var nested = fields.Nested(map);
        var counties = new List<RegionNode>();
        foreach (var (key, _) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } county })
            {
                counties.Add(new RegionNode(county, nested.StringList(county)));
            }
        }

        return new RegionTree(counties);
    }

    private static List<KioskProfile> ReadKiosks(YamlFields fields, DiagnosticBag diagnostics)
    {
        var list = new List<KioskProfile>();
        foreach (var map in fields.MappingList("kiosks", "id、name、region、idle_seconds、attract_seconds、screen_width"))
        {
            var k = fields.Nested(map);
            k.WarnUnknownKeys(["id", "name", "region", "idle_seconds", "attract_seconds", "screen_width"], "kiosks ");
            var id = k.String("id", required: true);
            var name = k.String("name", required: true);
            if (id is null || name is null)
            {
                continue;
            }

            list.Add(new KioskProfile
            {
                Id = id,
                Name = name,
                Region = k.String("region"),
                IdleSeconds = Positive(k, "idle_seconds", 90, "秒", diagnostics),
                AttractSeconds = Positive(k, "attract_seconds", 8, "秒", diagnostics),
                ScreenWidth = Positive(k, "screen_width", 1920, "像素", diagnostics),
            });
        }

        return list;
    }

    private static int Positive(YamlFields fields, string key, int fallback, string unit, DiagnosticBag diagnostics)
    {
        var text = fields.String(key);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, out var seconds) && seconds > 0)
        {
            return seconds;
        }

        diagnostics.Error(DiagnosticCodes.SiteConfig, fields.SpanOf(key), $"{key} 应为正整数（{unit}）。");
        return fallback;
    }
}
