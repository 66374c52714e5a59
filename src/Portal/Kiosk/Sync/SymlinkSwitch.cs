using Portal.Platform;
namespace Portal.Kiosk.Sync;

/// <summary>
/// <see cref="SiteSwitchMode.Symlink"/>: <c>TARGET</c> is a symbolic link to one complete version under
/// <c>TARGET.versions/</c>; <c>TARGET.versions/previous</c> links to the version before it. Switching
/// versions is one <c>rename(2)</c> of a fresh link over <c>TARGET</c>, so at every instant <c>TARGET</c>
/// is either the old or the new version, never a mixture. A plain folder at <c>TARGET</c> (a kiosk set
/// up by copying) trades places with the first link in one <c>renameat2(RENAME_EXCHANGE)</c> and is then
/// moved under <c>TARGET.versions/</c>.
/// <code>
/// site                   -> site.versions/20261123-1000-1a2b3c4d
/// site.versions/
///   20261123-1000-1a2b3c4d/   current (complete, verified, with manifest.json)
///   20261101-0900-99aa88bb/   previous, kept for --rollback
///   previous               -> 20261101-0900-99aa88bb
/// </code>
/// </summary>
internal sealed class SymlinkSwitch : ISiteSwitch
{
    private const string PreviousLink = "previous";
    private const string AdoptingSuffix = ".adopting";

    private readonly string _target;
    private readonly string _root;

    public SymlinkSwitch(string target, string root)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new KioskException(KioskFailure.NotFound, "--switch symlink 需要支持符号链接的系统（Linux）；Windows 上请用 --switch rename（默认）。");
        }

        _target = target;
        _root = root;
    }

    public bool LiveIsPlainFolder => Directory.Exists(_target) && new DirectoryInfo(_target).LinkTarget is null;

    public string? CurrentFolder() => LiveIsPlainFolder ? _target : Resolve(_target);

    public string? PreviousFolder() => Resolve(Path.Combine(_root, PreviousLink));

    /// <summary>
    /// Repairs the states an interrupted adoption of a plain folder can leave: the folder swapped out
    /// to <c>TARGET.adopting</c> but not yet moved under the versions root (it is moved now, where the
    /// <c>previous</c> link already points), a link at <c>TARGET.adopting</c> never swapped in (deleted),
    /// or, without the swap, the folder moved away and the link not yet created (the previous version
    /// then serves again).
    /// </summary>
    public void Recover()
    {
        var swap = new DirectoryInfo(_target + AdoptingSuffix);
        if (swap.LinkTarget is not null)
        {
            File.Delete(swap.FullName);
        }
        else if (swap.Exists && PreviousLinkPath() is { } adopted && !Directory.Exists(adopted))
        {
            Directory.Move(swap.FullName, adopted);
        }

        if (!Directory.Exists(_target) && new FileInfo(_target).LinkTarget is null && PreviousFolder() is { } previous)
        {
            Point(_target, previous);
        }
    }

    public string Switch(string folder, string adoptedName, SyncHooks hooks)
    {
        var current = CurrentFolder();
        if (LiveIsPlainFolder)
        {
            var adopted = Path.Combine(_root, adoptedName);
            Point(Path.Combine(_root, PreviousLink), adopted);
            var swap = _target + AdoptingSuffix;
            File.CreateSymbolicLink(swap, Path.GetRelativePath(Path.GetDirectoryName(_target)!, folder));
            if (Native.TryExchange(swap, _target))
            {
                Directory.Move(swap, adopted); // the plain folder, now at the swap name
                return folder;
            }

            File.Delete(swap);
            Directory.Move(_target, adopted);
            Point(_target, folder);
            return folder;
        }

        if (current is not null && current != folder)
        {
            Point(Path.Combine(_root, PreviousLink), current);
        }

        Point(_target, folder);
        return folder;
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
        var link = Path.Combine(_root, PreviousLink);
        var text = new FileInfo(link).LinkTarget;
        return text is null ? null : Path.GetFullPath(text, _root).TrimEnd(Path.DirectorySeparatorChar);
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
