using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Portal.Cli;

/// <summary>
/// What <c>portal --version</c> prints: "portal 0.1.0+1a2b3c4". The build puts the commit into the
/// assembly's informational version (see Portal.Cli.csproj), so a downloaded single file says where it came from.
/// </summary>
public static class ProgramVersion
{
    public static string Text { get; } = "portal " + Informational();

    /// <summary>System.CommandLine's own --version prints the bare version; ours names the program too.</summary>
    public static void Use(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion();
        }
    }

    private static string Informational() =>
        typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProgramVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            Console.Out.WriteLine(Text);
            return ExitCodes.Ok;
        }
    }
}
