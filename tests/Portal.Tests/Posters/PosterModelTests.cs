using Portal.Content;
using Portal.Posters;
using Portal.SiteModel;
using static Portal.Tests.Posters.PosterDocs;

namespace Portal.Tests.Posters;

/// <summary>The poster frame takes the fields each content type prints, and for its QR code the page's absolute URL.</summary>
public sealed class PosterModelTests
{
    [Fact]
    public void Notice_prints_issuer_number_date_and_validity()
    {
        var notice = new Notice(Common(Section.Notices, "huodong", "关于开展科技活动周的通知", At(2026, 11, 16)))
        {
            Issuer = "郴州市科学技术局",
            DocNo = "郴科发〔2026〕41号",
            Expires = At(2027, 1, 10, 0),
            Urgent = true,
        };
        var poster = PosterBuilder.Build(View(notice), Config, Strings);
        Assert.Equal("notices", poster.Section);
        Assert.Equal("通知公告", poster.KindLabel);
        Assert.Equal("郴州市科学技术局", poster.Issuer);
        Assert.Equal("郴科发〔2026〕41号", poster.DocNo);
        Assert.Equal("有效期至 2027年1月10日", poster.Validity);
        Assert.True(poster.Urgent);
        Assert.Empty(poster.KeyPoints);
        Assert.Empty(poster.Facts);
        Assert.Null(poster.Expert);
        Assert.Equal("https://kjzc.example.org/sub/notices/huodong/", poster.AbsoluteUrl);
        Assert.Equal("notices/huodong/#poster-a3", PosterPaths.Page(notice, PaperSize.A3));
    }

    [Fact]
    public void Notice_without_expiry_is_valid_long_term()
    {
        var notice = new Notice(Common(Section.Notices, "changqi", "长期通知", At(2026, 3, 1))) { Issuer = "某局" };
        Assert.Equal("长期有效", PosterBuilder.Build(View(notice), Config, Strings).Validity);
    }

    [Fact]
    public void Technique_prints_category_subjects_months_and_expert_and_is_signed_by_the_site_issuer()
    {
        var technique = new Technique(Common(Section.Techniques, "danji", "蛋鸡冬季饲养管理要点", At(2026, 10, 30)))
        {
            Category = "养殖",
            Subjects = ["蛋鸡", "家禽"],
            Months = [11, 12, 1],
            Expert = new Expert("黄建华", "市畜牧水产事务中心", "0735-2810617"),
        };
        var poster = PosterBuilder.Build(View(technique), Config, Strings);
        Assert.Equal(
            [new PosterFact("分类", "养殖"), new PosterFact("适用对象", "蛋鸡、家禽"), new PosterFact("适用月份", "11月、12月、1月")],
            poster.Facts);
        Assert.Equal(technique.Expert, poster.Expert);
        Assert.Equal("测试市科学技术局", poster.Issuer);
        Assert.Null(poster.Validity);
        Assert.Null(poster.DocNo);
        Assert.Empty(poster.KeyPoints);
    }

    [Fact]
    public void Policy_prints_key_points_original_and_effective_date()
    {
        var policy = new Policy(Common(Section.Policies, "jiedu", "政策解读", At(2026, 5, 12)))
        {
            Issuer = "郴州市科学技术局",
            DocNo = "郴科办〔2026〕3号",
            Interprets = new Interprets("全民科学素质行动计划纲要", "国发〔2006〕7号", "https://www.gov.cn/x", null),
            Effective = At(2006, 2, 6, 0),
            KeyPoints = ["要点一", "要点二"],
        };
        var poster = PosterBuilder.Build(View(policy), Config, Strings);
        Assert.Equal(["要点一", "要点二"], poster.KeyPoints);
        Assert.Equal(
            [new PosterFact("政策原文", "全民科学素质行动计划纲要（国发〔2006〕7号）"), new PosterFact("施行日期", "2006年2月6日")],
            poster.Facts);
        Assert.Equal("郴州市科学技术局", poster.Issuer);
        Assert.Equal("郴科办〔2026〕3号", poster.DocNo);
        Assert.Null(poster.Validity);
        Assert.Null(poster.Expert);
    }

    [Fact]
    public void Policy_interpreting_a_page_of_the_site_names_that_page()
    {
        var policy = new Policy(Common(Section.Policies, "jiedu", "解读", At(2026, 5, 12)))
        {
            Issuer = "某局",
            Interprets = new Interprets(null, null, null, "yuanwen"),
        };
        var original = View(new Notice(Common(Section.Notices, "yuanwen", "原文通知", At(2026, 5, 1))) { Issuer = "某局", DocNo = "某发〔2026〕1号" }).Summary;
        var poster = PosterBuilder.Build(View(policy, original: original), Config, Strings);
        Assert.Contains(new PosterFact("政策原文", "原文通知（某发〔2026〕1号）"), poster.Facts);
    }

    [Fact]
    public void Long_titles_get_smaller_sizes_short_ones_the_largest()
    {
        Assert.Equal("xl", PosterLayout.TitleSize("蛋鸡冬季饲养管理要点"));
        var sizes = new[] { 10, 30, 50, 70, 120 }.Select(n => PosterLayout.TitleSize(new string('科', n))).ToList();
        Assert.Equal(["xl", "l", "m", "s", "xs"], sizes);
    }

    [Fact]
    public void Expired_withdrawn_and_pages_get_no_poster()
    {
        var notice = new Notice(Common(Section.Notices, "n", "通知", At(2026, 1, 1))) { Issuer = "某局" };
        Assert.True(PosterStage.HasPoster(View(notice)));
        Assert.False(PosterStage.HasPoster(View(notice, state: "expired")));
        Assert.False(PosterStage.HasPoster(View(notice, state: "withdrawn")));
        Assert.False(PosterStage.HasPoster(View(Common(Section.Pages, "about", "关于", At(2026, 1, 1)))));
    }
}
