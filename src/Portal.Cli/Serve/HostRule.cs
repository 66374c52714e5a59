using Microsoft.AspNetCore.Http;

namespace Portal.Cli.Serve;

/// <summary>
/// The Host headers the preview answers: the loopback names with the port it listens on, and another address
/// given with <c>--host</c> (with or without the port). Anything else is a request the editor's browser was
/// made to send by another site (DNS rebinding: evil.example resolving to 127.0.0.1), and gets nothing.
/// Hand-written because ASP.NET Core's host filtering ignores the port and answers 400 in English.
/// </summary>
public sealed class HostRule
{
    private static readonly string[] Loopback = ["127.0.0.1", "localhost", "[::1]"];
    private readonly string _host;
    private readonly int _port;

    public HostRule(string host, int port)
    {
        // An IPv6 address appears in a Host header in brackets.
        _host = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
        _port = port;
    }

    public bool Allows(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        var value = new HostString(header);
        var name = value.Host;
        if (value.Port is { } port && port != _port)
        {
            return false;
        }

        // A loopback name always comes with the port (the browser adds it: serve never listens on 80).
        var loopback = Loopback.Contains(name, StringComparer.OrdinalIgnoreCase);
        return loopback ? value.Port == _port : string.Equals(name, _host, StringComparison.OrdinalIgnoreCase);
    }
}
