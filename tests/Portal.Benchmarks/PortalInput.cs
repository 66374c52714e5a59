using System.Text;

namespace Portal.Benchmarks;

/// <summary>Writes a generated corpus as the engine's input folder: site.yml plus input/&lt;section&gt;/&lt;slug&gt;.md.</summary>
internal static class PortalInput
{
    public static long Write(GeneratedCorpus corpus, string inputDir, Trash trash)
    {
        // Start from nothing so a previous run's files (or an earlier edit) cannot leak into this corpus.
        trash.MoveAside(inputDir);

        foreach (var folder in new[] { DocKind.Notice, DocKind.Technique, DocKind.Policy }.Select(SyntheticDocument.FolderOf))
        {
            Directory.CreateDirectory(Path.Combine(inputDir, folder));
        }

        File.WriteAllText(Path.Combine(inputDir, "site.yml"), SiteYaml.Text());
        long bytes = 0;
        foreach (var doc in corpus.Documents)
        {
            var text = Text(doc);
            File.WriteAllText(Path.Combine(inputDir, doc.RelativePath), text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    public static string Text(SyntheticDocument doc)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Yaml.Quote(doc.Title)).Append('\n');
        text.Append("date: ").Append(Yaml.Date(doc.Date, doc.DateHasTime)).Append('\n');
        if (doc.Summary is { } summary)
        {
            text.Append("summary: ").Append(Yaml.Quote(summary)).Append('\n');
        }

        text.Append("tags: ").Append(Yaml.List(doc.Tags)).Append('\n');
        foreach (var line in doc.EngineOnlyYaml)
        {
            text.Append(line).Append('\n');
        }

        return text.Append("---\n\n").Append(doc.Body).ToString();
    }
}
