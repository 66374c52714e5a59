using System.Diagnostics;

namespace Portal.Tests.Support;

/// <summary>Runs the real <c>portal</c> program (portal.dll beside the tests) and captures what it prints.</summary>
public static class PortalProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "portal.dll");

    public static (int Exit, string Out, string Err) Run(string workingDirectory, params string[] args) =>
        RunWith(new Dictionary<string, string>(), workingDirectory, args);

    /// <summary>
    /// Runs with extra environment variables. The test run's own GitHub Actions variables are removed first,
    /// so a test run in CI never writes annotations or job summaries of its fixtures.
    /// </summary>
    public static (int Exit, string Out, string Err) RunWith(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NO_COLOR"] = "1";
        // A slow test machine must not add progress lines to outputs compared exactly; progress tests set it.
        start.Environment["PORTAL_PROGRESS_AFTER_MS"] = "off";
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("portal " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
