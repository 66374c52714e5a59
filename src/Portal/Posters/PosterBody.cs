using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Posters;

/// <summary>
/// The body of a poster: the page's HTML made fit for paper (no images, links as plain text, no
/// footnotes) and cut at a clean boundary (a whole paragraph, list item or table row) where it would
/// not fit, so the rest is read on the phone ("扫码阅读全文").
/// The cut is an estimate from text widths. What falls after it is kept but hidden (<c>hidden data-rest</c>):
/// without scripts the page shows the estimated cut; in a browser the poster's fit script shows hidden
/// parts again while they fit, and hides more if the estimate was too generous, so the printed sheet is
/// filled exactly. Only as much of the rest is kept as the estimate can plausibly be off by
/// (<see cref="SpareShare"/>); the remainder is dropped, since 20,000 posters each carrying a whole
/// hidden body made up a quarter of a large site's output.
/// </summary>
public static class PosterBody
{
    /// <summary>Hidden blocks kept after the cut, as a share of the body's height budget.</summary>
    public const double SpareShare = 0.5;

    private const double TableFont = 4.4;

    // A parser makes its own browsing context (configuration, services) when created; one per thread serves every poster.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    private static readonly string[] Dropped = ["img", "figure", "picture", "video", "audio", "iframe", "object", "embed", "a.footnote-ref", ".footnotes", "nav"];

    /// <param name="html">The page's body HTML.</param>
    /// <param name="budget">Height available, in poster units.</param>
    /// <param name="lead">The document's summary: shown instead when not even the body's first section fits.</param>
    public static (string Html, bool Truncated) Fit(string html, double budget, string? lead = null)
    {
        var document = Parser.Value!.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        Clean(body);
        var used = 0.0;
        var spare = 0.0;
        var truncated = false;
        foreach (var block in body.Children.ToList())
        {
            if (truncated)
            {
                spare += Cost(block);
                if (spare <= budget * SpareShare)
                {
                    Hide(block);
                }
                else
                {
                    block.Remove();
                }

                continue;
            }

            var cost = Cost(block);
            if (used + cost <= budget)
            {
                used += cost;
                continue;
            }

            truncated = true;
            if (!KeepPart(block, budget - used))
            {
                Hide(block);
            }
        }

        // A heading with nothing under it reads like a mistake on paper.
        var blocks = body.Children.ToList();
        var shown = blocks.Where(b => !b.HasAttribute("hidden")).ToList();
        for (var i = shown.Count - 1; i >= 0 && IsHeading(shown[i]); i--)
        {
            Hide(shown[i]);
            truncated = true;
        }

        if (lead is { Length: > 0 } && truncated && !blocks.Any(b => !b.HasAttribute("hidden")))
        {
            var paragraph = document.CreateElement("p");
            paragraph.ClassName = "lead";
            paragraph.TextContent = lead;
            body.Prepend(paragraph);
            if (Cost(paragraph) > budget)
            {
                Hide(paragraph);
            }
        }

        return (body.InnerHtml.Trim(), truncated);
    }

    /// <summary>True when the element is shown on the poster as the build cut it (not after the cut).</summary>
    public static bool IsShown(IElement element) => element.Closest("[data-rest]") is null;

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static void Hide(IElement element)
    {
        element.SetAttribute("hidden", "");
        element.SetAttribute("data-rest", "");
    }

    /// <summary>Height of one top-level block in poster units (1 mm on A4).</summary>
    public static double Cost(IElement block) => block.LocalName switch
    {
        "h1" or "h2" => Text(block, 6.2, 1.35) + 5,
        "h3" or "h4" or "h5" or "h6" => Text(block, 5.5, 1.4) + 4,
        "ul" or "ol" => block.Children.Where(c => c.LocalName == "li").Sum(ItemCost) + 2.5,
        "table" => TableRows(block).Sum(RowCost) + 4,
        "pre" => Math.Max(1, block.TextContent.Split('\n').Length) * TableFont * 1.4 + 4,
        "hr" => 6,
        "blockquote" => PosterText.Lines(block.TextContent, (PosterLayout.Width - 10) / PosterLayout.BodyFont) * PosterLayout.BodyLine + 4,
        _ => PosterText.Lines(block.TextContent, PosterLayout.Width / PosterLayout.BodyFont) * PosterLayout.BodyLine + 2.5,
    };

    /// <summary>Keeps the list items or table rows of a block that fit; false when not even a useful start fits.</summary>
    private static bool KeepPart(IElement block, double room)
    {
        List<IElement> parts;
        double used;
        int minimum;
        if (block.LocalName is "ul" or "ol")
        {
            parts = block.Children.Where(c => c.LocalName == "li").ToList();
            used = 2.5;
            minimum = 1;
        }
        else if (block.LocalName == "table")
        {
            // The header row always stays; two data rows make a table worth showing.
            parts = TableRows(block).Where(r => r.ParentElement?.LocalName != "thead").ToList();
            used = 4 + TableRows(block).Where(r => r.ParentElement?.LocalName == "thead").Sum(RowCost);
            minimum = 2;
        }
        else
        {
            return false;
        }

        var kept = 0;
        foreach (var part in parts)
        {
            var cost = block.LocalName == "table" ? RowCost(part) : ItemCost(part);
            if (used + cost > room)
            {
                break;
            }

            used += cost;
            kept++;
        }

        if (kept < minimum)
        {
            return false;
        }

        foreach (var part in parts.Skip(kept))
        {
            Hide(part);
        }

        return true;
    }

    private static void Clean(IElement body)
    {
        foreach (var element in Dropped.SelectMany(body.QuerySelectorAll).ToList())
        {
            element.Remove();
        }

        // Links mean nothing on paper: keep their text. Table wrappers only made tables scroll on phones.
        foreach (var element in body.QuerySelectorAll("a, div.table-scroll").ToList())
        {
            element.Replace([.. element.ChildNodes]);
        }

        foreach (var element in body.QuerySelectorAll("[id], [tabindex], [role], [aria-label]").ToList())
        {
            element.RemoveAttribute("id");
            element.RemoveAttribute("tabindex");
            element.RemoveAttribute("role");
            element.RemoveAttribute("aria-label");
        }
    }

    private static double Text(IElement element, double font, double lineHeight) =>
        PosterText.Lines(element.TextContent, PosterLayout.Width / font) * font * lineHeight;

    private static double ItemCost(IElement item) =>
        PosterText.Lines(item.TextContent, (PosterLayout.Width - 9) / PosterLayout.BodyFont) * PosterLayout.BodyLine + 1;

    private static IEnumerable<IElement> TableRows(IElement table) => table.QuerySelectorAll("tr");

    private static double RowCost(IElement row)
    {
        var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
        var column = (PosterLayout.Width / Math.Max(1, cells.Count) - 3) / TableFont;
        var lines = cells.Count == 0 ? 1 : cells.Max(c => PosterText.Lines(c.TextContent, column));
        return lines * TableFont * 1.4 + 2.6;
    }
}
