using System.Diagnostics;

namespace Portal.Tests.Support;

/// <summary>Inode numbers, for tests of what is linked, swapped or reused: .NET has no API for them; coreutils' stat does.</summary>
public static class Inodes
{
    public static string Of(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }
}
