namespace Portal.Diagnostics;

/// <summary>
/// A place in a source file: the path as the user typed it relative to the working folder
/// (for example <c>input/notices/x.md</c>), and a 1-based line and column (0 = unknown).
/// </summary>
public readonly record struct SourceSpan(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
