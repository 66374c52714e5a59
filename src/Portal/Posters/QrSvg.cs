using QRCoder;

namespace Portal.Posters;

/// <summary>
/// QR codes for paper: error correction M (survives a smudge or a pin through the sheet) and a quiet
/// zone of 4 modules, as ISO/IEC 18004 asks. The SVG scales with its box (viewBox, no fixed size), so
/// CSS decides how many millimetres it takes.
/// </summary>
public static class QrSvg
{
    public const int QuietZoneModules = 4;

    public static string For(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        var markup = svg.GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        // Inline in HTML: no XML declaration; the code is an image whose text is printed beside it.
        var start = markup.IndexOf("<svg", StringComparison.Ordinal);
        return markup[start..].Replace("<svg ", "<svg class=\"qr__code\" role=\"img\" aria-hidden=\"true\" ", StringComparison.Ordinal);
    }
}
