using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>What a finished child process did: exit code, output, wall time seen from outside, and (under GNU time) peak RSS and CPU time.</summary>
internal sealed record ProcessRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, long? PeakBytes, double? CpuSeconds);

/// <summary>Running child processes and reducing repeated runs.</summary>
internal static partial class Measure
{
    private const string GnuTime = "/usr/bin/time";

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();

    [GeneratedRegex(@"(?:User|System) time \(seconds\): ([0-9.]+)")]
    private static partial Regex CpuTime();

    /// <summary>GNU time's -v report gives a child's peak RSS (the same measure as PeakWorkingSet64) for any program.</summary>
    public static bool CanMeasurePeak => File.Exists(GnuTime);

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Runs a program to completion, capturing both streams (read concurrently so neither pipe can fill and block it).</summary>
    public static ProcessRun Run(string file, IEnumerable<string> args, string? workingDirectory = null, bool measurePeak = false)
    {
        var info = new ProcessStartInfo(measurePeak && CanMeasurePeak ? GnuTime : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        if (measurePeak && CanMeasurePeak)
        {
            info.ArgumentList.Add("-v");
            info.ArgumentList.Add(file);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        var errors = stderr.Result;
        long? peak = null;
        double? cpu = null;
        if (measurePeak && MaxRss().Match(errors) is { Success: true } match)
        {
            peak = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 1024;
            cpu = CpuTime().Matches(errors).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            var report = errors.IndexOf("\tCommand being timed", StringComparison.Ordinal);
            errors = report >= 0 ? errors[..report] : errors; // keep the program's own stderr only
        }

        return new ProcessRun(process.ExitCode, stdout.Result, errors, clock.Elapsed, peak, cpu);
    }

    /// <summary>
    /// Waits until the page cache's dirty data is on the disk (<c>sync</c>), before every measured build of either
    /// tool: otherwise the previous build's writes (and the deletion of its output) are written back while the next
    /// one runs, and whichever tool runs second in a pair pays for the first one's files.
    /// </summary>
    public static void SettleDisk()
    {
        if (!OperatingSystem.IsWindows() && File.Exists("/bin/sync"))
        {
            using var process = Process.Start("/bin/sync");
            process?.WaitForExit();
        }
    }

    /// <summary>The 1-minute load average (Linux): above the CPU count, other work was competing with the measured build.</summary>
    public static double? LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : null;

    /// <summary>
    /// How to start this program again: the apphost directly, or <c>dotnet Portal.Benchmarks.dll</c> when
    /// it was started through the dotnet host (then ProcessPath is dotnet itself).
    /// </summary>
    public static (string File, List<string> Args) Self(IEnumerable<string> args)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which program is running");
        var list = new List<string>();
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            list.Add(typeof(Measure).Assembly.Location);
        }

        list.AddRange(args);
        return (host, list);
    }

    /// <summary>The bytes of every file under <paramref name="dir"/>: what a user copies to a host or a USB stick.</summary>
    public static long CountBytes(string dir) =>
        Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    public static int CountFiles(string dir) =>
        Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Count() : 0;
}
