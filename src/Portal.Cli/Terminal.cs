using Spectre.Console;

namespace Portal.Cli;

/// <summary>The Spectre console for summaries. Redirected output (CI logs) gets no wrapping at 80 columns.</summary>
public static class Terminal
{
    public static IAnsiConsole Console { get; } = Create();

    private static IAnsiConsole Create()
    {
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 240;
        }

        return console;
    }
}
