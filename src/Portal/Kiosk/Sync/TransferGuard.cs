namespace Portal.Kiosk.Sync;

/// <summary>
/// Watches one HTTP response body and cancels it when it is too slow, so a source that trickles (one
/// byte a second never trips a per-read timeout) cannot keep a sync, and its lock, forever. Two
/// limits: at least <c>minimum × window</c> bytes in every window (at least one byte, so a stalled
/// body is caught even with no minimum), and an overall deadline of
/// <c>2 × window + expected bytes ÷ minimum</c>. Hand-written because HttpClient offers only an
/// overall timeout, which would also cut off a large file on a slow but honest link.
/// A reason is recorded before cancelling; <see cref="Failure"/> turns it into the exception the
/// retry loop sees (a TimeoutException, so the request is retried and continued with Range).
/// </summary>
internal sealed class TransferGuard : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly CancellationToken _outer;
    private readonly Timer _timer;
    private readonly TimeSpan _window;
    private readonly long _minimum;
    private readonly long _perWindow;
    private long _windowBytes;
    private volatile string? _why;

    public TransferGuard(TimeSpan window, long minimumBytesPerSecond, long expectedBytes, CancellationToken outer)
    {
        _outer = outer;
        _window = window;
        _minimum = Math.Max(0, minimumBytesPerSecond);
        _perWindow = Math.Max(1, (long)(_minimum * window.TotalSeconds));
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(outer);
        if (_minimum > 0)
        {
            var deadline = window * 2 + TimeSpan.FromSeconds(Math.Max(0, expectedBytes) / (double)_minimum);
            if (deadline < TimeSpan.FromDays(20))
            {
                // CancelAfter's limit is about 24.8 days; beyond that the window check alone bounds the time.
                _cancel.Token.Register(() => _why ??= $"超过本次请求的总时限 {deadline.TotalSeconds:0} 秒");
                _cancel.CancelAfter(deadline);
            }
        }

        _timer = new Timer(_ => Check(), null, window, window);
    }

    public CancellationToken Token => _cancel.Token;

    public void Add(long bytes) => Interlocked.Add(ref _windowBytes, bytes);

    /// <summary>The exception for a cancellation this guard caused; null when the caller's token was cancelled.</summary>
    public Exception? Failure() => _outer.IsCancellationRequested || _why is null ? null : new TimeoutException(_why);

    public void Dispose()
    {
        _timer.Dispose();
        _cancel.Dispose();
    }

    private void Check()
    {
        var got = Interlocked.Exchange(ref _windowBytes, 0);
        if (got >= _perWindow || _cancel.IsCancellationRequested)
        {
            return;
        }

        _why = got == 0
            ? $"{_window.TotalSeconds:0.#} 秒没有收到数据"
            : $"下载过慢：{_window.TotalSeconds:0.#} 秒内只收到 {got} 字节，低于最低速率每秒 {_minimum} 字节";
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The transfer finished while the timer fired.
        }
    }
}
