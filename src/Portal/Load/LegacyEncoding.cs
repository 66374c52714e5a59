using System.Text;

namespace Portal.Load;

/// <summary>
/// Recognises the encodings a Windows office PC saves Chinese text in when it is not UTF-8: Notepad's
/// "ANSI" (GBK, which GB18030 contains) and "Unicode" (UTF-16 with a byte order mark). Used to explain a
/// PORTAL001 error and by <c>portal check --fix-encoding</c> to convert the file.
/// </summary>
public static class LegacyEncoding
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        // The code-page encodings ship with .NET but must be registered before GetEncoding finds them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when the bytes are valid UTF-8 (a BOM is allowed).</summary>
    public static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// For bytes that are not UTF-8: the text they hold and the encoding's Chinese name, when they are
    /// UTF-16 with a BOM, or valid GB18030 containing Chinese characters. Null when we cannot tell.
    /// </summary>
    public static DecodedText? Guess(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Decode(new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), bytes.AsSpan(2), "UTF-16");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Decode(new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), bytes.AsSpan(2), "UTF-16");
        }

        // Any byte soup is not GB18030: only text that decodes cleanly and contains Han characters counts.
        return Decode(Gb18030.Value, bytes, "GBK/GB18030") is { } gbk && gbk.Text.Any(IsHan) ? gbk : null;
    }

    private static DecodedText? Decode(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return new DecodedText(name, encoding.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF';
}

/// <summary>Text recovered from a file in a legacy encoding, with the encoding's name for messages.</summary>
public sealed record DecodedText(string EncodingName, string Text);
