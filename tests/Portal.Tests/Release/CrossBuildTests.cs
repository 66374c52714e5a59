namespace Portal.Tests.Release;

/// <summary>
/// The Windows and ARM release files, cross-built on this Linux x64 machine by the same script the release
/// workflow runs. Neither can run here, so the tests read what a loader would: the program's header and the
/// files its single-file bundle carries, down to the native libvips each one needs for images.
/// </summary>
public sealed class WindowsCrossBuildTests(WindowsBuild release) : IClassFixture<WindowsBuild>
{
    [Fact]
    public void Portal_exe_is_a_64_bit_x64_windows_console_program()
    {
        var header = BinaryHeader.ReadFile(release.Exe);

        Assert.Equal(new BinaryHeader("PE", BinaryHeader.PeAmd64, true, BinaryHeader.ConsoleSubsystem), header);
    }

    [Fact]
    public void Portal_exe_carries_the_program_the_framework_and_a_windows_libvips()
    {
        var bundle = SingleFileBundle.Read(release.Exe);

        Assert.Equal("PE", BinaryHeader.Read(bundle.File("portal.dll").Head).Format);
        Assert.Equal("PE", BinaryHeader.Read(bundle.File("portal.r2r.dll").Head).Format);
        var vips = BinaryHeader.Read(bundle.File("libvips-42.dll").Head);
        Assert.Equal(("PE", BinaryHeader.PeAmd64, true), (vips.Format, vips.Machine, vips.Is64Bit));
        Assert.Contains(bundle.Files, f => f.Path == "System.Private.CoreLib.dll");
        Assert.DoesNotContain(bundle.Files, f => f.Path.EndsWith(".so", StringComparison.Ordinal) || f.Path.Contains(".so.", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(release.Folder, "portal.dll")), "portal.dll beside the program: not a single file");
    }
}

public sealed class Arm64CrossBuildTests(Arm64Build release) : IClassFixture<Arm64Build>
{
    [Fact]
    public void Portal_is_a_64_bit_arm_linux_program()
    {
        var header = BinaryHeader.ReadFile(release.Exe);

        Assert.Equal(new BinaryHeader("ELF", BinaryHeader.ElfAarch64, true, null), header);
    }

    [Fact]
    public void Portal_carries_the_program_and_an_arm_libvips()
    {
        var bundle = SingleFileBundle.Read(release.Exe);

        Assert.Equal("PE", BinaryHeader.Read(bundle.File("portal.dll").Head).Format);
        var vips = BinaryHeader.Read(bundle.File("libvips.so.42").Head);
        Assert.Equal(("ELF", BinaryHeader.ElfAarch64, true), (vips.Format, vips.Machine, vips.Is64Bit));
        Assert.Contains(bundle.Files, f => f.Path == "System.Private.CoreLib.dll");
        Assert.DoesNotContain(bundle.Files, f => f.Path.EndsWith(".dll", StringComparison.Ordinal) && f.Path.StartsWith("libvips", StringComparison.Ordinal));
    }
}
