using Portal.Content;
using Portal.Scaffold;

namespace Portal.Cms;

/// <summary>
/// The form field for each front matter key: the widget that can only produce what <c>portal check</c>
/// accepts (choices from site.yml, dates in a parsed format, 文号 by pattern), required where the binder
/// requires the key, with the hint <c>portal new</c> writes beside it.
/// </summary>
public static class CmsFields
{
    /// <summary>文号: year in 〔〕, half-width digits (PORTAL041, PORTAL042).</summary>
    public const string DocNoPattern = "^[^\\[\\]【】()（）]*〔[0-9]{4}〕[0-9]+号$";

    public static CmsField For(string key, ScaffoldContext context)
    {
        var hint = KeyHints.All[key](context).Text;
        var label = CmsLabels.All[key];
        var site = context.Site;
        var field = key switch
        {
            "title" => String(key, label),
            "date" => Date(key, label, CmsDateFormats.Moment) with { DateFormat = CmsDateFormats.Day, TimeFormat = "HH:mm" },
            "summary" => Optional(new CmsField { Name = key, Label = label, Widget = "text" }),
            "tags" or "subjects" or "aliases" => Optional(new CmsField { Name = key, Label = label, Widget = "list" }),
            "regions" => Optional(Select(key, label, site.Regions.AllPaths().Select(r => new CmsOption(r, r))) with { Multiple = true }),
            "updated" or "expires" or "review_by" or "effective" => Optional(Date(key, label, CmsDateFormats.Day)) with { Default = "" },
            "changes" => Optional(new CmsField
            {
                Name = key,
                Label = label,
                Widget = "list",
                Summary = "{{fields.date}} {{fields.note}}",
                Fields = [Date("date", "日期", CmsDateFormats.Day), String("note", "修改说明")],
            }),
            "image" => Optional(new CmsField { Name = key, Label = label, Widget = "image" }),
            "attachments" => Optional(new CmsField
            {
                Name = key,
                Label = label,
                Widget = "list",
                Summary = "{{fields.title}}",
                Fields = [new CmsField { Name = "file", Label = "文件", Widget = "file" }, Optional(String("title", "附件名称"))],
            }),
            "draft" or "pinned" or "urgent" => Optional(new CmsField { Name = key, Label = label, Widget = "boolean", Default = false }),
            "issuer" when context.Section == Section.Policies => String(key, label) with { Default = site.Issuer },
            "issuer" => Optional(String(key, label)) with { Default = site.Issuer },
            "doc_no" => Optional(String(key, label)) with { Pattern = [DocNoPattern, "文号应写成“郴科发〔2026〕1号”：年份用六角括号〔〕，数字用半角"] },
            "status" => Optional(Select(key, label, [new("有效", "active"), new("已撤销（须写撤销原因）", "withdrawn")])) with { Default = "active" },
            "withdrawn_reason" => Optional(String(key, label)),
            "category" => Optional(Select(key, label, context.Categories.Select(c => new CmsOption(c, c)))),
            "months" => Optional(Select(key, label, Enumerable.Range(1, 12).Select(m => new CmsOption($"{m}月", m.ToString(System.Globalization.CultureInfo.InvariantCulture)))) with { Multiple = true }),
            "expert" => Optional(new CmsField
            {
                Name = key,
                Label = label,
                Widget = "object",
                Fields = [String("name", "姓名"), Optional(String("org", "单位")), Optional(String("phone", "电话"))],
            }),
            "interprets" => new CmsField
            {
                Name = key,
                Label = label,
                Widget = "object",
                Fields =
                [
                    Optional(new CmsField
                    {
                        Name = "ref",
                        Label = "原文在本站（选一篇通知）",
                        Widget = "relation",
                        Collection = "notices",
                        ValueField = "{{slug}}",
                        SearchFields = ["title", "doc_no"],
                        DisplayFields = ["title"],
                        Hint = "原文是本站的通知时在这里选择；否则写下面的标题",
                    }),
                    Optional(String("title", "原文件标题")) with { Hint = "原文不在本站时必填" },
                    Optional(String("doc_no", "原文件文号")) with { Pattern = [DocNoPattern, "文号应写成“郴科发〔2026〕1号”：年份用六角括号〔〕，数字用半角"] },
                    Optional(String("url", "原文件网址")) with { Pattern = ["^https?://", "网址以 http:// 或 https:// 开头"] },
                ],
            },
            "key_points" => Optional(new CmsField { Name = key, Label = label, Widget = "list", Field = String("point", "要点") }),
            _ => throw new ArgumentException($"no form field for front matter key '{key}'", nameof(key)),
        };
        return field with { Hint = field.Hint ?? hint };
    }

    /// <summary>The Markdown body, last in the form; uploads in it go beside index.md as well.</summary>
    public static CmsField Body { get; } = new() { Name = "body", Label = "正文", Widget = "markdown" };

    private static CmsField String(string name, string label) => new() { Name = name, Label = label, Widget = "string" };

    private static CmsField Date(string name, string label, string format) => new()
    {
        Name = name,
        Label = label,
        Widget = "datetime",
        Format = format,
        DateFormat = format == CmsDateFormats.Day ? CmsDateFormats.Day : null,
        TimeFormat = format == CmsDateFormats.Day ? false : null,
    };

    private static CmsField Select(string name, string label, IEnumerable<CmsOption> options) =>
        new() { Name = name, Label = label, Widget = "select", Options = [.. options] };

    private static CmsField Optional(CmsField field) => field with { Required = false };
}
