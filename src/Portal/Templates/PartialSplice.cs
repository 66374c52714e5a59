namespace Portal.Templates;

/// <summary>
/// A page after a partial edit, made from its last bytes: the output of each edited partial, found where
/// <see cref="PageIncludes"/> says it went, swapped for the partial's new output on that page. The result
/// is byte for byte what rendering the page again gives when the partial's output is a piece of markup of
/// its own (<see cref="PageOutput"/> notes only those) and the partial reads and writes nothing the other
/// templates share (<see cref="Incremental.SpliceablePartials"/> decides that before any page is spliced).
/// </summary>
public static class PartialSplice
{
    /// <summary>
    /// The page with each span of a template in <paramref name="fresh"/> replaced by its new bytes, and the
    /// spans moved to match; null when one of those templates cannot be swapped on this page or two of
    /// their spans overlap (a partial inside another: the page is rendered instead).
    /// </summary>
    public static (byte[] Bytes, PageIncludes Includes)? Apply(byte[] page, PageIncludes includes, IReadOnlyDictionary<string, byte[]> fresh)
    {
        foreach (var template in fresh.Keys)
        {
            if (includes.Unspliceable.Contains(template))
            {
                return null;
            }
        }

        var swapped = new List<IncludeSpan>();
        var length = page.Length;
        foreach (var span in includes.Spans)
        {
            if (!fresh.TryGetValue(span.Template, out var bytes))
            {
                continue;
            }

            if (swapped.Count > 0 && span.Start < swapped[^1].End)
            {
                return null;
            }

            swapped.Add(span);
            length += bytes.Length - (span.End - span.Start);
        }

        // Every byte is written below, and the page is kept until the next edit: on the pinned heap, which the
        // collector never copies, the 12,000 new pages of a footer edit are not copied again from one
        // generation to the next (their threads waited for the collector half of the time).
        var result = GC.AllocateUninitializedArray<byte>(length, pinned: true);
        var at = 0;
        var from = 0;
        foreach (var span in swapped)
        {
            page.AsSpan(from, span.Start - from).CopyTo(result.AsSpan(at));
            at += span.Start - from;
            fresh[span.Template].CopyTo(result.AsSpan(at));
            at += fresh[span.Template].Length;
            from = span.End;
        }

        page.AsSpan(from).CopyTo(result.AsSpan(at));
        return (result, Moved(includes, swapped, fresh));
    }

    /// <summary>
    /// Every span where it is in the new bytes: a swapped one has its new length, one that holds a swapped
    /// span grows or shrinks with it, one after it moves. One inside a swapped span is gone with it, and its
    /// partial, now nowhere to be found, can only be rendered from then on.
    /// </summary>
    private static PageIncludes Moved(PageIncludes includes, List<IncludeSpan> swapped, IReadOnlyDictionary<string, byte[]> fresh)
    {
        // What the swaps that end at or before a position add to it.
        int Shift(int position)
        {
            var shift = 0;
            foreach (var s in swapped)
            {
                shift += s.End <= position ? fresh[s.Template].Length - (s.End - s.Start) : 0;
            }

            return shift;
        }

        bool Inside(IncludeSpan span)
        {
            foreach (var s in swapped)
            {
                if (s.Start <= span.Start && span.End <= s.End && (s.Start, s.End) != (span.Start, span.End))
                {
                    return true;
                }
            }

            return false;
        }

        var moved = new List<IncludeSpan>(includes.Spans.Count);
        HashSet<string>? lost = null;
        foreach (var span in includes.Spans)
        {
            if (fresh.TryGetValue(span.Template, out var bytes))
            {
                var start = span.Start + Shift(span.Start);
                moved.Add(span with { Start = start, End = start + bytes.Length });
            }
            else if (Inside(span))
            {
                (lost ??= new HashSet<string>(includes.Unspliceable, StringComparer.Ordinal)).Add(span.Template);
            }
            else
            {
                moved.Add(span with { Start = span.Start + Shift(span.Start), End = span.End + Shift(span.End) });
            }
        }

        return new PageIncludes(moved, lost ?? includes.Unspliceable);
    }
}
