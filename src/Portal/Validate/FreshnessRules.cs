using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Validate;

/// <summary>
/// Reminders that depend on "now": a technique past its review date (warning), a notice about to expire
/// (a note). Only for documents readers can see now; drafts and scheduled ones are left alone.
/// </summary>
public static class FreshnessRules
{
    public const int ExpiryNoticeDays = 7;

    public static void Check(ContentItem item, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var state = Publication.StateOf(item, now);
        if (state is not PublicationState.Current)
        {
            return;
        }

        switch (item)
        {
            case Technique technique:
                CheckReview(technique, now, diagnostics);
                break;
            case Notice { Expires: { } expires } notice when DaysLeft(expires, now) <= ExpiryNoticeDays:
                var days = DaysLeft(expires, now);
                var left = days <= 0 ? "今天是最后一天" : $"还有 {days} 天";
                diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCodes.ExpiresSoon, notice.SpanOf("expires"),
                    $"通知的有效期到 {expires:yyyy-MM-dd}（{left}），过期后会从首页、列表和订阅中撤下。如需延长，请修改 expires。"));
                break;
        }
    }

    /// <summary>Calendar days from today to the expiry day, in the site's time zone (0 = expires today).</summary>
    public static int DaysLeft(DateTimeOffset expires, DateTimeOffset now) => (expires.Date - now.ToOffset(expires.Offset).Date).Days;

    /// <summary>review_by, or one year after the last update (or the date) when it is not given (design.md §4).</summary>
    public static DateTimeOffset ReviewDate(Technique technique) => technique.ReviewBy ?? (technique.Updated ?? technique.Date).AddYears(1);

    private static void CheckReview(Technique technique, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var due = ReviewDate(technique);
        if (now < Publication.EndOf(due))
        {
            return;
        }

        var (key, why) = technique.ReviewBy is not null
            ? ("review_by", $"复核日期 review_by（{due:yyyy-MM-dd}）已过")
            : (technique.Updated is not null ? "updated" : "date", $"内容发布或更新已超过一年（应于 {due:yyyy-MM-dd} 前复核）");
        diagnostics.Warning(DiagnosticCodes.ReviewDue, technique.SpanOf(key),
            $"实用技术需专家复核：{why}。请联系专家核对内容，改好后更新 updated，并把 review_by 改为下次复核的日期。");
    }
}
