using Portal.Kiosk;
using Portal.Kiosk.Sync;

namespace Portal.Tests.Kiosk;

/// <summary>A source that answers but trickles: sync gives up, explains why and releases the lock.</summary>
public class SyncTimeoutTests
{
    // A window of 0.3 s at a minimum of 1 KB/s; the trickle sends 1 byte every 50 ms (20 B/s).
    private static readonly HttpSourceOptions Impatient = new() { Attempts = 2, Backoff = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromMilliseconds(300), MinimumBytesPerSecond = 1024 };

    [Fact]
    public async Task AManifestWithAHugeContentLengthIsRefusedAtOnce()
    {
        using var sites = new KioskSites();
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.A, "web"));
        server.Trickle = ("manifest.json", 10L << 30);
        using var source = new HttpSource(server.BaseUrl, Impatient);

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(source, sites.Target, cancel: Bound()));

        Assert.Equal(KioskFailure.Rejected, e.Failure);
        Assert.Contains("过大", e.Message);
        Assert.Single(server.Requests); // refused, not retried
        AssertLockReleased(sites.Target);
    }

    [Fact]
    public async Task AManifestTrickledAtOneByteAtATimeIsAbandoned()
    {
        using var sites = new KioskSites();
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.A, "web"));
        server.Trickle = ("manifest.json", 4000);
        using var source = new HttpSource(server.BaseUrl, Impatient);

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(source, sites.Target, cancel: Bound()));

        Assert.Equal(KioskFailure.TransferFailed, e.Failure);
        Assert.Contains("低于最低速率", e.Message);
        Assert.Contains("manifest.json", e.Message);
        AssertLockReleased(sites.Target);
    }

    [Fact]
    public async Task AFileTrickledAfterTheManifestIsAbandonedAndTheOldVersionServes()
    {
        using var sites = new KioskSites();
        using (var a = new FolderSource(sites.A))
        {
            await KioskSync.SyncAsync(a, sites.Target);
        }

        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.B, "web"));
        server.Trickle = ("index.html", 4000);
        using var source = new HttpSource(server.BaseUrl, Impatient);

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(source, sites.Target, cancel: Bound()));

        Assert.Equal(KioskFailure.TransferFailed, e.Failure);
        Assert.Contains("index.html", e.Message);
        KioskSites.AssertServes(sites.Target, sites.A);
        AssertLockReleased(sites.Target);
    }

    /// <summary>Only so a regression fails instead of hanging the suite; the sync must give up long before.</summary>
    private static CancellationToken Bound() => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    private static void AssertLockReleased(string target)
    {
        using var lockFile = new FileStream(Path.Combine(target + ".versions", ".lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.True(lockFile.CanWrite);
    }
}
