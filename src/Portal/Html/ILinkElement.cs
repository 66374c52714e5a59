using AngleSharp.Dom;

namespace Portal.Html;

/// <summary>
/// The attributes of an <c>&lt;a&gt;</c> or <c>&lt;img&gt;</c> that the link rewriter reads and changes. Two
/// implementations share one rewriting logic: an AngleSharp element (bodies with raw HTML) and a tag of
/// Markdig's own markup (every other body), so both paths decide and report exactly alike.
/// </summary>
internal interface ILinkElement
{
    string? GetAttribute(string name);

    /// <summary>Replaces the value in place, or appends the attribute after the others (as the DOM does).</summary>
    void SetAttribute(string name, string value);

    void RemoveAttribute(string name);

    /// <summary>Adds a class token unless it is already there (DOMTokenList.add).</summary>
    void AddClass(string token);
}

/// <summary>An AngleSharp element seen through <see cref="ILinkElement"/>.</summary>
internal sealed class DomLinkElement(IElement element) : ILinkElement
{
    public string? GetAttribute(string name) => element.GetAttribute(name);

    public void SetAttribute(string name, string value) => element.SetAttribute(name, value);

    public void RemoveAttribute(string name) => element.RemoveAttribute(name);

    public void AddClass(string token) => element.ClassList.Add(token);
}
