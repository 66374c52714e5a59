using Portal.Kiosk;
using Portal.Kiosk.Sync;

namespace Portal.Tests.Kiosk;

public class SyncTests
{
    private static readonly HttpSourceOptions FastRetries = new() { Attempts = 3, Backoff = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task SyncFromAFolderInstallsAVersionBehindALink()
    {
        using var sites = new KioskSites();
        using var source = new FolderSource(sites.Publish(sites.A, "a"));
        var result = await KioskSync.SyncAsync(source, sites.Target);

        Assert.Equal(SyncOutcome.Updated, result.Outcome);
        Assert.Equal("build-a", result.Installed.BuildId);
        Assert.Equal("华塘镇", result.Installed.Profile!["name"]!.GetValue<string>());
        Assert.NotNull(new FileInfo(sites.Target).LinkTarget);
        Assert.StartsWith(sites.Target + ".versions/build-a-", result.VersionFolder, StringComparison.Ordinal);
        KioskSites.AssertServes(sites.Target, sites.A);
        Assert.True(File.Exists(Path.Combine(sites.Target, KioskManifest.FileName)));
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task SyncFromAZipThenUpdateCopiesUnchangedFilesLocally(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        using (var a = new ZipSource(sites.Pack(sites.A)))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        using var b = new ZipSource(sites.Pack(sites.B));
        var result = await KioskSync.SyncAsync(b, sites.Target, mode);

        KioskSites.AssertServes(sites.Target, sites.B);
        Assert.Equal("build-a", result.PreviousBuildId);
        Assert.Equal(KioskSites.ChangedInB, result.Fetched);
        Assert.Equal(KioskSites.VersionB().Count - result.Fetched, result.Reused);
    }

    [Fact]
    public async Task SyncFromAPlainBuiltFolderWithoutManifestHashesIt()
    {
        using var sites = new KioskSites();
        using var source = new FolderSource(sites.A);
        await KioskSync.SyncAsync(source, sites.Target);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task SyncOverHttpFetchesOnlyChangedFilesTheSecondTime(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        var published = sites.Publish(sites.A, "web");
        await using var server = await KioskTestServer.StartAsync(published);
        using (var a = new HttpSource(server.BaseUrl, FastRetries))
        {
            var first = await KioskSync.SyncAsync(a, sites.Target, mode);
            Assert.Equal(KioskSites.VersionA().Count, first.Fetched);
        }

        Assert.Equal(KioskSites.VersionA().Count, server.FileRequests.Count());
        KioskSites.AssertServes(sites.Target, sites.A);

        sites.Publish(sites.B, "web");
        server.ResetLog();
        using var b = new HttpSource(server.BaseUrl, FastRetries);
        var second = await KioskSync.SyncAsync(b, sites.Target, mode);

        KioskSites.AssertServes(sites.Target, sites.B);
        var fetched = server.FileRequests.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["index.html", "kiosk.json", "notices/n0/index.html", "notices/n1/index.html", "notices/n2/index.html", "notices/n3/index.html", "notices/new/index.html"], fetched);
        Assert.Equal(1, server.Requests.Count(r => r.Path == "manifest.json"));
        Assert.Equal(fetched.Count, second.Fetched);
        Assert.Equal(KioskSites.VersionB().Where(f => fetched.Contains(f.Key)).Sum(f => (long)f.Value.Length), second.BytesFetched);

        server.ResetLog();
        using var again = new HttpSource(server.BaseUrl, FastRetries);
        Assert.Equal(SyncOutcome.UpToDate, (await KioskSync.SyncAsync(again, sites.Target, mode)).Outcome);
        Assert.Empty(server.FileRequests);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task ACorruptedFileIsRejectedAndTheOldVersionKeepsServing(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        using (var a = new FolderSource(sites.Publish(sites.A, "a")))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        var live = KioskSites.Live(sites.Target);
        var published = sites.Publish(sites.B, "b");
        var bytes = File.ReadAllBytes(Path.Combine(published, "notices/n2/index.html"));
        bytes[^2] ^= 0x20; // same size, one bit flipped
        File.WriteAllBytes(Path.Combine(published, "notices/n2/index.html"), bytes);

        using var b = new FolderSource(published);
        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(b, sites.Target, mode));

        Assert.Equal(KioskFailure.Rejected, e.Failure);
        Assert.Contains("notices/n2/index.html", e.Message);
        Assert.Contains("SHA-256", e.Message);
        Assert.Equal(live, KioskSites.Live(sites.Target));
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task ACorruptedDownloadIsRejectedToo(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        using (var a = new FolderSource(sites.A))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        var published = sites.Publish(sites.B, "web");
        File.WriteAllText(Path.Combine(published, "notices/new/index.html"), "<h1>被篡改</h1>");
        await using var server = await KioskTestServer.StartAsync(published);
        using var b = new HttpSource(server.BaseUrl, FastRetries);

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(b, sites.Target, mode));
        Assert.Equal(KioskFailure.Rejected, e.Failure);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task ATransferKilledHalfWayLeavesTheOldVersionAndARerunFetchesOnlyWhatIsMissing(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        using (var a = new FolderSource(sites.A))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.B, "web"));
        server.DropAfterFiles = 3;
        using (var b = new HttpSource(server.BaseUrl, FastRetries))
        {
            var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(b, sites.Target, mode));
            Assert.Equal(KioskFailure.TransferFailed, e.Failure);
        }

        KioskSites.AssertServes(sites.Target, sites.A);
        var firstRun = server.FileRequests.Distinct().Take(3).ToHashSet();

        server.DropAfterFiles = null;
        server.ResetLog();
        using var rerun = new HttpSource(server.BaseUrl, FastRetries);
        var result = await KioskSync.SyncAsync(rerun, sites.Target, mode);

        KioskSites.AssertServes(sites.Target, sites.B);
        Assert.Equal(KioskSites.ChangedInB - 3, result.Fetched);
        Assert.Equal(KioskSites.ChangedInB - 3, server.FileRequests.Count());
        Assert.True(result.Resumed >= 3, "files staged by the first run are reused: " + result.Resumed);
        Assert.Empty(server.FileRequests.Intersect(firstRun));
    }

    [Fact]
    public async Task AFileCutOffMidwayContinuesWithARangeRequest()
    {
        using var sites = new KioskSites();
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.A, "web"));
        server.CutOnce = "big.bin";
        using var a = new HttpSource(server.BaseUrl, FastRetries);

        var result = await KioskSync.SyncAsync(a, sites.Target);

        KioskSites.AssertServes(sites.Target, sites.A);
        var big = server.Requests.Where(r => r.Path == "big.bin").ToList();
        Assert.Equal(2, big.Count);
        Assert.Equal("", big[0].Range);
        Assert.Matches(@"^bytes=[1-9][0-9]*-$", big[1].Range); // continues from what arrived before the cut
        Assert.Equal(KioskSites.VersionA().Sum(f => (long)f.Value.Length), result.BytesFetched); // nothing downloaded twice
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task ACancelledSyncLeavesTheOldVersionAndARerunResumes(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        using (var a = new FolderSource(sites.A))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        using var cancel = new CancellationTokenSource();
        using (var b = new FolderSource(sites.B))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => KioskSync.SyncAsync(b, sites.Target, mode, new CancelAfter(4, cancel), cancel.Token));
        }

        KioskSites.AssertServes(sites.Target, sites.A);
        using var again = new FolderSource(sites.B);
        var result = await KioskSync.SyncAsync(again, sites.Target, mode);
        KioskSites.AssertServes(sites.Target, sites.B);
        Assert.Equal(4, result.Resumed);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task RollbackRestoresThePreviousVersionByteForByteAndCanBeUndone(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        using (var a = new ZipSource(sites.Pack(sites.A)))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        using (var b = new ZipSource(sites.Pack(sites.B)))
        {
            await KioskSync.SyncAsync(b, sites.Target, mode);
        }

        var back = KioskSync.Rollback(sites.Target, mode);
        Assert.Equal(("build-b", "build-a"), (back.FromBuildId, back.ToBuildId));
        KioskSites.AssertServes(sites.Target, sites.A);

        KioskSync.Rollback(sites.Target, mode);
        KioskSites.AssertServes(sites.Target, sites.B);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task RollbackRefusesADamagedPreviousVersion(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        using (var a = new FolderSource(sites.A))
        {
            await KioskSync.SyncAsync(a, sites.Target, mode);
        }

        using (var b = new FolderSource(sites.B))
        {
            await KioskSync.SyncAsync(b, sites.Target, mode);
        }

        var previous = Directory.EnumerateDirectories(sites.Target + ".versions", "build-a-*").Single();
        File.AppendAllText(Path.Combine(previous, "index.html"), "x");

        var e = Assert.Throws<KioskException>(() => KioskSync.Rollback(sites.Target, mode));
        Assert.Equal(KioskFailure.Rejected, e.Failure);
        KioskSites.AssertServes(sites.Target, sites.B);
    }

    [Fact]
    public void RollbackWithoutAPreviousVersionSaysSo()
    {
        using var sites = new KioskSites();
        var e = Assert.Throws<KioskException>(() => KioskSync.Rollback(sites.Target));
        Assert.Equal(KioskFailure.NotFound, e.Failure);
        Assert.Contains("没有可回退的上一版本", e.Message);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task APlainFolderCopiedByHandIsAdoptedAndCanBeRolledBackTo(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        sites.Write("kiosk/site", KioskSites.VersionA());
        using var b = new FolderSource(sites.B);

        var result = await KioskSync.SyncAsync(b, sites.Target, mode);

        Assert.Equal("build-a", result.PreviousBuildId);
        Assert.Equal(KioskSites.ChangedInB, result.Fetched);
        Assert.Equal(mode == SiteSwitchMode.Symlink, new FileInfo(sites.Target).LinkTarget is not null); // rename keeps a plain folder
        KioskSites.AssertServes(sites.Target, sites.B);
        KioskSync.Rollback(sites.Target, mode);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public async Task ASecondSyncOnTheSameTargetIsRefusedWhileOneRuns()
    {
        using var sites = new KioskSites();
        Directory.CreateDirectory(sites.Target + ".versions");
        using var held = new FileStream(Path.Combine(sites.Target + ".versions", ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var a = new FolderSource(sites.A);

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(a, sites.Target));
        Assert.Equal(KioskFailure.Busy, e.Failure);
    }

    [Theory]
    [MemberData(nameof(SwitchModes.Both), MemberType = typeof(SwitchModes))]
    public async Task OldVersionsBeyondThePreviousOneAreRemoved(SiteSwitchMode mode)
    {
        using var sites = new KioskSites();
        var c = sites.Write("c", new Dictionary<string, byte[]> { ["index.html"] = "<h1>C</h1>"u8.ToArray() });
        foreach (var site in new[] { sites.A, sites.B, c })
        {
            using var source = new FolderSource(site);
            await KioskSync.SyncAsync(source, sites.Target, mode);
        }

        var kept = KioskSites.KeptBesidesLive(sites.Target);
        Assert.StartsWith("build-b-", Assert.Single(kept), StringComparison.Ordinal); // the rollback version; A is gone
        KioskSites.AssertServes(sites.Target, c);
    }

    /// <summary>Cancels the sync once this many files are done, like Ctrl+C or a power cut half-way.</summary>
    private sealed class CancelAfter(int files, CancellationTokenSource cancel) : ISyncObserver
    {
        private int _done;

        public void Planned(SyncPlan plan)
        {
        }

        public void Transferred(long bytes)
        {
        }

        public void FileDone(string path)
        {
            if (++_done == files)
            {
                cancel.Cancel();
            }
        }
    }
}
