using System.Text;

namespace Portal.Kiosk.Sync;

/// <summary>
/// <see cref="SiteSwitchMode.Rename"/>, for systems without (unprivileged) symbolic links: <c>TARGET</c>
/// is a plain folder holding the live version, and a switch is two renames on the same volume — the
/// live folder aside to its version name under <c>TARGET.versions/</c>, then the new version's folder to
/// <c>TARGET</c> — after which <c>.previous</c> names the folder set aside (the rollback version).
/// <code>
/// site/                        the live version (complete, verified, with manifest.json)
/// site.versions/
///   build-a-99aa88bb/          the previous version, kept for --rollback
///   .previous                  its folder name (one line, replaced atomically)
///   .switch                    the journal of a switch in progress (see <see cref="SwitchJournal"/>)
/// </code>
/// Each rename is atomic, but between the two there is no folder at <c>TARGET</c>: a browser loading a
/// page in that instant gets "file not found" and the next navigation works. A power cut there leaves
/// the journal, and <see cref="Recover"/> (run before every sync and rollback, and by a launcher before
/// the browser starts) completes the switch from what is on disk.
/// </summary>
internal sealed class RenameSwitch : ISiteSwitch
{
    private const string PreviousFile = ".previous";

    private readonly string _target;
    private readonly string _root;

    public RenameSwitch(string target, string root)
    {
        if (new FileInfo(target).LinkTarget is not null)
        {
            throw new KioskException(KioskFailure.NotFound, $"目标 {target} 是符号链接（由 --switch symlink 创建），请继续使用 --switch symlink。");
        }

        _target = target;
        _root = root;
    }

    public bool LiveIsPlainFolder => Directory.Exists(_target);

    public string? CurrentFolder() => Directory.Exists(_target) ? _target : null;

    public string? PreviousFolder()
    {
        var path = Path.Combine(_root, PreviousFile);
        var name = File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        return SwitchJournal.IsFolderName(name) && Directory.Exists(Path.Combine(_root, name!)) ? Path.Combine(_root, name!) : null;
    }

    /// <summary>
    /// Decides from the journal and which folders exist how far an interrupted switch got, and finishes
    /// it. The new version's folder was complete and flushed before the journal was written, so the
    /// switch is rolled forward whenever that folder is still there; the old version comes back only
    /// when the new one has vanished.
    /// </summary>
    public void Recover()
    {
        if (SwitchJournal.Read(_root) is not { } journal)
        {
            return;
        }

        var incoming = Path.Combine(_root, journal.Incoming);
        var live = Directory.Exists(_target);
        var fresh = Directory.Exists(incoming);
        if (live && fresh)
        {
            // Cut off before the live folder moved: nothing changed.
            SwitchJournal.Delete(_root);
        }
        else if (live)
        {
            // Both renames done; only the record of the rollback version is missing.
            Finish(journal);
        }
        else if (fresh)
        {
            // Cut off between the two renames: the live folder is aside, the new one not yet in.
            FolderRename.Move(incoming, _target);
            Finish(journal);
        }
        else
        {
            if (journal.Outgoing is { } outgoing && Directory.Exists(Aside(outgoing)))
            {
                FolderRename.Move(Aside(outgoing), _target);
            }

            SwitchJournal.Delete(_root);
        }
    }

    public string Switch(string folder, string adoptedName, SyncHooks hooks)
    {
        var incoming = Path.GetFileName(folder);
        string? outgoing = null;
        if (Directory.Exists(_target))
        {
            outgoing = KioskManifest.TryRead(_target) is { } live ? SiteVersions.NameFor(live) : adoptedName;
            if (outgoing == incoming)
            {
                outgoing = adoptedName;
            }

            if (Directory.Exists(Aside(outgoing)))
            {
                Directory.Delete(Aside(outgoing), recursive: true); // a stale copy of the live version
            }
        }

        var journal = new SwitchJournal(incoming, outgoing);
        journal.Write(_root);
        hooks.Reached(SyncStep.Journaled);

        if (outgoing is not null)
        {
            try
            {
                FolderRename.Move(_target, Aside(outgoing));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                SwitchJournal.Delete(_root);
                throw Busy(e);
            }

            hooks.Reached(SyncStep.LiveSetAside);
        }

        try
        {
            FolderRename.Move(folder, _target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (outgoing is not null)
            {
                FolderRename.Move(Aside(outgoing), _target); // never leave the kiosk without a site
            }

            SwitchJournal.Delete(_root);
            throw Busy(e);
        }

        hooks.Reached(SyncStep.NewMovedIn);
        Finish(journal);
        return _target;
    }

    private string Aside(string name) => Path.Combine(_root, name);

    /// <summary>Records the folder set aside as the rollback version, then closes the journal.</summary>
    private void Finish(SwitchJournal journal)
    {
        var path = Path.Combine(_root, PreviousFile);
        if (journal.Outgoing is { } outgoing)
        {
            var temp = path + ".tmp";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(Encoding.UTF8.GetBytes(outgoing + "\n"));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        else
        {
            File.Delete(path);
        }

        SwitchJournal.Delete(_root);
    }

    private KioskException Busy(Exception e) =>
        new(KioskFailure.WriteFailed, $"无法切换 {_target}（{e.Message}），可能有程序正在使用其中的文件。当前版本照常使用；新版本已保留，稍后重新运行即可完成切换。", e);
}
