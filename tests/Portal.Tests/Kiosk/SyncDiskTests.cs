using Portal.Kiosk;
using Portal.Kiosk.Sync;
using Portal.Tests.Support;

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
        Assert.Equal(Inodes.Of(Path.Combine(a.VersionFolder, "big.bin")), Inodes.Of(Path.Combine(b.VersionFolder, "big.bin")));
        Assert.Equal(Inodes.Of(Path.Combine(a.VersionFolder, "assets/site.css")), Inodes.Of(Path.Combine(b.VersionFolder, "assets/site.css")));
        Assert.NotEqual(Inodes.Of(Path.Combine(a.VersionFolder, "index.html")), Inodes.Of(Path.Combine(b.VersionFolder, "index.html")));
        KioskSites.AssertServes(sites.Target, sites.B);
        KioskSync.Rollback(sites.Target);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public async Task TooLittleFreeSpaceStopsBeforeAnythingIsWritten()
    {
        using var sites = new KioskSites();
        await SyncFolder(sites, sites.A);
        var live = new FileInfo(sites.Target).LinkTarget;
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.B, "web"));
        using var b = new HttpSource(server.BaseUrl);
        var disk = new FakeDisk { Available = 1_000_000 };

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(b, sites.Target, null, new SyncHooks { Disk = disk }, CancellationToken.None));

        Assert.Equal(KioskFailure.WriteFailed, e.Failure);
        Assert.Contains("磁盘空间不足", e.Message);
        Assert.Contains("1,000,000 字节", e.Message); // what is available
        var changed = KioskSites.VersionB().Where(f => !KioskSites.VersionA().TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Sum(f => (long)f.Value.Length);
        Assert.Contains($"下载 {changed:N0} 字节", e.Message); // what is needed
        Assert.Empty(server.FileRequests);
        Assert.Equal(live, new FileInfo(sites.Target).LinkTarget);
        Assert.Empty(Directory.EnumerateDirectories(sites.Target + ".versions", ".staging-*"));
    }

    [Fact]
    public async Task WithoutHardLinksTheUnchangedFilesCountTowardsTheSpaceNeeded()
    {
        using var sites = new KioskSites();
        await SyncFolder(sites, sites.A);
        using var b = new FolderSource(sites.B);
        var disk = new FakeDisk { Available = DiskSpace.Margin + 300_000, HardLinks = false }; // the margin and the changes fit, a copy of big.bin (512 KB) does not

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(b, sites.Target, null, new SyncHooks { Disk = disk }, CancellationToken.None));

        Assert.Contains("不支持硬链接", e.Message);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public async Task WithoutHardLinksUnchangedFilesAreCopied()
    {
        using var sites = new KioskSites();
        await SyncFolder(sites, sites.A);
        using var b = new FolderSource(sites.B);

        var result = await KioskSync.SyncAsync(b, sites.Target, null, new SyncHooks { Disk = new FakeDisk { HardLinks = false } }, CancellationToken.None);

        Assert.Equal(KioskSites.VersionB().Count - KioskSites.ChangedInB, result.Reused);
        Assert.Equal(0, result.Linked);
        KioskSites.AssertServes(sites.Target, sites.B);
    }

    [Fact]
    public async Task ADiskFullDuringTheUpdateNamesTheFileWrittenAndFreesTheStaging()
    {
        using var sites = new KioskSites();
        await SyncFolder(sites, sites.A);
        var live = new FileInfo(sites.Target).LinkTarget;
        using var b = new ZipSource(sites.Pack(sites.B));
        var disk = new FakeDisk { WritableBytes = 200 }; // the free-space check passed, then another program filled the disk

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(b, sites.Target, null, new SyncHooks { Disk = disk }, CancellationToken.None));

        Assert.Equal(KioskFailure.WriteFailed, e.Failure);
        Assert.Contains("写入", e.Message);
        Assert.Contains("磁盘空间不足", e.Message);
        Assert.Contains(".staging-", e.Message); // the file on the kiosk that could not be written
        Assert.DoesNotContain("读取压缩包", e.Message);
        Assert.Equal(live, new FileInfo(sites.Target).LinkTarget);
        Assert.Empty(Directory.EnumerateDirectories(sites.Target + ".versions", ".staging-*"));
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public async Task ADiskFullDuringADownloadIsNotRetriedAsANetworkError()
    {
        using var sites = new KioskSites();
        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.A, "web"));
        using var a = new HttpSource(server.BaseUrl, new HttpSourceOptions { Attempts = 4, Backoff = TimeSpan.FromMilliseconds(20) });
        var disk = new FakeDisk { WritableBytes = 100_000 };

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(a, sites.Target, null, new SyncHooks { Disk = disk }, CancellationToken.None));

        Assert.Equal(KioskFailure.WriteFailed, e.Failure);
        Assert.Contains("big.bin.part", e.Message);
        Assert.Single(server.FileRequests, p => p == "big.bin");
        Assert.False(Directory.Exists(sites.Target));
    }

    private static async Task<SyncResult> SyncFolder(KioskSites sites, string folder)
    {
        using var source = new FolderSource(folder);
        return await KioskSync.SyncAsync(source, sites.Target);
    }

    /// <summary>A disk with a chosen free space, optionally no hard links, and writes failing with ENOSPC past a budget.</summary>
    private sealed class FakeDisk : StagingDisk
    {
        private long _written;

        public long Available { get; init; } = long.MaxValue;

        public bool HardLinks { get; init; } = true;

        public long WritableBytes { get; init; } = long.MaxValue;

        public override long AvailableBytes(string folder) => Available;

        public override bool TryHardLink(string existing, string link) => HardLinks && base.TryHardLink(existing, link);

        public override Stream OpenWrite(string path, bool append) => new Filling(base.OpenWrite(path, append), this);

        /// <summary>Throws what a full disk throws on Linux: IOException with errno 28 as HResult.</summary>
        private sealed class Filling(Stream inner, FakeDisk disk) : Stream
        {
            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => inner.Length;

            public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

            public override void Write(byte[] buffer, int offset, int count)
            {
                if ((disk._written += count) > disk.WritableBytes)
                {
                    throw new IOException("No space left on device", 28);
                }

                inner.Write(buffer, offset, count);
            }

            public override void Flush() => inner.Flush();

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
