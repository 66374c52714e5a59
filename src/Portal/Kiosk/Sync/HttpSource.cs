using System.Net;
using System.Net.Http.Headers;
using Portal.Output;

namespace Portal.Kiosk.Sync;

/// <summary>Timeouts and retries for <see cref="HttpSource"/>; the defaults suit a slow rural link.</summary>
public sealed record HttpSourceOptions
{
    /// <summary>Attempts per request, including the first.</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>Wait before the second attempt; doubled before each further one.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a connection or the response headers may take; also the window over which a body's rate is measured.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Slowest acceptable body, averaged over each <see cref="Timeout"/> window (0: only "no byte for a
    /// whole window" fails). With it each request also has an overall deadline; see <see cref="TransferGuard"/>.
    /// </summary>
    public long MinimumBytesPerSecond { get; init; } = 1024;
}

/// <summary>
/// A published kiosk build over HTTP(S): <c>manifest.json</c> at the base URL, every file at its path
/// relative to it (an unzipped package on any static host). Failed requests are retried with
/// exponential backoff; an interrupted download keeps its partial file and continues with a
/// <c>Range</c> request, on the next attempt or the next run.
/// </summary>
public sealed class HttpSource : ISyncSource
{
    private readonly Uri _base;
    private readonly HttpClient _client;
    private readonly HttpSourceOptions _options;

    public HttpSource(Uri baseUrl, HttpSourceOptions? options = null)
    {
        _options = options ?? new HttpSourceOptions();
        var text = baseUrl.AbsoluteUri;
        if (text.EndsWith("/" + KioskManifest.FileName, StringComparison.Ordinal))
        {
            text = text[..^KioskManifest.FileName.Length];
        }

        _base = new Uri(text.EndsWith('/') ? text : text + "/");
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = _options.Timeout,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        // No HttpClient timeout: a large file on a slow link may take long; TransferGuard catches trickles.
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("portal-sync/1");
    }

    public string Display => _base.AbsoluteUri;

    /// <summary>Requests answered (any status), for tests and reports.</summary>
    public int Requests { get; private set; }

    public static bool IsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public async Task<KioskManifest> ReadManifestAsync(CancellationToken cancel)
    {
        var url = new Uri(_base, KioskManifest.FileName);
        using var buffer = new MemoryStream();
        await WithRetries(KioskManifest.FileName, async () =>
        {
            buffer.SetLength(0);
            using var response = await SendAsync(url, 0, cancel);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                throw new KioskException(KioskFailure.NotFound, $"{url} 不存在（HTTP 404）：地址应指向发布的信息亭构建，其根目录有 {KioskManifest.FileName}。");
            }

            EnsureSuccess(response, KioskManifest.FileName);
            var announced = response.Content.Headers.ContentLength;
            if (announced > KioskManifest.MaxBytes)
            {
                // Refused before reading a byte: no kiosk manifest is this large, and reading it would take memory and time.
                throw new KioskException(KioskFailure.Rejected, $"{url} 过大（Content-Length {announced:N0} 字节，清单上限 {KioskManifest.MaxBytes >> 20} MiB），不是信息亭清单，已拒绝。");
            }

            // A body without Content-Length is still cut off one byte past the cap; Parse then refuses it.
            await ReceiveAsync(response, buffer, KioskManifest.MaxBytes, announced ?? KioskManifest.MaxBytes, _ => { }, cancel);
        }, cancel);
        return KioskManifest.Parse(buffer.ToArray(), url.AbsoluteUri);
    }

    public Task FetchAsync(ManifestEntry file, PartFile part, Action<long> transferred, CancellationToken cancel)
    {
        var url = new Uri(_base, string.Join('/', file.Path.Split('/').Select(Uri.EscapeDataString)));
        return WithRetries(file.Path, async () =>
        {
            var have = part.Length;
            if (have > file.Size)
            {
                have = 0; // not a prefix of this file: start again
            }

            using var response = await SendAsync(url, have, cancel);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                throw new KioskException(KioskFailure.Rejected, $"服务器上缺少清单列出的文件 {file.Path}（HTTP 404）。");
            }

            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                part.Delete();
                throw new HttpRequestException("续传位置无效，将从头下载");
            }

            EnsureSuccess(response, file.Path);
            var resumed = response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange?.From == have;
            await using var to = part.OpenWrite(append: resumed);
            await ReceiveAsync(response, to, file.Size, file.Size - (resumed ? have : 0), transferred, cancel);
        }, cancel);
    }

    /// <summary>Copies a response body under a <see cref="TransferGuard"/>: a trickle is cancelled and reported as a timeout.</summary>
    private async Task ReceiveAsync(HttpResponseMessage response, Stream to, long cap, long expected, Action<long> transferred, CancellationToken cancel)
    {
        using var guard = new TransferGuard(_options.Timeout, _options.MinimumBytesPerSecond, expected, cancel);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(guard.Token);
            await CappedCopy.CopyAsync(body, to, cap, n => { guard.Add(n); transferred(n); }, guard.Token);
        }
        catch (OperationCanceledException) when (guard.Failure() is { } failure)
        {
            throw failure;
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Uri url, long from, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (from > 0)
        {
            request.Headers.Range = new RangeHeaderValue(from, null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            Requests++;
            return response;
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"{_options.Timeout.TotalSeconds:0} 秒内没有响应");
        }
    }

    private static void EnsureSuccess(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{what}：HTTP {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }

    /// <summary>Runs one request, retrying network failures, timeouts and 5xx/408/429 with exponential backoff.</summary>
    private async Task WithRetries(string what, Func<Task> attempt, CancellationToken cancel)
    {
        var wait = _options.Backoff;
        for (var n = 1; ; n++)
        {
            try
            {
                await attempt();
                return;
            }
            catch (Exception e) when (IsTransient(e) && !cancel.IsCancellationRequested)
            {
                if (n >= _options.Attempts)
                {
                    throw new KioskException(KioskFailure.TransferFailed, $"下载 {what} 失败（共尝试 {n} 次）：{e.Message}", e);
                }

                await Task.Delay(wait, cancel);
                wait *= 2;
            }
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        HttpRequestException { StatusCode: null } => true,
        HttpRequestException { StatusCode: { } code } => (int)code >= 500 || code is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        IOException or TimeoutException => true,
        _ => false,
    };
}
