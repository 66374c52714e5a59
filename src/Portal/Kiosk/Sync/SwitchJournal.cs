using System.Text;
using Portal.Platform;

namespace Portal.Kiosk.Sync;

/// <summary>
/// <c>TARGET.versions/.switch</c>: the record of a <see cref="RenameSwitch"/> in progress, naming the
/// version folder coming in and the name the live folder goes out under. It is written to a temporary
/// name, flushed and renamed into place before the first folder rename, and deleted after the last, so
/// when it exists it is whole and says exactly which renames may be missing.
/// </summary>
internal sealed record SwitchJournal(string Incoming, string? Outgoing)
{
    private const string FileName = ".switch";
    private const string Header = "portal-switch/1";

    public static string PathIn(string root) => Path.Combine(root, FileName);

    public void Write(string root)
    {
        var path = PathIn(root);
        var temp = path + ".tmp";
        var text = $"{Header}\nin={Incoming}\nout={Outgoing}\n";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        Native.FlushFileSystems();
    }

    /// <summary>The journal of an interrupted switch, or null when none was interrupted.</summary>
    public static SwitchJournal? Read(string root)
    {
        var path = PathIn(root);
        File.Delete(path + ".tmp"); // cut off before its rename: no folder was touched yet
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path);
        string? Value(string key) => lines.FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..];
        var incoming = Value("in");
        var outgoing = Value("out");
        if (lines.FirstOrDefault() != Header || !IsFolderName(incoming) || !(outgoing is "" || IsFolderName(outgoing)))
        {
            throw new KioskException(KioskFailure.Rejected, $"切换记录 {path} 已损坏，无法判断上次切换进行到哪一步。请检查网站目录后删除该文件再重试。");
        }

        return new SwitchJournal(incoming!, outgoing is "" ? null : outgoing);
    }

    public static void Delete(string root)
    {
        File.Delete(PathIn(root));
        Native.FlushFileSystems();
    }

    /// <summary>One plain name under the versions root: nothing in a journal may point elsewhere.</summary>
    public static bool IsFolderName(string? name) =>
        !string.IsNullOrEmpty(name) && name is not ("." or "..") && name.IndexOfAny(['/', '\\', ':']) < 0 && !name.Any(char.IsControl);
}
