using System.Text;

namespace Portal.Kiosk.Sync;

/// <summary>
/// The layout of a kiosk's site on disk: <c>TARGET</c> (what the browser opens) and, beside it on the
/// same file system (so renames are atomic), <c>TARGET.versions/</c> holding the rollback version,
/// updates being assembled and the lock. Where the live and the previous version are and how they trade
/// places is the <see cref="ISiteSwitch"/>'s business (<see cref="SymlinkSwitch"/> or
/// <see cref="RenameSwitch"/>), chosen once here.
/// <code>
/// site.versions/
///   .staging-&lt;content id&gt;/  an update being assembled (kept when interrupted, resumed next run)
///   .lock                    held while a sync or rollback runs
/// </code>
/// </summary>
internal sealed class SiteVersions
{
    private const string LockFile = ".lock";
    private const string StagingPrefix = ".staging-";

    private readonly ISiteSwitch _switch;

    private SiteVersions(string target, SiteSwitchMode mode)
    {
        Target = target;
        Root = target + ".versions";
        _switch = mode switch
        {
            SiteSwitchMode.Rename => new RenameSwitch(Target, Root),
            SiteSwitchMode.Symlink => new SymlinkSwitch(Target, Root),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
    }

    /// <summary>The path the browser opens.</summary>
    public string Target { get; }

    /// <summary>The folder holding every version, beside <see cref="Target"/> (same file system, so renames are atomic).</summary>
    public string Root { get; }

    /// <summary>The lock file (exists once <see cref="Lock"/> was called).</summary>
    public string LockPath => Path.Combine(Root, LockFile);

    public static SiteVersions For(string target, SiteSwitchMode mode)
    {
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

        return new SiteVersions(full, mode);
    }

    /// <summary>True when <see cref="Target"/> is a real folder that may have been copied there by hand.</summary>
    public bool TargetIsPlainFolder => _switch.LiveIsPlainFolder;

    /// <summary>The folder the browser currently sees, or null when there is none.</summary>
    public string? CurrentFolder() => _switch.CurrentFolder();

    public string? PreviousFolder() => _switch.PreviousFolder();

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

    /// <summary>Finishes or undoes a switch an interruption cut off half-way (see the <see cref="ISiteSwitch"/>).</summary>
    public void Recover() => _switch.Recover();

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
    /// Makes <paramref name="folder"/> the live version and the current one the previous;
    /// <paramref name="adoptedName"/> names a hand-copied live folder once it is set aside. Returns where
    /// the new version now lives (the folder itself, or <see cref="Target"/> after a rename switch).
    /// </summary>
    public string Switch(string folder, string adoptedName, SyncHooks hooks) => _switch.Switch(folder, adoptedName, hooks);

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
}
