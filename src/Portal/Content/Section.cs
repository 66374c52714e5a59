namespace Portal.Content;

/// <summary>The four kinds of content, each a folder under <c>input/</c>.</summary>
public enum Section
{
    Notices,
    Techniques,
    Policies,
    Pages,
}

public static class SectionNames
{
    public static IReadOnlyList<Section> All { get; } = [Section.Notices, Section.Techniques, Section.Policies, Section.Pages];

    /// <summary>The folder under input/ and (except pages) the first segment of the page's URL.</summary>
    public static string Folder(Section section) => section switch
    {
        Section.Notices => "notices",
        Section.Techniques => "techniques",
        Section.Policies => "policies",
        _ => "pages",
    };

    public static Section? FromFolder(string folder) => All.Cast<Section?>().FirstOrDefault(s => Folder(s!.Value) == folder);

    /// <summary>Pages (about, contact …) live at the site root: <c>pages/about.md</c> → <c>about/</c>.</summary>
    public static string UrlPrefix(Section section) => section == Section.Pages ? "" : Folder(section) + "/";

    /// <summary>The key in theme/i18n/zh-CN.yml naming the section for readers.</summary>
    public static string LabelKey(Section section) => "section_" + Folder(section);
}
