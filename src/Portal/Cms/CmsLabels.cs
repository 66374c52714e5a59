namespace Portal.Cms;

/// <summary>
/// The Chinese label of each front matter key in the forms. The keys come from
/// <see cref="Load.FrontMatterKeys"/>; a test checks that every key there has a label here.
/// </summary>
public static class CmsLabels
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["title"] = "标题",
        ["date"] = "发布日期",
        ["summary"] = "摘要",
        ["tags"] = "标签",
        ["regions"] = "面向的地区",
        ["updated"] = "更新日期",
        ["changes"] = "更新记录",
        ["image"] = "封面图片",
        ["attachments"] = "附件",
        ["aliases"] = "旧网址",
        ["draft"] = "草稿",
        ["issuer"] = "发文单位",
        ["doc_no"] = "文号",
        ["expires"] = "有效期至",
        ["status"] = "状态",
        ["withdrawn_reason"] = "撤销原因",
        ["pinned"] = "置顶",
        ["urgent"] = "紧急",
        ["category"] = "分类",
        ["subjects"] = "涉及的作物、畜禽",
        ["months"] = "适用月份",
        ["expert"] = "联系专家",
        ["review_by"] = "复核日期",
        ["interprets"] = "被解读的原文件",
        ["effective"] = "施行日期",
        ["key_points"] = "要点",
    };
}
