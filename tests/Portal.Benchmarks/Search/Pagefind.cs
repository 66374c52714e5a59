using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>An index Pagefind wrote: where, how long the CLI took, and its own summary line.</summary>
internal sealed record PagefindIndex(string Dir, double Seconds, string Summary);

/// <summary>
/// Pagefind from npm, pinned in tests/Portal.Benchmarks/pagefind/package.json (and its lock file):
/// installed there with <c>npm install</c> on first use (not <c>npm ci</c>: npm 11 rejects Pagefind's lock file
/// for the other platforms' optional binaries it leaves out), run with <c>npx pagefind</c>. The bundle is written
/// beside the site (<c>--output-path</c>), never into the engine's output.
/// </summary>
internal static partial class Pagefind
{
    [GeneratedRegex(@"Indexed \d+ pages?|Indexed \d+ words?|Indexed \d+ languages?|Total:.*", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryLine();

    public static string Folder => Path.Combine(BenchmarkOptions.RepositoryRoot(), "tests", "Portal.Benchmarks", "pagefind");

    /// <summary>Installs the pinned package if needed and returns its version as the CLI reports it.</summary>
    public static string Install()
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "pagefind", "package.json")))
        {
            Console.WriteLine($"pagefind: npm install in {Folder}");
            var install = Measure.Run("npm", ["install", "--no-audit", "--no-fund"], Folder);
            if (install.ExitCode != 0)
            {
                throw new BenchmarkException($"npm install failed (exit {install.ExitCode}):\n{install.Stderr}{install.Stdout}");
            }
        }

        var version = Measure.Run("npx", ["pagefind", "--version"], Folder);
        return version.ExitCode == 0 ? version.Stdout.Trim() : throw new BenchmarkException($"npx pagefind --version failed:\n{version.Stderr}");
    }

    public static PagefindIndex Index(string siteDir, string bundleDir)
    {
        if (Directory.Exists(bundleDir))
        {
            Directory.Delete(bundleDir, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        var run = Measure.Run("npx", ["pagefind", "--site", siteDir, "--output-path", bundleDir], Folder);
        clock.Stop();
        if (run.ExitCode != 0 || !File.Exists(Path.Combine(bundleDir, "pagefind.js")))
        {
            throw new BenchmarkException($"pagefind failed on {siteDir} (exit {run.ExitCode}):\n{run.Stderr}{run.Stdout}");
        }

        var summary = string.Join(", ", SummaryLine().Matches(run.Stdout).Select(m => m.Value.Trim()).Distinct());
        return new PagefindIndex(bundleDir, clock.Elapsed.TotalSeconds, summary);
    }

    /// <summary>Pagefind's files minus its optional UI libraries: what a search needs (pagefind.js, WASM, entry, metadata, index, fragments, filters).</summary>
    public static bool IsSearchFile(string relative) =>
        !Path.GetFileName(relative).StartsWith("pagefind-ui", StringComparison.Ordinal)
        && !Path.GetFileName(relative).StartsWith("pagefind-modular-ui", StringComparison.Ordinal)
        && !Path.GetFileName(relative).StartsWith("pagefind-component-ui", StringComparison.Ordinal)
        && !Path.GetFileName(relative).StartsWith("pagefind-highlight", StringComparison.Ordinal);
}
