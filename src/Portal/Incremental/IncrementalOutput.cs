using System.Buffers;
using Portal.Diagnostics;
using Portal.Output;

namespace Portal.Incremental;

/// <summary>
/// The output folder as the last build left it, kept in memory (each file's size and hash, and the
/// <see cref="OutputFile"/> it came from) so the next incremental build writes only files whose bytes
/// changed, deletes files no longer produced, and rewrites the manifest — without re-hashing the files it
/// reused. Each file is replaced in one step (<see cref="AtomicReplacer"/>), so a reader (the preview
/// server, a browser) sees the old file or the new one, never half of one. Every write holds the
/// folder's <see cref="OutputLock"/>, like <c>portal build</c>; when another run replaced the folder
/// meanwhile (its manifest is not the one written here), everything is compared and written afresh.
/// </summary>
internal sealed class IncrementalOutput
{
    private readonly string _root;
    private readonly OutputFolder _folder;
    private Dictionary<string, (OutputFile File, ManifestEntry Entry)> _files;
    private bool _manifestStale;
    private FileStamp? _manifestStamp;

    // The manifest's bytes, kept from edit to edit: a few megabytes, which a new buffer each time would take fresh from the system.
    private readonly ArrayBufferWriter<byte> _manifestBytes = new();

    private IncrementalOutput(string root, Dictionary<string, (OutputFile, ManifestEntry)> files)
    {
        _root = root;
        _folder = OutputFolder.For(root) ?? throw new ArgumentException("not a folder with a parent", nameof(root));
        _files = files;
        _manifestStamp = ManifestStamp();
    }

    /// <summary>The state right after a full publish of <paramref name="files"/> (hashes from its manifest).</summary>
    public static IncrementalOutput After(string root, IReadOnlyList<OutputFile> files)
    {
        var manifest = BuildManifest.Read(root)?.Files.ToDictionary(e => e.Path, StringComparer.Ordinal) ?? [];
        var state = new Dictionary<string, (OutputFile, ManifestEntry)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (manifest.TryGetValue(file.Path, out var entry))
            {
                state[file.Path] = (file, entry);
            }
        }

        return new IncrementalOutput(root, state);
    }

    /// <summary>
    /// Writes these files now, ahead of the rest of the build (the page an editor is looking at); the next
    /// <see cref="Apply"/> finishes the job and rewrites the manifest.
    /// </summary>
    public IReadOnlyList<string> WriteAhead(IEnumerable<OutputFile> files)
    {
        // Writing ahead only saves a moment: when the folder is busy or was replaced, Apply does it all.
        using var held = OutputLock.Acquire(_folder, TimeSpan.Zero, out _);
        var changed = new List<string>();
        if (held is null || ManifestStamp() != _manifestStamp)
        {
            return changed;
        }

        using var replacer = new AtomicReplacer();
        foreach (var file in files)
        {
            var bytes = file.ReadBytes();
            var entry = new ManifestEntry(file.Path, bytes.Length, BuildManifest.Hash(bytes));
            var known = _files.TryGetValue(file.Path, out var before);
            _files[file.Path] = (file, entry);
            if (!known || before.Entry != entry)
            {
                try
                {
                    replacer.Replace(Path.Combine(_root, file.Path), bytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Apply meets the same file and reports it with everything else it could not write.
                    _files.Remove(file.Path);
                    break;
                }

                changed.Add(file.Path);
                _manifestStale = true;
            }
        }

        return changed;
    }

    public (PublishResult? Result, IReadOnlyList<string> Changed) Apply(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var next = new Dictionary<string, (OutputFile File, ManifestEntry Entry)>(StringComparer.Ordinal);
        var changed = new List<string>();
        var unchanged = 0;
        using var held = OutputLock.Acquire(_folder, OutputLock.Wait, out var busy);
        if (held is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(_root), busy!);
            return (null, changed);
        }

        // Files another run left that this one does not produce are removed like any other stale file.
        List<string> foreign = [];
        if (ManifestStamp() != _manifestStamp)
        {
            var root = _folder.Path + Path.DirectorySeparatorChar;
            foreign = [.. (BuildManifest.Read(_root)?.Files ?? []).Select(f => f.Path).Where(p => Path.GetFullPath(Path.Combine(root, p)).StartsWith(root, StringComparison.Ordinal))];
            _files = [];
        }

        try
        {
            // Hash and write in parallel: a template edit can change thousands of pages at once.
            var results = new (ManifestEntry Entry, bool Reused, bool Written)[files.Count];
            using (var replacer = new AtomicReplacer())
            {
                Parallel.For(0, files.Count, i => results[i] = Publish(files[i], replacer));
            }

            for (var i = 0; i < files.Count; i++)
            {
                next[files[i].Path] = (files[i], results[i].Entry);
                if (results[i].Written)
                {
                    changed.Add(files[i].Path);
                }
                else
                {
                    unchanged++;
                }
            }

            var removed = _files.Keys.Concat(foreign).Distinct(StringComparer.Ordinal).Where(p => !next.ContainsKey(p)).ToList();
            foreach (var path in removed)
            {
                File.Delete(Path.Combine(_root, path));
                DeleteEmptyFolders(Path.GetDirectoryName(Path.Combine(_root, path))!);
                changed.Add(path);
            }

            if (changed.Count > 0 || _manifestStale || foreign.Count > 0)
            {
                var manifest = new BuildManifest("portal", [.. files.Select(f => next[f.Path].Entry)]);
                _manifestBytes.ResetWrittenCount();
                manifest.WriteJson(_manifestBytes);
                AtomicReplacer.ReplaceOne(Path.Combine(_root, BuildManifest.FileName), _manifestBytes.WrittenSpan);
            }

            _files = next;
            _manifestStale = false;
            _manifestStamp = ManifestStamp();
            return (new PublishResult(changed.Count - removed.Count, unchanged, removed.Count), changed);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(_root), $"写入输出目录失败：{failure.Message}");
            // Some files may be new already: forget everything so the next build compares afresh.
            _files = [];
            return (null, changed);
        }
    }

    /// <summary>Writes one file unless its bytes are those already on disk (the last build's hash).</summary>
    private (ManifestEntry Entry, bool Reused, bool Written) Publish(OutputFile file, AtomicReplacer replacer)
    {
        var known = _files.TryGetValue(file.Path, out var before);
        if (known && ReferenceEquals(before.File, file))
        {
            return (before.Entry, true, false);
        }

        var bytes = file.ReadBytes();
        var entry = new ManifestEntry(file.Path, bytes.Length, BuildManifest.Hash(bytes));
        var write = !known || before.Entry != entry;
        if (write)
        {
            replacer.Replace(Path.Combine(_root, file.Path), bytes);
        }

        return (entry, false, write);
    }

    /// <summary>The file system's refusal behind <paramref name="e"/> (the parallel writes wrap theirs), or null for any other failure.</summary>
    private static Exception? WriteFailure(Exception e) =>
        (e is AggregateException many ? many.Flatten().InnerExceptions.FirstOrDefault() : e) is { } failure && failure is IOException or UnauthorizedAccessException ? failure : null;

    /// <summary>The manifest as last seen: a different one means someone else published into the folder.</summary>
    private FileStamp? ManifestStamp() => FileStamp.Of(Path.Combine(_root, BuildManifest.FileName));

    private void DeleteEmptyFolders(string folder)
    {
        var root = Path.GetFullPath(_root).TrimEnd(Path.DirectorySeparatorChar);
        while (Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) is var full && full.Length > root.Length && full.StartsWith(root, StringComparison.Ordinal)
            && Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any())
        {
            Directory.Delete(full);
            folder = Path.GetDirectoryName(full)!;
        }
    }
}
