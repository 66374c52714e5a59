using Portal.Kiosk.Sync;
using Portal.Tests.Support;

namespace Portal.Tests.Kiosk;

/// <summary>A run killed after its verified version folder got its final name: the rerun adopts it.</summary>
public class SyncAdoptionTests
{
    private static readonly HttpSourceOptions FastRetries = new() { Attempts = 2, Backoff = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task AVerifiedVersionFolderLeftByAKilledRunIsAdoptedWithoutDownloading()
    {
        using var sites = new KioskSites();
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.A, "web"));
        using (var a = new HttpSource(server.BaseUrl, FastRetries))
        {
            await KioskSync.SyncAsync(a, sites.Target);
        }

        // The state a kill between "rename staging to its version name" and "switch" leaves behind.
        var elsewhere = sites.Combine("elsewhere", "site");
        Directory.CreateDirectory(Path.GetDirectoryName(elsewhere)!);
        using (var b = new FolderSource(sites.B))
        {
            var made = await KioskSync.SyncAsync(b, elsewhere);
            Folders.Copy(made.VersionFolder, Path.Combine(sites.Target + ".versions", Path.GetFileName(made.VersionFolder)));
        }

        sites.Publish(sites.B, "web");
        server.ResetLog();
        using var rerun = new HttpSource(server.BaseUrl, FastRetries);
        var result = await KioskSync.SyncAsync(rerun, sites.Target);

        KioskSites.AssertServes(sites.Target, sites.B);
        Assert.Empty(server.FileRequests);
        Assert.Equal(0, result.BytesFetched);
        Assert.True(result.AdoptedVersionFolder);
        Assert.Equal("build-a", result.PreviousBuildId);
        KioskSync.Rollback(sites.Target);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task SyncingAgainAfterARollbackSwitchesBackWithoutFetching(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.A, "web"));
        using (var a = new HttpSource(server.BaseUrl, FastRetries))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        sites.Publish(sites.B, "web");
        using (var b = new HttpSource(server.BaseUrl, FastRetries))
        {
            await KioskSync.SyncAsync(b, sites.Target, mode);
        }

        KioskSync.Rollback(sites.Target, mode);
        server.ResetLog();
        using var again = new HttpSource(server.BaseUrl, FastRetries);
        var result = await KioskSync.SyncAsync(again, sites.Target, mode);

        Assert.True(result.AdoptedVersionFolder);
        Assert.Empty(server.FileRequests);
        KioskSites.AssertServes(sites.Target, sites.B);
        KioskSync.Rollback(sites.Target, mode);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public async Task ADamagedVersionFolderIsNotAdoptedButItsGoodFilesAreKept()
    {
        using var sites = new KioskSites();
        var elsewhere = sites.Combine("elsewhere", "site");
        Directory.CreateDirectory(Path.GetDirectoryName(elsewhere)!);
        using (var b = new FolderSource(sites.B))
        {
            var made = await KioskSync.SyncAsync(b, elsewhere);
            var left = Path.Combine(sites.Target + ".versions", Path.GetFileName(made.VersionFolder));
            Folders.Copy(made.VersionFolder, left);
            File.AppendAllText(Path.Combine(left, "index.html"), "坏"); // one file damaged after the rename
        }

        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.B, "web"));
        using var rerun = new HttpSource(server.BaseUrl, FastRetries);
        await KioskSync.SyncAsync(rerun, sites.Target);

        KioskSites.AssertServes(sites.Target, sites.B);
        Assert.Equal(["index.html"], server.FileRequests);
    }
}
