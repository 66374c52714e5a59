namespace Portal.Kiosk.Sync;

/// <summary>
/// The staging file (<c>*.part</c>) a source writes one manifest entry into. Its stream reports a
/// failed write as the kiosk disk's fault (<see cref="KioskFailure.WriteFailed"/>, naming this file),
/// so a source's own error handling only ever sees failed reads.
/// </summary>
public sealed class PartFile
{
    private readonly StagingDisk _disk;

    internal PartFile(string path, StagingDisk disk)
    {
        Path = path;
        _disk = disk;
    }

    public string Path { get; }

    /// <summary>Bytes already there from an interrupted transfer (0 when none).</summary>
    public long Length => new FileInfo(Path) is { Exists: true } info ? info.Length : 0;

    public Stream OpenWrite(bool append)
    {
        try
        {
            return new WriteGuardStream(_disk.OpenWrite(Path, append), Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WriteFailure.For(Path, e);
        }
    }

    public void Delete() => File.Delete(Path);

    /// <summary>A write-only pass-through whose every write, flush and close translates I/O errors.</summary>
    private sealed class WriteGuardStream(Stream inner, string path) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => WriteFailure.Guard(path, () => inner.Write(buffer, offset, count));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancel) =>
            WriteAsync(buffer.AsMemory(offset, count), cancel).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancel = default) =>
            await WriteFailure.GuardAsync(path, () => inner.WriteAsync(buffer, cancel).AsTask());

        public override void Flush() => WriteFailure.Guard(path, inner.Flush);

        public override Task FlushAsync(CancellationToken cancel) => WriteFailure.GuardAsync(path, () => inner.FlushAsync(cancel));

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            await WriteFailure.GuardAsync(path, () => inner.DisposeAsync().AsTask());
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                WriteFailure.Guard(path, inner.Dispose);
            }

            base.Dispose(disposing);
        }
    }
}
