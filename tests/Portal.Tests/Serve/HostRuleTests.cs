using Portal.Cli.Serve;

namespace Portal.Tests.Serve;

/// <summary>
/// Which Host headers the preview answers: a page on another site can point its own name at 127.0.0.1
/// (DNS rebinding) and read the preview, so only the names of the address serve listens on are accepted.
/// </summary>
public sealed class HostRuleTests
{
    private static readonly HostRule Default = new("127.0.0.1", 5080);

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("localhost:5080")]
    [InlineData("LOCALHOST:5080")]
    [InlineData("[::1]:5080")]
    public void Loopback_names_with_the_listening_port_are_allowed(string host) => Assert.True(Default.Allows(host));

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("localhost.evil.example:5080")]
    [InlineData("127.0.0.1.nip.io:5080")]
    [InlineData("localhost:5081")]
    [InlineData("127.0.0.1:80")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_names_or_ports_are_refused(string? host) => Assert.False(Default.Allows(host));

    [Theory]
    [InlineData("192.168.1.20")]
    [InlineData("192.168.1.20:5080")]
    [InlineData("localhost:5080")]
    public void The_explicit_host_is_allowed_with_or_without_the_port(string host) => Assert.True(new HostRule("192.168.1.20", 5080).Allows(host));

    [Theory]
    [InlineData("192.168.1.21:5080")]
    [InlineData("192.168.1.20:9999")]
    public void The_explicit_host_does_not_open_other_names_or_ports(string host) => Assert.False(new HostRule("192.168.1.20", 5080).Allows(host));

    [Fact]
    public void A_named_host_is_compared_without_case()
    {
        var rule = new HostRule("Portal.Lan", 5080);

        Assert.True(rule.Allows("portal.lan:5080"));
        Assert.True(rule.Allows("PORTAL.LAN"));
    }

    [Fact]
    public void An_IPv6_host_is_matched_in_brackets()
    {
        var rule = new HostRule("::1", 5080);

        Assert.True(rule.Allows("[::1]:5080"));
        Assert.False(rule.Allows("[::2]:5080"));
    }
}
