using System.Diagnostics;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Incremental;
using Portal.Markdown;
using Portal.Output;
using Portal.Posters;
using Portal.SiteModel;
using Portal.Templates;

namespace Portal.Engine;

/// <summary>The shortcut for the most common change in serve: an editor typing in one document's body.</summary>
public sealed partial class SiteEngine
{
    private LastBuild? _last;

    /// <summary>
    /// The common case while writing: only the body of documents changed, and nothing anyone else sees of
    /// them did (title, summary, state, heading ids are the same). Then only their pages are rendered and
    /// written — at once — and the search index and manifest follow. Null when the change is anything else.
    /// </summary>
    private BuildReport? TryBodyEdit(IReadOnlyCollection<string>? changed, Action<IReadOnlyList<string>>? pagesWritten)
    {
        if (changed is not { Count: > 0 } || _last is not { } last || _output is null || !_options.WriteOutput)
        {
            return null;
        }

        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        var input = Path.GetFullPath(_options.Paths.Input);
        var edits = new List<(DocumentState Old, DocumentState Fresh)>();
        foreach (var path in changed.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(input, path).Replace('\\', '/');
            _working = _options.Paths.InputDisplay + "/" + relative;
            if (!_documents.TryGetValue(relative, out var old) || old.Item is null || old.Processed is null || !File.Exists(path))
            {
                return null;
            }

            var bag = new DiagnosticBag();
            var file = new FileInfo(path);
            var item = LoadDocument(old.Source, _config!, bag);
            if (item is null || bag.HasErrors || !ViewEquality.Same(old.Item with { Body = item.Body, BodyLine = item.BodyLine }, item))
            {
                return null;
            }

            var fresh = new DocumentState(old.Source, file.Length, file.LastWriteTimeUtc, item, [.. bag.Sorted()]) { Rendered = MarkdownRenderer.Render(item) };
            if (!fresh.Rendered.Ids.SetEquals(old.Rendered!.Ids) || Process(fresh, last.Targets).State != old.Processed.State
                || fresh.Diagnostics.Any(d => d.Severity == Severity.Error)
                || Summaries.Of(fresh.Processed!) != Summaries.Of(old.Processed))
            {
                return null;
            }

            edits.Add((old, fresh));
        }

        timings.Add(new StageTiming("documents", clock.Elapsed));
        clock.Restart();
        var pages = last.Site.Pages.ToList();
        var patched = new List<SitePage>();
        var processed = last.Processed.ToList();
        foreach (var (old, fresh) in edits)
        {
            var at = pages.FindIndex(p => p.Model is DocumentView v && ReferenceEquals(v.Item, old.Item));
            var index = processed.FindIndex(p => ReferenceEquals(p, old.Processed));
            if (at < 0 || index < 0)
            {
                return null;
            }

            var view = (DocumentView)pages[at].Model;
            var doc = fresh.Processed!;
            pages[at] = pages[at] with { Model = view with { Item = fresh.Item!, Html = doc.Html, Toc = doc.Toc, ReadingMinutes = doc.ReadingMinutes } };
            processed[index] = doc;
            patched.Add(pages[at]);
        }

        var site = last.Site with { Pages = pages };
        var renderBag = new DiagnosticBag();
        var rendered = TemplateRenderer.Render(site with { Pages = patched }, last.Store, last.Labels, renderBag, recordIncludes: true);
        if (renderBag.HasErrors || rendered.Count != patched.Count)
        {
            return null;
        }

        timings.Add(new StageTiming("templates", clock.Elapsed));
        clock.Restart();
        foreach (var (old, fresh) in edits)
        {
            _documents[old.Source.RelativePath] = fresh;
        }

        var files = new Dictionary<string, OutputFile>(last.Files, StringComparer.Ordinal);
        var written = rendered.Select(p => p.File).ToList();
        // The rendered pages come sorted by path, the patched ones in the order of the edits.
        var patchedAt = patched.ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var (page, file) in rendered.Zip(written))
        {
            files[file.Path] = file;
            _pages[page.Path] = new RenderedState(patchedAt[page.Path], file, page.Includes);
        }

        var ahead = _output.WriteAhead(written);
        timings.Add(new StageTiming("write-pages", clock.Elapsed));
        pagesWritten?.Invoke(ahead);

        clock.Restart();
        var search = SearchFiles(site, processed, last.Labels);
        timings.Add(new StageTiming("search", clock.Elapsed));
        clock.Restart();
        var diagnostics = new DiagnosticBag();
        var sorted = files.Values.Concat(search).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var (published, changedFiles) = _output.Apply(sorted, diagnostics);
        timings.Add(new StageTiming("write", clock.Elapsed));

        _last = last with { Site = site, Processed = processed, Files = files };
        last.Global.ForEach(diagnostics.Add);
        foreach (var state in _documents.Values)
        {
            state.LoadDiagnostics.ForEach(diagnostics.Add);
            state.Diagnostics.ForEach(diagnostics.Add);
        }

        var kinds = site.Pages.GroupBy(p => p.Layout).ToDictionary(g => g.Key, g => g.Count());
        return new BuildReport(diagnostics.Sorted(), timings, kinds, sorted.Count, published) { ChangedFiles = [.. ahead.Union(changedFiles)] };
    }

    /// <summary>What the last clean build made, for the body-edit shortcut.</summary>
    private sealed record LastBuild(Site Site, Labels Labels, TemplateStore Store, LinkTargets Targets, IReadOnlyList<ProcessedDocument> Processed, Dictionary<string, OutputFile> Files, List<Diagnostic> Global);
}
