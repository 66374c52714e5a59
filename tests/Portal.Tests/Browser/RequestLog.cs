using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Portal.Tests.Browser;

/// <summary>
/// Records what a page did besides rendering: every request, failed requests, HTTP errors, console
/// errors and uncaught exceptions. The site promises to work offline from any folder, so a test asserts
/// afterwards that every request stayed where it should and nothing went wrong.
/// </summary>
public sealed class RequestLog
{
    // Playwright raises events on its own threads.
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _failed = new();
    private readonly ConcurrentQueue<string> _httpErrors = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    public RequestLog(IPage page)
    {
        page.Request += (_, request) => _requests.Enqueue(request.Url);
        page.RequestFailed += (_, request) => _failed.Enqueue($"{request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _httpErrors.Enqueue($"{response.Status} {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Enqueue($"{message.Text} @ {message.Location}");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue("uncaught: " + error);
    }

    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>
    /// Fails unless every request satisfied <paramref name="allowed"/> and nothing failed, errored or
    /// logged an error. <paramref name="mayFail"/> names requests the browser is expected to cancel.
    /// </summary>
    public void AssertClean(string where, Func<string, bool> allowed, Func<string, bool>? mayFail = null)
    {
        Assert.NotEmpty(_requests);
        var problems = new List<string>();
        problems.AddRange(_requests.Where(url => !allowed(url)).Select(url => "request outside " + where + ": " + url));
        problems.AddRange(_failed.Where(f => mayFail is null || !mayFail(f)).Select(f => "request failed: " + f));
        problems.AddRange(_httpErrors.Select(e => "HTTP error: " + e));
        problems.AddRange(_consoleErrors.Select(e => "console error: " + e));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\nAll requests:\n" + string.Join("\n", _requests));
    }
}
