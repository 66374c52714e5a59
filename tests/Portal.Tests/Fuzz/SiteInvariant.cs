using System.Security.Cryptography;
using Portal.Diagnostics;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Fuzz;

/// <summary>
/// The invariant every generated site must keep: the build returns (no exception escapes), succeeds or
/// fails with errors (exit 0 or 1), every diagnostic names a file and, for a file with lines, a line;
/// and a failed build leaves the previous output byte for byte as it was.
/// </summary>
public sealed class SiteInvariant : IDisposable
{
    // Diagnostics about a whole file (where it sits, what it is; an image has no lines), which rightly have no line.
    private static readonly HashSet<string> FileLevelCodes = [DiagnosticCodes.InvalidSlug, DiagnosticCodes.PathEscapesInput, DiagnosticCodes.DuplicateSlug, DiagnosticCodes.OutputError, DiagnosticCodes.ImageTooLarge, DiagnosticCodes.ImageUnsupported];

    private readonly TempDir _temp = new();

    public SiteInvariant()
    {
        // One good build first, so every later failed build has a previous output to keep intact.
        var good = _temp.Combine("good");
        Write(good, new FuzzSite([("notices/doc.md", "---\ntitle: 好的通知\ndate: 2026-01-01\n---\n正文。\n")]));
        var report = Build(good);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    public string Output => _temp.Combine("output");

    public int Cases { get; private set; }

    public int Failed { get; private set; }

    /// <summary>How often each code came up: shows in the test output what the generators reached.</summary>
    public SortedDictionary<string, int> Codes { get; } = new(StringComparer.Ordinal);

    public void Holds(FuzzSite site)
    {
        var input = _temp.Combine("case" + Cases++);
        Write(input, site);
        var before = Hashes();
        var report = Build(input);
        foreach (var d in report.Diagnostics)
        {
            Codes[d.Code] = Codes.GetValueOrDefault(d.Code) + 1;
            Assert.False(string.IsNullOrEmpty(d.Location.File), d.ToString());
            Assert.True(d.Location.Line > 0 || FileLevelCodes.Contains(d.Code) || !d.Location.File.Contains('.'), "no line: " + d);
        }

        if (!report.Succeeded)
        {
            Failed++;
            Assert.True(report.Errors > 0);
            Assert.Equal(before, Hashes());
        }

        Directory.Delete(input, recursive: true);
    }

    private BuildReport Build(string input) =>
        SiteBuilder.Build(new BuildOptions(BuildPaths.From(input, Repo.Path("theme"), Output)) { Now = SiteBuild.FixedNow });

    private static void Write(string input, FuzzSite site)
    {
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), MiniSite.SiteYml);
        foreach (var (path, text) in site.Files)
        {
            var full = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // Encoding.UTF8 writes a lone surrogate as U+FFFD; a strict encoder would refuse the text.
            File.WriteAllBytes(full, System.Text.Encoding.UTF8.GetBytes(text));
        }
    }

    private SortedDictionary<string, string> Hashes() => new(
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    public void Dispose() => _temp.Dispose();
}
