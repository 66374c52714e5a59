namespace Portal.Html;

/// <summary>
/// The attributes of one tag of Markdig's markup, changed the way the DOM changes them: a new attribute
/// goes last, a replaced one keeps its place, so the serialized tag equals AngleSharp's.
/// </summary>
internal sealed class MarkupElement(List<KeyValuePair<string, string>> attributes) : ILinkElement
{
    public List<KeyValuePair<string, string>> Attributes { get; } = attributes;

    public string? GetAttribute(string name) => IndexOf(name) is var i and >= 0 ? Attributes[i].Value : null;

    public void SetAttribute(string name, string value)
    {
        var i = IndexOf(name);
        if (i >= 0)
        {
            Attributes[i] = new(name, value);
        }
        else
        {
            Attributes.Add(new(name, value));
        }
    }

    public void RemoveAttribute(string name)
    {
        if (IndexOf(name) is var i and >= 0)
        {
            Attributes.RemoveAt(i);
        }
    }

    /// <summary>As DOMTokenList.add: the list is the value's distinct space-separated tokens, rewritten joined by one space.</summary>
    public void AddClass(string token)
    {
        var tokens = (GetAttribute("class") ?? "").Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (!tokens.Contains(token, StringComparer.Ordinal))
        {
            tokens.Add(token);
            SetAttribute("class", string.Join(' ', tokens));
        }
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (Attributes[i].Key == name)
            {
                return i;
            }
        }

        return -1;
    }
}
