using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.Load;

/// <summary>
/// Sits between YamlDotNet's parser and its node loader, remembering which collections are open and
/// where the last good event ended. When parsing fails, that tells the editor which bracket is unclosed
/// and where; YamlDotNet 18 itself sometimes fails with an <see cref="InvalidOperationException"/> and no
/// position for an unclosed flow list. It also caps nesting: the node loader recurses once per level, and
/// <c>a: [[[[…</c> a hundred thousand deep would overflow the stack and end the process.
/// </summary>
internal sealed class GuardedYamlParser(IParser inner) : IParser
{
    /// <summary>Front matter needs three levels at most (attachments → item → key); a config a few more.</summary>
    public const int MaxDepth = 32;

    private readonly Stack<NodeEvent> _open = new();

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event that parsed cleanly ended (1-based line and column).</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    /// <summary>The innermost <c>[</c> or <c>{</c> still waiting for its closing bracket, if any.</summary>
    public NodeEvent? OpenFlow => _open.FirstOrDefault(e => e is SequenceStart { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } or MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow });

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var current = inner.Current!;
        LastGood = current.End;
        switch (current)
        {
            case SequenceStart or MappingStart:
                _open.Push((NodeEvent)current);
                if (_open.Count > MaxDepth)
                {
                    throw new YamlNestingException(current.Start, current.End);
                }

                break;
            case SequenceEnd or MappingEnd:
                _open.TryPop(out _);
                break;
        }

        return true;
    }
}

/// <summary>Lists or mappings nested deeper than <see cref="GuardedYamlParser.MaxDepth"/>.</summary>
internal sealed class YamlNestingException(Mark start, Mark end)
    : YamlException(start, end, $"nesting deeper than {GuardedYamlParser.MaxDepth} levels");
