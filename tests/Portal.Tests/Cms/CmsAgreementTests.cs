using System.Globalization;
using Portal.Cms;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Load;
using Portal.Tests.Support;
using YamlDotNet.Serialization;

namespace Portal.Tests.Cms;

/// <summary>
/// The forms and <c>portal check</c> agree: for every field of the generated config, a document holding
/// what the widget can produce passes check, and what it cannot produce (a value outside the options, a
/// missing required key, a 文号 the pattern refuses) is refused by check too.
/// </summary>
public sealed class CmsAgreementTests
{
    private const string RefSlug = "yuanwen-tongzhi";

    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Every_key_of_every_section_has_a_field_with_a_chinese_label_and_the_hint_of_portal_new()
    {
        var (config, site) = Config();
        foreach (var section in SectionNames.All)
        {
            var collection = config.Collections.Single(c => c.Name == SectionNames.Folder(section));
            Assert.Equal([.. FrontMatterKeys.For(section), "body"], collection.Fields.Select(f => f.Name));
            var context = new Portal.Scaffold.ScaffoldContext(section, "", new DateOnly(2026, 1, 1), site);
            foreach (var field in collection.Fields.SkipLast(1))
            {
                Assert.Equal(Portal.Scaffold.KeyHints.All[field.Name](context).Text, field.Hint);
                Assert.Equal(CmsLabels.All[field.Name], field.Label);
            }
        }
    }

    [Fact]
    public void A_document_with_every_field_as_its_widget_writes_it_passes_check()
    {
        using var site = Site();
        var (config, _) = Config(site);
        foreach (var collection in config.Collections)
        {
            var values = collection.Fields.ToDictionary(f => f.Name, Produce);

            // Two rules span documents or fields, which no widget can know: aliases are unique site-wide,
            // and expires must be later than date. Check reports both at the line (PORTAL018, PORTAL010).
            values["aliases"] = new[] { "jiu/" + collection.Name };
            if (values.ContainsKey("expires"))
            {
                values["expires"] = "2026-12-31";
            }

            site.With($"{collection.Name}/alle-{collection.Name}/index.md", Document(values));
        }

        // A real picture: the image stage decodes every cover.
        var cover = Portal.Tests.Images.TestPhotos.TransparentPng(64, 48);
        foreach (var name in new[] { "notices", "techniques", "policies", "pages" })
        {
            site.WithBytes($"{name}/alle-{name}/cover.png", cover).With($"{name}/alle-{name}/fujian.pdf", "pdf");
        }

        var report = site.Check(Now);
        report.NoErrors();
        Assert.DoesNotContain(report.Diagnostics, d => d.Code is DiagnosticCodes.UnknownKey or "PORTAL041" or "PORTAL042");
    }

    [Fact]
    public void Optional_fields_as_the_form_leaves_them_empty_pass_check()
    {
        using var site = Site();
        var (config, _) = Config(site);
        foreach (var collection in config.Collections)
        {
            // What Decap writes for an untouched optional field: '' for dates and text, false, or nothing.
            var values = collection.Fields.ToDictionary(f => f.Name, f => f.Required == false ? Untouched(f) : Produce(f));
            site.With($"{collection.Name}/leer-{collection.Name}/index.md", Document(values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!)));
        }

        site.Check(Now).NoErrors();
    }

    [Fact]
    public void A_key_the_form_requires_is_one_check_requires_and_the_others_may_be_left_out()
    {
        var (config, _) = Config();
        foreach (var collection in config.Collections)
        {
            foreach (var field in collection.Fields.Where(f => f.Name != "body"))
            {
                using var site = Site();
                var values = collection.Fields.Where(f => f.Required != false && f != field).ToDictionary(f => f.Name, Produce);
                site.With($"{collection.Name}/ohne/index.md", Document(values));
                var errors = site.Check(Now).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
                if (field.Required == false)
                {
                    Assert.True(errors.Count == 0, $"{collection.Name}.{field.Name} is optional in the form, but check refuses a document without it:\n{string.Join("\n", errors)}");
                }
                else
                {
                    Assert.True(errors.Count > 0, $"{collection.Name}.{field.Name} is required in the form, but check accepts a document without it.");
                }
            }
        }
    }

    [Fact]
    public void Values_outside_the_select_options_are_refused_by_check()
    {
        var (config, _) = Config();
        var techniques = config.Collections.Single(c => c.Name == "techniques");
        var notices = config.Collections.Single(c => c.Name == "notices");
        Assert.Equal(["种植", "养殖"], techniques.Fields.Single(f => f.Name == "category").Options!.Select(o => o.Value));
        Assert.Equal(Enumerable.Range(1, 12).Select(m => m.ToString(CultureInfo.InvariantCulture)), techniques.Fields.Single(f => f.Name == "months").Options!.Select(o => o.Value));
        Assert.Equal(["北湖区", "北湖区/华塘镇"], notices.Fields.Single(f => f.Name == "regions").Options!.Select(o => o.Value));

        foreach (var (collection, key, value) in new (CmsCollection, string, object)[]
        {
            (techniques, "category", "渔业"),
            (techniques, "months", new[] { "13" }),
            (notices, "regions", new[] { "北湖区/火星镇" }),
            (notices, "status", "deleted"),
        })
        {
            using var site = Site();
            var values = collection.Fields.Where(f => f.Required != false).ToDictionary(f => f.Name, Produce);
            values[key] = value;
            site.With($"{collection.Name}/ausser/index.md", Document(values));
            Assert.True(site.Check(Now).Diagnostics.Any(d => d.Severity == Severity.Error), $"check accepts {key}: {value}, which the form cannot choose");
        }
    }

    [Fact]
    public void A_doc_no_the_pattern_refuses_is_one_check_warns_about_and_the_ones_it_accepts_pass()
    {
        var pattern = new System.Text.RegularExpressions.Regex(CmsFields.DocNoPattern);
        foreach (var (docNo, accepted) in new[] { ("郴科发〔2026〕1号", true), ("湘政办发〔2012〕269号", true), ("郴科发[2026]1号", false), ("郴科发（2026）1号", false), ("郴科发〔２０２６〕1号", false) })
        {
            Assert.Equal(accepted, pattern.IsMatch(docNo));
            using var site = Site();
            site.With("notices/wenhao/index.md", Document(new() { ["title"] = "文号测试", ["date"] = "2026-11-01 09:00", ["doc_no"] = docNo }));
            var warned = site.Check(Now).Diagnostics.Any(d => d.Code is "PORTAL041" or "PORTAL042");
            Assert.True(warned != accepted, $"{docNo}: pattern {(accepted ? "accepts" : "refuses")}, check {(warned ? "warns" : "is silent")}");
        }
    }

    [Fact]
    public void The_dates_the_datetime_widget_writes_parse()
    {
        using var site = Site();
        var moment = Now.ToString(CmsDateFormats.MomentNet, CultureInfo.InvariantCulture);
        var day = Now.ToString(CmsDateFormats.DayNet, CultureInfo.InvariantCulture);
        site.With("notices/riqi/index.md", Document(new() { ["title"] = "日期", ["date"] = moment, ["expires"] = "2026-12-31", ["updated"] = day }));
        var report = site.Build(Now);
        report.NoErrors();
        Assert.Contains("2026", File.ReadAllText(Path.Combine(site.Output, "notices", "riqi", "index.html")));
    }

    private static MiniSite Site() => new MiniSite(MiniSite.SiteYml + "\ncms:\n  backend: github\n  repo: county/site\n")
        .With($"notices/{RefSlug}.md", "---\ntitle: 原文通知\ndate: 2026-10-01\n---\n\n原文。\n");

    private static (CmsConfig Config, SiteConfig Site) Config(MiniSite? existing = null)
    {
        using var fresh = existing is null ? Site() : null;
        var input = (existing ?? fresh)!.Input;
        var site = SiteConfigLoader.Load(Path.Combine(input, "site.yml"), "input/site.yml", new DiagnosticBag())!;
        return (CmsConfigBuilder.Build(site, site.Cms!, "input"), site);
    }

    /// <summary>A value the field's widget can write.</summary>
    private static object Produce(CmsField field) => field.Widget switch
    {
        "string" when field.Pattern is { } pattern && pattern[0] == CmsFields.DocNoPattern => "郴科发〔2026〕1号",
        "string" when field.Pattern is not null => "https://example.org/yuanwen",
        "string" or "text" => "示例文字",
        "datetime" => new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(8)).ToString(field.Format == CmsDateFormats.Moment ? CmsDateFormats.MomentNet : CmsDateFormats.DayNet, CultureInfo.InvariantCulture),
        "select" when field.Multiple == true => field.Options!.Select(o => o.Value).ToArray(),
        "select" => field.Options![^1].Value,
        "boolean" => false,
        "list" when field.Fields is { } fields => new[] { fields.ToDictionary(f => f.Name, Produce) },
        "list" when field.Field is { } one => new[] { Produce(one) },
        "list" => new[] { "甲", "乙" },
        "object" => field.Fields!.Where(f => f.Widget != "relation").ToDictionary(f => f.Name, Produce),
        "relation" => RefSlug,
        "image" => "cover.png",
        "file" => "fujian.pdf",
        "markdown" => "正文。",
        _ => throw new InvalidOperationException("no sample for widget " + field.Widget),
    };

    /// <summary>What Decap writes for an optional field nobody touched (its default), or null for nothing.</summary>
    private static object? Untouched(CmsField field) => field.Default ?? (field.Widget is "datetime" or "string" or "text" ? "" : null);

    private static string Document(Dictionary<string, object> values)
    {
        var body = values.Remove("body", out var text) ? (string)text : "";
        return "---\n" + Yaml.Serialize(values) + "---\n\n" + body + "\n";
    }
}
