namespace Portal.Html;

internal enum MarkupKind : byte
{
    Text,
    Start,
    End,
}

/// <summary>
/// One token of Markdig's markup. Text is a span of the source, still escaped; a start tag's attributes
/// (values already unescaped) are a run in <see cref="MarkdigMarkup.Attributes"/>.
/// </summary>
internal readonly record struct MarkupToken(MarkupKind Kind, string Name, int Start, int End, int FirstAttribute, int AttributeCount, bool IsVoid);
