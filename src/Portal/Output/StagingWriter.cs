using System.Buffers;
using System.Collections.Concurrent;
using Portal.Diagnostics;

namespace Portal.Output;

/// <summary>
/// Stage 7, publish atomically, as a writer a build can feed while it renders: the new site is assembled
/// in a staging folder beside the output; files whose bytes did not change are moved over from the old
/// output (same inode, same mtime: a USB sync or rsync sees them as untouched), the rest are written.
/// Only <see cref="Commit"/> swaps the folders; disposing without it (an error, an exception) restores
/// the old output exactly as it was. The caller holds the folder's <see cref="OutputLock"/>.
/// </summary>
public sealed class StagingWriter : IFileOutlet, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private readonly Dictionary<string, ManifestEntry> _old;
    // The old manifest is written after every file it lists: a file newer than it was changed by hand
    // since, and its hash in the manifest no longer says what is on disk.
    private readonly DateTime _oldWrittenAt;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _moved = [];
    private int _written;
    private Exception? _failure;
    private bool _committed;

    private StagingWriter(OutputFolder folder)
    {
        _output = folder.Path;
        _staging = folder.Staging;
        _previous = folder.Previous;
        _old = BuildManifest.Read(_output)?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [];
        _oldWrittenAt = File.GetLastWriteTimeUtc(System.IO.Path.Combine(_output, BuildManifest.FileName));
        Directory.CreateDirectory(_staging);
    }

    /// <summary>A writer into the held folder, after undoing what a killed run left; null (with an error) when the folder holds files this tool did not make.</summary>
    public static StagingWriter? Open(OutputLock held, DiagnosticBag diagnostics)
    {
        RecoverFromCrash(held.Folder);
        if (OutputFolderRules.ContentsProblem(held.Folder.Path) is { } notOurs)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(held.Folder.Path), notOurs);
            return null;
        }

        return new StagingWriter(held.Folder);
    }

    /// <summary>
    /// Writes <paramref name="files"/> into staging now (in parallel: 40,000 small files are system calls
    /// more than bytes) and returns stand-ins that keep only their manifest entries, so the bytes can go.
    /// After an I/O failure nothing more is written and <see cref="Commit"/> reports it.
    /// </summary>
    public IReadOnlyList<OutputFile> Write(IReadOnlyList<OutputFile> files)
    {
        var staged = new OutputFile[files.Count];
        if (_failure is not null)
        {
            return files;
        }

        try
        {
            foreach (var folder in files.Select(f => System.IO.Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                if (_folders.TryAdd(folder!, 0))
                {
                    Directory.CreateDirectory(System.IO.Path.Combine(_staging, folder!));
                }
            }

            Parallel.For(0, files.Count, i => staged[i] = WriteOne(files[i]));
            return staged;
        }
        catch (Exception e) when (IoFailure(e) is { } failure)
        {
            _failure = failure;
            return files;
        }
    }

    public IReadOnlyList<OutputFile> Take(IReadOnlyList<OutputFile> files) => Write(files);

    /// <summary>
    /// Writes what is not staged yet, then the manifest of <paramref name="files"/> (in their order), and
    /// swaps the folders. Two files of one path (an input file named like a generated page): a staged one
    /// (a page) wins, else the later one, as when everything was written in order.
    /// </summary>
    public PublishResult? Commit(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Staged is not null))
        {
            entries[file.Path] = file.Staged!;
        }

        var rest = files.Where(f => f.Staged is null && !entries.ContainsKey(f.Path)).GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        foreach (var file in Write(rest).Where(f => f.Staged is not null))
        {
            entries[file.Path] = file.Staged!;
        }

        try
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            var manifest = files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Select(p => entries[p]).ToList();
            var json = new ArrayBufferWriter<byte>();
            new BuildManifest("portal", manifest).WriteJson(json);
            NewFile.Write(System.IO.Path.Combine(_staging, BuildManifest.FileName), json.WrittenSpan);
            if (Directory.Exists(_output))
            {
                Directory.Move(_output, _previous);
            }

            Directory.Move(_staging, _output);
            _committed = true;
            DeleteIfExists(_previous);
            var published = manifest.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            return new PublishResult(_written, _moved.Count, _old.Keys.Count(p => !published.Contains(p)));
        }
        catch (Exception e) when (IoFailure(e) is { } failure)
        {
            Restore();
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(_output), $"写入输出目录失败，已保留上一次的结果：{failure.Message}");
            return null;
        }
    }

    /// <summary>Without a commit: the old output goes back as it was and staging is removed.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            Restore();
        }
    }

    private OutputFile WriteOne(OutputFile file)
    {
        var bytes = file.ReadBytes();
        var hash = BuildManifest.Hash(bytes);
        var target = System.IO.Path.Combine(_staging, file.Path);
        var existing = System.IO.Path.Combine(_output, file.Path);
        if (_old.TryGetValue(file.Path, out var before) && before.Sha256 == hash && new FileInfo(existing) is { Exists: true } info && info.Length == bytes.Length && info.LastWriteTimeUtc <= _oldWrittenAt)
        {
            File.Move(existing, target);
            _moved.Add(file.Path);
        }
        else
        {
            NewFile.Write(target, bytes);
            Interlocked.Increment(ref _written);
        }

        return new OutputFile(file.Path, null, null) { Staged = new ManifestEntry(file.Path, bytes.Length, hash) };
    }

    private void Restore()
    {
        _committed = true;
        if (!Directory.Exists(_output) && Directory.Exists(_previous))
        {
            Directory.Move(_previous, _output);
        }

        foreach (var path in _moved)
        {
            var from = System.IO.Path.Combine(_staging, path);
            if (File.Exists(from))
            {
                File.Move(from, System.IO.Path.Combine(_output, path), overwrite: true);
            }
        }

        DeleteIfExists(_staging);
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
        if (!Directory.Exists(folder.Path) && !File.Exists(folder.Path) && File.Exists(System.IO.Path.Combine(folder.Previous, BuildManifest.FileName)))
        {
            Directory.Move(folder.Previous, folder.Path);
        }

        DeleteIfExists(folder.Previous);
        foreach (var staging in folder.StagingLeftovers())
        {
            DeleteIfExists(staging);
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
