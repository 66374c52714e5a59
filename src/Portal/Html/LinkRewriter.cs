using Portal.Content;
using Portal.Diagnostics;
using Portal.Images;
using Portal.Load;
using Portal.Markdown;

namespace Portal.Html;

/// <summary>
/// Turns links as editors write them (relative to the Markdown file, to other .md files or to files
/// beside it) into URLs relative to the page, and reports every one that would not resolve.
/// </summary>
internal sealed class LinkRewriter(ContentItem item, LinkTargets targets, IReadOnlySet<string> localIds, DiagnosticBag diagnostics, ISet<string>? lookups = null)
{
    public void RewriteAnchor(ILinkElement anchor)
    {
        var href = anchor.GetAttribute("href")!.Trim();
        if (RemoveUnsafeUrl(anchor, "href", href))
        {
            return;
        }

        if (IsExternal(href))
        {
            if (href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                anchor.AddClass("external");
                anchor.SetAttribute("rel", "noopener noreferrer external");
            }

            return;
        }

        var (path, fragment) = Split(href);
        if (path.Length == 0)
        {
            if (fragment.Length > 0 && !localIds.Contains(fragment))
            {
                Report(anchor, DiagnosticCodes.BrokenAnchor, $"页内锚点 #{fragment} 不存在：请检查标题文字（锚点为去掉标点、空格换成 - 的标题）。");
            }

            return;
        }

        var resolved = InputPaths.Combine(item.SourceFolder, Uri.UnescapeDataString(path));
        if (resolved is null)
        {
            Report(anchor, DiagnosticCodes.PathEscapesInput, $"链接 {href} 指向 input 目录以外。");
            return;
        }

        lookups?.Add(resolved);
        if (targets.TryDocument(resolved, out var target, out var ids, out var state))
        {
            if (!Publication.HasPage(state))
            {
                Report(anchor, DiagnosticCodes.BrokenLink, $"链接 {href} 指向尚未发布的内容（{(state == PublicationState.Draft ? "草稿" : "定时发布")}），发布前请不要链接它。");
                return;
            }

            if (fragment.Length > 0 && !ids.Contains(fragment))
            {
                Report(anchor, DiagnosticCodes.BrokenAnchor, $"链接 {href} 中的锚点 #{fragment} 在 {target.DisplayPath} 中不存在。");
            }

            anchor.SetAttribute("href", SitePaths.Relative(item.Url, target.Url) + (fragment.Length > 0 ? "#" + fragment : ""));
            return;
        }

        if (targets.AssetOutputPath(resolved) is { } file)
        {
            anchor.SetAttribute("href", SitePaths.Relative(item.Url, file));
            return;
        }

        Report(anchor, DiagnosticCodes.BrokenLink, $"链接 {href} 指向的文件不存在（按本文件所在目录计算为 {resolved}）。链接其他内容请写相对路径，例如 ../notices/xxx.md。");
    }

    /// <summary>Points the image at its published file; for a resized photo also sets srcset, sizes, width and
    /// height, and returns what the caller needs to wrap it in <c>&lt;picture&gt;</c> (null otherwise).</summary>
    public Picture? RewriteImage(ILinkElement image)
    {
        var src = image.GetAttribute("src")?.Trim() ?? "";
        if (RemoveUnsafeUrl(image, "src", src))
        {
            return null;
        }

        if (src.Length == 0 || IsExternal(src))
        {
            if (src.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                // Kiosks are offline and the site makes no outside requests: images must be committed.
                Report(image, DiagnosticCodes.BrokenImage, $"图片 {src} 是外部网址：请把图片文件放在内容旁边并用相对路径引用。");
            }

            return null;
        }

        var resolved = InputPaths.Combine(item.SourceFolder, Uri.UnescapeDataString(Split(src).Path));
        if (resolved is not null)
        {
            lookups?.Add(resolved);
        }

        if (resolved is not null && targets.AssetOutputPath(resolved) is { } file)
        {
            if (string.IsNullOrWhiteSpace(image.GetAttribute("alt")))
            {
                Warn(image, DiagnosticCodes.ImageNoAlt, $"图片 {src} 没有说明文字：请写成 ![说明文字]({src})，读屏软件会读出它，图片加载不出来时也会显示。");
            }

            if (targets.Image(resolved) is not { } processed)
            {
                image.SetAttribute("src", SitePaths.Relative(item.Url, file));
                return null;
            }

            var picture = Picture.For(processed, item.Url);
            image.SetAttribute("src", picture.Src);
            if (picture.Srcset is { } srcset)
            {
                image.SetAttribute("srcset", srcset);
                image.SetAttribute("sizes", Picture.ColumnSizes);
            }

            // The box is reserved before the file arrives (no layout shift); an editor's own size is kept.
            if (image.GetAttribute("width") is null && image.GetAttribute("height") is null)
            {
                image.SetAttribute("width", picture.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                image.SetAttribute("height", picture.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            image.SetAttribute("decoding", "async");
            return picture;
        }

        Report(image, resolved is null ? DiagnosticCodes.PathEscapesInput : DiagnosticCodes.BrokenImage, $"图片 {src} 不存在。");
        return null;
    }

    /// <summary>Drops a URL whose scheme is not allowed (the sanitizer's list), with a warning at its line.</summary>
    private bool RemoveUnsafeUrl(ILinkElement element, string attribute, string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon <= 0 || (slash >= 0 && slash < colon) || BodySanitizer.AllowedSchemes.Contains(url[..colon].Trim()))
        {
            return false;
        }

        element.RemoveAttribute(attribute);
        var line = int.TryParse(element.GetAttribute(MarkdownRenderer.LineAttribute), out var l) ? l : item.BodyLine;
        diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, new SourceSpan(item.DisplayPath, line),
            $"不安全的链接已被移除：{(url.Length > 40 ? url[..40] + "…" : url)}。链接只能是 http、https、mailto、tel 网址或站内相对路径。");
        return true;
    }

    private static bool IsExternal(string url) =>
        url.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1
        || url.StartsWith("//", StringComparison.Ordinal);

    private static (string Path, string Fragment) Split(string href)
    {
        var hash = href.IndexOf('#');
        var path = hash >= 0 ? href[..hash] : href;
        var query = path.IndexOf('?');
        return (query >= 0 ? path[..query] : path, hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : "");
    }

    private void Report(ILinkElement element, string code, string message) => diagnostics.Error(code, At(element), message);

    private void Warn(ILinkElement element, string code, string message) => diagnostics.Warning(code, At(element), message);

    private SourceSpan At(ILinkElement element) =>
        new(item.DisplayPath, int.TryParse(element.GetAttribute(MarkdownRenderer.LineAttribute), out var l) ? l : item.BodyLine);
}
