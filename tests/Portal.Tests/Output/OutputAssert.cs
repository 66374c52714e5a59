using Portal.Output;

namespace Portal.Tests.Output;

public static class OutputAssert
{
    /// <summary>The folder is exactly one complete build: its manifest lists every file on disk, each with the bytes it names.</summary>
    public static IReadOnlyList<string> IsOneCompleteBuild(string output)
    {
        var manifest = BuildManifest.Read(output);
        Assert.NotNull(manifest);
        var listed = manifest.Files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        var onDisk = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(p => p != BuildManifest.FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(listed, onDisk);
        foreach (var entry in manifest.Files)
        {
            Assert.Equal(entry.Sha256, BuildManifest.Hash(File.ReadAllBytes(Path.Combine(output, entry.Path))));
        }

        return listed;
    }

    /// <summary>What lies beside the output once no build runs: none of the tool's lock, staging or previous folders.</summary>
    public static void NothingLeftBeside(string output)
    {
        var folder = OutputFolder.For(output)!;
        Assert.False(File.Exists(folder.LockFile), folder.LockFile);
        Assert.False(Directory.Exists(folder.Previous), folder.Previous);
        Assert.Empty(folder.StagingLeftovers());
    }
}
