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
    /// <summary>Checks the folder, takes its lock (waiting for another run if need be), publishes and lets go.</summary>
    public static PublishResult? Publish(string outputRoot, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        using var held = Claim(outputRoot, OutputFolderRules.ProblemWith(outputRoot), diagnostics);
        return held is null ? null : Publish(held, files, diagnostics);
    }

    /// <summary>
    /// The lock of a build's output folder, after <see cref="OutputFolderRules"/> allowed it; null (with an
    /// error naming the folder) when refused or still busy after <see cref="OutputLock.Wait"/>.
    /// </summary>
    public static OutputLock? Claim(Load.BuildPaths paths, DiagnosticBag diagnostics) =>
        Claim(paths.Output, OutputFolderRules.ProblemWith(paths), diagnostics);

    private static OutputLock? Claim(string output, string? refusal, DiagnosticBag diagnostics)
    {
        var held = refusal is null ? OutputLock.Acquire(OutputFolder.For(output)!, OutputLock.Wait, out refusal) : null;
        if (held is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(output), refusal!);
        }

        return held;
    }

    /// <summary>Publishes into the folder whose lock the caller holds.</summary>
    public static PublishResult? Publish(OutputLock held, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var folder = held.Folder;
        var output = folder.Path;
        RecoverFromCrash(folder);
        if (OutputFolderRules.ContentsProblem(output) is { } notOurs)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(output), notOurs);
            return null;
        }

        var staging = folder.Staging;
        var previous = folder.Previous;
        var old = BuildManifest.Read(output)?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [];
        var entries = new ManifestEntry[files.Count];
        var kept = new bool[files.Count];
        try
        {
            CreateFolders(staging, files);
            // Hashing and writing 40,000 small files is system calls more than bytes: both cores help.
            Parallel.For(0, files.Count, i =>
            {
                var file = files[i];
                var bytes = file.ReadBytes();
                var hash = BuildManifest.Hash(bytes);
                entries[i] = new ManifestEntry(file.Path, bytes.Length, hash);
                var target = Path.Combine(staging, file.Path);
                var existing = Path.Combine(output, file.Path);
                if (old.TryGetValue(file.Path, out var before) && before.Sha256 == hash && new FileInfo(existing) is { Exists: true } info && info.Length == bytes.Length)
                {
                    File.Move(existing, target);
                    kept[i] = true;
                }
                else
                {
                    File.WriteAllBytes(target, bytes);
                }
            });

            File.WriteAllText(Path.Combine(staging, BuildManifest.FileName), new BuildManifest("portal", entries).ToJson());
            if (Directory.Exists(output))
            {
                Directory.Move(output, previous);
            }

            Directory.Move(staging, output);
        }
        catch (Exception e) when (IoFailure(e) is { } failure)
        {
            Restore(output, staging, previous, [.. files.Where((_, i) => kept[i]).Select(f => f.Path)]);
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(output), $"写入输出目录失败，已保留上一次的结果：{failure.Message}");
            return null;
        }

        var moved = kept.Count(k => k);
        var written = files.Count - moved;
        DeleteIfExists(previous);
        var published = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var removed = old.Keys.Count(p => !published.Contains(p));
        return new PublishResult(written, moved, removed);
    }

    /// <summary>Every folder the files go into, each created once before the parallel writes.</summary>
    private static void CreateFolders(string staging, IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(staging);
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(staging, folder!));
        }
    }

    /// <summary>The I/O failure behind <paramref name="e"/> (a parallel loop wraps it), or null for anything else.</summary>
    private static Exception? IoFailure(Exception e) =>
        e is AggregateException all
            ? all.Flatten().InnerExceptions.FirstOrDefault(inner => inner is IOException or UnauthorizedAccessException)
            : e is IOException or UnauthorizedAccessException ? e : null;

    /// <summary>
    /// Undoes what a run killed mid-publish left (only folders under this tool's own names; the caller holds
    /// the lock, so none of them is in use): killed between the two renames, the output is missing and the
    /// previous one is put back; stagings and a previous output that was not removed yet are deleted.
    /// </summary>
    private static void RecoverFromCrash(OutputFolder folder)
    {
        if (!Directory.Exists(folder.Path) && !File.Exists(folder.Path) && File.Exists(Path.Combine(folder.Previous, BuildManifest.FileName)))
        {
            Directory.Move(folder.Previous, folder.Path);
        }

        DeleteIfExists(folder.Previous);
        foreach (var staging in folder.StagingLeftovers())
        {
            DeleteIfExists(staging);
        }
    }

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
