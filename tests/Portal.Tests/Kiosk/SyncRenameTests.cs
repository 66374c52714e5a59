using Portal.Kiosk;
using Portal.Kiosk.Sync;

namespace Portal.Tests.Kiosk;

/// <summary>
/// The rename switch's own layout and each state its recovery decides from: the journal and which
/// folders exist. (The faults both switches share run in <see cref="SyncTests"/> and
/// <see cref="SyncKillTests"/> with each mode.)
/// </summary>
public class SyncRenameTests
{
    private const SiteSwitchMode Rename = SiteSwitchMode.Rename;

    [Fact]
    public async Task TheLiveVersionIsAPlainFolderAndThePreviousOneIsNamedInAFile()
    {
        using var sites = new KioskSites();
        await SyncAsync(sites, sites.A);
        var result = await SyncAsync(sites, sites.B);

        Assert.Null(new FileInfo(sites.Target).LinkTarget);
        Assert.Equal(sites.Target, result.VersionFolder);
        var versions = new DirectoryInfo(sites.Target + ".versions");
        Assert.DoesNotContain(versions.EnumerateFileSystemInfos(), e => e.LinkTarget is not null);
        var previous = Assert.Single(KioskSites.KeptBesidesLive(sites.Target));
        Assert.StartsWith("build-a-", previous, StringComparison.Ordinal);
        Assert.Equal(previous + "\n", File.ReadAllText(Path.Combine(versions.FullName, ".previous")));
        Assert.False(File.Exists(Path.Combine(versions.FullName, ".switch")));
        KioskSites.AssertServes(sites.Target, sites.B);
    }

    [Fact]
    public async Task WhenTheNewVersionVanishedMidSwitchRecoveryPutsTheOldOneBack()
    {
        using var sites = new KioskSites();
        await SyncAsync(sites, sites.A);
        await KillAfter(sites, sites.B, SyncStep.LiveSetAside);
        Directory.Delete(Directory.EnumerateDirectories(sites.Target + ".versions", "build-b-*").Single(), recursive: true);

        KioskSync.Recover(sites.Target, Rename);

        KioskSites.AssertServes(sites.Target, sites.A);
        Assert.False(File.Exists(Path.Combine(sites.Target + ".versions", ".switch")));
        await SyncAsync(sites, sites.B);
        KioskSites.AssertServes(sites.Target, sites.B);
    }

    [Fact]
    public async Task AJournalCutOffBeforeItsRenameIsIgnored()
    {
        using var sites = new KioskSites();
        await SyncAsync(sites, sites.A);
        await SyncAsync(sites, sites.B);
        var torn = Path.Combine(sites.Target + ".versions", ".switch.tmp");
        File.WriteAllText(torn, "portal-switch/1\nin=bu");

        KioskSync.Recover(sites.Target, Rename);

        Assert.False(File.Exists(torn));
        KioskSites.AssertServes(sites.Target, sites.B);
        KioskSync.Rollback(sites.Target, Rename);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public async Task ADamagedJournalIsReportedAndNothingIsMoved()
    {
        using var sites = new KioskSites();
        await SyncAsync(sites, sites.A);
        File.WriteAllText(Path.Combine(sites.Target + ".versions", ".switch"), "portal-switch/1\nin=../../etc\nout=\n");

        var e = Assert.Throws<KioskException>(() => KioskSync.Recover(sites.Target, Rename));

        Assert.Equal(KioskFailure.Rejected, e.Failure);
        Assert.Contains("切换记录", e.Message);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public async Task TheFirstSyncKilledBetweenJournalAndRenameIsFinishedByRecovery()
    {
        using var sites = new KioskSites();
        await KillAfter(sites, sites.A, SyncStep.Journaled);
        Assert.False(Directory.Exists(sites.Target));

        KioskSync.Recover(sites.Target, Rename);

        KioskSites.AssertServes(sites.Target, sites.A);
        Assert.Empty(KioskSites.KeptBesidesLive(sites.Target));
        var e = Assert.Throws<KioskException>(() => KioskSync.Rollback(sites.Target, Rename));
        Assert.Contains("没有可回退的上一版本", e.Message);
    }

    [Fact]
    public void RecoveryOnAKioskNeverSyncedChangesNothing()
    {
        using var sites = new KioskSites();
        KioskSync.Recover(sites.Target, Rename);
        Assert.False(Directory.Exists(sites.Target + ".versions"));
        Assert.False(Directory.Exists(sites.Target));
    }

    [Fact]
    public async Task ATargetMadeBySymlinkSyncIsNotRenamedOver()
    {
        using var sites = new KioskSites();
        using (var a = new FolderSource(sites.A))
        {
            await KioskSync.SyncAsync(a, sites.Target, SiteSwitchMode.Symlink);
        }

        using var b = new FolderSource(sites.B);
        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(b, sites.Target, Rename));

        Assert.Contains("--switch symlink", e.Message);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    private static async Task<SyncResult> SyncAsync(KioskSites sites, string site)
    {
        using var source = new FolderSource(site);
        return await KioskSync.SyncAsync(source, sites.Target, Rename);
    }

    private static async Task KillAfter(KioskSites sites, string site, SyncStep step)
    {
        var kill = new SyncHooks { AfterStep = reached => { if (reached == step) throw new Killed(); } };
        using var source = new FolderSource(site);
        await Assert.ThrowsAsync<Killed>(() => KioskSync.SyncAsync(source, sites.Target, Rename, null, kill, CancellationToken.None));
    }

    /// <summary>Stands for the process dying: nothing in sync catches it.</summary>
    private sealed class Killed : Exception;
}
