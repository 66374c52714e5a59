using Portal.Kiosk.Sync;

namespace Portal.Tests.Kiosk;

/// <summary>
/// A sync killed after each step of the switch (a hook throws there, as a power cut or SIGKILL would
/// stop it): the kiosk serves a complete version at that moment, the rerun finishes without fetching a
/// file again, and rollback still works.
/// </summary>
public class SyncKillTests
{
    private static readonly HttpSourceOptions FastRetries = new() { Attempts = 2, Backoff = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(10) };

    [Theory]
    [InlineData(SyncStep.Downloaded)]
    [InlineData(SyncStep.Verified)]
    [InlineData(SyncStep.Installed)]
    [InlineData(SyncStep.Switched)]
    [InlineData(SyncStep.CleanedUp)]
    public async Task KilledAfterAStepTheKioskServesAWholeVersionAndTheRerunFetchesNothing(SyncStep step)
    {
        using var sites = new KioskSites();
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.A, "web"));
        using (var a = new HttpSource(server.BaseUrl, FastRetries))
        {
            await KioskSync.SyncAsync(a, sites.Target);
        }

        sites.Publish(sites.B, "web");
        server.ResetLog();
        var kill = new SyncHooks { AfterStep = reached => { if (reached == step) throw new Killed(); } };
        using (var b = new HttpSource(server.BaseUrl, FastRetries))
        {
            await Assert.ThrowsAsync<Killed>(() => KioskSync.SyncAsync(b, sites.Target, null, kill, CancellationToken.None));
        }

        var beforeSwitch = step is SyncStep.Downloaded or SyncStep.Verified or SyncStep.Installed;
        KioskSites.AssertServes(sites.Target, beforeSwitch ? sites.A : sites.B);
        Assert.Equal(KioskSites.ChangedInB, server.FileRequests.Count());

        server.ResetLog();
        using (var rerun = new HttpSource(server.BaseUrl, FastRetries))
        {
            var result = await KioskSync.SyncAsync(rerun, sites.Target);
            Assert.Equal(beforeSwitch ? SyncOutcome.Updated : SyncOutcome.UpToDate, result.Outcome);
            Assert.Equal(0, result.BytesFetched);
            Assert.Equal(step == SyncStep.Installed, result.AdoptedVersionFolder);
        }

        Assert.Empty(server.FileRequests);
        KioskSites.AssertServes(sites.Target, sites.B);
        Assert.Equal(2, new DirectoryInfo(sites.Target + ".versions").EnumerateDirectories().Count(d => d.LinkTarget is null));

        KioskSync.Rollback(sites.Target);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Theory]
    [InlineData(SyncStep.Installed)]
    [InlineData(SyncStep.Switched)]
    public async Task AHandCopiedFolderKilledMidAdoptionStaysServedAndCanBeRolledBackTo(SyncStep step)
    {
        using var sites = new KioskSites();
        sites.Write("kiosk/site", KioskSites.VersionA());
        var kill = new SyncHooks { AfterStep = reached => { if (reached == step) throw new Killed(); } };
        using (var b = new FolderSource(sites.B))
        {
            await Assert.ThrowsAsync<Killed>(() => KioskSync.SyncAsync(b, sites.Target, null, kill, CancellationToken.None));
        }

        KioskSites.AssertServes(sites.Target, step == SyncStep.Installed ? sites.A : sites.B);
        using (var again = new FolderSource(sites.B))
        {
            await KioskSync.SyncAsync(again, sites.Target);
        }

        KioskSites.AssertServes(sites.Target, sites.B);
        KioskSync.Rollback(sites.Target);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public async Task AHandCopiedFolderSwappedOutButNotYetMovedIsRecovered()
    {
        using var sites = new KioskSites();
        sites.Write("kiosk/site", KioskSites.VersionA());
        var kill = new SyncHooks { AfterStep = reached => { if (reached == SyncStep.Installed) throw new Killed(); } };
        using (var b = new FolderSource(sites.B))
        {
            await Assert.ThrowsAsync<Killed>(() => KioskSync.SyncAsync(b, sites.Target, null, kill, CancellationToken.None));
        }

        // What a kill between renameat2(RENAME_EXCHANGE) and the move under site.versions/ leaves
        // (the sync writes the plain folder's manifest before it swaps).
        File.WriteAllText(Path.Combine(sites.Target, "manifest.json"), Portal.Kiosk.KioskManifest.FromFolder(sites.Target).ToJson());
        var root = sites.Target + ".versions";
        var versionB = Directory.EnumerateDirectories(root, "build-b-*").Single();
        File.CreateSymbolicLink(Path.Combine(root, "previous"), "adopted-build-a");
        Directory.Move(sites.Target, sites.Target + ".adopting");
        File.CreateSymbolicLink(sites.Target, Path.GetRelativePath(Path.GetDirectoryName(sites.Target)!, versionB));

        using (var again = new FolderSource(sites.B))
        {
            Assert.Equal(SyncOutcome.UpToDate, (await KioskSync.SyncAsync(again, sites.Target)).Outcome);
        }

        Assert.False(Directory.Exists(sites.Target + ".adopting"));
        KioskSites.AssertServes(sites.Target, sites.B);
        KioskSync.Rollback(sites.Target);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    /// <summary>Stands for the process dying: nothing in sync catches it.</summary>
    private sealed class Killed : Exception;
}
