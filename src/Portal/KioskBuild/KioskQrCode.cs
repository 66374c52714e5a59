using QRCoder;

namespace Portal.KioskBuild;

/// <summary>QR codes for the kiosk's "scan with your phone" panels: SVG, error correction M, sized by CSS.</summary>
public static class KioskQrCode
{
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);
        var svg = code.GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);

        // QRCoder may start with an XML declaration, which has no place inside HTML.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
