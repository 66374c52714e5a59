namespace Portal.Tests.Release;

/// <summary>The linux-x64 release file, the one this machine can run.</summary>
public sealed class SingleFileBuild() : ReleaseBuild("linux-x64")
{
    public string Exe => Path.Combine(Folder, "portal");
}

/// <summary>The win-x64 release file, cross-built here: Windows itself cannot run on this machine.</summary>
public sealed class WindowsBuild() : ReleaseBuild("win-x64")
{
    public string Exe => Path.Combine(Folder, "portal.exe");
}

/// <summary>The linux-arm64 release file for small kiosk boxes, cross-built here.</summary>
public sealed class Arm64Build() : ReleaseBuild("linux-arm64")
{
    public string Exe => Path.Combine(Folder, "portal");
}
