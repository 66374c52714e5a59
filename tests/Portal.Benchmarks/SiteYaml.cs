using System.Text;

namespace Portal.Benchmarks;

/// <summary>
/// The generated corpus's site.yml, and the lists documents must agree with (categories, regions):
/// kept in one place so a document can never name a category or town the configuration lacks.
/// </summary>
internal static class SiteYaml
{
    public const string Issuer = "郴州市科学技术局";

    public static readonly string[] Categories = ["种植", "养殖", "农机", "医卫", "加工", "防灾"];

    public static readonly (string County, string[] Towns)[] Regions =
    [
        ("北湖区", ["华塘镇", "鲁塘镇", "保和瑶族乡", "月峰瑶族乡"]),
        ("苏仙区", ["良田镇", "栖凤渡镇", "五里牌镇", "飞天山镇"]),
        ("资兴市", ["兴宁镇", "三都镇", "蓼江镇", "汤溪镇"]),
        ("桂阳县", ["仁义镇", "太和镇", "洋市镇", "和平镇"]),
        ("宜章县", ["梅田镇", "白石渡镇", "一六镇", "莽山瑶族乡"]),
        ("永兴县", ["马田镇", "柏林镇", "悦来镇", "油麻镇"]),
        ("嘉禾县", ["珠泉镇", "塘村镇", "行廊镇", "袁家镇"]),
        ("临武县", ["舜峰镇", "金江镇", "汾市镇", "武水镇"]),
        ("汝城县", ["卢阳镇", "热水镇", "暖水镇", "文明瑶族乡"]),
        ("桂东县", ["沤江镇", "沙田镇", "寨前镇", "大塘镇"]),
        ("安仁县", ["永乐江镇", "安平镇", "龙海镇", "灵官镇"]),
    ];

    public static string Text()
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("title: 郴州科技之窗（基准测试语料）");
        yaml.AppendLine("description: 由 Portal.Benchmarks 生成的合成语料，用于测量构建速度，内容不是真实信息。");
        yaml.AppendLine("base_url: https://kjzc.example.org/");
        yaml.AppendLine("language: zh-CN");
        yaml.AppendLine("timezone: Asia/Shanghai");
        yaml.AppendLine("issuer: " + Issuer);
        yaml.AppendLine("footer:");
        yaml.AppendLine("  contact: 郴州市科学技术局农村科技科");
        yaml.AppendLine("  phone: \"0735-2800000\"");
        yaml.AppendLine("  address: 湖南省郴州市北湖区示例路1号（样例地址）");
        yaml.AppendLine("  icp: 湘ICP备00000000号");
        yaml.AppendLine("categories: [" + string.Join(", ", Categories) + "]");
        yaml.AppendLine("regions:");
        foreach (var (county, towns) in Regions)
        {
            yaml.AppendLine($"  {county}: [{string.Join(", ", towns)}]");
        }

        yaml.AppendLine("kiosks:");
        yaml.AppendLine("  - id: huatang\n    name: 华塘镇科技之窗\n    region: 北湖区/华塘镇\n    idle_seconds: 90\n    attract_seconds: 8");
        yaml.AppendLine("  - id: reshui\n    name: 热水镇科技之窗\n    region: 汝城县/热水镇\n    idle_seconds: 90\n    attract_seconds: 8");
        return yaml.ToString();
    }
}
