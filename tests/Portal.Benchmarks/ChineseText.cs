namespace Portal.Benchmarks;

/// <summary>A word with the pinyin that ASCII slugs are built from (slugs must match [a-z0-9-]).</summary>
internal sealed record Term(string Text, string Pinyin, string Tag);

/// <summary>A crop, animal or hazard a technique is about, in one of the site's categories.</summary>
internal sealed record Subject(string Text, string Pinyin, string Category, string Tag);

/// <summary>
/// The phrase vocabulary of the synthetic corpus: agricultural and science-policy Chinese as the real
/// site publishes it. Sentences are templates with slots, so bodies read like notices, techniques and
/// policy explainers rather than random characters (Markdig, the excerpt and CJK line handling then see
/// realistic punctuation and sentence lengths). Slots: {S} subject, {P} practice, {T} topic, {C} county,
/// {W} town, {M} month, {D} day, {N} small number, {Y} year.
/// </summary>
internal static class ChineseText
{
    /// <summary>The shared tag set (40 tags): every document takes a few, so tag pages have realistic sizes.</summary>
    public static readonly string[] Tags =
    [
        "水稻", "油菜", "柑橘", "茶叶", "蔬菜", "食用菌", "生猪", "家禽", "水产", "中药材",
        "病虫害", "绿色防控", "科技特派员", "科普", "科技下乡", "科技活动周", "项目申报", "农机", "智慧农业", "乡村振兴",
        "成果转化", "培训", "防灾减灾", "健康", "农产品加工", "种业", "土壤肥料", "节水灌溉", "畜禽防疫", "创新创业",
        "星创天地", "政策解读", "补贴", "科技之窗", "气象", "森林防火", "电商", "高新技术企业", "知识产权", "人才",
    ];

    public static readonly Subject[] Subjects =
    [
        new("水稻", "shuidao", "种植", "水稻"), new("油菜", "youcai", "种植", "油菜"), new("柑橘", "ganju", "种植", "柑橘"),
        new("茶叶", "chaye", "种植", "茶叶"), new("辣椒", "lajiao", "种植", "蔬菜"), new("白菜", "baicai", "种植", "蔬菜"),
        new("香菇", "xianggu", "种植", "食用菌"), new("黄精", "huangjing", "种植", "中药材"), new("玉米", "yumi", "种植", "种业"),
        new("烤烟", "kaoyan", "种植", "土壤肥料"), new("脐橙", "qicheng", "种植", "柑橘"),
        new("生猪", "shengzhu", "养殖", "生猪"), new("肉牛", "rouniu", "养殖", "畜禽防疫"), new("山羊", "shanyang", "养殖", "畜禽防疫"),
        new("土鸡", "tuji", "养殖", "家禽"), new("稻田鱼", "daotianyu", "养殖", "水产"), new("小龙虾", "xiaolongxia", "养殖", "水产"),
        new("中华蜜蜂", "mifeng", "养殖", "乡村振兴"),
        new("插秧机", "chayangji", "农机", "农机"), new("植保无人机", "wurenji", "农机", "智慧农业"),
        new("联合收割机", "shougeji", "农机", "农机"), new("微耕机", "weigengji", "农机", "农机"),
        new("艾滋病", "aizibing", "医卫", "健康"), new("高血压", "gaoxueya", "医卫", "健康"),
        new("狂犬病", "kuangquanbing", "医卫", "健康"), new("血吸虫病", "xuexichongbing", "医卫", "健康"),
        new("腊肉", "larou", "加工", "农产品加工"), new("茶油", "chayou", "加工", "农产品加工"),
        new("红薯粉丝", "hongshu-fensi", "加工", "农产品加工"), new("剁辣椒", "duolajiao", "加工", "电商"),
        new("山洪", "shanhong", "防灾", "防灾减灾"), new("冰冻灾害", "bingdong", "防灾", "气象"),
        new("森林火灾", "senlin-huozai", "防灾", "森林防火"), new("地质灾害", "dizhi-zaihai", "防灾", "防灾减灾"),
    ];

    /// <summary>What a technique teaches, per category (so 插秧机 gets 日常保养, not 育秧).</summary>
    public static readonly IReadOnlyDictionary<string, Term[]> Practices = new Dictionary<string, Term[]>
    {
        ["种植"] = [new("育秧技术", "yuyang", "种业"), new("高产栽培", "gaochan-zaipei", "土壤肥料"), new("病虫害绿色防控", "lvse-fangkong", "绿色防控"),
            new("科学施肥", "kexue-shifei", "土壤肥料"), new("越冬管理", "yuedong-guanli", "气象"), new("节水灌溉", "jieshui-guangai", "节水灌溉")],
        ["养殖"] = [new("标准化饲养", "biaozhunhua-siyang", "畜禽防疫"), new("疫病防治", "yibing-fangzhi", "畜禽防疫"),
            new("越冬管理", "yuedong-guanli", "气象"), new("圈舍消毒", "quanshe-xiaodu", "畜禽防疫")],
        ["农机"] = [new("安全操作", "anquan-caozuo", "农机"), new("日常保养", "richang-baoyang", "农机"), new("作业要点", "zuoye-yaodian", "智慧农业")],
        ["医卫"] = [new("预防知识", "yufang-zhishi", "健康"), new("早期识别", "zaoqi-shibie", "健康"), new("家庭护理", "jiating-huli", "健康")],
        ["加工"] = [new("加工技术", "jiagong-jishu", "农产品加工"), new("储藏保鲜", "chucang-baoxian", "农产品加工"), new("质量控制", "zhiliang-kongzhi", "电商")],
        ["防灾"] = [new("应急避险", "yingji-bixian", "防灾减灾"), new("灾前准备", "zaiqian-zhunbei", "防灾减灾"), new("灾后恢复", "zaihou-huifu", "防灾减灾")],
    };

    /// <summary>What notices are about.</summary>
    public static readonly Term[] NoticeTopics =
    [
        new("科技活动周", "keji-huodongzhou", "科技活动周"), new("科技特派员选派", "tepaiyuan-xuanpai", "科技特派员"),
        new("科技项目申报", "xiangmu-shenbao", "项目申报"), new("科普大篷车巡展", "kepu-dapengche", "科普"),
        new("农民实用技术培训", "jishu-peixun", "培训"), new("科技之窗建设", "kejizhichuang-jianshe", "科技之窗"),
        new("专家服务团下乡", "zhuanjia-xiaxiang", "科技下乡"), new("星创天地认定", "xingchuang-tiandi", "星创天地"),
        new("农业科技成果转化", "chengguo-zhuanhua", "成果转化"), new("高新技术企业认定", "gaoqi-rending", "高新技术企业"),
        new("科技型中小企业评价", "kexiao-pingjia", "创新创业"), new("春耕备耕技术服务", "chungeng-fuwu", "科技下乡"),
        new("防汛抗旱技术指导", "fangxun-kanghan", "防灾减灾"), new("知识产权宣传周", "zhishi-chanquan", "知识产权"),
        new("乡村科技人才培训", "rencai-peixun", "人才"),
    ];

    /// <summary>Notice title patterns: {Y} year, {T} topic, {C} county; the pinyin ends the slug.</summary>
    public static readonly (string Pattern, string Pinyin)[] NoticeTitles =
    [
        ("关于开展{Y}年{T}工作的通知", "tongzhi"), ("关于做好{Y}年{T}有关工作的通知", "tongzhi"),
        ("关于{Y}年{T}拟入选名单的公示", "gongshi"), ("{C}{Y}年{T}活动安排", "anpai"),
        ("关于组织申报{Y}年{T}的通知", "shenbao"), ("关于{T}工作情况的通报", "tongbao"),
    ];

    /// <summary>What policy explainers interpret.</summary>
    public static readonly Term[] PolicyTopics =
    [
        new("科技特派员制度", "tepaiyuan-zhidu", "科技特派员"), new("乡村振兴科技支撑行动", "xiangcun-zhenxing", "乡村振兴"),
        new("基层科技能力建设", "jiceng-nengli", "科技之窗"), new("全民科学素质行动", "kexue-suzhi", "科普"),
        new("研发费用加计扣除", "jiaji-kouchu", "高新技术企业"), new("农机购置补贴", "nongji-butie", "补贴"),
        new("科技成果转化", "chengguo-zhuanhua", "成果转化"), new("农村创新创业", "nongcun-chuangye", "创新创业"),
        new("科技人员下基层", "xiajiceng", "人才"), new("种业振兴", "zhongye-zhenxing", "种业"),
        new("数字乡村建设", "shuzi-xiangcun", "智慧农业"), new("知识产权保护", "zhishi-chanquan", "知识产权"),
    ];

    public static readonly (string Pattern, string Pinyin)[] PolicyTitles =
    [
        ("{T}政策解读", "jiedu"), ("{T}：农民群众关心的几个问题", "wenda"), ("一图读懂{T}", "yitu"), ("{T}怎么申请", "shenqing"),
    ];

    public static readonly string[] PolicyIssuers = ["国务院办公厅", "湖南省人民政府", "湖南省科学技术厅", "郴州市人民政府", "科学技术部"];

    public static readonly string[] DocNoPrefixes = ["郴科发", "郴科函", "郴科通", "郴政办发", "湘科发", "国办发"];

    public static readonly string[] Surnames = ["李", "王", "张", "刘", "陈", "杨", "黄", "罗", "曹", "邓", "谭", "欧阳", "何", "雷", "肖"];

    public static readonly string[] GivenNames = ["永春", "建国", "秀兰", "志强", "海燕", "国华", "小平", "丽君", "德明", "文杰", "桂香", "红军"];

    public static readonly string[] ExpertOrgs =
    [
        "{C}农业技术推广中心", "{C}畜牧水产事务中心", "湖南省农业科学院", "湖南农业大学", "{C}人民医院", "{C}疾病预防控制中心",
        "郴州市农业科学研究所", "{C}农机事务中心", "{C}应急管理局",
    ];

    public static readonly string[] ChineseNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static readonly string[] TechniqueHeadings =
        ["品种选择", "整地施肥", "播种育苗", "田间管理", "病虫害防治", "采收储藏", "技术要点", "饲养管理", "疫病防控", "操作规程", "安全提示", "应急处置", "常见问题", "注意事项"];

    public static readonly string[] NoticeHeadings =
        ["活动主题", "时间和地点", "主要内容", "工作要求", "申报条件", "申报材料", "组织实施", "经费保障", "其他事项", "联系方式"];

    public static readonly string[] PolicyHeadings =
        ["这个政策是什么", "主要内容", "谁能享受", "怎么办理", "需要注意什么", "有哪些变化", "常见问题", "相关链接"];

    public static readonly string[] SubHeadings =
        ["准备工作", "具体做法", "效果评价", "典型案例", "时间安排", "支持标准", "办理流程", "材料清单", "关键环节", "容易出错的地方"];

    public static readonly string[] TechniqueSentences =
    [
        "{S}{P}要抓住关键时期，一般在{M}月上中旬开始准备，各地可根据海拔和气温适当提前或推迟。",
        "农户在操作前要先检查种子、肥料和药剂是否齐全，发现问题及时向当地农技站或科技特派员咨询。",
        "据{C}农技部门连续{N}年的田间观察，采用这项技术后，{S}平均增产一成左右，用工减少约三分之一。",
        "施肥坚持“基肥为主、追肥为辅”的原则，有机肥和化肥配合施用，不要一次施用过多氮肥。",
        "遇到连续阴雨天气，要及时清沟排水，降低田间湿度，减轻病害发生。",
        "病虫害防治优先采用农业防治、物理防治和生物防治，确需用药的，要选用高效低毒低残留农药，严格遵守安全间隔期。",
        "{W}的种植大户反映，按照这个方法管理，{S}长势整齐，商品率明显提高。",
        "养殖场所要保持干燥通风，定期清扫消毒，病死畜禽一律无害化处理，不准随意丢弃。",
        "科技特派员建议，新手可以先小面积试种，掌握技术后再逐步扩大规模。",
        "具体用量要按照产品标签说明执行，不同品种、不同土壤条件下效果会有差别。",
        "如果发现{S}出现叶片发黄、生长停滞等异常情况，要及时取样送检，查明原因后对症处理。",
        "操作时要佩戴手套和口罩，用过的包装物集中回收，不要丢在田边沟渠里。",
        "记录好每次管理的时间、用量和天气情况，便于总结经验，也方便专家上门指导时查看。",
        "育秧期间要注意防寒保温，晴天中午揭膜通风，防止高温烧苗。",
        "{M}月前后是{S}的管理关键期，这段时间要勤下田、勤观察，做到早发现、早处理。",
        "机具作业前要检查各部件连接是否牢固，燃油、机油是否充足，严禁带病作业。",
        "出现发热、咳嗽等症状时不要自行用药，应及时到乡镇卫生院或村卫生室就诊。",
        "加工场所要保持清洁，原料、半成品和成品分区存放，防止交叉污染。",
        "接到预警信息后，要按照村里指定的路线转移到安全地点，险情解除前不要返回。",
    ];

    public static readonly string[] NoticeSentences =
    [
        "为深入实施创新驱动发展战略，推动科技服务进村入户，经研究，决定在全市开展{T}工作。",
        "各县市区科技局要高度重视，明确专人负责，于{M}月{D}日前将工作方案报市科学技术局农村科技科。",
        "活动期间，每个乡镇至少安排{N}名科技特派员开展现场服务，面对面解答群众提出的技术问题。",
        "{C}要结合本地{S}产业发展实际，组织专家深入田间地头，开展技术培训和现场指导。",
        "申报单位应当在本市注册，具有独立法人资格，近三年无不良信用记录。",
        "申报材料一式三份，按顺序装订成册，同时报送电子文档，逾期不予受理。",
        "各地要及时总结工作中的好经验、好做法，报送典型案例和现场照片。",
        "对工作成效明显的单位和个人，市科学技术局将在年度考核中予以通报表扬。",
        "活动地点原则上选在乡镇集镇和赶集日，方便群众就近参加。",
        "公示期间，任何单位和个人对公示内容有异议的，可以书面形式向市科学技术局反映。",
        "{W}科技之窗要及时更新橱窗内容，触摸屏在活动期间保持开机。",
        "现场发放的资料要通俗易懂，优先选用本站“实用技术”栏目的内容，可以直接打印张贴。",
        "请各单位于{M}月{D}日前报送书面总结，并附{N}张现场照片。",
    ];

    public static readonly string[] PolicySentences =
    [
        "这份文件主要讲的是{T}，目的是让更多科技成果和人才进入农村、服务农民。",
        "简单来说，符合条件的农户、合作社和企业都可以按规定申请支持。",
        "文件明确，到{Y}年，全市每个行政村至少有{N}名科技特派员提供联系服务。",
        "享受政策需要提供的材料主要有身份证明、项目说明和相关票据，具体以当地受理窗口的要求为准。",
        "办理时可以先到乡镇便民服务中心咨询，也可以拨打县市区科技局的服务电话。",
        "与原来的政策相比，这次调整扩大了支持范围，简化了申报程序，资金拨付更加及时。",
        "需要提醒的是，政策有明确的申报时间，过期不再受理，请大家留意通知公告栏目。",
        "{C}已有{N}家合作社享受了这项政策，带动周边农户增收。",
        "政策的具体条款以原文为准，本解读仅帮助大家理解主要内容。",
        "对在{W}等偏远乡镇服务的科技人员，文件在职称评定和绩效考核方面给予倾斜。",
    ];

    /// <summary>Short table cells: a table row is a phase, a time and a point to note.</summary>
    public static readonly string[] TableItems =
        ["启动仪式", "专家坐诊", "技术培训", "现场观摩", "总结报送", "备料", "育苗", "移栽", "追肥", "采收", "消毒", "防疫", "申报受理", "资格审查", "结果公示"];

    public static readonly string[] TableNotes =
        ["提前准备，避开高温天", "每村至少一名联络员", "按标签用量，不随意加量", "资料现场发放", "留存照片和签到表", "注意用电用火安全", "阴雨天顺延", "材料一式三份"];
}
