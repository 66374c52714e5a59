using System.Globalization;
using System.Text;

namespace Portal.Benchmarks;

/// <summary>What a document's sentences talk about: fills the {S} {P} {T} {C} {W} {Y} slots of <see cref="ChineseText"/>.</summary>
internal sealed record TextSlots(string Subject, string Practice, string Topic, string County, string Town, int Year);

/// <summary>A link from one generated document to another, already written the way editors write it.</summary>
internal sealed record BodyLink(string Title, string Href);

/// <summary>
/// Composes one Markdown body of about <c>targetHanzi</c> Chinese characters with the structures the
/// real content uses and the engine must handle: ## and ### headings, ordered and unordered lists,
/// bold lead-ins, a pipe table (in most documents) and relative links to other documents.
/// Everything comes from the caller's seeded <see cref="Random"/>, so the corpus is the same every run.
/// </summary>
internal sealed class MarkdownBody(Random random, DocKind kind, TextSlots slots)
{
    private readonly StringBuilder _text = new();
    private int _hanzi;

    public string Write(int targetHanzi, bool withTable, IReadOnlyList<BodyLink> links)
    {
        Paragraph(random.Next(2, 4));
        var headings = Shuffled(kind switch
        {
            DocKind.Notice => ChineseText.NoticeHeadings,
            DocKind.Technique => ChineseText.TechniqueHeadings,
            _ => ChineseText.PolicyHeadings,
        });
        var tableSection = withTable ? random.Next(0, 3) : -1;
        var maxSections = Math.Min(headings.Length, ChineseText.ChineseNumbers.Length);
        var section = 0;
        for (; section < maxSections && (_hanzi < targetHanzi || section <= tableSection); section++)
        {
            Line($"## {ChineseText.ChineseNumbers[section]}、{headings[section]}");
            Paragraph(random.Next(2, 5), section < links.Count ? links[section] : null);
            if (section == tableSection)
            {
                Table();
            }

            switch (random.Next(10))
            {
                case < 4:
                    List(ordered: true);
                    break;
                case < 7:
                    List(ordered: false);
                    break;
            }

            if (random.Next(10) < 3)
            {
                var subs = Shuffled(ChineseText.SubHeadings);
                var count = random.Next(2, 4);
                for (var i = 0; i < count; i++)
                {
                    Line($"### （{ChineseText.ChineseNumbers[i]}）{subs[i]}");
                    Paragraph(random.Next(1, 4));
                }
            }
        }

        // Each section carries at most one link; any left over (a short document) still gets written.
        foreach (var link in links.Skip(section))
        {
            Paragraph(1, link);
        }

        Paragraph(1);
        return _text.ToString();
    }

    /// <summary>One sentence for this kind of document, slots filled (also used for summaries and key points).</summary>
    public string Sentence()
    {
        var pool = kind switch
        {
            DocKind.Notice => ChineseText.NoticeSentences,
            DocKind.Technique => ChineseText.TechniqueSentences,
            _ => ChineseText.PolicySentences,
        };
        return Fill(pool[random.Next(pool.Length)]);
    }

    private void Paragraph(int sentences, BodyLink? link = null)
    {
        var paragraph = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            paragraph.Append(Sentence());
        }

        if (link is not null)
        {
            paragraph.Append($"具体安排见[{link.Title}]({link.Href})。");
        }

        Line(paragraph.ToString());
    }

    private void List(bool ordered)
    {
        var count = random.Next(3, 7);
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var marker = ordered ? $"{i + 1}. " : "- ";
            // The space after ** matters: CommonMark does not close emphasis between "：" and a CJK letter.
            var lead = random.Next(3) == 0 ? $"**{ChineseText.SubHeadings[random.Next(ChineseText.SubHeadings.Length)]}：** " : "";
            lines.Append(marker).Append(lead).AppendLine(Sentence());
        }

        Line(lines.ToString().TrimEnd());
    }

    private void Table()
    {
        var header = kind switch
        {
            DocKind.Notice => "| 项目 | 时间 | 地点 |",
            DocKind.Technique => "| 环节 | 时间 | 要点 |",
            _ => "| 事项 | 时间 | 说明 |",
        };
        var table = new StringBuilder().AppendLine(header).AppendLine("|---|---|---|");
        var rows = random.Next(3, 7);
        for (var i = 0; i < rows; i++)
        {
            var item = ChineseText.TableItems[random.Next(ChineseText.TableItems.Length)];
            var when = $"{random.Next(1, 13)}月{random.Next(1, 29)}日";
            var third = kind == DocKind.Notice
                ? slots.County + RandomTown()
                : ChineseText.TableNotes[random.Next(ChineseText.TableNotes.Length)];
            table.AppendLine($"| {item} | {when} | {third} |");
        }

        Line(table.ToString().TrimEnd());
    }

    private string Fill(string template) => template
        .Replace("{S}", slots.Subject, StringComparison.Ordinal)
        .Replace("{P}", slots.Practice, StringComparison.Ordinal)
        .Replace("{T}", slots.Topic, StringComparison.Ordinal)
        .Replace("{C}", slots.County, StringComparison.Ordinal)
        .Replace("{W}", slots.Town, StringComparison.Ordinal)
        .Replace("{Y}", Number(slots.Year + random.Next(1, 6)), StringComparison.Ordinal)
        .Replace("{M}", Number(random.Next(1, 13)), StringComparison.Ordinal)
        .Replace("{D}", Number(random.Next(1, 29)), StringComparison.Ordinal)
        .Replace("{N}", Number(random.Next(2, 31)), StringComparison.Ordinal);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private string RandomTown()
    {
        var towns = SiteYaml.Regions.First(r => r.County == slots.County).Towns;
        return towns[random.Next(towns.Length)];
    }

    /// <summary>Appends a block followed by a blank line, counting its Chinese characters toward the target.</summary>
    private void Line(string block)
    {
        _text.AppendLine(block).AppendLine();
        _hanzi += block.Count(c => c is >= '\u4e00' and <= '\u9fff');
    }

    private T[] Shuffled<T>(T[] source)
    {
        var copy = (T[])source.Clone();
        random.Shuffle(copy);
        return copy;
    }
}
