namespace Portal.Diagnostics;

/// <summary>
/// Every diagnostic code the engine emits. The editor guide (input/README.md) explains each one;
/// keep the two in step (a test checks that every code here is documented there).
/// </summary>
public static class DiagnosticCodes
{
    public const string NotUtf8 = "PORTAL001";
    public const string FrontMatterMissing = "PORTAL002";
    public const string YamlSyntax = "PORTAL003";
    public const string RequiredKeyMissing = "PORTAL004";
    public const string WrongType = "PORTAL005";
    public const string InvalidDate = "PORTAL006";
    public const string UnknownKey = "PORTAL007";
    public const string UnknownCategory = "PORTAL008";
    public const string UnknownRegion = "PORTAL009";
    public const string ExpiresNotAfterDate = "PORTAL010";
    public const string DuplicateSlug = "PORTAL011";
    public const string InvalidSlug = "PORTAL012";
    public const string MissingFile = "PORTAL013";
    public const string PathEscapesInput = "PORTAL014";
    public const string InvalidValue = "PORTAL015";
    public const string WithdrawnWithoutReason = "PORTAL016";
    public const string InterpretsTargetMissing = "PORTAL017";
    public const string InvalidAlias = "PORTAL018";
    public const string SiteConfig = "PORTAL019";
    public const string UnsafeHtmlRemoved = "PORTAL020";
    public const string BrokenLink = "PORTAL021";
    public const string BrokenAnchor = "PORTAL022";
    public const string BrokenImage = "PORTAL023";
    public const string MarkdownTooDeep = "PORTAL024";
    public const string TemplateError = "PORTAL030";
    public const string OutputError = "PORTAL031";

    // Editorial checks: typography and freshness (warnings and notes, never errors).
    public const string HalfWidthPunctuation = "PORTAL040";
    public const string DocNoBrackets = "PORTAL041";
    public const string DocNoMixedDigits = "PORTAL042";
    public const string ReviewDue = "PORTAL043";
    public const string ExpiresSoon = "PORTAL044";

    // Images (src/Portal/Images): sizes and formats of photos, and their alt text.
    public const string ImageTooLarge = "PORTAL050";
    public const string ImageNoAlt = "PORTAL051";
    public const string ImageUnsupported = "PORTAL052";

    public static IReadOnlyList<string> All { get; } =
    [
        NotUtf8, FrontMatterMissing, YamlSyntax, RequiredKeyMissing, WrongType, InvalidDate, UnknownKey,
        UnknownCategory, UnknownRegion, ExpiresNotAfterDate, DuplicateSlug, InvalidSlug, MissingFile,
        PathEscapesInput, InvalidValue, WithdrawnWithoutReason, InterpretsTargetMissing, InvalidAlias,
        SiteConfig, UnsafeHtmlRemoved, BrokenLink, BrokenAnchor, BrokenImage, MarkdownTooDeep, TemplateError, OutputError,
        HalfWidthPunctuation, DocNoBrackets, DocNoMixedDigits, ReviewDue, ExpiresSoon,
        ImageTooLarge, ImageNoAlt, ImageUnsupported,
    ];
}
