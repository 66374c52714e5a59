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
            diagnostics.Error(DiagnosticCodes.NotUtf8, file with { Line = 1, Column = 1 },
                "文件不是 UTF-8 编码（可能是 Windows 记事本保存的 GBK/GB18030）。请用编辑器“另存为 UTF-8”后再提交。");
            return null;
        }
    }
}
