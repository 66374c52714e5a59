using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Content;

namespace Portal.KioskBuild;

/// <summary>
/// "No way out" for one rendered kiosk page: a kiosk must never leave the site, show browser chrome or
/// download a file. Every link is checked against the kiosk's own output:
/// <list type="bullet">
/// <item>a web address becomes a button opening a QR code panel (scan it with a phone);</item>
/// <item>a file of the site (an attachment) becomes a QR code of its web address instead of a download;</item>
/// <item>tel:, mailto: and links to pages this kiosk does not have (content targeted elsewhere) become plain text.</item>
/// </list>
/// Scripts whose file is not in the output are dropped.
/// The panels are built here, at build time, so they work offline.
/// </summary>
internal sealed class KioskPageAdapter(SiteConfig config, Labels labels, IReadOnlySet<string> outputPaths)
{
    private const string Host = "kiosk.invalid";

    public string Adapt(string pagePath, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var main = document.QuerySelector("main") ?? document.Body!;
        var panels = new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = false;
        foreach (var anchor in document.QuerySelectorAll("a[href]").ToList())
        {
            var href = anchor.GetAttribute("href")!.Trim();
            if (href.StartsWith('#'))
            {
                continue;
            }

            var target = IsWeb(href) || HasScheme(href) ? null : Resolve(pagePath, href);
            if (target is not null && target.EndsWith(".html", StringComparison.Ordinal) && outputPaths.Contains(target))
            {
                continue;
            }

            changed = true;
            if (IsWeb(href))
            {
                ToQrButton(document, main, anchor, href.StartsWith("//", StringComparison.Ordinal) ? "https:" + href : href, download: false, panels);
            }
            else if (target is not null && !target.EndsWith(".html", StringComparison.Ordinal) && outputPaths.Contains(target))
            {
                ToQrButton(document, main, anchor, SitePaths.Absolute(config.BaseUrl, target), download: true, panels);
            }
            else
            {
                Unlink(document, anchor);
            }
        }

        // A script the theme references but this build does not have (the search script before search
        // exists) would only be a failed request on every load.
        foreach (var script in document.QuerySelectorAll("script[src]").ToList())
        {
            if (Resolve(pagePath, script.GetAttribute("src")!) is not { } src || !outputPaths.Contains(src))
            {
                script.Remove();
                changed = true;
            }
        }

        return changed ? document.ToHtml() : html;
    }

    /// <summary>The output path a relative link points to (index.html for a folder), or null when it leaves the site.</summary>
    private static string? Resolve(string pagePath, string href)
    {
        var from = new Uri("http://" + Host + "/" + string.Join('/', pagePath.Split('/').Select(Uri.EscapeDataString)));
        if (!Uri.TryCreate(from, href, out var uri) || uri.Host != Host)
        {
            return null;
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static bool IsWeb(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("//", StringComparison.Ordinal);

    private static bool HasScheme(string href)
    {
        var colon = href.IndexOf(':');
        var slash = href.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /// <summary>Keeps the words, drops the link: a phone number stays readable, nothing leads anywhere.</summary>
    private static void Unlink(IDocument document, IElement anchor)
    {
        var span = document.CreateElement("span");
        span.ClassName = "kiosk-unlinked";
        while (anchor.FirstChild is { } child)
        {
            span.AppendChild(child);
        }

        anchor.Parent!.ReplaceChild(span, anchor);
    }

    private void ToQrButton(IDocument document, IElement main, IElement anchor, string url, bool download, Dictionary<string, string> panels)
    {
        var name = anchor.TextContent.Trim();
        if (!panels.TryGetValue(url, out var id))
        {
            id = "kiosk-qr-" + (panels.Count + 1);
            panels[url] = id;
            main.AppendChild(Panel(document, id, url, name, download));
        }

        var button = document.CreateElement("button");
        button.SetAttribute("type", "button");
        button.ClassName = "qr-link" + (download ? " qr-link--file" : "");
        button.SetAttribute("data-qr", id);
        button.SetAttribute("aria-haspopup", "dialog");
        while (anchor.FirstChild is { } child)
        {
            button.AppendChild(child);
        }

        var mark = document.CreateElement("span");
        mark.ClassName = "qr-link__mark";
        mark.TextContent = labels["kiosk_qr_mark"];
        button.AppendChild(mark);
        anchor.Parent!.ReplaceChild(button, anchor);
    }

    private IElement Panel(IDocument document, string id, string url, string name, bool download)
    {
        var dialog = document.CreateElement("dialog");
        dialog.Id = id;
        dialog.ClassName = "qr-panel";
        dialog.SetAttribute("aria-labelledby", id + "-title");
        dialog.SetAttribute("data-url", url);

        var title = Append(document, dialog, "h2", "qr-panel__title", labels[download ? "kiosk_qr_title_file" : "kiosk_qr_title_link"]);
        title.Id = id + "-title";
        Append(document, dialog, "p", "qr-panel__name", name);
        var code = Append(document, dialog, "div", "qr-panel__code", "");
        code.SetAttribute("role", "img");
        code.SetAttribute("aria-label", labels["kiosk_qr_image"] + url);
        code.InnerHtml = KioskQrCode.Svg(url);
        if (code.QuerySelector("svg") is { } svg)
        {
            svg.SetAttribute("aria-hidden", "true");
            svg.SetAttribute("focusable", "false");
        }

        Append(document, dialog, "p", "qr-panel__url", url);
        Append(document, dialog, "p", "qr-panel__hint", labels[download ? "kiosk_qr_hint_file" : "kiosk_qr_hint_link"]);
        var close = Append(document, dialog, "button", "kiosk-btn qr-panel__close", labels["kiosk_close"]);
        close.SetAttribute("type", "button");
        close.SetAttribute("data-close", "");
        return dialog;
    }

    private static IElement Append(IDocument document, IElement parent, string tag, string className, string text)
    {
        var element = document.CreateElement(tag);
        element.ClassName = className;
        element.TextContent = text;
        parent.AppendChild(element);
        return element;
    }
}
