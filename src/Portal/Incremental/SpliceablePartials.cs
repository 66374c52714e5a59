using Scriban;
using Scriban.Syntax;

namespace Portal.Incremental;

/// <summary>
/// Decides whether a partial edit can be taken into the pages by swapping the partial's output in their
/// last bytes (<see cref="Templates.PartialSplice"/>) instead of rendering them again: the 12,000 pages of
/// a footer edit went through Scriban whole (two seconds) to change a line each. That is right only when
/// the partial's output on a page is a function of what the page starts with (page, model, the site's
/// globals and functions), not of anything another template leaves behind, and when it leaves nothing
/// behind that another template reads. Read from the templates' syntax trees, so every rule holds for
/// every page; where the pages may differ (captured, piped, in a raw element) they note it themselves.
/// </summary>
public static class SpliceablePartials
{
    /// <summary>
    /// The edited partials, when every edited template is a partial that can be swapped; empty otherwise
    /// (a layout edit, a new or removed template, or a partial that shares state: the pages are rendered).
    /// </summary>
    /// <param name="before">The templates' sources at the last build (their assignments counted too: one that goes away changes what reads it).</param>
    /// <param name="templates">The templates now, parsed.</param>
    public static IReadOnlySet<string> Of(IReadOnlySet<string> changed, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, Template> templates)
    {
        var none = new HashSet<string>(StringComparer.Ordinal);
        if (changed.Count == 0 || changed.Any(key => !key.StartsWith("partials/", StringComparison.Ordinal) || !before.ContainsKey(key) || !templates.ContainsKey(key)))
        {
            return none;
        }

        var uses = templates.ToDictionary(t => t.Key, t => Uses.Of(t.Value.Page), StringComparer.Ordinal);
        // A with or wrap block changes what the names inside it mean, an include in it included; this reads them all.
        if (uses.Values.Any(u => u.ChangesScope))
        {
            return none;
        }

        foreach (var key in changed)
        {
            var now = uses[key];
            var old = Uses.Of(Template.Parse(before[key]).Page);
            var others = uses.Where(u => u.Key != key).Select(u => u.Value).ToList();
            var othersWrite = others.SelectMany(u => u.Writes).ToHashSet(StringComparer.Ordinal);
            var othersTouch = others.SelectMany(u => u.Reads.Concat(u.Writes)).ToHashSet(StringComparer.Ordinal);
            var spliceable = !now.Includes && !now.ReadsContent && !now.ReadsClock
                && !now.Reads.Overlaps(othersWrite)
                && !now.Writes.Concat(old.Writes).Any(othersTouch.Contains);
            if (!spliceable)
            {
                return none;
            }
        }

        return changed;
    }

    /// <summary>The global names a template reads and writes, and what else of it matters here.</summary>
    private sealed class Uses
    {
        public HashSet<string> Reads { get; } = new(StringComparer.Ordinal);

        /// <summary>Assigned, captured or defined as a function: kept in the page's global, seen by every template after.</summary>
        public HashSet<string> Writes { get; } = new(StringComparer.Ordinal);

        public bool Includes { get; private set; }

        /// <summary><c>page.content</c>: the layout's output, which only the page's render has.</summary>
        public bool ReadsContent { get; private set; }

        /// <summary><c>date.now</c>: another value at every call.</summary>
        public bool ReadsClock { get; private set; }

        public bool ChangesScope { get; private set; }

        public static Uses Of(ScriptNode? root)
        {
            var uses = new Uses();
            if (root is not null)
            {
                uses.Walk(root);
            }

            return uses;
        }

        private void Walk(ScriptNode? node)
        {
            if (node is null)
            {
                return;
            }

            switch (node)
            {
                case ScriptWithStatement or ScriptWrapStatement or ScriptThisExpression:
                    // this: the page's global itself, every name in it.
                    ChangesScope = true;
                    break;
                case ScriptAssignExpression assign:
                    Wrote(assign.Target);
                    break;
                case ScriptCaptureStatement capture:
                    Wrote(capture.Target);
                    break;
                case ScriptFunction { NameOrDoToken: ScriptVariableGlobal name }:
                    Writes.Add(name.Name);
                    break;
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } }:
                    Includes = true;
                    break;
                case ScriptMemberExpression member:
                    ReadsContent |= member.Member?.Name == "content";
                    ReadsClock |= member.Member?.Name == "now" && member.Target is ScriptVariableGlobal { Name: "date" };
                    // The member's name is not a variable: only the object it is taken from is walked.
                    Walk(member.Target);
                    return;
                case ScriptForStatement loop:
                    // A loop's variable lives in the loop only (Scriban pushes a scope for it).
                    Walk(loop.Iterator);
                    Walk(loop.Body);
                    return;
                case ScriptVariableGlobal variable:
                    Reads.Add(variable.Name);
                    break;
            }

            for (var i = 0; i < node.ChildrenCount; i++)
            {
                Walk(node.GetChildren(i));
            }
        }

        private void Wrote(ScriptNode? target)
        {
            // a = …, a.b = …, a[i] = …: the root object is what changes.
            while (target is ScriptMemberExpression or ScriptIndexerExpression)
            {
                target = target is ScriptMemberExpression member ? member.Target : ((ScriptIndexerExpression)target).Target;
            }

            if (target is ScriptVariableGlobal global)
            {
                Writes.Add(global.Name);
            }
        }
    }
}
