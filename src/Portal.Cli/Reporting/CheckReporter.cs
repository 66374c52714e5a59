using Spectre.Console;

namespace Portal.Cli.Reporting;

/// <summary>
/// Prints a check's result for its audience: compiler-style lines and a summary for people; in GitHub
/// Actions (<c>GITHUB_ACTIONS=true</c>) also annotations and a job summary table; JSON for tools.
/// </summary>
public sealed class CheckReporter(Func<string, string?> environment)
{
    public const string Title = "portal check";

    public static CheckReporter FromProcess { get; } = new(Environment.GetEnvironmentVariable);

    public bool InGitHubActions => environment("GITHUB_ACTIONS") == "true";

    public void Report(BuildReport report, string format, bool verbose, TextWriter output, IAnsiConsole console)
    {
        if (format == "json")
        {
            output.Write(DiagnosticJson.Render(report));
        }
        else
        {
            ReportPrinter.Diagnostics(report, output);
            if (InGitHubActions)
            {
                GitHubAnnotations.Write(report.Diagnostics, output);
            }

            ReportPrinter.Summary(report, console, verbose, "检查");
        }

        if (InGitHubActions && environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            StepSummary.Append(summary, report, Title);
        }
    }
}
