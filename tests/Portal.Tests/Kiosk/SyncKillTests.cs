using Portal.Kiosk.Sync;

namespace Portal.Tests.Kiosk;

/// <summary>
/// A sync killed after each step of the switch (a hook throws there, as a power cut or SIGKILL would
/// stop it), with either switch: the kiosk serves a complete version at that moment (or, between a
/// rename switch's two renames, none until the recovery a launcher runs at boot), recovery leaves a
/// complete version, the rerun finishes without fetching a file again, and rollback still works.
/// </summary>
public class SyncKillTests
{
    private static readonly HttpSourceOptions FastRetries = new() { Attempts = 2, Backoff = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Every step each switch passes: the symlink switch has no journal and renames no folder.</summary>
    public static TheoryData<SiteSwitchMode, SyncStep> EveryStep()
    {
        var data = new TheoryData<SiteSwitchMode, SyncStep>();
        foreach (var step in Enum.GetValues<SyncStep>())
        {
            if (step is not (SyncStep.Journaled or SyncStep.LiveSetAside or SyncStep.NewMovedIn))
            {
                data.Add(SiteSwitchMode.Symlink, step);
            }

            data.Add(SiteSwitchMode.Rename, step);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStep))]
    public async Task KilledAfterAStepTheKioskServesAWholeVersionAndTheRerunFetchesNothing(SiteSwitchMode mode, SyncStep step)
    {
        using var sites = new KioskSites();
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.A, "web"));
        using (var a = new HttpSource(server.BaseUrl, FastRetries))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        sites.Publish(sites.B, "web");
        server.ResetLog();
        var kill = new SyncHooks { AfterStep = reached => { if (reached == step) throw new Killed(); } };
        using (var b = new HttpSource(server.BaseUrl, FastRetries))
        {
            await Assert.ThrowsAsync<Killed>(() => KioskSync.SyncAsync(b, sites.Target, mode, null, kill, CancellationToken.None));
        }

        var beforeSwitch = step is SyncStep.Downloaded or SyncStep.Verified or SyncStep.Installed or SyncStep.Journaled;
        var expected = beforeSwitch ? sites.A : sites.B;
        if (step == SyncStep.LiveSetAside)
        {
            Assert.False(Directory.Exists(sites.Target)); // the one instant a rename switch has no site: recovery's case
        }
        else
        {
            KioskSites.AssertServes(sites.Target, expected);
        }

        Assert.Equal(KioskSites.ChangedInB, server.FileRequests.Count());

        // What a kiosk launcher does at boot, before the browser starts.
        KioskSync.Recover(sites.Target, mode);
        KioskSites.AssertServes(sites.Target, expected);
        Assert.False(File.Exists(Path.Combine(sites.Target + ".versions", ".switch")));

        server.ResetLog();
        using (var rerun = new HttpSource(server.BaseUrl, FastRetries))
        {
            var result = await KioskSync.SyncAsync(rerun, sites.Target, mode);
            Assert.Equal(beforeSwitch ? SyncOutcome.Updated : SyncOutcome.UpToDate, result.Outcome);
            Assert.Equal(0, result.BytesFetched);
            Assert.Equal(step is SyncStep.Installed or SyncStep.Journaled, result.AdoptedVersionFolder);
        }

        Assert.Empty(server.FileRequests);
        KioskSites.AssertServes(sites.Target, sites.B);
        Assert.StartsWith("build-a-", Assert.Single(KioskSites.KeptBesidesLive(sites.Target)), StringComparison.Ordinal);

        KioskSync.Rollback(sites.Target, mode);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Theory]
    [InlineData(SiteSwitchMode.Symlink, SyncStep.Installed)]
    [InlineData(SiteSwitchMode.Symlink, SyncStep.Switched)]
    [InlineData(SiteSwitchMode.Rename, SyncStep.Installed)]
    [InlineData(SiteSwitchMode.Rename, SyncStep.LiveSetAside)]
    [InlineData(SiteSwitchMode.Rename, SyncStep.Switched)]
    public async Task AHandCopiedFolderKilledMidAdoptionStaysServedAndCanBeRolledBackTo(SiteSwitchMode mode, SyncStep step)
    {
        using var sites = new KioskSites();
        sites.Write("kiosk/site", KioskSites.VersionA());
        var kill = new SyncHooks { AfterStep = reached => { if (reached == step) throw new Killed(); } };
        using (var b = new FolderSource(sites.B))
        {
            await Assert.ThrowsAsync<Killed>(() => KioskSync.SyncAsync(b, sites.Target, mode, null, kill, CancellationToken.None));
        }

        KioskSync.Recover(sites.Target, mode);
        KioskSites.AssertServes(sites.Target, step == SyncStep.Installed ? sites.A : sites.B);
        using (var again = new FolderSource(sites.B))
        {
            await KioskSync.SyncAsync(again, sites.Target, mode);
        }

        KioskSites.AssertServes(sites.Target, sites.B);
        KioskSync.Rollback(sites.Target, mode);
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
