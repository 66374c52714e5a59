using Spectre.Console;

namespace Portal.Cli.Progress;

/// <summary>
/// Picks how a build shows its progress: a live line on an interactive terminal, one line per stage
/// on stderr when the output is redirected. Either appears only for builds longer than
/// PORTAL_PROGRESS_AFTER_MS (default 1000; "off" turns progress off, the tests' fixed-output runs use it).
/// </summary>
public static class ProgressDisplay
{
    public const string AfterVariable = "PORTAL_PROGRESS_AFTER_MS";

    /// <summary>Runs the build with a progress sink; the live display is cleared before this returns.</summary>
    public static T Around<T>(Func<IBuildProgress, T> build)
    {
        if (Threshold() is not { } after)
        {
            return build(BuildProgress.None);
        }

        if (IsInteractive(Terminal.Console))
        {
            using var live = new LiveProgress(Terminal.Console, after);
            return build(live);
        }

        return build(new StageLines(Console.Error, after));
    }

    /// <summary>Spectre's own detection (TERM=dumb, CI, redirected stdout), and stderr must be a terminal too.</summary>
    public static bool IsInteractive(IAnsiConsole console) =>
        console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    private static TimeSpan? Threshold()
    {
        var value = Environment.GetEnvironmentVariable(AfterVariable);
        if (string.Equals(value, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return TimeSpan.FromMilliseconds(int.TryParse(value, out var ms) && ms >= 0 ? ms : 1000);
    }
}
