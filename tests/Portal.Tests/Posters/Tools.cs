using System.Diagnostics;

namespace Portal.Tests.Posters;

/// <summary>Runs the command-line tools the poster tests check PDFs with: poppler-utils and zbar-tools.</summary>
public static class Tools
{
    public static string Run(string tool, params string[] args)
    {
        var (exit, stdout, stderr) = RunRaw(tool, args);
        Assert.True(exit == 0, $"{tool} {string.Join(' ', args)} exited {exit}: {stderr}");
        return stdout;
    }

    public static (int Exit, string Out, string Err) RunRaw(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(tool);
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Every QR code zbarimg finds in an image, one decoded text each.</summary>
    public static IReadOnlyList<string> DecodeQr(string imageFile)
    {
        var (exit, stdout, stderr) = RunRaw("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", imageFile);
        Assert.True(exit == 0, $"zbarimg found no QR code in {imageFile} (exit {exit}): {stderr}");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
