using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Incremental;

/// <summary>What every session test checks in the end: the served folder equals a clean full build, byte for byte.</summary>
internal static class FullBuildComparison
{
    public static void AssertSameAsFullBuild(TempDir temp, Func<string, BuildOptions> options, string served)
    {
        var clean = temp.Combine("clean-" + Guid.NewGuid().ToString("N")[..6]);
        var report = SiteBuilder.Build(options(clean));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var expected = Snapshot(clean);
        var actual = Snapshot(served);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Where(e => actual[e.Key] != e.Value).Select(e => e.Key).ToList();
        Assert.True(different.Count == 0, "differs from a full build: " + string.Join(", ", different.Take(10)));
    }

    /// <summary>Every file of <paramref name="folder"/> by relative path, with its SHA-256.</summary>
    public static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
