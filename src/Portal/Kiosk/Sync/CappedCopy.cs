namespace Portal.Kiosk.Sync;

/// <summary>
/// Copies a stream into a file, stopping one byte past the expected size: a source that sends more
/// than its manifest promised (a zip bomb, a wrong file) fails verification without filling the disk.
/// </summary>
internal static class CappedCopy
{
    public static async Task<long> CopyAsync(Stream from, Stream to, long expectedSize, Action<long> transferred, CancellationToken cancel)
    {
        var buffer = new byte[1 << 16];
        var remaining = Math.Max(0, expectedSize - to.Length) + 1;
        long copied = 0;
        while (remaining > 0)
        {
            var n = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancel);
            if (n == 0)
            {
                break;
            }

            await to.WriteAsync(buffer.AsMemory(0, n), cancel);
            remaining -= n;
            copied += n;
            transferred(n);
        }

        await to.FlushAsync(cancel);
        return copied;
    }
}
