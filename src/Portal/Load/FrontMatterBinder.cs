using Portal.Content;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Load;

/// <summary>Turns one document's front matter into the typed record for its section.</summary>
public static class FrontMatterBinder
{
    public static ContentItem? Bind(DocumentSource source, string displayPath, FrontMatter frontMatter, SiteConfig site, DiagnosticBag diagnostics)
    {
        var fields = new YamlFields(frontMatter.Yaml, displayPath, frontMatter.YamlFirstLine, diagnostics, site.TimeZone);
        fields.WarnUnknownKeys(FrontMatterKeys.For(source.Section).ToHashSet(), "这类内容");
        var title = fields.String("title", required: true);
        var date = fields.Date("date", required: true);
        var folder = source.RelativePath.Contains('/') ? source.RelativePath[..source.RelativePath.LastIndexOf('/')] : "";

        // Typed values that every section shares; the section-specific record is completed below.
        ContentItem common = new Page
        {
            Section = source.Section,
            Slug = source.Slug,
            SourcePath = source.RelativePath,
            DisplayPath = displayPath,
            IsBundle = source.IsBundle,
            Title = title ?? "",
            Date = date ?? DateTimeOffset.MinValue,
            Summary = fields.String("summary"),
            Tags = fields.StringList("tags").Distinct().ToList(),
            Regions = fields.StringList("regions").Select(r => r.Trim('/')).Distinct().ToList(),
            Updated = fields.Date("updated"),
            Changes = ReadChanges(fields),
            Image = fields.String("image") is { } image ? ResolvePath(fields, "image", folder, image, diagnostics) : null,
            Attachments = ReadAttachments(fields, folder, diagnostics),
            Aliases = fields.StringList("aliases").Select(a => a.Trim().Trim('/')).ToList(),
            Draft = fields.Bool("draft"),
            Body = frontMatter.Body,
            BodyLine = frontMatter.BodyLine,
            KeySpans = fields.Spans,
        };

        ContentItem item = source.Section switch
        {
            Section.Notices => BindNotice(common, fields, site, diagnostics),
            Section.Techniques => BindTechnique(common, fields, diagnostics),
            Section.Policies => BindPolicy(common, fields),
            _ => common,
        };
        return title is null || date is null ? null : item;
    }

    private static Notice BindNotice(ContentItem common, YamlFields fields, SiteConfig site, DiagnosticBag diagnostics)
    {
        var status = NoticeStatus.Active;
        if (fields.String("status") is { } text)
        {
            switch (text)
            {
                case "active":
                    break;
                case "withdrawn":
                    status = NoticeStatus.Withdrawn;
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf("status"), $"status 只能是 active（有效）或 withdrawn（已撤销），不能是“{text}”。");
                    break;
            }
        }

        var issuer = fields.String("issuer") ?? site.Issuer;
        if (issuer is null)
        {
            fields.String("issuer", required: true);
        }

        return new Notice(common)
        {
            Issuer = issuer ?? "",
            DocNo = fields.String("doc_no"),
            Expires = fields.Date("expires"),
            Status = status,
            WithdrawnReason = fields.String("withdrawn_reason"),
            Pinned = fields.Bool("pinned"),
            Urgent = fields.Bool("urgent"),
        };
    }

    private static Technique BindTechnique(ContentItem common, YamlFields fields, DiagnosticBag diagnostics)
    {
        Expert? expert = null;
        if (fields.Mapping("expert", "name、org、phone 三个键") is { } map)
        {
            var nested = fields.Nested(map);
            nested.WarnUnknownKeys(["name", "org", "phone"], "expert ");
            if (nested.String("name", required: true) is { } name)
            {
                expert = new Expert(name, nested.String("org"), nested.String("phone"));
            }
        }

        return new Technique(common)
        {
            Category = fields.String("category"),
            Subjects = fields.StringList("subjects"),
            Months = ReadMonths(fields, diagnostics),
            Expert = expert,
            ReviewBy = fields.Date("review_by"),
        };
    }

    private static Policy BindPolicy(ContentItem common, YamlFields fields)
    {
        var interprets = new Interprets(null, null, null, null);
        if (fields.Mapping("interprets", "原文信息：title、doc_no、url，或 ref（本站页面的 slug）", required: true) is { } map)
        {
            var nested = fields.Nested(map);
            nested.WarnUnknownKeys(["title", "doc_no", "url", "ref"], "interprets ");
            interprets = new Interprets(nested.String("title"), nested.String("doc_no"), nested.String("url"), nested.String("ref"));
            if (interprets.Ref is null && interprets.Title is null)
            {
                nested.String("title", required: true);
            }
        }

        return new Policy(common)
        {
            Issuer = fields.String("issuer", required: true) ?? "",
            DocNo = fields.String("doc_no"),
            Interprets = interprets,
            Effective = fields.Date("effective"),
            KeyPoints = fields.StringList("key_points"),
        };
    }

    private static List<int> ReadMonths(YamlFields fields, DiagnosticBag diagnostics)
    {
        var months = new List<int>();
        var node = fields.Node("months");
        var items = node switch
        {
            null => [],
            YamlSequenceNode seq => seq.Children.ToList(),
            _ => [node],
        };
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } v } && int.TryParse(v, out var month) && month is >= 1 and <= 12)
            {
                months.Add(month);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, fields.At(item), "months 应为 1 到 12 的月份数字列表，例如 [3, 4, 5]。");
            }
        }

        return months.Distinct().Order().ToList();
    }

    private static List<ChangeEntry> ReadChanges(YamlFields fields)
    {
        var list = new List<ChangeEntry>();
        foreach (var map in fields.MappingList("changes", "date 和 note"))
        {
            var nested = fields.Nested(map);
            nested.WarnUnknownKeys(["date", "note"], "changes ");
            var date = nested.Date("date", required: true);
            var note = nested.String("note", required: true);
            if (date is { } d && note is not null)
            {
                list.Add(new ChangeEntry(d, note));
            }
        }

        return list.OrderByDescending(c => c.Date).ToList();
    }

    private static List<Attachment> ReadAttachments(YamlFields fields, string folder, DiagnosticBag diagnostics)
    {
        var list = new List<Attachment>();
        foreach (var map in fields.MappingList("attachments", "file 和 title"))
        {
            var nested = fields.Nested(map);
            nested.WarnUnknownKeys(["file", "title"], "attachments ");
            var file = nested.String("file", required: true);
            if (file is not null && ResolvePath(nested, "file", folder, file, diagnostics) is { } path)
            {
                list.Add(new Attachment(path, nested.String("title") ?? Path.GetFileName(path)));
            }
        }

        return list;
    }

    private static string? ResolvePath(YamlFields fields, string key, string folder, string reference, DiagnosticBag diagnostics)
    {
        var path = InputPaths.Combine(folder, reference);
        if (path is null || Uri.TryCreate(reference, UriKind.Absolute, out _))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesInput, fields.SpanOf(key), $"{key} 的路径“{reference}”指向 input 目录以外，请把文件放进 input 目录并写相对路径。");
            return null;
        }

        return path;
    }
}
