using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>
/// The real <c>portal serve</c> as a child process, exactly as an editor starts it, on a free loopback port.
/// Disposing kills the whole process tree, also when the test failed half-way.
/// </summary>
public sealed class PortalServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PortalServeProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>Everything the server printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>True while the server process runs: serve must survive whatever the content does.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>
    /// Starts the server on <paramref name="input"/> with the repo theme and waits until it answers: with
    /// 200 at the root, or, when <paramref name="firstBuildFails"/>, with anything (the error page).
    /// </summary>
    /// <param name="options">More options for serve (<c>--kiosk ID</c>).</param>
    public static async Task<PortalServeProcess> StartAsync(string input, string output, bool firstBuildFails = false, params string[] options)
    {
        // portal.dll is copied next to the test assembly because the test project references Portal.Cli.
        var portal = PortalProcess.Dll;
        Assert.True(File.Exists(portal), portal + " not found; the test project must reference Portal.Cli.");
        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment["NO_COLOR"] = "1";
        foreach (var arg in (string[])[portal, "serve", "--input", input, "--theme", Repo.Path("theme"), "--output", output, "--port", port.ToString(), "--now", "2026-11-23", .. options])
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start };
        var server = new PortalServeProcess(process, port);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilAnsweringAsync(firstBuildFails);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Runs a browser step; if it fails, the failure also shows what the server printed (build errors, exceptions).</summary>
    public async Task ExplainFailureAsync(string failure, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            Assert.Fail($"{failure}\n{e.Message}\n\nportal serve output:\n{Output}");
        }
    }

    /// <summary>
    /// Opens a page of the preview and waits until it listens to the live-reload stream: a change made
    /// before the tab subscribed would be "already seen" and never announced.
    /// </summary>
    public Task OpenSubscribedAsync(IPage page, string path) =>
        ExplainFailureAsync($"{path} did not connect to the live-reload stream /__portal/events.", () => OpenSubscribedAsync(page, BaseUrl, path));

    /// <summary>The same for a preview server started in the test process.</summary>
    public static async Task OpenSubscribedAsync(IPage page, string baseUrl, string path)
    {
        var subscribed = page.WaitForResponseAsync(r => r.Url.EndsWith("/__portal/events", StringComparison.Ordinal), new() { Timeout = 10_000 });
        await page.GotoAsync(baseUrl + path);
        await subscribed;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or never started.
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync(bool anyStatus)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupLimit)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"portal serve exited with code {_process.ExitCode} before answering:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl);
                // serve listens only after its first build, so any answer means that build is done.
                if (anyStatus || response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"portal serve did not answer {BaseUrl} within {StartupLimit.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The dotnet host running the tests (the SDK exports it), so the server runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
