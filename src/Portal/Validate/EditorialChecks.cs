using Portal.Diagnostics;
using Portal.Load;

namespace Portal.Validate;

/// <summary>
/// Checks that help editors but never fail a build: Chinese typography (optional) and freshness
/// reminders. Run in the validate stage, one document per thread.
/// </summary>
public static class EditorialChecks
{
    public static void Run(LoadedSite site, DateTimeOffset now, bool typography, DiagnosticBag diagnostics) =>
        Parallel.ForEach(site.Items, item => BuildException.For(item.DisplayPath, () =>
        {
            Check(item, now, typography, diagnostics);
            return 0;
        }));

    /// <summary>The checks of one document (an incremental build runs them when the document changes).</summary>
    public static void Check(Content.ContentItem item, DateTimeOffset now, bool typography, DiagnosticBag diagnostics)
    {
        if (typography)
        {
            TypographyRules.Check(item, diagnostics);
        }

        FreshnessRules.Check(item, now, diagnostics);
    }
}
