using System.Diagnostics;
using Portal.Kiosk;
using Portal.Kiosk.Sync;

namespace Portal.Tests.Kiosk;

/// <summary>Disk space: unchanged files hard-linked, a free-space check up front, a full disk reported honestly.</summary>
public class SyncDiskTests
{
    [Fact]
    public async Task UnchangedFilesAreHardLinkedNotCopied()
    {
        using var sites = new KioskSites();
        var a = await SyncFolder(sites, sites.A);
        var b = await SyncFolder(sites, sites.B);

        // big.bin and assets/site.css did not change from A to B: one inode, two names.
        Assert.Equal(Inode(Path.Combine(a.VersionFolder, "big.bin")), Inode(Path.Combine(b.VersionFolder, "big.bin")));
        Assert.Equal(Inode(Path.Combine(a.VersionFolder, "assets/site.css")), Inode(Path.Combine(b.VersionFolder, "assets/site.css")));
        Assert.NotEqual(Inode(Path.Combine(a.VersionFolder, "index.html")), Inode(Path.Combine(b.VersionFolder, "index.html")));
        KioskSites.AssertServes(sites.Target, sites.B);
        KioskSync.Rollback(sites.Target);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    private static async Task<SyncResult> SyncFolder(KioskSites sites, string folder)
    {
        using var source = new FolderSource(folder);
        return await KioskSync.SyncAsync(source, sites.Target);
    }

    /// <summary>The inode number (coreutils stat): .NET has no API for it, and sync runs on Linux only.</summary>
    private static string Inode(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }
}
