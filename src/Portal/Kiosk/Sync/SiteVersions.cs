using System.Text;

namespace Portal.Kiosk.Sync;

/// <summary>
/// The layout of a kiosk's site on disk. <c>TARGET</c> (what the browser opens) is a symbolic link to
/// one complete version under <c>TARGET.versions/</c>; <c>TARGET.versions/previous</c> links to the
/// version before it. Switching versions is one <c>rename(2)</c> of a fresh link over <c>TARGET</c>,
/// so at every instant <c>TARGET</c> is either the old or the new version, never a mixture. A plain
/// folder at <c>TARGET</c> (a kiosk set up by copying) trades places with the first link in one
/// <c>renameat2(RENAME_EXCHANGE)</c> and is then moved under <c>TARGET.versions/</c>.
/// <code>
/// site                   -> site.versions/20261123-1000-1a2b3c4d
/// site.versions/
///   20261123-1000-1a2b3c4d/   current (complete, verified, with manifest.json)
///   20261101-0900-99aa88bb/   previous, kept for --rollback
///   previous               -> 20261101-0900-99aa88bb
///   .staging-&lt;content id&gt;/  an update being assembled (kept when interrupted, resumed next run)
///   .lock                    held while a sync or rollback runs
/// </code>
/// </summary>
internal sealed class SiteVersions
{
    private const string PreviousLink = "previous";
    private const string LockFile = ".lock";
    private const string StagingPrefix = ".staging-";
    private const string AdoptingSuffix = ".adopting";

    private SiteVersions(string target)
    {
        Target = target;
        Root = target + ".versions";
    }

    /// <summary>The path the browser opens.</summary>
    public string Target { get; }

    /// <summary>The folder holding every version, beside <see cref="Target"/> (same file system, so renames are atomic).</summary>
    public string Root { get; }

    /// <summary>The lock file (exists once <see cref="Lock"/> was called).</summary>
    public string LockPath => Path.Combine(Root, LockFile);

    public static SiteVersions For(string target)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            throw new KioskException(KioskFailure.NotFound, "portal sync 需要支持符号链接的系统（Linux）。");
        }

        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            throw new KioskException(KioskFailure.NotFound, $"目标 {target} 的上级目录不存在。");
        }

        if (File.Exists(full) && new FileInfo(full).LinkTarget is null)
        {
            throw new KioskException(KioskFailure.NotFound, $"目标 {target} 是一个文件，应为网站目录。");
        }

        return new SiteVersions(full);
    }

    /// <summary>True when <see cref="Target"/> is a real folder (a kiosk set up by copying a site), not yet our link.</summary>
    public bool TargetIsPlainFolder => Directory.Exists(Target) && new DirectoryInfo(Target).LinkTarget is null;

    /// <summary>The folder the browser currently sees, or null when there is none.</summary>
    public string? CurrentFolder()
    {
        if (TargetIsPlainFolder)
        {
            return Target;
        }

        return Resolve(Target);
    }

    public string? PreviousFolder() => Resolve(Path.Combine(Root, PreviousLink));

    public string StagingFor(KioskManifest manifest) => Path.Combine(Root, StagingPrefix + manifest.ContentId[..16]);

    /// <summary>A readable, unique folder name: the build id made file-name safe, plus the content id.</summary>
    public static string NameFor(KioskManifest manifest)
    {
        var id = manifest.ContentId;
        if (manifest.BuildId == id[..16])
        {
            return id[..16];
        }

        var safe = new StringBuilder();
        foreach (var c in manifest.BuildId)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var name = safe.ToString().Trim('.', '-');
        return (name.Length > 60 ? name[..60] : name) + "-" + id[..8];
    }

    /// <summary>Held for a whole sync or rollback: a second one on the same target fails fast instead of racing.</summary>
    public IDisposable Lock()
    {
        Directory.CreateDirectory(Root);
        try
        {
            return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new KioskException(KioskFailure.Busy, $"另一个同步或回退正在处理 {Target}，请稍后再试。");
        }
    }

    /// <summary>
    /// Repairs the states an interrupted adoption of a plain folder can leave: the folder swapped out
    /// to <c>TARGET.adopting</c> but not yet moved under <see cref="Root"/> (it is moved now, where the
    /// <c>previous</c> link already points), a link at <c>TARGET.adopting</c> never swapped in (deleted),
    /// or, without the swap, the folder moved away and the link not yet created (the previous version
    /// then serves again).
    /// </summary>
    public void Recover()
    {
        var swap = new DirectoryInfo(Target + AdoptingSuffix);
        if (swap.LinkTarget is not null)
        {
            File.Delete(swap.FullName);
        }
        else if (swap.Exists && PreviousLinkPath() is { } adopted && !Directory.Exists(adopted))
        {
            Directory.Move(swap.FullName, adopted);
        }

        if (!Directory.Exists(Target) && new FileInfo(Target).LinkTarget is null && PreviousFolder() is { } previous)
        {
            Point(Target, previous);
        }
    }

    /// <summary>Moves a complete, verified staging folder to its final name (replacing a stale one that is not live).</summary>
    public string Install(string staging, string name)
    {
        var folder = Path.Combine(Root, name);
        if (Directory.Exists(folder))
        {
            if (folder == CurrentFolder())
            {
                throw new InvalidOperationException("refusing to replace the live version " + folder);
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(staging, folder);
        return folder;
    }

    /// <summary>
    /// Makes <paramref name="folder"/> the live version and the current one the previous. A plain
    /// folder at <see cref="Target"/> is first moved under <see cref="Root"/> (adopted) so it can be
    /// rolled back to; <paramref name="adoptedName"/> names it.
    /// </summary>
    public void Switch(string folder, string adoptedName)
    {
        var current = CurrentFolder();
        if (TargetIsPlainFolder)
        {
            var adopted = Path.Combine(Root, adoptedName);
            Point(Path.Combine(Root, PreviousLink), adopted);
            var swap = Target + AdoptingSuffix;
            File.CreateSymbolicLink(swap, Path.GetRelativePath(Path.GetDirectoryName(Target)!, folder));
            if (Native.TryExchange(swap, Target))
            {
                Directory.Move(swap, adopted); // the plain folder, now at the swap name
                return;
            }

            File.Delete(swap);
            Directory.Move(Target, adopted);
            Point(Target, folder);
            return;
        }

        if (current is not null && current != folder)
        {
            Point(Path.Combine(Root, PreviousLink), current);
        }

        Point(Target, folder);
    }

    /// <summary>
    /// Deletes every version and staging folder except the live and the previous one;
    /// <paramref name="keepStaging"/> spares staging folders (an interrupted update of another version
    /// that a later run may still resume).
    /// </summary>
    public void Cleanup(bool keepStaging = false)
    {
        var keep = new HashSet<string?>([CurrentFolder(), PreviousFolder()], StringComparer.Ordinal);
        foreach (var dir in Directory.EnumerateDirectories(Root))
        {
            if (keepStaging && Path.GetFileName(dir).StartsWith(StagingPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (!keep.Contains(dir) && new DirectoryInfo(dir).LinkTarget is null)
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>Atomically makes <paramref name="link"/> a symbolic link to <paramref name="folder"/> (relative, so the tree can move).</summary>
    private static void Point(string link, string folder)
    {
        var temp = link + ".link-tmp";
        if (File.Exists(temp) || Directory.Exists(temp) || new FileInfo(temp).LinkTarget is not null)
        {
            File.Delete(temp);
        }

        File.CreateSymbolicLink(temp, Path.GetRelativePath(Path.GetDirectoryName(link)!, folder));
        Native.Rename(temp, link);
    }

    /// <summary>Where the <c>previous</c> link points, even when that folder does not exist (yet).</summary>
    private string? PreviousLinkPath()
    {
        var link = Path.Combine(Root, PreviousLink);
        var text = new FileInfo(link).LinkTarget;
        return text is null ? null : Path.GetFullPath(text, Root).TrimEnd(Path.DirectorySeparatorChar);
    }

    private static string? Resolve(string link)
    {
        var text = new FileInfo(link).LinkTarget;
        if (text is null)
        {
            return null;
        }

        var folder = Path.GetFullPath(text, Path.GetDirectoryName(link)!).TrimEnd(Path.DirectorySeparatorChar);
        return Directory.Exists(folder) ? folder : null;
    }
}
