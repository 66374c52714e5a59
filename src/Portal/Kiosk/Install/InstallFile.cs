namespace Portal.Kiosk.Install;

/// <summary>One file <c>portal kiosk install</c> writes: its name, what it is for (Chinese, for the CLI), its bytes.</summary>
public sealed record InstallFile(string Name, string Purpose, byte[] Bytes)
{
    /// <summary>Written into every generated file, so a rerun knows it may replace the file (and nothing else).</summary>
    public const string Marker = "portal kiosk install";

    /// <summary>Whether an existing file was written by this command (UTF-8 or UTF-16, as generated).</summary>
    public static bool IsOurs(byte[] existing)
    {
        var utf16 = existing.Length >= 2 && existing[0] == 0xFF && existing[1] == 0xFE;
        var text = utf16 ? System.Text.Encoding.Unicode.GetString(existing) : System.Text.Encoding.UTF8.GetString(existing);
        return text.Contains(Marker, StringComparison.Ordinal);
    }
}
