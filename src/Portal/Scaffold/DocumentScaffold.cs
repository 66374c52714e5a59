using System.Text;
using Portal.Content;
using Portal.Load;

namespace Portal.Scaffold;

/// <summary>
/// The text of a new document for <c>portal new</c>: every front matter key its section accepts, in the
/// order of <see cref="FrontMatterKeys"/>. Required keys are filled (title, today's date, the site's
/// issuer); optional ones are commented out, each with an example and a one-line hint.
/// </summary>
public static class DocumentScaffold
{
    public static string Render(ScaffoldContext context)
    {
        var text = new StringBuilder("---\n");
        foreach (var key in FrontMatterKeys.For(context.Section))
        {
            var hint = KeyHints.All[key](context);
            var lines = (key + ":" + (hint.Example.StartsWith('\n') ? "" : " ") + hint.Example).Split('\n');
            var filled = IsFilled(key, context);
            lines[0] += "  # " + hint.Text;
            foreach (var line in lines)
            {
                text.Append(filled || line.TrimStart().StartsWith('#') ? line : CommentOut(line)).Append('\n');
            }
        }

        return text.Append("---\n\n").Append(Body(context)).ToString();
    }

    /// <summary>Keys the template writes as values rather than as comments.</summary>
    public static bool IsFilled(string key, ScaffoldContext context) => key switch
    {
        "title" or "date" => true,
        "issuer" => context.Section == Section.Policies || context.Issuer is not null,
        "interprets" => context.Section == Section.Policies,
        _ => false,
    };

    // Deleting the leading "# " gives the line back at its indentation.
    private static string CommentOut(string line) => "# " + line;

    private static string Body(ScaffoldContext context) => context.Section switch
    {
        Section.Notices => $"""
            各有关单位：

            在这里写通知正文。小标题写成“## 一、标题”，时间、地点、联系人写清楚。

            {context.Issuer ?? "发文单位"}\
            {context.Date.Year}年{context.Date.Month}月{context.Date.Day}日

            """,
        Section.Techniques => """
            ## 技术要点

            在这里写技术要点，句子要短，多用列表和表格。

            ## 注意事项

            在这里写注意事项。

            """,
        Section.Policies => """
            ## 这个政策是什么

            用通俗的话介绍政策。

            ## 谁能享受

            写明适用的对象和条件。

            ## 怎么办理

            写明办理的地点、材料和时间。

            """,
        _ => """
            在这里写正文。

            """,
    };
}
