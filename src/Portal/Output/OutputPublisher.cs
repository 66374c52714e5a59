using Portal.Diagnostics;

namespace Portal.Output;

/// <summary>What publishing did: how many files were written fresh and how many were kept as they were.</summary>
public sealed record PublishResult(int Written, int Unchanged, int Removed);

/// <summary>
/// Stage 7: publish atomically. The new site is assembled in a staging folder beside the output;
/// files whose bytes did not change are moved over from the old output (same inode, same mtime: a
/// USB sync or rsync sees them as untouched), the rest are written. Only then are the folders swapped.
/// Any failure before the swap restores the old output exactly as it was.
/// </summary>
public static class OutputPublisher
{
    public static PublishResult? Publish(string outputRoot, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsOurs(output))
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(outputRoot),
                $"输出目录 {outputRoot} 已有其他文件且不是本工具生成的（没有 {BuildManifest.FileName}）。为安全起见不会覆盖，请换一个空目录。");
            return null;
        }

        var staging = output + ".staging";
        var previous = output + ".previous";
        DeleteIfExists(staging);
        DeleteIfExists(previous);
        var old = BuildManifest.Read(output)?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [];
        var moved = new List<string>();
        var entries = new List<ManifestEntry>();
        var written = 0;
        try
        {
            foreach (var file in files)
            {
                var bytes = file.ReadBytes();
                var hash = BuildManifest.Hash(bytes);
                entries.Add(new ManifestEntry(file.Path, bytes.Length, hash));
                var target = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var existing = Path.Combine(output, file.Path);
                if (old.TryGetValue(file.Path, out var before) && before.Sha256 == hash && new FileInfo(existing) is { Exists: true } info && info.Length == bytes.Length)
                {
                    File.Move(existing, target);
                    moved.Add(file.Path);
                }
                else
                {
                    File.WriteAllBytes(target, bytes);
                    written++;
                }
            }

            File.WriteAllText(Path.Combine(staging, BuildManifest.FileName), new BuildManifest("portal", entries).ToJson());
            if (Directory.Exists(output))
            {
                Directory.Move(output, previous);
            }

            Directory.Move(staging, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Restore(output, staging, previous, moved);
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(outputRoot), $"写入输出目录失败，已保留上一次的结果：{e.Message}");
            return null;
        }

        DeleteIfExists(previous);
        var published = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var removed = old.Keys.Count(p => !published.Contains(p));
        return new PublishResult(written, moved.Count, removed);
    }

    /// <summary>An output folder we may replace: missing, empty, or made by a previous build.</summary>
    private static bool IsOurs(string output) =>
        !Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any() || File.Exists(Path.Combine(output, BuildManifest.FileName));

    private static void Restore(string output, string staging, string previous, List<string> moved)
    {
        if (!Directory.Exists(output) && Directory.Exists(previous))
        {
            Directory.Move(previous, output);
        }

        foreach (var path in moved)
        {
            var from = Path.Combine(staging, path);
            if (File.Exists(from))
            {
                File.Move(from, Path.Combine(output, path), overwrite: true);
            }
        }

        DeleteIfExists(staging);
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
