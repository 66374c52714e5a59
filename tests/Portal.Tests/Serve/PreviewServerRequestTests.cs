using System.Net;
using Microsoft.AspNetCore.Builder;
using Portal.Cli.Serve;
using Portal.Tests.Browser;
using Portal.Tests.Support;

namespace Portal.Tests.Serve;

/// <summary>
/// The preview answers only reads, and only under its own names: a web page the editor has open can make
/// the browser send anything to 127.0.0.1 (other methods, a rebound Host name), and must get nothing back.
/// </summary>
public sealed class PreviewServerRequestTests : IAsyncLifetime
{
    private readonly TempDir _temp = new();
    private readonly int _port = PortalServeProcess.FreePort();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private WebApplication? _app;

    private string BaseUrl => $"http://127.0.0.1:{_port}/";

    public async Task InitializeAsync()
    {
        _temp.Write("site/index.html", "<!doctype html><html><body><h1>首页</h1></body></html>");
        _app = PreviewServer.Create(_temp.Combine("site"), "127.0.0.1", _port, new LiveReload());
        await _app.StartAsync();
    }

    [Theory]
    [InlineData("localhost:{0}")]
    [InlineData("127.0.0.1:{0}")]
    public async Task Its_own_names_get_the_page(string host)
    {
        using var response = await SendAsync(HttpMethod.Get, "", string.Format(System.Globalization.CultureInfo.InvariantCulture, host, _port));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("首页", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("__portal/events")]
    [InlineData("__portal/live.js")]
    [InlineData("missing/")]
    public async Task A_rebound_host_name_is_refused_everywhere(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, "evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("首页", text, StringComparison.Ordinal);
        Assert.Contains("拒绝", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "")]
    [InlineData("TRACE", "")]
    [InlineData("PUT", "index.html")]
    [InlineData("DELETE", "index.html")]
    [InlineData("POST", "__portal/events")]
    public async Task Methods_other_than_GET_and_HEAD_are_not_allowed(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), path, $"localhost:{_port}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task HEAD_is_answered_without_a_body()
    {
        using var response = await SendAsync(HttpMethod.Head, "", $"localhost:{_port}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _http.Dispose();
        _temp.Dispose();
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string host)
    {
        var request = new HttpRequestMessage(method, BaseUrl + path);
        request.Headers.Host = host;
        return _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
