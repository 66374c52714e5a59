using System.CommandLine;
using Portal.Cli.Editing;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal diff-manifest OLD NEW</c>: which pages two builds differ in, from their manifests. The pull
/// request workflow posts its Markdown as a comment.
/// </summary>
public static class DiffManifestCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("旧构建") { Description = "对比基准：输出目录，或其中的 portal-manifest.json" };
        var @new = new Argument<string>("新构建") { Description = "新的构建：输出目录（可读出页面标题），或 portal-manifest.json" };
        var format = new Option<string>("--format") { Description = "输出格式：markdown（默认，用于 PR 评论）或 text", DefaultValueFactory = _ => "markdown", HelpName = "格式" };
        format.AcceptOnlyFromAmong("markdown", "text");
        var command = new Command("diff-manifest", "比较两次构建的 portal-manifest.json，列出新增、修改、删除的页面。") { old, @new, format };
        command.SetAction(parse =>
        {
            var oldPath = parse.GetValue(old)!;
            var newPath = parse.GetValue(@new)!;
            if (ManifestDiff.Load(oldPath) is not { } before || ManifestDiff.Load(newPath) is not { } after)
            {
                var missing = ManifestDiff.Load(oldPath) is null ? oldPath : newPath;
                Console.Error.WriteLine($"读不到构建清单：{missing}（应为 portal build 的输出目录，或其中的 portal-manifest.json）。");
                return ExitCodes.BadArguments;
            }

            var diff = ManifestDiff.Compare(before, after, ManifestDiff.TitlesFrom(Directory.Exists(newPath) ? newPath : Path.GetDirectoryName(Path.GetFullPath(newPath))));
            Console.Write(parse.GetValue(format) == "text" ? diff.ToText() : diff.ToMarkdown());
            return ExitCodes.Ok;
        });
        return command;
    }
}
