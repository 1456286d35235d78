<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>fd::Action</name>
    <message>
        <source>view the organisation</source>
        <translation>查看组织信息</translation>
    </message>
    <message>
        <source>change areas, units, teams, technicians or equipment</source>
        <translation>修改区域、单位、班组、技术员或设备</translation>
    </message>
    <message>
        <source>record an assessment</source>
        <translation>登记考核</translation>
    </message>
    <message>
        <source>change the rules</source>
        <translation>修改规则</translation>
    </message>
    <message>
        <source>change the program's settings</source>
        <translation>修改程序设置</translation>
    </message>
    <message>
        <source>import organisation data</source>
        <translation>导入组织数据</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>The role “%1” may not %2.</source>
        <translation>角色“%1”无权%2。</translation>
    </message>
</context>
<context>
    <name>fd::AreaService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation>不存在单位“%1”</translation>
    </message>
    <message>
        <source>There is no area “%1”.</source>
        <translation>不存在区域“%1”。</translation>
    </message>
</context>
<context>
    <name>fd::AssessmentKind</name>
    <message>
        <source>Qualification</source>
        <translation>准入考核</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>复训考核</translation>
    </message>
</context>
<context>
    <name>fd::AssessmentService</name>
    <message>
        <source>is in the future</source>
        <translation>是将来的日期</translation>
    </message>
    <message>
        <source>there is no unit “%1”</source>
        <translation>不存在单位“%1”</translation>
    </message>
    <message>
        <source>says failed, but the score reaches the pass mark of %1</source>
        <translation>标为未通过，但分数已达到及格线 %1</translation>
    </message>
    <message>
        <source>says passed, but the score is below the pass mark of %1</source>
        <translation>标为通过，但分数低于及格线 %1</translation>
    </message>
    <message>
        <source>a retraining answers a termination, and the unit “%1” is %2</source>
        <translation>复训考核针对的是终止合同，而单位“%1”当前为%2</translation>
    </message>
    <message>
        <source>is before the termination of %1 that the retraining answers</source>
        <translation>早于该复训所针对的 %1 终止日期</translation>
    </message>
    <message>
        <source>qualification passed with %1</source>
        <translation>准入考核通过，得分 %1</translation>
    </message>
    <message>
        <source>retraining passed with %1</source>
        <translation>复训考核通过，得分 %1</translation>
    </message>
</context>
<context>
    <name>fd::Checks</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>上岗证</translation>
    </message>
    <message>
        <source>FTTH tool kit</source>
        <translation>FTTH 工具包</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>考核人</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>重复出现</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must not begin or end with a space</source>
        <translation>开头和结尾不能有空格</translation>
    </message>
    <message>
        <source>must not contain a comma or a semicolon</source>
        <translation>不能包含逗号或分号</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>不能包含控制字符</translation>
    </message>
    <message>
        <source>is before the termination</source>
        <translation>早于终止日期</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must name at least one area</source>
        <translation>至少要指定一个区域</translation>
    </message>
    <message>
        <source>area code “%1” %2</source>
        <translation>区域代码“%1”%2</translation>
    </message>
    <message>
        <source>names the area “%1” twice</source>
        <translation>重复指定了区域“%1”</translation>
    </message>
    <message>
        <source>is not a telephone number (digits, spaces, +, - and brackets)</source>
        <translation>不是电话号码（只能包含数字、空格、+、- 和括号）</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>必须是日期</translation>
    </message>
    <message>
        <source>must lie between 0 and 100</source>
        <translation>必须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>fd::Cli</name>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed 需要 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>Demo operator written to %1 (seed %2): %3 units, %4 service areas with %5 subscribers, %6 teams, %7 technicians.</source>
        <translation>演示运营商已写入 %1（种子 %2）：%3 个单位，%4 个服务区域共 %5 户，%6 个班组，%7 名技术员。</translation>
    </message>
    <message>
        <source>The command “%1” does not take %2.</source>
        <translation>命令“%1”不接受 %2。</translation>
    </message>
    <message>
        <source>No command given. Run “fiberdesk-cli --help” for the list.</source>
        <translation>未给出命令。运行“fiberdesk-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “fiberdesk-cli --help” for the list.</source>
        <translation>未知命令“%1”。运行“fiberdesk-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Usage: fiberdesk-cli import KIND FILE</source>
        <translation>用法：fiberdesk-cli import 类型 文件</translation>
    </message>
    <message>
        <source>The command “%1” takes no arguments.</source>
        <translation>命令“%1”不接受参数。</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Cannot import “%1”; the kinds are %2.</source>
        <translation>无法导入“%1”；可导入的类型为 %2。</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2: %3 new, %4 updated, %5 unchanged.</source>
        <translation>已导入 %2 的 %1 行：新增 %3，更新 %4，未变 %5。</translation>
    </message>
    <message>
        <source>--growth takes a percentage such as 12.5 or -3 (at most two decimals, not below -100).</source>
        <translation>--growth 需要一个百分比，例如 12.5 或 -3（最多两位小数，不低于 -100）。</translation>
    </message>
    <message>
        <source>%1  %2 (%3) — %4 subscribers — %5</source>
        <translation>%1  %2（%3）— %4 户 — %5</translation>
    </message>
    <message>
        <source>meets every rule</source>
        <translation>全部达标</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>  resource</source>
        <translation>  资源</translation>
    </message>
    <message>
        <source>required</source>
        <translation>应配</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实有</translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>  areas no team covers: %1</source>
        <translation>  无班组覆盖的区域：%1</translation>
    </message>
    <message>
        <source> with subscribers grown by %1 %</source>
        <translation>（用户数增长 %1%）</translation>
    </message>
    <message>
        <source>%1 of %2 units meet every allocation rule%3 (rules version %4).</source>
        <translation>%2 个单位中有 %1 个满足全部配置规则%3（规则版本 %4）。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>strikes</source>
        <translation>不合格次数</translation>
    </message>
    <message>
        <source>rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>选项 %1 不接受取值。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个取值。</translation>
    </message>
    <message>
        <source>Unknown option %1. Run “fiberdesk-cli --help” for the list.</source>
        <translation>未知选项 %1。运行“fiberdesk-cli --help”查看列表。</translation>
    </message>
    <message>
        <source>Usage: fiberdesk-cli [--db PATH|postgresql://user@host:port/dbname] [--json] [--timezone ZONE] COMMAND

Commands:
  init                          create or upgrade the database
  demo [--seed N]               fill an empty database with a realistic demo operator
  import KIND FILE              import a CSV file; KIND is units, areas, teams, technicians,
                                equipment or assessments (all or nothing)
  compliance [--growth PCT]     staff, tools and vehicles each unit has against what its
                                subscribers require; PCT projects subscriber growth
  units                         each unit's contract status, strikes and rectification deadline

Options:
  --db PATH      the database (default: the desktop program's, %1)
  --json         machine-readable output on standard output
  --timezone Z   the operator's time zone for this run (IANA name, e.g. America/Lima)
  --help         this text
  --version      the program's version

Exit status: 0 on success, 1 when the command failed, 2 for a usage error.
The command line acts as the local administrator of the database it opens.</source>
        <translation>用法：fiberdesk-cli [--db 路径|postgresql://用户@主机:端口/数据库] [--json] [--timezone 时区] 命令

命令：
  init                          创建或升级数据库
  demo [--seed N]               向空数据库写入一套逼真的演示运营商数据
  import 类型 文件              导入 CSV 文件；类型为 units、areas、teams、technicians、
                                equipment 或 assessments（要么全部导入，要么全不导入）
  compliance [--growth PCT]     各单位的人员、工具和车辆与其用户数要求的对比；
                                PCT 用于预测用户增长
  units                         各单位的合同状态、不合格次数和整改期限

选项：
  --db 路径      数据库（默认：桌面程序使用的数据库，%1）
  --json         在标准输出上输出机器可读格式
  --timezone Z   本次运行使用的运营商时区（IANA 名称，例如 Asia/Shanghai）
  --help         显示本说明
  --version      显示程序版本

退出状态：成功为 0，命令失败为 1，用法错误为 2。
命令行以所打开数据库的本地管理员身份运行。</translation>
    </message>
</context>
<context>
    <name>fd::Csv</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>右引号后出现多余文本</translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one (quote the whole field and double the quote)</source>
        <translation>字段中间出现双引号，而字段并非以引号开头（请给整个字段加引号，并将其中的引号写两次）</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (save it as UTF-8)</source>
        <translation>文件不是有效的 UTF-8 文本（请另存为 UTF-8）</translation>
    </message>
    <message>
        <source>the file contains a NUL character; it is not a text file</source>
        <translation>文件包含 NUL 字符，不是文本文件</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row</source>
        <translation>文件为空，需要一行表头</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1，第 %2 行，第 %3 列（%4）：%5</translation>
    </message>
    <message>
        <source>unknown column “%1”; the columns are %2</source>
        <translation>未知列“%1”；应有的列为 %2</translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>the column “%1” is missing; the columns are %2</source>
        <translation>缺少列“%1”；应有的列为 %2</translation>
    </message>
    <message>
        <source>is empty; it must be one of %1</source>
        <translation>为空；必须是以下之一：%1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>“%1”不是 yes 或 no</translation>
    </message>
    <message>
        <source>is empty; it must be yes or no</source>
        <translation>为空；必须是 yes 或 no</translation>
    </message>
    <message>
        <source>is empty; it must be a whole number</source>
        <translation>为空；必须是整数</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>is empty; it must be a number</source>
        <translation>为空；必须是数字</translation>
    </message>
    <message>
        <source>“%1” is not a number (use a decimal point)</source>
        <translation>“%1”不是数字（请使用小数点）</translation>
    </message>
    <message>
        <source>is empty; it must be a date (YYYY-MM-DD)</source>
        <translation>为空；必须是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>fd::Database</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Create one with “fiberdesk-cli init”.</source>
        <translation>“%1”处没有数据库。请用“fiberdesk-cli init”创建。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>未安装 Qt 数据库驱动 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2</source>
        <translation>无法打开数据库“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database (%2).</source>
        <translation>“%1”不是 FiberDesk 数据库（%2）。</translation>
    </message>
    <message>
        <source>“%1” holds tables that are not FiberDesk's; it was left untouched.</source>
        <translation>“%1”包含不属于 FiberDesk 的表，未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” has no readable schema version.</source>
        <translation>“%1”没有可读取的结构版本。</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer FiberDesk (schema version %2; this program knows versions up to %3). It has not been changed; please update FiberDesk.</source>
        <translation>数据库“%1”由更新版本的 FiberDesk 写入（结构版本 %2；本程序最高支持版本 %3）。数据库未被改动，请升级 FiberDesk。</translation>
    </message>
    <message>
        <source>Upgrading the database “%1” failed and was undone: %2</source>
        <translation>升级数据库“%1”失败，已全部撤销：%2</translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation>由于部分操作失败，本次更改已全部撤销。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address of the form postgresql://user@host:port/dbname.</source>
        <translation>“%1”不是 postgresql://用户@主机:端口/数据库 形式的 PostgreSQL 地址。</translation>
    </message>
</context>
<context>
    <name>fd::DemoService</name>
    <message>
        <source>The database %1 already holds units; demo data is only loaded into an empty database.</source>
        <translation>数据库 %1 中已有单位；演示数据只能载入空数据库。</translation>
    </message>
    <message>
        <source>Splicing practice below standard; to be assessed again.</source>
        <translation>熔接实操未达标，需重新考核。</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
    <message>
        <source>Contract rescinded: two monthly scores under 80 within a year.</source>
        <translation>合同已终止：一年内两次月度得分低于 80 分。</translation>
    </message>
</context>
<context>
    <name>fd::EquipmentKind</name>
    <message>
        <source>Fusion splicer</source>
        <translation>熔接机</translation>
    </message>
    <message>
        <source>Special vehicle</source>
        <translation>专用车辆</translation>
    </message>
    <message>
        <source>Four-wheel vehicle</source>
        <translation>四轮驱动车辆</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>梯子</translation>
    </message>
    <message>
        <source>Electric drill</source>
        <translation>电钻</translation>
    </message>
</context>
<context>
    <name>fd::EquipmentService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation>不存在单位“%1”</translation>
    </message>
    <message>
        <source>there is no team “%1”</source>
        <translation>不存在班组“%1”</translation>
    </message>
    <message>
        <source>the team “%1” belongs to the unit “%2”, not to “%3”</source>
        <translation>班组“%1”属于单位“%2”，不属于“%3”</translation>
    </message>
</context>
<context>
    <name>fd::Import</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1。未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems). Nothing was imported.</source>
        <translation>%1（另有 %2 个问题）。未导入任何数据。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a CSV file.</source>
        <translation>“%1”是文件夹，不是 CSV 文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
</context>
<context>
    <name>fd::Resource</name>
    <message>
        <source>Fusion splicers</source>
        <translation>熔接机</translation>
    </message>
    <message>
        <source>FTTH tool kits</source>
        <translation>FTTH 工具包</translation>
    </message>
    <message>
        <source>Special vehicles</source>
        <translation>专用车辆</translation>
    </message>
    <message>
        <source>Four-wheel vehicles</source>
        <translation>四轮驱动车辆</translation>
    </message>
    <message>
        <source>Ladders</source>
        <translation>梯子</translation>
    </message>
    <message>
        <source>Electric drills</source>
        <translation>电钻</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
</context>
<context>
    <name>fd::Role</name>
    <message>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>Callback agent</source>
        <translation>回访员</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>考核员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>fd::RuleService</name>
    <message>
        <source>“%1” is not a time zone this system knows.</source>
        <translation>“%1”不是本系统已知的时区。</translation>
    </message>
</context>
<context>
    <name>fd::Rules</name>
    <message>
        <source>Allocation (SPEC §3)</source>
        <translation>资源配置（SPEC §3）</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Fusion splicers every unit needs</source>
        <translation>每个单位至少需要的熔接机数</translation>
    </message>
    <message>
        <source>Subscribers per additional fusion splicer</source>
        <translation>每增加一台熔接机对应的用户数</translation>
    </message>
    <message>
        <source>Special vehicles every unit needs</source>
        <translation>每个单位至少需要的专用车辆数</translation>
    </message>
    <message>
        <source>Four-wheel vehicle required above this many subscribers</source>
        <translation>用户数超过此值时需配四轮驱动车辆</translation>
    </message>
    <message>
        <source>Four-wheel vehicles required above that threshold</source>
        <translation>超过该阈值时需配的四轮驱动车辆数</translation>
    </message>
    <message>
        <source>Ladders per team</source>
        <translation>每个班组的梯子数</translation>
    </message>
    <message>
        <source>Electric drills per team</source>
        <translation>每个班组的电钻数</translation>
    </message>
    <message>
        <source>Subscribers per active technician</source>
        <translation>每名在岗技术员对应的用户数</translation>
    </message>
    <message>
        <source>Minimum active technicians per team</source>
        <translation>每个班组最少在岗技术员数</translation>
    </message>
    <message>
        <source>Subscribers per team</source>
        <translation>每个班组对应的用户数</translation>
    </message>
    <message>
        <source>Qualification pass mark (0–100)</source>
        <translation>准入考核及格线（0–100）</translation>
    </message>
    <message>
        <source>Days a terminated unit has to rectify</source>
        <translation>被终止单位的整改天数</translation>
    </message>
    <message>
        <source>There is no rule named “%1”.</source>
        <translation>不存在名为“%1”的规则。</translation>
    </message>
    <message>
        <source>“%1” must lie between %2 and %3.</source>
        <translation>“%1”必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <source>There is no rule version %1.</source>
        <translation>不存在规则版本 %1。</translation>
    </message>
</context>
<context>
    <name>fd::TeamService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation>不存在单位“%1”</translation>
    </message>
    <message>
        <source>there is no area “%1”</source>
        <translation>不存在区域“%1”</translation>
    </message>
    <message>
        <source>the area “%1” is served by the unit “%2”, not by “%3”</source>
        <translation>区域“%1”由单位“%2”负责，而不是“%3”</translation>
    </message>
    <message>
        <source>There is no team “%1”.</source>
        <translation>不存在班组“%1”。</translation>
    </message>
</context>
<context>
    <name>fd::TechnicianService</name>
    <message>
        <source>there is no team “%1”</source>
        <translation>不存在班组“%1”</translation>
    </message>
    <message>
        <source>There is no technician “%1”.</source>
        <translation>不存在技术员“%1”。</translation>
    </message>
</context>
<context>
    <name>fd::UnitService</name>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Give a reason for changing a unit's status.</source>
        <translation>请填写变更单位状态的原因。</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>不存在单位“%1”。</translation>
    </message>
    <message>
        <source>The unit “%1” is already %2.</source>
        <translation>单位“%1”已经是%2状态。</translation>
    </message>
    <message>
        <source>A terminated unit becomes active again only by passing a retraining assessment.</source>
        <translation>被终止的单位只有通过复训考核才能恢复正常。</translation>
    </message>
    <message>
        <source>A unit becomes active only by passing a qualification assessment.</source>
        <translation>单位只有通过准入考核才能转为正常。</translation>
    </message>
    <message>
        <source>Only a retired unit can be taken back as a candidate.</source>
        <translation>只有已退出的单位才能重新列为候选。</translation>
    </message>
</context>
<context>
    <name>fd::UnitStatus</name>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退出</translation>
    </message>
</context>
</TS>