using System.Xml;
using System.Xml.Linq;

namespace Portal.Images;

/// <summary>
/// Makes an SVG file safe to publish: an SVG opened on its own is a document that can run scripts on the
/// site's origin. Removes scripts, event handlers, embedded HTML and links other than to the file itself
/// or to data: images. Written here rather than with HtmlSanitizer: that library parses HTML, which drops
/// SVG's namespaces and self-closing elements, and libvips rasterizes SVG rather than cleaning it.
/// </summary>
public static class SvgSanitizer
{
    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase) { "script", "foreignObject", "handler", "iframe", "embed", "object" };

    private static readonly HashSet<string> LinkAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "action", "formaction" };

    /// <summary>The cleaned file, or null when it is not well-formed XML (the caller reports it).</summary>
    public static byte[]? Sanitize(byte[] svg)
    {
        XDocument document;
        try
        {
            // No DTDs: an entity could read local files or expand without bound.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(svg), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        foreach (var element in document.Descendants().ToList())
        {
            var name = element.Name.LocalName;
            if (DroppedElements.Contains(name) || (name is "animate" or "set" && LinkAttributes.Contains((string?)element.Attribute("attributeName") ?? "")))
            {
                element.Remove();
                continue;
            }

            foreach (var attribute in element.Attributes().ToList())
            {
                var local = attribute.Name.LocalName;
                if (local.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (LinkAttributes.Contains(local) && !SafeLink(attribute.Value))
                    || (local == "style" && attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !attribute.Value.Contains("url(#", StringComparison.OrdinalIgnoreCase)))
                {
                    attribute.Remove();
                }
            }
        }

        foreach (var style in document.Descendants().Where(e => e.Name.LocalName == "style").ToList())
        {
            // Stylesheets can load outside files and, in old browsers, run script.
            if (style.Value.Contains("@import", StringComparison.OrdinalIgnoreCase) || style.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                style.Remove();
            }
        }

        var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }

    private static bool SafeLink(string value)
    {
        var link = value.Trim();
        return link.StartsWith('#') || link.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase)
            || link.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase) || link.StartsWith("data:image/webp", StringComparison.OrdinalIgnoreCase);
    }
}
