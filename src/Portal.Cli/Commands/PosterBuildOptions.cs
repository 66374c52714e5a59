using System.CommandLine;
using Portal.Cli.Pdf;
using Portal.Load;
using Portal.Posters;

namespace Portal.Cli.Commands;

/// <summary>
/// What poster, posters and bulletin share: the build options (without the site's --output, which here
/// names the PDF), --size, and a build of the site into a scratch folder the PDFs are printed from.
/// The user's output folder is never touched.
/// </summary>
public sealed class PosterBuildOptions
{
    private readonly CommonOptions _common = new();

    public PosterBuildOptions(string defaultSize)
    {
        Size = new Option<string>("--size")
        {
            Description = "纸张大小：a4 或 a3",
            DefaultValueFactory = _ => defaultSize,
            HelpName = "a4|a3",
        };
        Size.AcceptOnlyFromAmong("a4", "a3", "A4", "A3");
    }

    public Option<string> Size { get; }

    public Option<bool> Verbose => _common.Verbose;

    public void AddTo(Command command)
    {
        _common.AddTo(command, withOutput: false);
        command.Options.Add(Size);
    }

    public PaperSize Paper(ParseResult parse) => PaperSize.Parse(parse.GetValue(Size)) ?? PaperSize.A4;

    /// <summary>The build to print from, into a scratch folder; <paramref name="now"/> replaces --now when given.</summary>
    public BuildOptions Read(ParseResult parse, string scratch, DateTimeOffset? now = null, BulletinSettings? bulletin = null)
    {
        var options = _common.Read(parse);
        return options with
        {
            Paths = BuildPaths.From(parse.GetValue(_common.Input)!, parse.GetValue(_common.Theme)!, scratch),
            Now = now ?? options.Now,
            Bulletin = bulletin ?? options.Bulletin,
        };
    }

    /// <summary>
    /// Checks the browser and the folders, builds the site into a scratch folder and runs <paramref name="print"/>
    /// on it with a way to start the browser. Returns the exit code; every message is printed here, in Chinese.
    /// </summary>
    public static async Task<int> BuildAndPrintAsync(ParseResult parse, Func<string, BuildOptions> options, bool verbose, Func<string, Func<Task<PdfRenderer>>, Task<int>> print)
    {
        if (Chromium.Problem() is { } missing)
        {
            Console.Error.WriteLine(missing);
            return ExitCodes.BadArguments;
        }

        var scratch = Directory.CreateTempSubdirectory("portal-poster-");
        PdfRenderer? renderer = null;
        try
        {
            var site = Path.Combine(scratch.FullName, "site");
            var build = options(site);
            if (CommonOptions.ProblemWith(build) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return ExitCodes.BadArguments;
            }

            var report = SiteBuilder.Build(build);
            ReportPrinter.Diagnostics(report, Console.Out);
            if (!report.Succeeded)
            {
                ReportPrinter.Summary(report, Terminal.Console, verbose, "构建");
                return ExitCodes.ContentErrors;
            }

            // The browser starts only when there is something to print: a wrong target fails fast.
            return await print(site, async () => renderer ??= await PdfRenderer.StartAsync(Chromium.Path));
        }
        catch (Microsoft.Playwright.PlaywrightException e)
        {
            Console.Error.WriteLine("Chromium 生成 PDF 失败：" + e.Message.Split('\n')[0]);
            return ExitCodes.Unexpected;
        }
        finally
        {
            if (renderer is not null)
            {
                await renderer.DisposeAsync();
            }

            scratch.Delete(recursive: true);
        }
    }
}
