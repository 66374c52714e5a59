using Portal.Html;
using Portal.Incremental;

namespace Portal.SiteModel;

/// <summary>
/// The summaries and pages of the last site model, kept by serve's engine for the next one. A title edit
/// used to rebuild every one of 10,000 document pages and every list page (0.2–0.3 s), and then each new
/// page had to be compared field by field with the last build's to find the twenty that changed. Here a
/// piece is taken over when what it is made of is the very same object as last time (the html stage hands
/// back the same <see cref="ProcessedDocument"/> for an unchanged document), so unchanged pages come out
/// reference-equal and the templates stage passes over them at once.
/// <para>Everything that is not per document (config, labels, now, assets, images, whether scheduled
/// documents are kept) is the memo's scope: when any of it differs, the memo starts empty.</para>
/// </summary>
public sealed class ModelMemo
{
    private object[]? _scope;
    private Dictionary<ProcessedDocument, ItemSummary> _summaries = new(ReferenceEqualityComparer.Instance);
    private Dictionary<ProcessedDocument, ItemSummary> _nextSummaries = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, SitePage> _pages = new(StringComparer.Ordinal);
    private Dictionary<string, SitePage> _nextPages = new(StringComparer.Ordinal);

    /// <summary>How many pages the last model took over from the one before (tests check a title edit reuses the rest).</summary>
    internal int PagesReused { get; private set; }

    /// <summary>Starts a model: what the last one made stays usable only if the scope is the same.</summary>
    internal void Begin(object[] scope)
    {
        if (_scope is null || !ViewEquality.Same(_scope, scope))
        {
            _summaries.Clear();
            _pages.Clear();
        }

        _scope = scope;
        _nextSummaries.Clear();
        _nextPages.Clear();
        PagesReused = 0;
    }

    /// <summary>Lets go of everything: the next model is built whole (after a build that threw).</summary>
    internal void Forget() => _scope = null;

    /// <summary>Ends a model: what it made becomes the last model's, and what it did not use is let go.</summary>
    internal void End()
    {
        (_summaries, _nextSummaries) = (_nextSummaries, _summaries);
        (_pages, _nextPages) = (_nextPages, _pages);
        _nextSummaries.Clear();
        _nextPages.Clear();
    }

    internal ItemSummary Summary(ProcessedDocument doc)
    {
        if (!_summaries.TryGetValue(doc, out var summary))
        {
            summary = Summaries.Of(doc);
        }

        _nextSummaries[doc] = summary;
        return summary;
    }

    /// <summary>The last model's page at <paramref name="path"/> when <paramref name="reusable"/> says it is made of the same things.</summary>
    internal SitePage Page(string path, Func<SitePage, bool> reusable, Func<SitePage> build)
    {
        SitePage page;
        if (_pages.TryGetValue(path, out var last) && reusable(last))
        {
            page = last;
            PagesReused++;
        }
        else
        {
            page = build();
        }

        _nextPages[path] = page;
        return page;
    }

    /// <summary>Whether two lists hold the same objects in the same order (summaries taken over from the memo are).</summary>
    internal static bool SameItems<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, int start = 0, int count = -1)
        where T : class
    {
        var length = count < 0 ? b.Count : count;
        if (a.Count != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!ReferenceEquals(a[i], b[start + i]))
            {
                return false;
            }
        }

        return true;
    }
}
