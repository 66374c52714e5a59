using System.Diagnostics;

namespace Portal.Tests.Release;

/// <summary>
/// Runs a program the way a kiosk or an editor's PC would: no dotnet on PATH, no DOTNET_ROOT and no other
/// DOTNET_ variable the test host sets, so a single file that still needed an installed .NET would fail.
/// </summary>
public static class NoDotnetProcess
{
    public static string PathWithoutDotnet { get; } = string.Join(Path.PathSeparator,
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(d => d.Length > 0 && !File.Exists(Path.Combine(d, "dotnet"))));

    public static (int Exit, string Out, string Err) Run(string exe, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(exe) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["PATH"] = PathWithoutDotnet;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["PORTAL_PROGRESS_AFTER_MS"] = "off";
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("GITHUB_STEP_SUMMARY");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(exe + " " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
