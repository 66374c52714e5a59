using System.Text;
using Portal.Diagnostics;

namespace Portal.Load;

/// <summary>Reads a file as strict UTF-8 (BOM allowed, CRLF folded to LF).</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(byte[] bytes, SourceSpan file, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return Strict.GetString(span).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, file with { Line = 1, Column = 1 }, NotUtf8Message(bytes));
            return null;
        }
    }

    /// <summary>Says which encoding the file seems to be in (so the editor knows what happened) and how to fix it.</summary>
    public static string NotUtf8Message(byte[] bytes)
    {
        const string Fix = "请运行 portal check --fix-encoding 自动转换，或在编辑器中“另存为”，编码选 UTF-8 后再提交。";
        return LegacyEncoding.Guess(bytes) switch
        {
            { EncodingName: "UTF-16" } => "文件不是 UTF-8 编码，看起来是 UTF-16（Windows 记事本的“Unicode”编码）。" + Fix,
            { } legacy => $"文件不是 UTF-8 编码，看起来是 {legacy.EncodingName}（Windows 记事本的“ANSI”编码），开头是“{Preview(legacy.Text)}”。" + Fix,
            null => "文件不是 UTF-8 编码，也无法识别是哪种编码（可能不是文本文件）。请在编辑器中“另存为”，编码选 UTF-8 后再提交。",
        };
    }

    /// <summary>The first characters of the first non-empty line, so the editor recognises the file.</summary>
    public static string Preview(string text, int length = 20)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && l != "---") ?? "";
        return line.Length <= length ? line : line[..length] + "…";
    }
}
