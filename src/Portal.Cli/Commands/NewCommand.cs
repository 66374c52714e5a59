using System.CommandLine;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Load;
using Portal.Scaffold;
using Portal.Text;
using Portal.Validate;

namespace Portal.Cli.Commands;

/// <summary><c>portal new notice|technique|policy|page "标题"</c>: writes a new document from a commented template.</summary>
public static class NewCommand
{
    private static readonly IReadOnlyDictionary<string, Section> Types = new Dictionary<string, Section>
    {
        ["notice"] = Section.Notices,
        ["technique"] = Section.Techniques,
        ["policy"] = Section.Policies,
        ["page"] = Section.Pages,
    };

    public static Command Create()
    {
        var type = new Argument<string>("类型") { Description = "notice（通知公告）、technique（实用技术）、policy（政策解读）或 page（单页）" };
        type.AcceptOnlyFromAmong([.. Types.Keys]);
        var title = new Argument<string>("标题") { Description = "内容的标题，例如 \"水稻育秧技术\"" };
        var slug = new Option<string?>("--slug") { Description = "文件名（网址的一部分）；不写时按标题拼音自动生成", HelpName = "名称" };
        var input = new Option<string>("--input") { Description = "内容目录", DefaultValueFactory = _ => "input", HelpName = "目录" };
        var command = new Command("new", "新建内容：按类型生成带全部文件头键的 Markdown 文件（必填项已填好，选填项带注释说明），并打印文件路径。")
        {
            type, title, slug, input,
        };
        command.SetAction(parse => Run(Types[parse.GetValue(type)!], parse.GetValue(title)!, parse.GetValue(slug), parse.GetValue(input)!));
        return command;
    }

    private static int Run(Section section, string title, string? requestedSlug, string input)
    {
        var inputDisplay = input.Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(input))
        {
            Console.Error.WriteLine($"找不到内容目录 {inputDisplay}：请在仓库根目录运行，或用 --input 指定。");
            return ExitCodes.BadArguments;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            Console.Error.WriteLine("标题不能为空。");
            return ExitCodes.BadArguments;
        }

        var diagnostics = new DiagnosticBag();
        var site = SiteConfigLoader.Load(Path.Combine(input, InputScanner.SiteConfigFile), inputDisplay + "/" + InputScanner.SiteConfigFile, diagnostics);
        if (site is null)
        {
            foreach (var d in diagnostics.Sorted())
            {
                Console.Error.WriteLine(d);
            }

            return ExitCodes.ContentErrors;
        }

        var taken = InputScanner.Scan(input, inputDisplay, new DiagnosticBag()).Documents.Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);
        if (section == Section.Pages)
        {
            taken.UnionWith(SiteValidator.ReservedRootNames);
        }

        var folder = Path.Combine(input, SectionNames.Folder(section));
        bool IsTaken(string s) => taken.Contains(s) || File.Exists(Path.Combine(folder, s + ".md")) || Directory.Exists(Path.Combine(folder, s));
        if (ChooseSlug(title, requestedSlug, IsTaken) is not { } slug)
        {
            return ExitCodes.BadArguments;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, site.TimeZone).DateTime);
        var text = DocumentScaffold.Render(new ScaffoldContext(section, title.Trim(), today, site));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, slug + ".md");
        try
        {
            // CreateNew: never overwrite, even if the file appeared since we looked.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            Console.Error.WriteLine($"文件已存在，不会覆盖：{inputDisplay}/{SectionNames.Folder(section)}/{slug}.md");
            return ExitCodes.BadArguments;
        }

        Console.WriteLine($"{inputDisplay}/{SectionNames.Folder(section)}/{slug}.md");
        Console.Error.WriteLine("已新建。请打开文件填写正文（以 # 开头的行是说明，需要时删去行首的 # 启用），写好后运行 portal check 检查。");
        return ExitCodes.Ok;
    }

    private static string? ChooseSlug(string title, string? requested, Func<string, bool> isTaken)
    {
        if (requested is null)
        {
            var fromTitle = Slugs.FromTitle(title);
            if (fromTitle.Length == 0)
            {
                Console.Error.WriteLine("无法从标题生成文件名，请用 --slug 指定，例如 --slug keji-huodongzhou-2026。");
                return null;
            }

            return Slugs.Unique(fromTitle, isTaken);
        }

        if (!SiteValidator.IsValidSlug(requested))
        {
            Console.Error.WriteLine($"文件名“{requested}”不能用作网址：只能用小写英文字母、数字和连字符，例如 shuidao-yuyang-jishu。");
            return null;
        }

        if (isTaken(requested))
        {
            Console.Error.WriteLine($"文件名“{requested}”已被占用（全站不能重名），不会覆盖已有内容。请换一个，例如 {Slugs.Unique(requested, isTaken)}。");
            return null;
        }

        return requested;
    }
}
