namespace Portal.Scaffold;

/// <summary>
/// For each front matter key: an example value and a one-line Chinese hint, used by <c>portal new</c> to write
/// a commented template. The key set itself comes from <see cref="Load.FrontMatterKeys"/>; a test checks that
/// every key there has an entry here. Examples are valid YAML, so removing the leading <c>#</c> works.
/// </summary>
public static class KeyHints
{
    /// <summary>An example (one or more YAML lines, the first without the key) and its hint.</summary>
    public sealed record Hint(string Example, string Text);

    public static IReadOnlyDictionary<string, Func<ScaffoldContext, Hint>> All { get; } = new Dictionary<string, Func<ScaffoldContext, Hint>>
    {
        ["title"] = c => new(Yaml.Scalar(c.Title), "必填：标题"),
        ["date"] = c => new(c.Today, "必填：发布日期，可写时间 2026-03-01 09:30；日期在将来的到时才发布（定时发布）"),
        ["summary"] = _ => new("一句话摘要", "摘要：显示在列表和首页；不写时自动截取正文开头约80个字"),
        ["tags"] = _ => new("[标签一, 标签二]", "标签：相同标签的内容汇总到同一个标签页"),
        ["regions"] = c => new($"[{c.FirstRegion}]", "面向的地区：写 site.yml 中的县市区或“县市区/乡镇”；不写表示全市"),
        ["updated"] = c => new(c.Today, "最近一次实质修改的日期，和 changes 一起写"),
        ["changes"] = c => new($"\n  - date: {c.Today}\n    note: 修改说明", "更新记录：每条写 date 和 note，显示在页面上"),
        ["image"] = _ => new("cover.png", "封面图片：只能用于文件夹式（名称/index.md），图片放在 index.md 旁边"),
        ["attachments"] = _ => new("\n  - file: fujian.pdf\n    title: 附件名称", "附件：文件放在 index.md 旁边（文件夹式），支持 PDF、DOCX、XLSX"),
        ["aliases"] = _ => new("[/jiu/wangzhi/]", "旧网址：访问旧网址时自动跳转到本页"),
        ["draft"] = _ => new("true", "写 true 表示草稿，不发布"),
        ["issuer"] = c => new(Yaml.Scalar(c.Issuer ?? "待填写：发文单位"), c.Section == Content.Section.Notices ? "发文单位：不写时用 site.yml 中的默认单位" : "必填：发布单位"),
        ["doc_no"] = c => new($"郴科发〔{c.Year}〕1号", "文号：年份用六角括号〔〕，数字用半角"),
        ["expires"] = c => new(c.InAMonth, "有效期至：必须晚于 date，过了这一天通知变为“已过期”"),
        ["status"] = _ => new("withdrawn", "状态：active（有效，默认）或 withdrawn（已撤销，须写 withdrawn_reason）"),
        ["withdrawn_reason"] = _ => new("撤销原因", "撤销原因：显示在页面最上方"),
        ["pinned"] = _ => new("true", "置顶：排在列表和首页最前面"),
        ["urgent"] = _ => new("true", "紧急：在首页醒目提示，请少用"),
        ["category"] = c => new(c.FirstCategory, $"分类：只能是 {string.Join("、", c.Categories)} 之一"),
        ["subjects"] = _ => new("[水稻]", "涉及的作物、畜禽等"),
        ["months"] = c => new($"[{c.Month}]", "适用月份（1 到 12）：首页“本月农事”按它挑选"),
        ["expert"] = _ => new("\n  name: 姓名\n  org: 单位（科技特派员）\n  phone: \"0735-0000000\"", "联系专家：姓名、单位、电话"),
        ["review_by"] = c => new(c.InAYear, "复核日期：过了这天检查会提醒请专家复核；不写时为发布或更新后一年"),
        ["interprets"] = _ => new("\n  title: 待填写：被解读文件的标题\n  # doc_no: 郴科发〔2026〕1号\n  # url: https://\n  # ref: 原文在本站时，写原文的文件名（slug），并删去 title", "必填：被解读的原文件"),
        ["effective"] = c => new(c.Today, "原政策的施行日期"),
        ["key_points"] = _ => new("\n  - 第一条要点。\n  - 第二条要点。\n  - 第三条要点。", "要点：3 到 5 条短句，显示在页面最前面"),
    };
}
