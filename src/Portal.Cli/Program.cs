using System.CommandLine;
using System.Globalization;
using System.Text;
using Portal.Cli;
using Portal.Cli.Commands;

// User-facing text is Chinese: System.CommandLine ships zh-Hans strings for its own help and errors.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("科技之窗 Portal：把 input/ 中的 Markdown 内容与 theme/ 模板编译成静态网站。")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    PackCommand.Create(),
    SyncCommand.Create(),
    PosterCommand.Create(),
    PostersCommand.Create(),
    BulletinCommand.Create(),
    NewCommand.Create(),
    DiffManifestCommand.Create(),
    KioskCommand.Create(),
};
ProgramVersion.Use(root);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("参数错误：" + error.Message);
    }

    Console.Error.WriteLine("用 portal --help 查看用法。");
    return ExitCodes.BadArguments;
}

// Exit 3 is ours to print (one line, details only with --verbose): System.CommandLine's own handler
// would print the stack trace and exit 1, which reads as a content error.
var verbose = InternalError.DetailsRequested(args);
try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    return InternalError.Report(e, verbose, Console.Error);
}
