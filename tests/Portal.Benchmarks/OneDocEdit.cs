namespace Portal.Benchmarks;

/// <summary>
/// The edit of the "one-doc-edit" rebuild: a paragraph appended to one document's body, as an editor
/// adding a correction would. Run <c>n</c> appends a different paragraph, so every run really changes
/// the file (the corpus is regenerated from scratch at the start of each benchmark).
/// </summary>
internal static class OneDocEdit
{
    public const string TargetFile = "edit-target.txt";

    public static void Apply(string markdownPath, int run) =>
        File.AppendAllText(markdownPath, $"\n（补充说明{run}：经核实，本通知第三项中的报送时间顺延三个工作日，其他事项不变。）\n");
}
