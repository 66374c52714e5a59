namespace Portal.Cms;

/// <summary>
/// One field of a Decap CMS collection (decapcms.org/docs/widgets). Null properties are left out of
/// config.yml; <see cref="Required"/> is written only as <c>false</c> because Decap's default is true.
/// </summary>
public sealed record CmsField
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    public required string Widget { get; init; }

    public bool? Required { get; init; }

    public string? Hint { get; init; }

    public object? Default { get; init; }

    /// <summary>select: the choices, each <c>{label, value}</c>.</summary>
    public IReadOnlyList<CmsOption>? Options { get; init; }

    public bool? Multiple { get; init; }

    /// <summary>datetime: the stored format (moment.js tokens), and the picker's date and time parts (<c>false</c> hides the time).</summary>
    public string? Format { get; init; }

    public object? DateFormat { get; init; }

    public object? TimeFormat { get; init; }

    /// <summary>object and list of objects: the sub-fields.</summary>
    public IReadOnlyList<CmsField>? Fields { get; init; }

    /// <summary>list of single values: the one field each item is.</summary>
    public CmsField? Field { get; init; }

    /// <summary>string: <c>[regex, message]</c>, checked before saving.</summary>
    public IReadOnlyList<string>? Pattern { get; init; }

    /// <summary>relation: the collection whose entries can be chosen, and what is stored and shown.</summary>
    public string? Collection { get; init; }

    public string? ValueField { get; init; }

    public IReadOnlyList<string>? SearchFields { get; init; }

    public IReadOnlyList<string>? DisplayFields { get; init; }

    /// <summary>list/object: shown collapsed in the form, with this summary.</summary>
    public string? Summary { get; init; }

    /// <summary>markdown/image/file: where uploads go (<c>""</c> = beside the entry's index.md).</summary>
    public string? MediaFolder { get; init; }
}

/// <summary>A choice of a select widget: what the editor reads and what is written to the front matter.</summary>
public sealed record CmsOption(string Label, string Value);
