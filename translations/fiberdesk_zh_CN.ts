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
        <source>change the program&apos;s settings</source>
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
    <message>
        <source>view work orders</source>
        <translation>查看工单</translation>
    </message>
    <message>
        <source>create, assign or update work orders</source>
        <translation>创建、派发或更新工单</translation>
    </message>
    <message>
        <source>exempt a work order from timeliness</source>
        <translation>将工单排除在及时率考核之外</translation>
    </message>
    <message>
        <source>view callbacks and complaints</source>
        <translation>查看回访和投诉</translation>
    </message>
    <message>
        <source>record callback calls</source>
        <translation>登记回访电话</translation>
    </message>
    <message>
        <source>register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>verify, reject or resolve a complaint</source>
        <translation>核实、驳回或办结投诉</translation>
    </message>
    <message>
        <source>view evaluations</source>
        <translation>查看考核</translation>
    </message>
    <message>
        <source>enter machine-room scores or adjustments</source>
        <translation>录入机房管理分或调整分</translation>
    </message>
    <message>
        <source>finalize a monthly evaluation</source>
        <translation>定稿月度考核</translation>
    </message>
    <message>
        <source>reopen a finalized evaluation</source>
        <translation>重新打开已定稿的考核</translation>
    </message>
    <message>
        <source>browse the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>make or restore backups or change their settings</source>
        <translation>创建或恢复备份，或更改备份设置</translation>
    </message>
    <message>
        <source>see the quality of the callback calls</source>
        <translation>查看回访电话的质量</translation>
    </message>
    <message>
        <source>score callback calls</source>
        <translation>为回访电话评分</translation>
    </message>
    <message>
        <source>view the compliance report</source>
        <translation>查看合规报告</translation>
    </message>
    <message>
        <source>file an appeal</source>
        <translation>提出申诉</translation>
    </message>
    <message>
        <source>decide an appeal</source>
        <translation>裁定申诉</translation>
    </message>
    <message>
        <source>The unit representative “%1” is bound to no unit and may see none.</source>
        <translation>单位代表“%1”未绑定任何单位，无法查看任何单位。</translation>
    </message>
    <message>
        <source>The representative of %1 may see and act for that unit only, not for “%2”.</source>
        <translation>%1 的代表只能查看并代表该单位，不能代表“%2”。</translation>
    </message>
</context>
<context>
    <name>fd::AdjustmentDialog</name>
    <message>
        <source>Adjustment of %1</source>
        <translation>%1 的调整分</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: total now %4</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;，%3：当前总分 %4</translation>
    </message>
    <message>
        <source>Points added to (or, negative, taken from) the month&apos;s total, which stays between 0 and 100. The reason is shown to the unit in its report.</source>
        <translation>在当月总分上加分（为负数时减分），总分保持在 0 到 100 之间。原因会显示在发给该单位的报告中。</translation>
    </message>
    <message>
        <source>Points (±)</source>
        <translation>分数（±）</translation>
    </message>
    <message>
        <source>Why; required</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save adjustment</source>
        <translation>保存调整</translation>
    </message>
    <message>
        <source>Remove adjustment</source>
        <translation>取消调整</translation>
    </message>
</context>
<context>
    <name>fd::Appeal</name>
    <message>
        <source>Late order</source>
        <translation>逾期工单</translation>
    </message>
    <message>
        <source>Repeat fault</source>
        <translation>重复故障</translation>
    </message>
    <message>
        <source>Staff-caused complaint</source>
        <translation>人员责任投诉</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待裁定</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>已支持</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>fd::AppealDecideDialog</name>
    <message>
        <source>Uphold appeal %1</source>
        <translation>支持申诉 %1</translation>
    </message>
    <message>
        <source>Dismiss appeal %1</source>
        <translation>驳回申诉 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal %1&lt;/b&gt;: %2 %3 of %4 in %5, filed by %6</source>
        <translation>&lt;b&gt;申诉 %1&lt;/b&gt;：%4 于 %5 的%2 %3，由 %6 提出</translation>
    </message>
    <message>
        <source>Grounds: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Upheld, the item no longer counts against the unit: in a draft month the figures change at once; a finalized month is marked for re-evaluation, and an admin reopens and finalizes it again.</source>
        <translation>支持后，该项目不再计入该单位的扣分：草稿月份的数据立即变化；已定稿的月份标记为待重新考核，由管理员重新打开并再次定稿。</translation>
    </message>
    <message>
        <source>Dismissed, the item keeps counting and the month&apos;s figures stay as they are.</source>
        <translation>驳回后，该项目继续计入，本月数据保持不变。</translation>
    </message>
    <message>
        <source>Why; the unit reads this, and it goes into the audit log</source>
        <translation>原因；单位会看到，并记入审计日志</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>fd::AppealFileDialog</name>
    <message>
        <source>Appeal %1 %2</source>
        <translation>申诉：%1 %2</translation>
    </message>
    <message>
        <source>File an appeal</source>
        <translation>提出申诉</translation>
    </message>
    <message>
        <source>An appeal asks that an item counted against the unit in a month should not count. An evaluator other than the one who files it upholds or dismisses it; upheld, the item leaves the month&apos;s figures (a finalized month is then evaluated again).</source>
        <translation>申诉请求某月计入该单位扣分的项目不再计入。由提出人以外的评估员支持或驳回；支持后，该项目从本月数据中移除（已定稿的月份需重新考核）。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The order number, or the complaint&apos;s number</source>
        <translation>工单号或投诉编号</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Order or complaint</source>
        <translation>工单或投诉(&amp;O)</translation>
    </message>
    <message>
        <source>What counted</source>
        <translation>计入情况</translation>
    </message>
    <message>
        <source>Why the item should not count (required)</source>
        <translation>该项目为何不应计入（必填）</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>理由(&amp;G)</translation>
    </message>
    <message>
        <source>File the appeal</source>
        <translation>提出申诉</translation>
    </message>
</context>
<context>
    <name>fd::AppealModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not decided yet. Grounds: %1</source>
        <translation>尚未裁定。理由：%1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Item contested</source>
        <translation>申诉项目</translation>
    </message>
    <message>
        <source>Order or complaint</source>
        <translation>工单或投诉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filed by, at</source>
        <translation>提出人、时间</translation>
    </message>
    <message>
        <source>Decided by, at</source>
        <translation>裁定人、时间</translation>
    </message>
    <message>
        <source>Reason of the decision</source>
        <translation>裁定原因</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>fd::AppealService</name>
    <message>
        <source>An appeal needs its grounds: say why the item should not count.</source>
        <translation>申诉需要理由：请说明该项目为何不应计入。</translation>
    </message>
    <message>
        <source>The grounds %1.</source>
        <translation>申诉理由%1。</translation>
    </message>
    <message>
        <source>An appeal names the month it contests.</source>
        <translation>申诉须指明所申诉的月份。</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>没有单位“%1”。</translation>
    </message>
    <message>
        <source>%1 has not ended: its appeals may be filed from %2.</source>
        <translation>%1 尚未结束：自 %2 起可提出申诉。</translation>
    </message>
    <message>
        <source>The appeals of %1 closed on %2, %3 days after the month was finalized on %4.</source>
        <translation>%1 的申诉期已于 %2 截止，即该月于 %4 定稿后 %3 天。</translation>
    </message>
    <message>
        <source>A complaint is named by its id, a whole number, not “%1”.</source>
        <translation>投诉以其编号（整数）指明，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>没有工单“%1”。</translation>
    </message>
    <message>
        <source>%1 %2 is already contested (appeal %3, %4).</source>
        <translation>%1 %2 已在申诉中（申诉 %3，%4）。</translation>
    </message>
    <message>
        <source>%1 %2 is not counted against %3 in %4, so there is nothing to appeal.</source>
        <translation>%1 %2 在 %4 未计入 %3 的扣分项，无需申诉。</translation>
    </message>
    <message>
        <source>A decision on an appeal needs its reason.</source>
        <translation>申诉裁定需要说明理由。</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>理由%1。</translation>
    </message>
    <message>
        <source>There is no appeal %1.</source>
        <translation>没有申诉 %1。</translation>
    </message>
    <message>
        <source>Appeal %1 was already decided: %2 by %3.</source>
        <translation>申诉 %1 已裁定：由 %3 %2。</translation>
    </message>
    <message>
        <source>Appeal %1 was filed by %2: an evaluator other than its filer decides it.</source>
        <translation>申诉 %1 由 %2 提出：须由提出人以外的评估员裁定。</translation>
    </message>
    <message>
        <source>Appeal %1 was decided by someone else meanwhile.</source>
        <translation>申诉 %1 在此期间已被他人裁定。</translation>
    </message>
</context>
<context>
    <name>fd::AppealsPage</name>
    <message>
        <source>Mon&amp;th</source>
        <translation>月份(&amp;T)</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>所有月份</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>File appeal…</source>
        <translation>提出申诉…</translation>
    </message>
    <message>
        <source>Uphold…</source>
        <translation>支持…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>The appeals could not be read: %1</source>
        <translation>无法读取申诉：%1</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2 条</translation>
    </message>
    <message>
        <source>No appeal has been filed for these months.</source>
        <translation>这些月份没有提出任何申诉。</translation>
    </message>
    <message>
        <source>Choose an appeal in the list to see its grounds and the evidence of the item beside it.</source>
        <translation>在列表中选择一项申诉，即可在旁边查看其理由和该项目的依据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal %1 — %2&lt;/b&gt;&lt;br&gt;%3 %4, counted against %5 in %6</source>
        <translation>&lt;b&gt;申诉 %1 — %2&lt;/b&gt;&lt;br&gt;%3 %4，计入 %5 于 %6 的扣分</translation>
    </message>
    <message>
        <source>Grounds (filed by %1, %2): %3</source>
        <translation>理由（%1 于 %2 提出）：%3</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>尚未裁定。</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%2 于 %3 %1：%4</translation>
    </message>
    <message>
        <source>The visit it came back after: order %1 (%2), completed %3, on the same account %4.</source>
        <translation>故障复发前的上门：工单 %1（%2），完成于 %3，同一账号 %4。</translation>
    </message>
    <message>
        <source>The visit it came back after, on the same account %1, is not among the records of these two months.</source>
        <translation>故障复发前在同一账号 %1 的上门不在这两个月的记录中。</translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>无法读取依据：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: %1 %2 is not among the records of %3 in %4.</source>
        <translation>&lt;b&gt;依据&lt;/b&gt;：%1 %2 不在 %3 于 %4 的记录中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: the repair counted as a repeat fault</source>
        <translation>&lt;b&gt;依据&lt;/b&gt;：被计为重复故障的维修</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: the order&apos;s deadline and when it was met</source>
        <translation>&lt;b&gt;依据&lt;/b&gt;：工单的期限及实际完成时间</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: the complaint and its verdict</source>
        <translation>&lt;b&gt;依据&lt;/b&gt;：投诉及其认定结果</translation>
    </message>
    <message>
        <source>Status history of order %1</source>
        <translation>工单 %1 的状态历史</translation>
    </message>
    <message>
        <source>The status history of order %1 could not be read: %2</source>
        <translation>无法读取工单 %1 的状态历史：%2</translation>
    </message>
    <message>
        <source>Contest an item counted against a unit in a month: a late order, a repeat fault or a staff-caused complaint (Ctrl+N)</source>
        <translation>对某月计入单位扣分的项目提出申诉：逾期工单、重复故障或人员责任投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>Your role (%1) may not file appeals.</source>
        <translation>您的角色（%1）不能提出申诉。</translation>
    </message>
    <message>
        <source>Your role (%1) may not decide appeals.</source>
        <translation>您的角色（%1）不能裁定申诉。</translation>
    </message>
    <message>
        <source>Choose an open appeal in the list.</source>
        <translation>请在列表中选择一项待裁定的申诉。</translation>
    </message>
    <message>
        <source>Appeal %1 was already decided: %2 by %3.</source>
        <translation>申诉 %1 已裁定：由 %3 %2。</translation>
    </message>
    <message>
        <source>You filed appeal %1: an evaluator other than its filer decides it.</source>
        <translation>申诉 %1 由您提出：须由提出人以外的评估员裁定。</translation>
    </message>
    <message>
        <source>The item no longer counts against the unit; a reason is required</source>
        <translation>该项目不再计入该单位的扣分；须填写原因</translation>
    </message>
    <message>
        <source>The item keeps counting; a reason is required</source>
        <translation>该项目继续计入；须填写原因</translation>
    </message>
    <message>
        <source>Filed appeal %1 against %2 %3 of %4.</source>
        <translation>已就 %4 的%2 %3 提出申诉 %1。</translation>
    </message>
    <message>
        <source>Upheld appeal %1: %2 %3 no longer counts against %4.</source>
        <translation>已支持申诉 %1：%2 %3 不再计入 %4 的扣分。</translation>
    </message>
    <message>
        <source>Dismissed appeal %1: %2 %3 keeps counting against %4.</source>
        <translation>已驳回申诉 %1：%2 %3 继续计入 %4 的扣分。</translation>
    </message>
</context>
<context>
    <name>fd::AreaDialog</name>
    <message>
        <source>Edit service area %1</source>
        <translation>编辑服务区域 %1</translation>
    </message>
    <message>
        <source>New service area</source>
        <translation>新建服务区域</translation>
    </message>
    <message>
        <source> households</source>
        <translation> 户</translation>
    </message>
    <message>
        <source>Served by unit</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Broadband subscribers</source>
        <translation>宽带用户数</translation>
    </message>
    <message>
        <source>Moving an area to another unit takes it off the teams of the unit that served it before.</source>
        <translation>将区域划给其他单位后，原单位的班组将不再覆盖该区域。</translation>
    </message>
</context>
<context>
    <name>fd::AreaModel</name>
    <message>
        <source>No active team covers this area: the unit falls short of the allocation rules.</source>
        <translation>没有在用班组覆盖该区域：该单位不满足配置规则。</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>无班组</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Served by unit</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Covered by teams</source>
        <translation>覆盖班组</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
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
    <name>fd::AreasTab</name>
    <message>
        <source>Search code, name, unit, team (Ctrl+F)</source>
        <translation>搜索代码、名称、单位、班组（Ctrl+F）</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Saved the new service area.</source>
        <translation>已保存新服务区域。</translation>
    </message>
    <message>
        <source>Saved service area %1.</source>
        <translation>已保存服务区域 %1。</translation>
    </message>
</context>
<context>
    <name>fd::AssessmentDialog</name>
    <message>
        <source>Record assessment</source>
        <translation>登记考核</translation>
    </message>
    <message>
        <source>The unit passed the retraining</source>
        <translation>该单位通过了复训考核</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>分数（0–100）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A passed qualification makes a candidate unit active. A passed retraining reinstates a terminated unit from the assessment&apos;s date.</source>
        <translation>准入考核通过后，候选单位转为正常；复训考核通过后，被终止的单位自考核之日起恢复。</translation>
    </message>
    <message>
        <source>Passed — the pass mark is %1</source>
        <translation>通过——及格线为 %1</translation>
    </message>
    <message>
        <source>Failed — the pass mark is %1</source>
        <translation>未通过——及格线为 %1</translation>
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
    <name>fd::AssessmentModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
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
    <name>fd::AssessmentsTab</name>
    <message>
        <source>Record assessment…</source>
        <translation>登记考核…</translation>
    </message>
    <message>
        <source>Search unit, kind, assessor, notes (Ctrl+F)</source>
        <translation>搜索单位、类型、考核人、备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Recorded the assessment.</source>
        <translation>已登记考核。</translation>
    </message>
</context>
<context>
    <name>fd::AssignDialog</name>
    <message>
        <source>Assign order %1</source>
        <translation>派单：工单 %1</translation>
    </message>
    <message>
        <source>Reassign order %1</source>
        <translation>改派：工单 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3&lt;br&gt;%4 · area &lt;b&gt;%5&lt;/b&gt; %6 · deadline %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3&lt;br&gt;%4 · 区域 &lt;b&gt;%5&lt;/b&gt; %6 · 时限 %7</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Covers the area</source>
        <translation>覆盖该区域</translation>
    </message>
    <message>
        <source>Orders in hand</source>
        <translation>在手工单</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>技术员(&amp;T)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unit may not take new orders</source>
        <translation>该单位不可接收新工单</translation>
    </message>
    <message>
        <source>⚠ Unit falls short of the allocation rules</source>
        <translation>⚠ 该单位未达到配置标准</translation>
    </message>
    <message>
        <source>Any technician of the team</source>
        <translation>班组内任一技术员</translation>
    </message>
    <message>
        <source>Choose a team whose unit may take the order.</source>
        <translation>请选择其单位可接收该工单的班组。</translation>
    </message>
</context>
<context>
    <name>fd::Audit</name>
    <message>
        <source>Unit status changed</source>
        <translation>单位状态变更</translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation>规则变更</translation>
    </message>
    <message>
        <source>Time zone changed</source>
        <translation>时区变更</translation>
    </message>
    <message>
        <source>Order assigned</source>
        <translation>工单派单</translation>
    </message>
    <message>
        <source>Order exemption</source>
        <translation>工单豁免</translation>
    </message>
    <message>
        <source>Complaint verdict</source>
        <translation>投诉认定</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>投诉已处理</translation>
    </message>
    <message>
        <source>Evaluation finalized</source>
        <translation>考核已定稿</translation>
    </message>
    <message>
        <source>Evaluation reopened</source>
        <translation>考核已重新打开</translation>
    </message>
    <message>
        <source>Machine-room score</source>
        <translation>机房管理得分</translation>
    </message>
    <message>
        <source>Score adjustment</source>
        <translation>得分调整</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>用户已创建</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>用户已修改</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>密码已设置</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Holiday saved</source>
        <translation>已保存节假日</translation>
    </message>
</context>
<context>
    <name>fd::AuditChain</name>
    <message>
        <source>Audit entry #%1 does not follow the entry before it: an entry before it was deleted or moved outside FiberDesk.</source>
        <translation>审计条目 #%1 与前一条目不衔接：其之前的条目已在 FiberDesk 之外被删除或移动。</translation>
    </message>
    <message>
        <source>Audit entry #%1 was changed outside FiberDesk: its contents no longer match its hash.</source>
        <translation>审计条目 #%1 已在 FiberDesk 之外被修改：其内容与哈希值不再一致。</translation>
    </message>
    <message>
        <source>The audit log holds %1 entries but FiberDesk wrote %2: entries were deleted or added outside FiberDesk.</source>
        <translation>审计日志中有 %1 条，但 FiberDesk 写入了 %2 条：有条目在 FiberDesk 之外被删除或添加。</translation>
    </message>
    <message>
        <source>The newest audit entry is not the one FiberDesk wrote last: it was replaced outside FiberDesk.</source>
        <translation>最新的审计条目不是 FiberDesk 最后写入的那条：它已在 FiberDesk 之外被替换。</translation>
    </message>
    <message>
        <source>The audit log holds %1 entries, but it held %2 when the anchor was taken: entries were deleted or the log was emptied outside FiberDesk.</source>
        <translation>审计日志现有 %1 个条目，但取锚点时有 %2 个：条目在 FiberDesk 之外被删除，或日志被清空。</translation>
    </message>
    <message>
        <source>Audit entry %1 in order (#%2) is not the one the anchor names: the chain was rewritten outside FiberDesk.</source>
        <translation>按顺序第 %1 个审计条目（#%2）不是锚点所指的条目：链在 FiberDesk 之外被重写。</translation>
    </message>
    <message>
        <source>The audit log no longer holds the entry the anchor names: the chain was rewritten or cut outside FiberDesk.</source>
        <translation>审计日志中已没有锚点所指的条目：链在 FiberDesk 之外被重写或截断。</translation>
    </message>
</context>
<context>
    <name>fd::AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>fd::AuditPage</name>
    <message>
        <source>Every record</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Record or value, e.g. U03 (Ctrl+F)</source>
        <translation>记录或取值，例如 U03 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>操作人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Every entry carries the hash of the one before it: an entry changed or deleted outside FiberDesk breaks the chain.</source>
        <translation>每个条目都带有前一条目的哈希：在 FiberDesk 之外修改或删除条目会使哈希链断开。</translation>
    </message>
    <message>
        <source>The newest %1 matching entries; narrow the filters to see older ones.</source>
        <translation>显示最新的 %1 条匹配记录；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries, newest first.</source>
        <translation>
            <numerusform>%Ln 条匹配记录，最新的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %Ln entries, each chained to the one before.</source>
        <translation>
            <numerusform>哈希链完整：共 %Ln 条，每条都与前一条相连。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
</context>
<context>
    <name>fd::AuditSeal</name>
    <message>
        <source>Audit entry #%1 holds a seal FiberDesk cannot read.</source>
        <translation>审计条目 #%1 的封印 FiberDesk 无法读取。</translation>
    </message>
    <message>
        <source>The status history of unit %1 (%2) was changed outside FiberDesk: it no longer matches audit entry #%3.</source>
        <translation>单位 %1 的状态历史（%2）在 FiberDesk 之外被修改：已与审计条目 #%3 不符。</translation>
    </message>
    <message>
        <source>The finalized evaluation of %1 for %2 that audit entry #%3 seals is gone: it was deleted outside FiberDesk.</source>
        <translation>审计条目 #%3 所封存的 %1 在 %2 的已定稿评估不见了：它在 FiberDesk 之外被删除。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 was changed outside FiberDesk: its figures, counts, rule version, evidence or status change no longer match the seal in audit entry #%3.</source>
        <translation>%1 在 %2 的评估在 FiberDesk 之外被修改：其分数、计数、规则版本、证据或状态变更已与审计条目 #%3 中的封印不符。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is final, but it was reopened after audit entry #%3 sealed it: it was changed outside FiberDesk.</source>
        <translation>%1 在 %2 的评估显示为已定稿，但在审计条目 #%3 封存后已被重新打开：它在 FiberDesk 之外被修改。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 reads as reopened, but the audit log holds no reopening after entry #%3: it was changed outside FiberDesk.</source>
        <translation>%1 在 %2 的评估显示为已重新打开，但审计日志在条目 #%3 之后没有任何重新打开记录：它在 FiberDesk 之外被修改。</translation>
    </message>
    <message>
        <source>The finalized evaluation of %1 for %2 has no seal in the audit log: it was added outside FiberDesk, or audit entries were deleted.</source>
        <translation>%1 在 %2 的已定稿评估在审计日志中没有封印：它是在 FiberDesk 之外添加的，或审计条目被删除。</translation>
    </message>
    <message>
        <source>A status change of unit %1 dated %2 has no entry in the audit log: it was added outside FiberDesk, or audit entries were deleted.</source>
        <translation>单位 %1 日期为 %2 的状态变更在审计日志中没有条目：它是在 FiberDesk 之外添加的，或审计条目被删除。</translation>
    </message>
    <message>
        <source>Unit %1 is %2, but the audit log holds no change of its status: it was changed outside FiberDesk, or audit entries were deleted.</source>
        <translation>单位 %1 的状态为 %2，但审计日志中没有其状态变更：它在 FiberDesk 之外被修改，或审计条目被删除。</translation>
    </message>
    <message>
        <source>The status of unit %1 was changed outside FiberDesk: it is %2 now, not what audit entry #%3 (%4) left it.</source>
        <translation>单位 %1 的状态在 FiberDesk 之外被修改：现在是 %2，而不是审计条目 #%3（%4）留下的状态。</translation>
    </message>
</context>
<context>
    <name>fd::AuditService</name>
    <message>
        <source>“%1” is no audit head: give it as a report or backup prints it, ENTRIES:HASH.</source>
        <translation>“%1”不是审计链头：请按报告或备份打印的格式给出，条目数:哈希。</translation>
    </message>
</context>
<context>
    <name>fd::Backup</name>
    <message>
        <source>Backups are made of a FiberDesk database file; a PostgreSQL database is backed up on its server (pg_dump).</source>
        <translation>备份针对 FiberDesk 数据库文件；PostgreSQL 数据库请在其服务器上备份（pg_dump）。</translation>
    </message>
    <message>
        <source>“%1” is the database itself; a backup must go to another file.</source>
        <translation>“%1”就是数据库本身；备份必须写到另一个文件。</translation>
    </message>
    <message>
        <source>“%1” is a folder; name the backup file, for example “%2”.</source>
        <translation>“%1”是文件夹；请指定备份文件，例如“%2”。</translation>
    </message>
    <message>
        <source>“%1” exists and is not a FiberDesk database; it was left untouched. Name another file for the backup.</source>
        <translation>“%1”已存在且不是 FiberDesk 数据库，未作任何改动。请为备份指定另一个文件。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>不能在修改进行中进行备份。</translation>
    </message>
    <message>
        <source>Daily backups are kept from 0 (no automatic backups) to %1 days.</source>
        <translation>每日备份的保留天数为 0（不自动备份）到 %1 天。</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not written: %1</source>
        <translation>今天的备份未写入：%1</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”: %3</source>
        <translation>无法将“%1”复制到“%2”：%3</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1未恢复任何内容。</translation>
    </message>
    <message>
        <source>“%1” is the database itself, not a backup of it.</source>
        <translation>“%1”是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2).</source>
        <translation>“%1”已损坏（%2）。</translation>
    </message>
    <message>
        <source>The database as it is could not be kept aside: %1</source>
        <translation>无法另存数据库的当前状态：%1</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1” to the disk: %2</source>
        <translation>无法将“%1”写入磁盘：%2</translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”: %3</source>
        <translation>无法将“%1”重命名为“%2”：%3</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>无法写入备份“%1”：%2</translation>
    </message>
    <message>
        <source>the database is damaged (%1); restore an earlier backup rather than copy it</source>
        <translation>数据库已损坏（%1）；请恢复较早的备份，而不要复制它</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device or a pipe).</source>
        <translation>“%1”不是普通文件（而是设备或管道）。</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a FiberDesk database.</source>
        <translation>“%1”为空，不是 FiberDesk 数据库。</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database: it is not an SQLite database file.</source>
        <translation>“%1”不是 FiberDesk 数据库：它不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database: it is an SQLite database of another program.</source>
        <translation>“%1”不是 FiberDesk 数据库：它是其他程序的 SQLite 数据库。</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database (%2).</source>
        <translation>“%1”不是 FiberDesk 数据库（%2）。</translation>
    </message>
    <message>
        <source>“%1” has no readable schema version.</source>
        <translation>“%1”没有可读的架构版本。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer FiberDesk (schema version %2; this program knows versions up to %3). Update FiberDesk to use it.</source>
        <translation>“%1”由更新版本的 FiberDesk 写入（架构版本 %2；本程序只支持到版本 %3）。请更新 FiberDesk 后再使用。</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; it was left untouched. Name the backup file itself.</source>
        <translation>“%1”是符号链接，未作改动。请指定备份文件本身。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” exists and is not a folder; backups need a folder there.</source>
        <translation>“%1”已存在且不是文件夹；备份需要该处是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”: %2</source>
        <translation>无法创建文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a compressed FiberDesk backup.</source>
        <translation>“%1”不是 FiberDesk 的压缩备份。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>longer than its metadata says</source>
        <translation>比其元数据所记载的更长</translation>
    </message>
    <message>
        <source>it ends in the middle of the data</source>
        <translation>在数据中途结束</translation>
    </message>
    <message>
        <source>shorter than its metadata says</source>
        <translation>比其元数据所记载的更短</translation>
    </message>
    <message>
        <source>Cannot make “%1” private.</source>
        <translation>无法将“%1”设为仅所有者可读。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the backup&apos;s schema.</source>
        <translation>无法创建临时文件夹来检查备份的结构。</translation>
    </message>
    <message>
        <source>%1 “%2” changed</source>
        <translation>%1“%2”已被修改</translation>
    </message>
    <message>
        <source>%1 “%2” added</source>
        <translation>新增了%1“%2”</translation>
    </message>
    <message>
        <source>%1 “%2” missing</source>
        <translation>缺少%1“%2”</translation>
    </message>
    <message>
        <source>; differences in all: %1</source>
        <translation>；差异共计：%1</translation>
    </message>
    <message>
        <source>“%1” does not have FiberDesk&apos;s own schema (version %2): %3. A backup with objects FiberDesk did not create (a trigger, a view, a table) is not restored.</source>
        <translation>“%1”的结构不是 FiberDesk 自己的结构（版本 %2）：%3。含有 FiberDesk 未创建的对象（触发器、视图、表）的备份不予恢复。</translation>
    </message>
    <message>
        <source>“%1” does not hold a usable FiberDesk database: %2</source>
        <translation>“%1”中没有可用的 FiberDesk 数据库：%2</translation>
    </message>
</context>
<context>
    <name>fd::BoardFilterBar</name>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open work</source>
        <translation>未完成工单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>班组(&amp;E)</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>Orders whose deadline falls today and whose visit is still to happen</source>
        <translation>时限在今天且尚未上门的工单</translation>
    </message>
    <message>
        <source>Due t&amp;oday</source>
        <translation>今日到期(&amp;O)</translation>
    </message>
    <message>
        <source>Name, address, number, phone (Ctrl+F)</source>
        <translation>姓名、地址、单号、电话 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>fd::BoardModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>met, %1 to spare</source>
        <translation>已达成，提前 %1</translation>
    </message>
    <message>
        <source>met %1 late</source>
        <translation>已达成，超时 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未派单</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
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
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>no eligible team</source>
        <translation>无可派班组</translation>
    </message>
    <message>
        <source>No active team of an active unit covers the area %1: no team can take this order until one does.</source>
        <translation>没有有效单位的在用班组负责区域 %1：在有班组负责之前，任何班组都无法承接此工单。</translation>
    </message>
    <message>
        <source>Stuck on site</source>
        <translation>现场滞留</translation>
    </message>
    <message>
        <source>On site since %1 (%2), longer than the %3 an order may stay; %4: %5</source>
        <translation>自 %1 起在现场（%2），超过工单可停留的 %3；%4：%5</translation>
    </message>
</context>
<context>
    <name>fd::BoardService</name>
    <message>
        <source>Type at least %1 characters to search all orders (any length searches open ones).</source>
        <translation>搜索全部工单时请至少输入 %1 个字符（搜索未完成工单不限长度）。</translation>
    </message>
    <message>
        <source>Give the text to search for (part of a name, number or phone).</source>
        <translation>请输入要搜索的文字（姓名、单号或电话的一部分）。</translation>
    </message>
    <message>
        <source>The number of orders to list must be at least 1.</source>
        <translation>列出的工单数至少为 1。</translation>
    </message>
</context>
<context>
    <name>fd::BulletinModel</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Orders whose deadline fell on the day and was missed, or has passed unmet</source>
        <translation>时限在当天且未按时完成（或已过时限仍未完成）的工单</translation>
    </message>
    <message>
        <source>Callbacks concluded on the day: the customer reached, or unreachable</source>
        <translation>当天结束的回访：已接通或判定无法联系</translation>
    </message>
    <message>
        <source>Complaints verified on the day (rejections do not count)</source>
        <translation>当天核实的投诉（驳回的不计）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Orders received</source>
        <translation>受理工单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Callbacks done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>Complaints verified</source>
        <translation>核实投诉</translation>
    </message>
</context>
<context>
    <name>fd::BulletinService</name>
    <message>
        <source>Name the day of the bulletin.</source>
        <translation>请指定简报日期。</translation>
    </message>
</context>
<context>
    <name>fd::BulletinTab</name>
    <message>
        <source>Bulletin of</source>
        <translation>日报日期</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Days are the operator&apos;s calendar days. Overdue: orders whose deadline fell on the day and was missed. Callbacks done: reached or unreachable that day. Verified: complaints verified that day, rejections not counted.</source>
        <translation>日期按运营商所在时区的自然日计算。超时：时限在当天且未按时完成的工单。已回访：当天接通或判定无法联系的回访。核实投诉：当天核实的投诉，驳回的不计。</translation>
    </message>
    <message>
        <source>%1 orders received, %2 completed, %3 overdue · %4 callbacks done · %5 complaints received, %6 verified</source>
        <translation>受理工单 %1 张，完工 %2 张，超时 %3 张 · 已回访 %4 个 · 收到投诉 %5 个，核实 %6 个</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The day&apos;s bulletin as PDF, Excel workbook or CSV</source>
        <translation>当日简报，可导出为 PDF、Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>Export the bulletin of %1</source>
        <translation>导出 %1 的简报</translation>
    </message>
</context>
<context>
    <name>fd::CallPanel</name>
    <message>
        <source>Select the number to copy it</source>
        <translation>选中号码即可复制</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The customer&apos;s words (Tab to get here, Esc to go back)</source>
        <translation>客户的原话（按 Tab 进入，按 Esc 返回）</translation>
    </message>
    <message>
        <source>Complaint [K]</source>
        <translation>投诉 [K]</translation>
    </message>
    <message>
        <source>The customer makes a complaint: it is registered with the call, linked to the order</source>
        <translation>客户提出投诉：随本次回访登记，并关联到该工单</translation>
    </message>
    <message>
        <source>The complaint; left empty, the comment</source>
        <translation>投诉内容；留空则用备注</translation>
    </message>
    <message>
        <source>Reached — save the answers</source>
        <translation>已接通 — 保存回答</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Not reached:</source>
        <translation>未接通：</translation>
    </message>
    <message>
        <source>No call to make now.</source>
        <translation>当前没有需要拨打的回访。</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <source>Order %1 · %2 · completed %3</source>
        <translation>工单 %1 · %2 · 完工于 %3</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>技术员 %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Reached at %1 — the answers below are recorded.</source>
        <translation>已于 %1 接通，下列回答已登记。</translation>
    </message>
    <message>
        <source>Unreachable (calls made: %1).</source>
        <translation>无法联系（已拨打 %1 次）。</translation>
    </message>
    <message>
        <source>First call (of %1 at most).</source>
        <translation>第一次拨打（最多 %1 次）。</translation>
    </message>
    <message>
        <source>Call %1 of %2.</source>
        <translation>第 %1 次拨打，共 %2 次。</translation>
    </message>
    <message>
        <source>The retry is due at %1.</source>
        <translation>应于 %1 重拨。</translation>
    </message>
    <message>
        <source>Earlier: %1.</source>
        <translation>此前：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Type the satisfaction score (0–10) before saving.</source>
        <translation>保存前请输入满意度评分（0–10）。</translation>
    </message>
    <message>
        <source>Answer question %1 (%2) before saving.</source>
        <translation>保存前请回答第 %1 题（%2）。</translation>
    </message>
    <message>
        <source>Category…</source>
        <translation>类别…</translation>
    </message>
    <message>
        <source>Correct this call</source>
        <translation>更正此次回访</translation>
    </message>
    <message>
        <source>Complaint %1 registered with this call: %2, “%3” (%4).</source>
        <translation>本次回访登记的投诉 %1：%2，“%3”（%4）。</translation>
    </message>
    <message>
        <source>It can be corrected until %1; the correction is kept in the audit log.</source>
        <translation>可在 %1 之前更正；更正会记入审计日志。</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s category before saving.</source>
        <translation>保存前请选择投诉类别。</translation>
    </message>
</context>
<context>
    <name>fd::CallScriptWidget</name>
    <message>
        <source>promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>中立者</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Satisfaction 0–10 [type the digits]</source>
        <translation>满意度 0–10 [直接输入数字]</translation>
    </message>
    <message>
        <source>The customer commends the technician [C]</source>
        <translation>客户表扬技术员 [C]</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the key that answers yes: the initial of Yes</comment>
        <translation>Y</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key that answers no: the initial of No</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Yes [%1]</source>
        <translation>是 [%1]</translation>
    </message>
    <message>
        <source>No [%1]</source>
        <translation>否 [%1]</translation>
    </message>
</context>
<context>
    <name>fd::CallbackImporter</name>
    <message>
        <source>is filled in, but the call did not reach the customer</source>
        <translation>已填写，但电话并未联系到客户</translation>
    </message>
    <message>
        <source>must be a score from 0 to 10</source>
        <translation>必须是 0 到 10 的分数</translation>
    </message>
    <message>
        <source>there is no order “%1”</source>
        <translation>不存在工单“%1”</translation>
    </message>
    <message>
        <source>the order %1 is %2; only completed orders are called back</source>
        <translation>工单 %1 的状态为 %2；只有已完工的工单才回访</translation>
    </message>
</context>
<context>
    <name>fd::CallbackOutcome</name>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Refused to answer</source>
        <translation>拒绝回答</translation>
    </message>
</context>
<context>
    <name>fd::CallbackQuestion</name>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>着装</translation>
    </message>
    <message>
        <source>Standard service</source>
        <translation>规范服务</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>已测试</translation>
    </message>
    <message>
        <source>Site cleaned</source>
        <translation>现场清洁</translation>
    </message>
</context>
<context>
    <name>fd::CallbackQueueModel</name>
    <message>
        <source>Retry %1</source>
        <translation>%1 重拨</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>再次拨打</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>完工于 %1</translation>
    </message>
    <message>
        <source>Technician: %1</source>
        <translation>技术员：%1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 10, %2 of 6 questions answered yes</source>
        <translation>满意度 %1 分（满分 10），6 个问题中 %2 个回答“是”</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>拨打次数</translation>
    </message>
</context>
<context>
    <name>fd::CallbackScript</name>
    <message>
        <source>Did our technician arrive at the time we agreed with you?</source>
        <translation>我们的技术员是否在与您约定的时间到达？</translation>
    </message>
    <message>
        <source>Did we call you to agree the appointment before the visit?</source>
        <translation>上门前我们是否打电话与您预约了时间？</translation>
    </message>
    <message>
        <source>Did the technician wear the company uniform and an ID badge?</source>
        <translation>技术员是否穿着公司工装并佩戴工牌？</translation>
    </message>
    <message>
        <source>Did the technician show the work permit and order, use shoe covers and ask where to install?</source>
        <translation>技术员是否出示了上岗证和工单、穿了鞋套，并询问您安装位置？</translation>
    </message>
    <message>
        <source>Did the technician test the service and show you it works?</source>
        <translation>技术员是否测试了业务并向您演示可以正常使用？</translation>
    </message>
    <message>
        <source>Did the technician leave the place clean?</source>
        <translation>技术员离开时是否把现场清理干净？</translation>
    </message>
    <message>
        <source>Did the technician show the work permit and order and use shoe covers?</source>
        <translation>技术员是否出示了上岗证和工单，并穿了鞋套？</translation>
    </message>
    <message>
        <source>Did the technician tell you what was disconnected and which equipment was taken back?</source>
        <translation>技术员是否告诉您拆除了哪些线路、收回了哪些设备？</translation>
    </message>
</context>
<context>
    <name>fd::CallbackService</name>
    <message>
        <source>Record the customer&apos;s answers to the six questions.</source>
        <translation>请登记客户对六个问题的回答。</translation>
    </message>
    <message>
        <source>Answers and complaints are recorded only when the customer was reached.</source>
        <translation>只有接通客户时才能登记回答和投诉。</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 0 to 10.</source>
        <translation>满意度为 0 到 10 分。</translation>
    </message>
    <message>
        <source>The callback of order %1 is already %2.</source>
        <translation>工单 %1 的回访已是%2状态。</translation>
    </message>
    <message>
        <source>A call cannot come before the order was completed.</source>
        <translation>回访时间不能早于工单完工时间。</translation>
    </message>
    <message>
        <source>A call cannot come before the previous call.</source>
        <translation>本次通话时间不能早于上一次通话。</translation>
    </message>
    <message>
        <source>Name the day the callbacks are due.</source>
        <translation>请指定回访日期。</translation>
    </message>
    <message>
        <source>The call&apos;s time must be known and not in the future.</source>
        <translation>通话时间必须填写且不能是将来的时间。</translation>
    </message>
    <message>
        <source>There is no callback %1.</source>
        <translation>不存在回访 %1。</translation>
    </message>
    <message>
        <source>The callback of order %1 was recorded by someone else meanwhile; it has been reloaded.</source>
        <translation>工单 %1 的回访在此期间已被他人登记，已重新加载。</translation>
    </message>
    <message>
        <source>The call&apos;s time %1.</source>
        <translation>通话时间%1。</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>备注%1。</translation>
    </message>
    <message>
        <source>Only a call that reached the customer can be corrected; the callback of order %1 is %2.</source>
        <translation>只有联系上客户的回访才能更正；工单 %1 的回访状态为%2。</translation>
    </message>
    <message>
        <source>Only the agent who made the call of order %1 can correct it.</source>
        <translation>只有拨打工单 %1 回访的坐席才能更正。</translation>
    </message>
    <message>
        <source>The call of order %1 was saved at %2; the time to correct it ended at %3.</source>
        <translation>工单 %1 的回访于 %2 保存；更正期限已于 %3 结束。</translation>
    </message>
</context>
<context>
    <name>fd::CallbackStatus</name>
    <message>
        <source>To call</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
</context>
<context>
    <name>fd::CallbacksPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Callbacks due on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Add new completions</source>
        <translation>补充新完工工单</translation>
    </message>
    <message>
        <source>Builds the day&apos;s queue again: a callback for every order completed the day before that has none yet (orders imported since the queue was made).</source>
        <translation>重新生成当天的回访队列：为前一天完工但尚无回访的工单补建回访（例如队列生成后才导入的工单）。</translation>
    </message>
    <message>
        <source>Not reached — called again after %1, %2 calls at most:</source>
        <translation>未接通 — %1后重拨，最多拨打 %2 次：</translation>
    </message>
    <message>
        <source>No answer, busy, wrong number and refused are called again after %1; after %2 calls without reaching the customer the callback is unreachable (rules version %3).</source>
        <translation>无人接听、占线、号码错误和拒绝回答的回访在 %1后重拨；拨打 %2 次仍未接通客户，则判定为无法联系（规则版本 %3）。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>To retry</source>
        <translation>待重拨</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>answer the highlighted question</source>
        <translation>回答当前问题</translation>
    </message>
    <message>
        <source>move</source>
        <translation>上下移动</translation>
    </message>
    <message>
        <source>satisfaction (1 then 0 is 10)</source>
        <translation>满意度（先按 1 再按 0 为 10 分）</translation>
    </message>
    <message>
        <source>commendation</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>to the comment and back</source>
        <translation>进入备注 / 返回</translation>
    </message>
    <message>
        <source>save a reached call</source>
        <translation>保存已接通的回访</translation>
    </message>
    <message>
        <source>not reached, as on the buttons</source>
        <translation>未接通，见按钮</translation>
    </message>
    <message>
        <source>Enter in the queue</source>
        <translation>在队列中按回车</translation>
    </message>
    <message>
        <source>call that customer</source>
        <translation>拨打该客户</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <source>No callbacks are due on %1. The queue holds the orders completed the day before; “Add new completions” picks up orders recorded since it was made.</source>
        <translation>%1 没有需要回访的工单。回访队列包含前一天完工的工单；“补充新完工工单”可加入队列生成后才登记的工单。</translation>
    </message>
    <message>
        <source>No call to make now. The next retry is due at %1.</source>
        <translation>当前没有需要拨打的回访。下一次重拨时间为 %1。</translation>
    </message>
    <message>
        <source>Every callback due on %1 is done.</source>
        <translation>%1 的回访已全部完成。</translation>
    </message>
    <message>
        <source>No call to make now.</source>
        <translation>当前没有需要拨打的回访。</translation>
    </message>
    <message>
        <source>Leave this call?</source>
        <translation>离开当前回访？</translation>
    </message>
    <message>
        <source>The answers entered for %1 are not saved. Leave them and call %2?</source>
        <translation>为 %1 录入的回答尚未保存。是否放弃并改为拨打 %2？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saved the answers of %1 and registered the complaint.</source>
        <translation>已保存 %1 的回答并登记投诉。</translation>
    </message>
    <message>
        <source>Saved the answers of %1.</source>
        <translation>已保存 %1 的回答。</translation>
    </message>
    <message>
        <source>%1: %2 — unreachable (calls made: %3).</source>
        <translation>%1：%2 — 无法联系（已拨打 %3 次）。</translation>
    </message>
    <message>
        <source>%1: %2 — to be called again at %3 (calls made: %4).</source>
        <translation>%1：%2 — 将于 %3 重拨（已拨打 %4 次）。</translation>
    </message>
    <message>
        <source>Callbacks due on %1: %2 added, %3 in all.</source>
        <translation>%1 的回访：新增 %2 个，共 %3 个。</translation>
    </message>
    <message>
        <source>Find a customer: name, phone, order, account</source>
        <translation>查找客户：姓名、电话、工单、账号</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
</context>
<context>
    <name>fd::CellFormat</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
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
    <message>
        <source>is in the future</source>
        <translation>是将来的日期</translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation>必须是日期和时间</translation>
    </message>
    <message>
        <source>is before the order was received</source>
        <translation>早于工单受理时间</translation>
    </message>
    <message>
        <source>is before the arrival</source>
        <translation>早于到达时间</translation>
    </message>
    <message>
        <source>an appointment window needs both a start and an end</source>
        <translation>预约时段需要开始和结束时间</translation>
    </message>
    <message>
        <source>is not after the start</source>
        <translation>不晚于开始时间</translation>
    </message>
    <message>
        <source>the service must be tested and demonstrated to the customer before the order is completed</source>
        <translation>工单完工前必须测试业务并向客户演示</translation>
    </message>
    <message>
        <source>the customer&apos;s signature (name) or the reason the customer refused to sign is required</source>
        <translation>需要客户签名（姓名）或客户拒签的原因</translation>
    </message>
    <message>
        <source>the FTTH test reading (ONT receive power in dBm) is required</source>
        <translation>需要 FTTH 测试读数（ONT 接收光功率，dBm）</translation>
    </message>
    <message>
        <source>%1 dBm is outside the accepted range %2 to %3 dBm, so the test did not pass</source>
        <translation>%1 dBm 超出允许范围 %2 至 %3 dBm，测试未通过</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Subscriber account</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>联系客户时间</translation>
    </message>
    <message>
        <source>Appointment from</source>
        <translation>预约开始</translation>
    </message>
    <message>
        <source>Appointment until</source>
        <translation>预约结束</translation>
    </message>
    <message>
        <source>Customer asked for a later time</source>
        <translation>客户要求改约较晚时间</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Uniform and ID badge</source>
        <translation>工装和工牌</translation>
    </message>
    <message>
        <source>Permit and order shown, shoe covers</source>
        <translation>出示证件和工单、穿鞋套</translation>
    </message>
    <message>
        <source>Customer consulted on location</source>
        <translation>征询客户安装位置</translation>
    </message>
    <message>
        <source>Service tested and demonstrated</source>
        <translation>业务已测试并演示</translation>
    </message>
    <message>
        <source>Site cleaned</source>
        <translation>现场清洁</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Receive power (dBm)</source>
        <translation>接收光功率（dBm）</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>must not contain invisible characters (zero-width spaces, direction marks)</source>
        <translation>不得包含不可见字符（零宽空格、方向标记）</translation>
    </message>
    <message>
        <source>is before 2000-01-01</source>
        <translation>早于 2000-01-01</translation>
    </message>
    <message>
        <source>is not a possible receive power; a reading lies between %1 and %2 dBm</source>
        <translation>不是可能的接收功率；读数应在 %1 至 %2 dBm 之间</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不得超过 %1</translation>
    </message>
    <message>
        <source>a removal takes the service away: there is no service to test</source>
        <translation>拆机即撤除业务：没有可测试的业务</translation>
    </message>
    <message>
        <source>a removal has no FTTH test, so it has no reading</source>
        <translation>拆机没有 FTTH 测试，因此没有读数</translation>
    </message>
    <message>
        <source>say whether the ONT was collected (yes or no) to complete a removal</source>
        <translation>完成拆机须注明是否已收回 ONT（是或否）</translation>
    </message>
    <message>
        <source>only a removal collects the ONT; leave it empty for a %1</source>
        <translation>只有拆机才收回 ONT；类型为 %1 的工单请留空</translation>
    </message>
    <message>
        <source>ONT collected</source>
        <translation>已收回 ONT</translation>
    </message>
</context>
<context>
    <name>fd::Cli</name>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed 需要 0 到 4294967295 之间的整数。</translation>
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
        <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Callbacks due on %1: %2 created now, %3 in all.</source>
        <translation>%1 的回访：本次新建 %2 个，共 %3 个。</translation>
    </message>
    <message>
        <source>Daily bulletin for %1</source>
        <translation>%1 日报</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>callbacks done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>fiberdesk-cli demo [--seed N] [--orders N]</source>
        <translation>fiberdesk-cli demo [--seed N] [--orders N]</translation>
    </message>
    <message>
        <source>fiberdesk-cli compliance [--growth PCT]</source>
        <translation>fiberdesk-cli compliance [--growth PCT]</translation>
    </message>
    <message>
        <source>fiberdesk-cli units</source>
        <translation>fiberdesk-cli units</translation>
    </message>
    <message>
        <source>fiberdesk-cli callbacks generate --date YYYY-MM-DD</source>
        <translation>fiberdesk-cli callbacks generate --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>fiberdesk-cli bulletin --date YYYY-MM-DD</source>
        <translation>fiberdesk-cli bulletin --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>fiberdesk-cli evaluate --month YYYY-MM [--finalize]</source>
        <translation>fiberdesk-cli evaluate --month YYYY-MM [--finalize]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>--orders takes a whole number from 0 to 100000000.</source>
        <translation>--orders 需要 0 到 100000000 之间的整数。</translation>
    </message>
    <message>
        <source>Demo operator written to %1 (seed %2): %3 units, %4 service areas with %5 subscribers, %6 teams, %7 technicians, %8 work orders.</source>
        <translation>演示运营商已写入 %1（种子 %2）：%3 个单位，%4 个服务区域共 %5 户，%6 个班组，%7 名技术员，%8 张工单。</translation>
    </message>
    <message>
        <source>--month takes a month as YYYY-MM, not “%1”.</source>
        <translation>--month 需要 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>%1 考核</translation>
    </message>
    <message>
        <source>timeliness</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>维护质量</translation>
    </message>
    <message>
        <source>service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>room</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>unit status</source>
        <translation>单位状态</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic demo operator and N work orders (default 20000)</source>
        <translation>向空数据库写入一套逼真的演示运营商数据和 N 张工单（默认 20000）</translation>
    </message>
    <message>
        <source>staff, tools and vehicles each unit has against what its subscribers require; PCT projects subscriber growth</source>
        <translation>各单位的人员、工具和车辆与其用户数要求的对比；PCT 用于预测用户增长</translation>
    </message>
    <message>
        <source>each unit&apos;s contract status, strikes and rectification deadline</source>
        <translation>各单位的合同状态、不合格次数和整改期限</translation>
    </message>
    <message>
        <source>create the callback queue due on day D (orders completed the day before); running it again creates nothing</source>
        <translation>生成 D 日的回访队列（前一天完工的工单）；重复运行不会重复创建</translation>
    </message>
    <message>
        <source>each unit&apos;s day: orders received, completed, overdue, callbacks done, complaints received and verified</source>
        <translation>各单位当日情况：受理、完工、超时工单，已回访，收到和核实的投诉</translation>
    </message>
    <message>
        <source>the month&apos;s scores (YYYY-MM); --finalize freezes them and applies the 80-point rule</source>
        <translation>当月得分（YYYY-MM）；--finalize 冻结得分并执行 80 分规则</translation>
    </message>
    <message>
        <source>the database: a file or postgresql://user@host:port/dbname (default: the desktop program&apos;s, %1)</source>
        <translation>数据库：文件或 postgresql://用户@主机:端口/数据库（默认：桌面程序使用的数据库，%1）</translation>
    </message>
    <message>
        <source>machine-readable output on standard output</source>
        <translation>在标准输出上输出机器可读格式</translation>
    </message>
    <message>
        <source>the operator&apos;s time zone for this run (IANA name, e.g. America/Lima)</source>
        <translation>本次运行使用的运营商时区（IANA 名称，例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>显示本说明</translation>
    </message>
    <message>
        <source>the program&apos;s version</source>
        <translation>显示程序版本</translation>
    </message>
    <message>
        <source>Usage: fiberdesk-cli [OPTIONS] COMMAND</source>
        <translation>用法：fiberdesk-cli [选项] 命令</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>No password for the new user: set FIBERDESK_NEW_PASSWORD or run the command in a terminal.</source>
        <translation>新用户没有密码：请设置 FIBERDESK_NEW_PASSWORD，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>两次输入的密码不一致；未保存任何内容。</translation>
    </message>
    <message>
        <source>User %1 created with the role %2.</source>
        <translation>已创建用户 %1，角色为 %2。</translation>
    </message>
    <message>
        <source>fiberdesk-cli users list</source>
        <translation>fiberdesk-cli users list</translation>
    </message>
    <message>
        <source>the users who may sign in, with their roles (admins only)</source>
        <translation>可登录的用户及其角色（仅管理员）</translation>
    </message>
    <message>
        <source>act as this user; the password from FIBERDESK_PASSWORD or asked for (without it: the local administrator of a database file)</source>
        <translation>以该用户身份操作；密码取自 FIBERDESK_PASSWORD，否则提示输入（不指定时：作为数据库文件的本地管理员）</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command failed, 2 for a usage error. Without --user the command line acts as the local administrator of the database file it opens.</source>
        <translation>退出状态：成功为 0，命令失败为 1，用法错误为 2。不指定 --user 时，命令行以所打开数据库文件的本地管理员身份操作。</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database needs --user NAME: the command line acts as that user.</source>
        <translation>共享的 PostgreSQL 数据库需要 --user 用户名：命令行将以该用户身份操作。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password for %1: set FIBERDESK_PASSWORD or run the command in a terminal.</source>
        <translation>%1 没有密码：请设置 FIBERDESK_PASSWORD，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>Backups and restores work on a FiberDesk database file; a PostgreSQL database is backed up and restored on its server (pg_dump, pg_restore).</source>
        <translation>备份和恢复针对 FiberDesk 数据库文件；PostgreSQL 数据库请在其服务器上备份和恢复（pg_dump、pg_restore）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>已将 %1 备份到 %2（%3）。</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (schema version %3).</source>
        <translation>已将 %1 恢复到 %2（架构版本 %3）。</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>数据库恢复前的状态保存为 %1。</translation>
    </message>
    <message>
        <source>--keep-days takes a whole number from 0 to %1.</source>
        <translation>--keep-days 取 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>Automatic daily backups are off (--keep-days 0).</source>
        <translation>每日自动备份已关闭（--keep-days 0）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>fiberdesk-cli backup FILE</source>
        <translation>fiberdesk-cli backup 文件</translation>
    </message>
    <message>
        <source>fiberdesk-cli restore FILE</source>
        <translation>fiberdesk-cli restore 文件</translation>
    </message>
    <message>
        <source>fiberdesk-cli backups [--keep-days N] [--folder DIR]</source>
        <translation>fiberdesk-cli backups [--keep-days N] [--folder 文件夹]</translation>
    </message>
    <message>
        <source>a consistent copy of the database in FILE, also while others write to it</source>
        <translation>将数据库的一致副本写入 FILE，即使其他程序正在写入也可以</translation>
    </message>
    <message>
        <source>replace the database with the backup FILE (checked first; the database as it was is kept beside it)</source>
        <translation>用备份 FILE 替换数据库（先检查备份；数据库原来的状态保存在旁边）</translation>
    </message>
    <message>
        <source>the automatic daily backups: where they go, how many days they are kept (0: none), and those there are</source>
        <translation>每日自动备份：保存位置、保留天数（0：不备份）以及现有的备份</translation>
    </message>
    <message>
        <source>FIBERDESK_NOW is “%1”, not an instant with its offset such as 2026-11-20T15:00:00-05:00.</source>
        <translation>FIBERDESK_NOW 的值是“%1”，不是带时区偏移的时刻（例如 2026-11-20T15:00:00-05:00）。</translation>
    </message>
    <message>
        <source>write every row of an import kind in its import format (importing the file changes nothing); orders take --month M, --unit U and --status S,S…</source>
        <translation>按导入格式写出某一导入类型的所有行（再导入该文件不会改变任何数据）；工单可用 --month M、--unit U 和 --status 状态,状态… 筛选</translation>
    </message>
    <message>
        <source>Cannot export “%1”; the kinds are %2.</source>
        <translation>无法导出“%1”；可用类型为 %2。</translation>
    </message>
    <message>
        <source>--format is csv or xlsx, not “%1”.</source>
        <translation>--format 只能是 csv 或 xlsx，不能是“%1”。</translation>
    </message>
    <message>
        <source>--format is csv, xlsx or pdf, not “%1”.</source>
        <translation>--format 只能是 csv、xlsx 或 pdf，不能是“%1”。</translation>
    </message>
    <message>
        <source>--separator is “,” or “;”, not “%1”.</source>
        <translation>--separator 只能是“,”或“;”，不能是“%1”。</translation>
    </message>
    <message>
        <source>--separator is for CSV files only.</source>
        <translation>--separator 仅适用于 CSV 文件。</translation>
    </message>
    <message>
        <source>--out names the file to write, not “%1”.</source>
        <translation>--out 应指定要写入的文件，而不是“%1”。</translation>
    </message>
    <message>
        <source>“export %1” does not take %2.</source>
        <translation>“export %1”不接受 %2。</translation>
    </message>
    <message>
        <source>--status takes order statuses separated by commas (%1), not “%2”.</source>
        <translation>--status 接受以逗号分隔的工单状态（%1），不能是“%2”。</translation>
    </message>
    <message>
        <source>“export evidence” needs --unit CODE.</source>
        <translation>“export evidence”需要 --unit 代码。</translation>
    </message>
    <message>
        <source>“%1” was written to %2.</source>
        <translation>“%1”已写入 %2。</translation>
    </message>
    <message>
        <source>fiberdesk-cli export KIND|REPORT --out FILE [--format csv|xlsx|pdf] [--separator &apos;;&apos;] [--month YYYY-MM] [--unit CODE] [--status S,S…] [--date YYYY-MM-DD] [--growth PCT] [--force]</source>
        <translation>fiberdesk-cli export 类型|报表 --out 文件 [--format csv|xlsx|pdf] [--separator &apos;;&apos;] [--month YYYY-MM] [--unit 代码] [--status 状态,状态…] [--date YYYY-MM-DD] [--growth 百分比] [--force]</translation>
    </message>
    <message>
        <source>Cannot sign in as %1 to restore: %2 Nothing was restored. The owner of a database file that cannot be opened restores it without --user.</source>
        <translation>无法以 %1 身份登录以进行恢复：%2 未恢复任何内容。无法打开的数据库文件由其所有者在不带 --user 的情况下恢复。</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 未恢复任何内容。</translation>
    </message>
    <message>
        <source>Nothing to do: today&apos;s backup is already written, or automatic backups are off.</source>
        <translation>无需操作：今天的备份已写好，或自动备份已关闭。</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1 (%2; the database %3).</source>
        <translation>今天的备份：%1（%2；数据库 %3）。</translation>
    </message>
    <message>
        <source>Removed %1 (past the keeping rule).</source>
        <translation>已删除 %1（超出保留规则）。</translation>
    </message>
    <message>
        <source>A backup a day goes to %1 and is kept for %2 days, and the last of each of the last %3 months.</source>
        <translation>每天一份备份存放在 %1，保留 %2 天，另外保留最近 %3 个月中每月的最后一份。</translation>
    </message>
    <message>
        <source>Backups kept: %1, taking %2 on the disk.</source>
        <translation>保留的备份：%1 份，占用磁盘 %2。</translation>
    </message>
    <message>
        <source>fiberdesk-cli backups run</source>
        <translation>fiberdesk-cli backups run</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before, the sealed months and statuses as stored, and the anchor still in it.</source>
        <translation>
            <numerusform>审计日志完好：共 %n 个条目，每个都与前一个相链，已封存的月份和状态与存储一致，锚点仍在其中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before, and the sealed months and statuses as stored.</source>
        <translation>
            <numerusform>审计日志完好：共 %n 个条目，每个都与前一个相链，已封存的月份和状态与存储一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit head: %1 (%n entries; keep it to check the log later with “audit verify --anchor”).</source>
        <translation>
            <numerusform>审计链头：%1（%n 个条目；请保存它，以后可用“audit verify --anchor”检查日志）。</numerusform>
        </translation>
    </message>
    <message>
        <source>fiberdesk-cli init [--runtime-role ROLE]</source>
        <translation>fiberdesk-cli init [--runtime-role 角色]</translation>
    </message>
    <message>
        <source>fiberdesk-cli audit verify [--anchor HEAD]</source>
        <translation>fiberdesk-cli audit verify [--anchor 链头]</translation>
    </message>
    <message>
        <source>fiberdesk-cli audit head</source>
        <translation>fiberdesk-cli audit head</translation>
    </message>
    <message>
        <source>create or upgrade the database; on PostgreSQL, run as the owner, ROLE is the role FiberDesk will run as: it gets every table but may only read and insert into the audit tables</source>
        <translation>创建或升级数据库；在 PostgreSQL 上以所有者身份运行时，ROLE 是 FiberDesk 将使用的角色：它获得所有表的权限，但对审计表只能读取和插入</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain and the sealed months and statuses: exit 1 and name the entry, unit and month changed or deleted outside FiberDesk; HEAD (as a report or backup prints it) must still be in the log</source>
        <translation>检查审计日志的哈希链以及已封存的月份和状态：在 FiberDesk 之外被修改或删除时以 1 退出，并指出条目、单位和月份；HEAD（报告或备份所打印的）必须仍在日志中</translation>
    </message>
    <message>
        <source>the audit log&apos;s head now: its entries and the newest entry&apos;s hash, ENTRIES:HASH, as reports and backups carry it</source>
        <translation>审计日志当前的链头：条目数和最新条目的哈希，格式为 条目数:哈希，与报告和备份所带的一致</translation>
    </message>
    <message>
        <source>fiberdesk-cli import KIND FILE [--encoding NAME]</source>
        <translation>fiberdesk-cli import 类型 文件 [--encoding 名称]</translation>
    </message>
    <message>
        <source>--encoding takes an encoding such as UTF-8, GB18030 or windows-1252, not “%1”.</source>
        <translation>--encoding 需要 UTF-8、GB18030 或 windows-1252 之类的编码，而不是“%1”。</translation>
    </message>
    <message>
        <source>The %1 translation was not found in %2; messages are in English.</source>
        <translation>在 %2 中找不到 %1 翻译；消息将以英文显示。</translation>
    </message>
    <message>
        <source>fiberdesk-cli quality --month YYYY-MM</source>
        <translation>fiberdesk-cli quality --month YYYY-MM</translation>
    </message>
    <message>
        <source>fiberdesk-cli quality sample --month YYYY-MM</source>
        <translation>fiberdesk-cli quality sample --month YYYY-MM</translation>
    </message>
    <message>
        <source>fiberdesk-cli quality score ORDER --marks CRITERION=POINTS,… [--recording REF]</source>
        <translation>fiberdesk-cli quality score 工单 --marks 评分项=分数,… [--recording 录音编号]</translation>
    </message>
    <message>
        <source>the callback calls&apos; quality in month M: each agent&apos;s monitor average, yes rate, flagged questions and thanks, the supervisors&apos; calibration, and how monitor scores and satisfaction agree</source>
        <translation>M 月回访电话的质量：每位坐席的监听平均分、“是”的比例、被标记的问题和表扬，质检员之间的校准，以及监听分与满意度的一致程度</translation>
    </message>
    <message>
        <source>the calls drawn for monitoring in month M, each agent&apos;s, and who scored them</source>
        <translation>M 月抽取用于监听的电话（按坐席），以及由谁评分</translation>
    </message>
    <message>
        <source>score the sampled call of ORDER on the monitoring form (greeting, neutral_questions, answers_recorded, courtesy, closing); REF is the recording&apos;s reference in the telephony system (callback supervisors)</source>
        <translation>按监听评分表为工单的抽样电话评分（greeting、neutral_questions、answers_recorded、courtesy、closing）；录音编号为话务系统中的录音引用（回访质检员）</translation>
    </message>
    <message>
        <source>--marks takes CRITERION=POINTS pairs separated by commas, e.g. greeting=10,courtesy=15; “%1” is not one.</source>
        <translation>--marks 需要以逗号分隔的“评分项=分数”，例如 greeting=10,courtesy=15；“%1”不符合。</translation>
    </message>
    <message>
        <source>Callback quality for %1</source>
        <translation>%1 回访质量</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Monitor avg</source>
        <translation>监听均分</translation>
    </message>
    <message>
        <source>Yes %</source>
        <translation>“是”占比</translation>
    </message>
    <message>
        <source>Flagged questions</source>
        <translation>被标记的问题</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Calibration: %1 calls scored by several supervisors, mean spread %2, %3 flagged.</source>
        <translation>校准：%1 通电话由多名质检员评分，平均极差 %2，%3 通被标记。</translation>
    </message>
    <message>
        <source>  %1: %2 calls scored, mean deviation from the others %3</source>
        <translation>  %1：评分 %2 通，与他人的平均偏差 %3</translation>
    </message>
    <message>
        <source>Monitor score against satisfaction, by agent: %1</source>
        <translation>按坐席统计的监听分与满意度相关系数：%1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>The call of order %1 scored %2 of 100.</source>
        <translation>工单 %1 的电话得分 %2（满分 100）。</translation>
    </message>
    <message>
        <source>fiberdesk-cli orders search TEXT [--limit N]</source>
        <translation>fiberdesk-cli orders search 文字 [--limit N]</translation>
    </message>
    <message>
        <source>orders whose number, account, customer, address or phone holds TEXT anywhere (no matter case, accents or full/half width; digits also inside phone and order numbers), earliest deadline first, at most N (default 50); one or two characters search the open orders only</source>
        <translation>单号、账号、客户、地址或电话中任意位置包含 TEXT 的工单（不区分大小写、重音符号和全角/半角；数字也可匹配电话号码和单号的中间部分），按截止时间由早到晚排列，最多 N 条（默认 50）；一两个字符只搜索未完成的工单</translation>
    </message>
    <message>
        <source>each team&apos;s day D (or team T&apos;s): its technicians, booked minutes and agreed windows, each with its problems: overlap, after_deadline, outside_hours, area_not_covered, unit_not_active</source>
        <translation>每个班组（或班组 T）在 D 日的安排：技术员人数、已预约分钟数和约定时段，以及每个时段的问题：overlap、after_deadline、outside_hours、area_not_covered、unit_not_active</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1, not “%2”.</source>
        <translation>--limit 需要 1 到 %1 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>No order matches “%1”.</source>
        <translation>没有与“%1”匹配的工单。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message numerus="yes">
        <source>Schedule for %1: %n team(s)</source>
        <translation>
            <numerusform>%1 的排班：%n 个班组</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>a report: evaluation, evidence or indicators (--month M [--unit U]), quality (--month M), bulletin (--date D) or compliance ([--growth PCT]); an existing FILE is replaced only with --force, never the database or a device</source>
        <translation>报表：evaluation、evidence 或 indicators（--month M [--unit U]）、quality（--month M）、bulletin（--date D）或 compliance（[--growth PCT]）；已有的 FILE 仅在 --force 时被替换，数据库或设备永不替换</translation>
    </message>
    <message>
        <source>fiberdesk-cli rules</source>
        <translation>fiberdesk-cli rules</translation>
    </message>
    <message>
        <source>fiberdesk-cli rules preset cn-same-day|uk-auto-comp</source>
        <translation>fiberdesk-cli rules preset cn-same-day|uk-auto-comp</translation>
    </message>
    <message>
        <source>fiberdesk-cli rules set KEY VALUE</source>
        <translation>fiberdesk-cli rules set 键 值</translation>
    </message>
    <message>
        <source>import a CSV file, all or nothing; KIND is units, areas, teams, technicians, equipment, assessments, orders, callbacks, complaints, room_scores or holidays; NAME is the file&apos;s encoding when it is not UTF-8 (GB18030, windows-1252); commas or semicolons; a file of units, areas, teams or technicians may have only some columns besides code, and changes only those</source>
        <translation>导入一个 CSV 文件，要么全部导入，要么什么都不导入；类型为 units、areas、teams、technicians、equipment、assessments、orders、callbacks、complaints、room_scores 或 holidays；文件不是 UTF-8 时，名称为其编码（GB18030、windows-1252）；逗号或分号分隔均可；单位、片区、班组或技术员文件除 code 外可只含部分列，只修改这些列</translation>
    </message>
    <message>
        <source>the rules in force: their version, the service-level policy (same_day or working_days) and the preset it matches, every value and the holidays</source>
        <translation>现行规则：版本、服务等级政策（same_day 或 working_days）及其对应的预设、每一项取值以及节假日</translation>
    </message>
    <message>
        <source>fill in a service-level preset, cn-same-day (the same-day rule) or uk-auto-comp (working days, credits per calendar day late and for a missed appointment), as a new rules version; amounts can then be changed with rules set</source>
        <translation>填入一个服务等级预设：cn-same-day（当日规则）或 uk-auto-comp（工作日计算，按逾期自然日及爽约补偿），保存为新的规则版本；之后可用 rules set 修改金额</translation>
    </message>
    <message>
        <source>change one rule (its key as “rules” lists it) as a new rules version</source>
        <translation>修改一项规则（键名见“rules”的列表），保存为新的规则版本</translation>
    </message>
    <message>
        <source>Nothing changed; version %1 stays in force.</source>
        <translation>没有变化；版本 %1 继续有效。</translation>
    </message>
    <message>
        <source>Saved as rules version %1, now in force.</source>
        <translation>已保存为规则版本 %1，现已生效。</translation>
    </message>
    <message>
        <source>Rules version %1: %2 policy%3.</source>
        <translation>规则版本 %1：%2政策%3。</translation>
    </message>
    <message>
        <source> (preset %1)</source>
        <translation>（预设 %1）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Holidays: %1.</source>
        <translation>节假日：%1 个。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>fiberdesk-cli plan --date YYYY-MM-DD [--accept all|ORDER,…]</source>
        <translation>fiberdesk-cli plan --date YYYY-MM-DD [--accept all|工单号,…]</translation>
    </message>
    <message>
        <source>propose a team and a window for every open order due by the end of D + 1 that has no agreed window, least credits at risk first, then fewest late orders and least lateness, beside the baseline (earliest deadline first to the least-loaded covering team); --accept books all proposals or those named, as ordinary assignments and appointments</source>
        <translation>为每张在 D + 1 日结束前到期且尚无约定时段的未结工单建议一个班组和时段：先使面临的赔付最少，再使超时工单最少、超时时长最短，并与基准方案（最早到期优先、分给负荷最轻的覆盖班组）对照；--accept 将全部或指定的建议按普通派单和预约记录</translation>
    </message>
    <message numerus="yes">
        <source>Day plan for %1: %2 of %n order(s) proposed, %3 unplaced</source>
        <translation>
            <numerusform>%1 的日计划：%n 张工单中建议 %2 张，%3 张未能安排</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: %1 in the plan, %2 in the baseline. Credits at risk: %3 in the plan, %4 in the baseline.</source>
        <translation>超时：计划 %1 张，基准 %2 张。面临的赔付：计划 %3，基准 %4。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>--accept takes “all” or order numbers separated by commas.</source>
        <translation>--accept 的值应为“all”或以逗号分隔的工单号。</translation>
    </message>
    <message>
        <source>The plan proposes nothing for %1; nothing was booked.</source>
        <translation>计划中没有关于 %1 的建议；未预约任何工单。</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n proposal(s).</source>
        <translation>
            <numerusform>已预约 %n 条建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>fiberdesk-cli schedule --date YYYY-MM-DD [--team CODE [--out DAY-SHEET.pdf]]</source>
        <translation>fiberdesk-cli schedule --date YYYY-MM-DD [--team 代码 [--out 日程单.pdf]]</translation>
    </message>
    <message>
        <source>team T&apos;s day sheet for day D as a PDF, for the crew to take on the road</source>
        <translation>班组 T 在 D 日的日程单（PDF），供班组外出携带</translation>
    </message>
    <message>
        <source>A day sheet is one team&apos;s: give --team with --out.</source>
        <translation>日程单只针对一个班组：请在 --out 之外同时给出 --team。</translation>
    </message>
    <message>
        <source>Wrote the day sheet of %1 to %2.</source>
        <translation>已将 %1 的日程单写入 %2。</translation>
    </message>
    <message>
        <source>--role takes dispatcher, callback_agent, callback_supervisor, evaluator, admin or unit_representative (with --unit CODE).</source>
        <translation>--role 可取 dispatcher、callback_agent、callback_supervisor、evaluator、admin 或 unit_representative（需配合 --unit 代码）。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>裁定人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>--item is late_order, repeat or complaint, not “%1”.</source>
        <translation>--item 须为 late_order、repeat 或 complaint，而不是“%1”。</translation>
    </message>
    <message>
        <source>appeals decide takes one of --uphold and --dismiss.</source>
        <translation>appeals decide 须且只能使用 --uphold 或 --dismiss 之一。</translation>
    </message>
    <message>
        <source>An appeal is named by its id, not “%1”.</source>
        <translation>申诉以其编号指明，而不是“%1”。</translation>
    </message>
    <message>
        <source>fiberdesk-cli users add NAME --role ROLE [--unit CODE] [--display-name TEXT]</source>
        <translation>fiberdesk-cli users add 名称 --role 角色 [--unit 代码] [--display-name 文本]</translation>
    </message>
    <message>
        <source>fiberdesk-cli kpi --month YYYY-MM [--unit CODE]</source>
        <translation>fiberdesk-cli kpi --month YYYY-MM [--unit 代码]</translation>
    </message>
    <message>
        <source>fiberdesk-cli appeals file --unit CODE --month YYYY-MM --item late_order|repeat|complaint --ref REF --grounds TEXT</source>
        <translation>fiberdesk-cli appeals file --unit 代码 --month YYYY-MM --item late_order|repeat|complaint --ref 引用 --grounds 文本</translation>
    </message>
    <message>
        <source>fiberdesk-cli appeals decide ID --uphold|--dismiss --reason TEXT</source>
        <translation>fiberdesk-cli appeals decide 编号 --uphold|--dismiss --reason 文本</translation>
    </message>
    <message>
        <source>fiberdesk-cli appeals list [--month YYYY-MM]</source>
        <translation>fiberdesk-cli appeals list [--month YYYY-MM]</translation>
    </message>
    <message>
        <source>a new user (dispatcher, callback_agent, callback_supervisor, evaluator, admin, or unit_representative of the unit CODE); the password from FIBERDESK_NEW_PASSWORD or asked for</source>
        <translation>新用户（dispatcher、callback_agent、callback_supervisor、evaluator、admin，或单位“代码”的 unit_representative）；密码取自 FIBERDESK_NEW_PASSWORD 或现场询问</translation>
    </message>
    <message>
        <source>the regulatory indicators of month M per unit and for all units: supply and fault repair times (percentiles, % met by the deadline), faults per 100 subscribers, missed appointments, complaint resolution times, credits</source>
        <translation>M 月按单位及全部单位的监管指标：装机与故障修复时长（百分位数、按期完成率）、每百用户故障数、失约预约、投诉处理时长、补偿</translation>
    </message>
    <message>
        <source>contest an item counted against unit U in month M: KIND is late_order or repeat (REF an order number) or complaint (REF a complaint id)</source>
        <translation>对 M 月计入单位 U 的扣分项提出申诉：KIND 为 late_order 或 repeat（REF 为工单号）或 complaint（REF 为投诉编号）</translation>
    </message>
    <message>
        <source>decide an open appeal (an evaluator other than the one who filed it)</source>
        <translation>裁定待处理的申诉（须由提出人以外的评估员）</translation>
    </message>
    <message>
        <source>the appeals, all or of month M</source>
        <translation>申诉：全部或 M 月的</translation>
    </message>
    <message>
        <source>Regulatory indicators for %1</source>
        <translation>%1 的监管指标</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation>已装机</translation>
    </message>
    <message>
        <source>p50 h</source>
        <translation>p50 小时</translation>
    </message>
    <message>
        <source>p95 h</source>
        <translation>p95 小时</translation>
    </message>
    <message>
        <source>Met %</source>
        <translation>按期 %</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>p80 h</source>
        <translation>p80 小时</translation>
    </message>
    <message>
        <source>Faults/100</source>
        <translation>故障/百户</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>失约</translation>
    </message>
    <message>
        <source>Missed %</source>
        <translation>失约 %</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>fd::ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>右键单击可选择显示的列</translation>
    </message>
</context>
<context>
    <name>fd::Combos</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · unit %2</source>
        <translation>%1 · 单位 %2</translation>
    </message>
    <message>
        <source>%1 · unit %2 (inactive)</source>
        <translation>%1 · 单位 %2（停用）</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintCategory</name>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>No appointment agreed</source>
        <translation>未预约</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Repeat fault</source>
        <translation>重复故障</translation>
    </message>
    <message>
        <source>Untidy site</source>
        <translation>现场脏乱</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintCombos</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintDetails</name>
    <message>
        <source>Choose a complaint to see it in full with the history of its verdict.</source>
        <translation>选择一条投诉，查看完整内容及处理记录。</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · Registered</source>
        <translation>%1 · %2 · 登记</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5</source>
        <translation>%1 · %2 · %3：%4 → %5</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>办结：</translation>
    </message>
    <message>
        <source>%1 · %2 · Imported from a file: %3, given %4</source>
        <translation>%1 · %2 · 从文件导入：%3，核实于 %4</translation>
    </message>
    <message>
        <source>%1 · %2 · Imported from a file: %3</source>
        <translation>%1 · %2 · 从文件导入：%3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3：%4</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Optional: the work order it is about</source>
        <translation>选填：所涉及的工单</translation>
    </message>
    <message>
        <source>The order&apos;s unit</source>
        <translation>工单所属单位</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What the customer complains about, in their words</source>
        <translation>客户投诉的内容（客户原话）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Received now; the complaint starts open and waits for an evaluator&apos;s verdict.</source>
        <translation>受理时间为当前时间；投诉初始为待处理，等待考核人员核实。</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintFilterBar</name>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintImporter</name>
    <message>
        <source>is set, but the complaint is open</source>
        <translation>已填写，但投诉仍为待处理</translation>
    </message>
    <message>
        <source>is empty; a %1 complaint was judged at some time</source>
        <translation>为空；状态为 %1 的投诉应有处理时间</translation>
    </message>
    <message>
        <source>is before the complaint was received</source>
        <translation>早于投诉受理时间</translation>
    </message>
    <message>
        <source>is empty; a verified complaint says whether the staff caused it</source>
        <translation>为空；已核实的投诉须说明是否由维护人员造成</translation>
    </message>
    <message>
        <source>is set, but the complaint was rejected</source>
        <translation>已填写，但投诉已被驳回</translation>
    </message>
    <message>
        <source>the order %1 belongs to the unit “%2”</source>
        <translation>工单 %1 属于单位“%2”</translation>
    </message>
    <message>
        <source>is empty; a complaint without an order names its unit</source>
        <translation>为空；没有工单的投诉须指明单位</translation>
    </message>
    <message>
        <source>there is no unit “%1”</source>
        <translation>不存在单位“%1”</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintModel</name>
    <message>
        <source>Staff caused</source>
        <translation>维护人员责任</translation>
    </message>
    <message>
        <source>Not staff caused</source>
        <translation>非维护人员责任</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核实结论</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintService</name>
    <message>
        <source>A complaint cannot be received in the future.</source>
        <translation>投诉受理时间不能是将来。</translation>
    </message>
    <message>
        <source>Describe what the customer complains about.</source>
        <translation>请描述客户投诉的内容。</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>不存在工单“%1”。</translation>
    </message>
    <message>
        <source>The order %1 belongs to the unit “%2”, not “%3”.</source>
        <translation>工单 %1 属于单位“%2”，不属于“%3”。</translation>
    </message>
    <message>
        <source>Name the order or the unit the complaint is about.</source>
        <translation>请指明投诉涉及的工单或单位。</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>不存在单位“%1”。</translation>
    </message>
    <message>
        <source>Say why the complaint is rejected.</source>
        <translation>请说明驳回投诉的理由。</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>不存在投诉 %1。</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by someone else after you opened it; reload it.</source>
        <translation>投诉 %1 在您打开后已被他人修改，请重新加载。</translation>
    </message>
    <message>
        <source>Complaint %1 is already %2.</source>
        <translation>投诉 %1 已是%2状态。</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>请说明投诉的办结情况。</translation>
    </message>
    <message>
        <source>Complaint %1 must be verified or rejected before it is resolved.</source>
        <translation>投诉 %1 须先核实或驳回才能办结。</translation>
    </message>
    <message>
        <source>The receipt time %1.</source>
        <translation>接收时间%1。</translation>
    </message>
    <message>
        <source>The description %1.</source>
        <translation>描述%1。</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintSource</name>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintStatus</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintVerdict</name>
    <message>
        <source>%1, caused by the staff</source>
        <translation>%1，维护人员责任</translation>
    </message>
    <message>
        <source>%1, not caused by the staff</source>
        <translation>%1，非维护人员责任</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Daily bulletin</source>
        <translation>日报</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintsTab</name>
    <message>
        <source>Search description, order, unit (Ctrl+F)</source>
        <translation>搜索描述、工单、单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>登记…</translation>
    </message>
    <message>
        <source>A complaint from the hotline or elsewhere (Ctrl+N)</source>
        <translation>来自客服热线或其他渠道的投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>核实…</translation>
    </message>
    <message>
        <source>Confirm the complaint and say whether the maintenance staff caused it</source>
        <translation>确认投诉属实，并判定是否由维护人员造成</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>The complaint does not stand; say why</source>
        <translation>投诉不成立，请说明理由</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Record how a verified or rejected complaint was closed with the customer</source>
        <translation>登记已核实或已驳回的投诉与客户的办结情况</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>行数：%1 / %2</translation>
    </message>
    <message>
        <source>%1 · open: %2</source>
        <translation>%1 · 待处理：%2</translation>
    </message>
    <message>
        <source>Registered complaint %1 against unit %2.</source>
        <translation>已登记针对单位 %2 的投诉 %1。</translation>
    </message>
    <message>
        <source>Complaint %1 is now: %2.</source>
        <translation>投诉 %1 当前状态：%2。</translation>
    </message>
</context>
<context>
    <name>fd::ComplianceModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: short by %2 (holds %3, the rules require %4)</source>
        <translation>%1：缺 %2（实有 %3，规则要求 %4）</translation>
    </message>
    <message>
        <source>%1: holds %2, the rules require %3</source>
        <translation>%1：实有 %2，规则要求 %3</translation>
    </message>
    <message>
        <source>Today %1 subscribers; %2 after the planned growth</source>
        <translation>目前 %1 户；按计划增长后为 %2 户</translation>
    </message>
    <message>
        <source>No active team of the unit covers %1.</source>
        <translation>该单位没有在用班组覆盖 %1。</translation>
    </message>
    <message>
        <source>%1: what the unit holds / what the rules require</source>
        <translation>%1：单位实有 / 规则要求</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Projected subscribers</source>
        <translation>预计用户数</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Areas no team covers</source>
        <translation>无班组覆盖的区域</translation>
    </message>
</context>
<context>
    <name>fd::CompliancePage</name>
    <message>
        <source>Plan for subscriber growth of</source>
        <translation>按用户增长率规划</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Each unit&apos;s subscribers become S × (1 + P/100), rounded half up; 0 is today.</source>
        <translation>各单位用户数按 S × (1 + P/100) 计算，四舍五入；0 表示当前。</translation>
    </message>
    <message>
        <source>Only units that fall short</source>
        <translation>只显示未达标单位</translation>
    </message>
    <message>
        <source>Search unit, name, status, area (Ctrl+F)</source>
        <translation>搜索单位、名称、状态、区域（Ctrl+F）</translation>
    </message>
    <message>
        <source>The compliance report could not be made: %1</source>
        <translation>无法生成配置达标报告：%1</translation>
    </message>
    <message>
        <source>%1 of %2 units meet every allocation rule</source>
        <translation>%2 个单位中有 %1 个满足全部配置规则</translation>
    </message>
    <message>
        <source>With %1 subscriber growth, %2 of %3 units would meet every allocation rule</source>
        <translation>用户增长 %1 时，%3 个单位中将有 %2 个满足全部配置规则</translation>
    </message>
    <message>
        <source>areas no team covers</source>
        <translation>无班组覆盖的区域</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Falling short — %1</source>
        <translation>未达标——%1</translation>
    </message>
    <message>
        <source>Each cell shows what the unit holds / what the rules require. Red cells fall short; hover a cell for the shortfall. Rules version %1; retired units are not listed.</source>
        <translation>每格显示单位实有 / 规则要求。红色格表示不足，鼠标悬停可查看缺口。规则版本 %1；已退出的单位不列出。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The report as PDF, Excel workbook or CSV</source>
        <translation>将报表导出为 PDF、Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>Export the compliance report</source>
        <translation>导出配置达标报表</translation>
    </message>
    <message>
        <source>Saved the compliance report to %1.</source>
        <translation>配置达标报表已保存到 %1。</translation>
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
    <message>
        <source>is empty; it must be a date and time (ISO 8601)</source>
        <translation>为空；必须是日期和时间（ISO 8601）</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (ISO 8601, e.g. 2026-11-20T09:30:00-05:00)</source>
        <translation>“%1”不是日期和时间（ISO 8601，例如 2026-11-20T09:30:00+08:00）</translation>
    </message>
    <message>
        <source>a quoted field that starts here runs on for more than %1 MiB; is its closing quote missing?</source>
        <translation>从此处开始的带引号字段超过 %1 MiB 仍未结束；是否缺少右引号？</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB; this is not a CSV file of FiberDesk&apos;s kinds</source>
        <translation>该行超过 %1 MiB；这不是 FiberDesk 所用类型的 CSV 文件</translation>
    </message>
    <message>
        <source>the columns are separated by %1, not by commas; save the file as “CSV UTF-8 (comma delimited)” or choose the comma as the separator</source>
        <translation>各列以%1分隔，而不是逗号；请将文件另存为“CSV UTF-8（逗号分隔）”，或选择逗号作为分隔符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>save it from the spreadsheet as “CSV UTF-8 (comma delimited)”</source>
        <translation>请在电子表格中将其另存为“CSV UTF-8（逗号分隔）”</translation>
    </message>
    <message>
        <source>the file is %1, not a CSV text file; %2</source>
        <translation>该文件是%1，不是 CSV 文本文件；%2</translation>
    </message>
    <message>
        <source>the file is UTF-32 text, not UTF-8; %1</source>
        <translation>该文件是 UTF-32 文本，不是 UTF-8；%1</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (what Excel calls “Unicode text”), not UTF-8; %1</source>
        <translation>该文件是 UTF-16 文本（Excel 所称的“Unicode 文本”），不是 UTF-8；%1</translation>
    </message>
    <message>
        <source>a spreadsheet workbook or another ZIP archive (.xlsx, .ods, .zip)</source>
        <translation>电子表格工作簿或其他 ZIP 压缩包（.xlsx、.ods、.zip）</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>旧版 Excel 工作簿（.xls）</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>an SQLite database (a FiberDesk database or backup?)</source>
        <translation>SQLite 数据库（可能是 FiberDesk 数据库或备份？）</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>a compressed file (gzip)</source>
        <translation>压缩文件（gzip）</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>the file seems to be UTF-16 text without a byte-order mark, not UTF-8; %1</source>
        <translation>该文件似乎是不带字节顺序标记的 UTF-16 文本，不是 UTF-8；%1</translation>
    </message>
    <message>
        <source>GBK/GB18030 (Simplified Chinese Windows)</source>
        <translation>GBK/GB18030（简体中文 Windows）</translation>
    </message>
    <message>
        <source>Latin-1 or Windows-1252 (Western European Windows)</source>
        <translation>Latin-1 或 Windows-1252（西欧语言 Windows）</translation>
    </message>
    <message>
        <source>the line has more than %1 fields; this is not a CSV file of FiberDesk&apos;s kinds</source>
        <translation>该行超过 %1 个字段；这不是 FiberDesk 所用类型的 CSV 文件</translation>
    </message>
    <message>
        <source>the header row names no column; the columns are %1</source>
        <translation>表头行没有列名；列应为 %1</translation>
    </message>
    <message>
        <source>“%1” is a number in scientific notation: the spreadsheet took the column for numbers and rounded it. Format the column as text (or as a number with no decimals), put the full values back and save the file again</source>
        <translation>“%1”是科学计数法表示的数字：电子表格把这一列当成了数字并做了舍入。请把该列设置为文本格式（或不带小数的数字格式），填回完整的值，再重新保存文件</translation>
    </message>
    <message>
        <source>the text is not UTF-8; it seems to be %1: %2, or import it with the encoding %3 (--encoding %3)</source>
        <translation>文本不是 UTF-8，看起来是 %1：%2，或以编码 %3 导入（--encoding %3）</translation>
    </message>
    <message>
        <source>the bytes here are not valid %1 text; is the file in another encoding (UTF-8, GB18030, windows-1252)?</source>
        <translation>此处的字节不是有效的 %1 文本；文件是否为其他编码（UTF-8、GB18030、windows-1252）？</translation>
    </message>
    <message>
        <source>“%1” looks like Chinese text saved in GBK/GB18030 and read as UTF-8; import the file with the encoding GB18030 (--encoding GB18030), or, if the text is right, with the encoding UTF-8 (--encoding UTF-8)</source>
        <translation>“%1”看起来是以 GBK/GB18030 保存、却按 UTF-8 读取的中文；请以编码 GB18030 导入文件（--encoding GB18030），如果文本确实无误，则以编码 UTF-8 导入（--encoding UTF-8）</translation>
    </message>
</context>
<context>
    <name>fd::DailyBackupJob</name>
    <message>
        <source>Today&apos;s backup was stopped as FiberDesk closed; no part of it was left on the disk. The next start of FiberDesk makes it.</source>
        <translation>FiberDesk 关闭时今天的备份被停止；磁盘上没有留下其任何部分。FiberDesk 下次启动时会完成它。</translation>
    </message>
</context>
<context>
    <name>fd::DataExport</name>
    <message>
        <source>There is no export of this kind.</source>
        <translation>没有这种导出。</translation>
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
        <source>“%1” holds tables that are not FiberDesk&apos;s; it was left untouched.</source>
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
    <message>
        <source>The database “%1” is on a read-only disk or in a read-only folder, and its last changes are in “%2” beside it, which cannot be merged there. Copy both files to a folder that can be written and open the copy.</source>
        <translation>数据库“%1”位于只读磁盘或只读文件夹中，其最近的更改保存在旁边的“%2”里，无法在那里合并。请将这两个文件复制到可写的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>“%1” is a device, pipe or socket, not a database file.</source>
        <translation>“%1”是设备、管道或套接字，而不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: the folder “%2” does not exist. Create the folder first.</source>
        <translation>无法创建数据库“%1”：文件夹“%2”不存在。请先创建该文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: %2.</source>
        <translation>无法创建数据库“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is empty, not a FiberDesk database. Create one with “fiberdesk-cli init”.</source>
        <translation>“%1”是空文件，不是 FiberDesk 数据库。请用“fiberdesk-cli init”创建。</translation>
    </message>
    <message>
        <source>The database “%1” has an older schema (version %2 of %3). Upgrade it with “fiberdesk-cli init” first; a reading command changes nothing.</source>
        <translation>数据库“%1”的结构较旧（版本 %2，最新为 %3）。请先用“fiberdesk-cli init”升级；只读命令不会做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database, or its first page is damaged. If it was one, restore its latest backup with “fiberdesk-cli restore FILE”.</source>
        <translation>“%1”不是 FiberDesk 数据库，或其第一页已损坏。如果它曾是，请用“fiberdesk-cli restore 文件”恢复其最新备份。</translation>
    </message>
    <message>
        <source>The database refused the change: a record with the same key is already there, so nothing was saved.</source>
        <translation>数据库拒绝了此更改：已有相同键的记录，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The database refused the change: it names a record that does not exist, or removes one that others still name, so nothing was saved.</source>
        <translation>数据库拒绝了此更改：它引用了不存在的记录，或删除了仍被引用的记录，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The database refused the change: a value is missing or outside what the record allows, so nothing was saved.</source>
        <translation>数据库拒绝了此更改：缺少某个值或超出记录允许的范围，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The database cannot be changed: its file, its folder or its disk is read-only, so nothing was saved.</source>
        <translation>无法修改数据库：其文件、文件夹或磁盘为只读，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The disk that holds the database is full, so nothing was saved. Free some space and try again.</source>
        <translation>存放数据库的磁盘已满，因此未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Another program has kept the database locked for more than %1 seconds, so nothing was saved. Try again when it has finished.</source>
        <translation>另一个程序锁定数据库已超过 %1 秒，因此未保存任何内容。请在它完成后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged (SQLite code %1). Nothing was changed; restore the latest backup with “fiberdesk-cli restore FILE”.</source>
        <translation>数据库文件已损坏（SQLite 代码 %1）。未做任何更改；请用“fiberdesk-cli restore 文件”恢复最新的备份。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database, so nothing was changed.</source>
        <translation>读写数据库时磁盘报告了错误，因此未做任何更改。</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that it and its folder exist and may be read and written (SQLite keeps working files beside it).</source>
        <translation>无法打开数据库文件：请检查它及其文件夹是否存在并可读写（SQLite 会在其旁边保存工作文件）。</translation>
    </message>
    <message>
        <source>The database refused the change as breaking one of its rules, so nothing was saved.</source>
        <translation>数据库拒绝了此更改，因为它违反了数据库的某条规则，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The database ran out of memory or met a value too large, so nothing was saved.</source>
        <translation>数据库内存不足或遇到过大的值，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The database does not have the layout this FiberDesk expects (SQLite code %1): was it changed by another program? Nothing was saved.</source>
        <translation>数据库的结构不是此 FiberDesk 所期望的（SQLite 代码 %1）：是否被其他程序修改过？未保存任何内容。</translation>
    </message>
    <message>
        <source>The database reported error %1, so nothing was saved. The program&apos;s log has SQLite&apos;s own words.</source>
        <translation>数据库报告了错误 %1，因此未保存任何内容。程序日志中有 SQLite 的原始信息。</translation>
    </message>
    <message>
        <source>the table %1 does not have the check this upgrade expects</source>
        <translation>表 %1 没有此次升级所预期的约束</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: %1</source>
        <translation>与数据库服务器的连接已断开：%1</translation>
    </message>
    <message>
        <source>The orders have outgrown the search index (an order&apos;s row number above %1); nothing was imported.</source>
        <translation>工单数量已超出搜索索引的容量（有工单的行号超过 %1）；未导入任何内容。</translation>
    </message>
    <message>
        <source>Upgrading the database %1 from schema version %2 to %3…</source>
        <translation>正在将数据库 %1 从结构版本 %2 升级到 %3…</translation>
    </message>
    <message>
        <source>Upgrading the database %1 from schema version %2 to %3. It holds about %4 orders, and rebuilding their indexes can take many minutes. The upgrade is one transaction: if it is stopped, the database stays as it was.</source>
        <translation>正在将数据库 %1 从结构版本 %2 升级到 %3。数据库中约有 %4 个工单，重建其索引可能需要很多分钟。升级是一个事务：如果中途停止，数据库将保持原样。</translation>
    </message>
</context>
<context>
    <name>fd::DatabaseLocationDialog</name>
    <message>
        <source>Use another database</source>
        <translation>使用其他数据库</translation>
    </message>
    <message>
        <source>A database file on this computer, or a PostgreSQL server shared by several desks (postgresql://user@host:5432/fiberdesk). FiberDesk opens it the next time it starts; a new file is created there and then.</source>
        <translation>本机上的数据库文件，或多个工位共用的 PostgreSQL 服务器（postgresql://用户@主机:5432/fiberdesk）。FiberDesk 将在下次启动时打开它；新文件届时创建。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Standard location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>Choose or name a database file</source>
        <translation>选择或命名数据库文件</translation>
    </message>
    <message>
        <source>FiberDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>FiberDesk 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name a database file or a postgresql:// URL.</source>
        <translation>请指定数据库文件或 postgresql:// 地址。</translation>
    </message>
</context>
<context>
    <name>fd::DayPlan</name>
    <message>
        <source>Ends before its deadline</source>
        <translation>在期限前完成</translation>
    </message>
    <message>
        <source>No covering team has room before the deadline: the least late window</source>
        <translation>期限前没有覆盖班组有空：超时最少的时段</translation>
    </message>
    <message>
        <source>Due tomorrow: placed in room today</source>
        <translation>明天到期：利用今天的空档安排</translation>
    </message>
    <message>
        <source>No team of an active unit with technicians covers the area</source>
        <translation>没有属于在约单位且有技术员的班组覆盖该区域</translation>
    </message>
    <message>
        <source>The covering teams&apos; day is full</source>
        <translation>覆盖班组当天已排满</translation>
    </message>
    <message>
        <source>The team it is assigned to has no active technicians or unit</source>
        <translation>所派班组没有在岗技术员或其单位不在约</translation>
    </message>
    <message>
        <source>Too little of the working day is left for the job</source>
        <translation>当天剩余工作时间不足以完成此工单</translation>
    </message>
    <message>
        <source>Already overdue: the earliest end possible</source>
        <translation>已超期：尽早完成</translation>
    </message>
</context>
<context>
    <name>fd::DaySheet</name>
    <message>
        <source>Day sheet of team %1</source>
        <translation>班组 %1 的日程单</translation>
    </message>
    <message>
        <source>%1 · working hours %2–%3</source>
        <translation>%1 · 工作时间 %2–%3</translation>
    </message>
    <message>
        <source>Technicians: %1</source>
        <translation>技术员：%1</translation>
    </message>
    <message>
        <source>none active</source>
        <translation>无在岗人员</translation>
    </message>
    <message numerus="yes">
        <source>Visits: %n · booked: %1 h</source>
        <translation>
            <numerusform>上门：%n 次 · 已排：%1 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
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
        <source>There is no active unit with teams to give orders to.</source>
        <translation>没有可派单的在用单位和班组。</translation>
    </message>
    <message>
        <source>Writing the demo orders was cancelled.</source>
        <translation>已取消写入演示工单。</translation>
    </message>
    <message>
        <source>Inspected on site</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>The customer moved the appointment by phone the day before; the call is in the CRM notes, so the new time should be the deadline.</source>
        <translation>客户前一天电话改约了上门时间；通话记录在 CRM 备注中，因此期限应以新时间为准。</translation>
    </message>
    <message>
        <source>The customer&apos;s router was not ours; the fault was in the customer&apos;s own equipment, not the technician&apos;s work.</source>
        <translation>客户的路由器不是我们提供的；故障出在客户自己的设备，而非技术员的施工。</translation>
    </message>
    <message>
        <source>The photos show our ONT replaced badly; the complaint stands.</source>
        <translation>照片显示我们的 ONT 更换不当；投诉成立。</translation>
    </message>
    <message>
        <source>The second fault was a cable cut by road works, logged by the municipality; it has nothing to do with the first repair.</source>
        <translation>第二次故障是道路施工挖断光缆所致，市政部门有记录；与第一次维修无关。</translation>
    </message>
    <message>
        <source>The municipality&apos;s notice confirms the cut: not a repeat of our repair.</source>
        <translation>市政通知证实了断缆：不属于我们维修后的重复故障。</translation>
    </message>
</context>
<context>
    <name>fd::DesktopMain</name>
    <message>
        <source>FiberDesk cannot start</source>
        <translation>FiberDesk 无法启动</translation>
    </message>
    <message>
        <source>FiberDesk cannot open the database %1.</source>
        <translation>FiberDesk 无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>Use another database…</source>
        <translation>使用其他数据库…</translation>
    </message>
    <message>
        <source>FiberDesk: work orders, callbacks and monthly scoring for broadband field maintenance.</source>
        <translation>FiberDesk：宽带装维的工单、回访和月度考核。</translation>
    </message>
    <message>
        <source>The database to open (a file or a postgresql:// URL).</source>
        <translation>要打开的数据库（文件或 postgresql:// 地址）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Save a picture of every page into DIR and quit.</source>
        <translation>将每个页面的截图保存到 DIR 后退出。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database needs --user NAME for an unattended run.</source>
        <translation>共享的 PostgreSQL 数据库在无人值守运行时需要 --user 用户名。</translation>
    </message>
    <message>
        <source>With --screenshots: act as this user, the password taken from FIBERDESK_PASSWORD.</source>
        <translation>与 --screenshots 一起使用：以该用户身份操作，密码取自 FIBERDESK_PASSWORD。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The database %1 is read-only (its file, folder or disk cannot be written): you can look at everything, but nothing you change can be saved.</source>
        <translation>数据库 %1 为只读（其文件、文件夹或磁盘无法写入）：可以查看所有内容，但所做的更改都无法保存。</translation>
    </message>
    <message>
        <source>FiberDesk</source>
        <translation>FiberDesk</translation>
    </message>
    <message>
        <source>FiberDesk — database server</source>
        <translation>FiberDesk — 数据库服务器</translation>
    </message>
    <message>
        <source>Password of %1 for the database %2 on %3:</source>
        <translation>%1 在 %3 上访问数据库 %2 的密码：</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>未提供 %1 的密码。</translation>
    </message>
    <message>
        <source>The program&apos;s icon %1 is missing from its resources.</source>
        <translation>程序资源中缺少程序图标 %1。</translation>
    </message>
    <message>
        <source>The %1 translation was not found in %2; FiberDesk speaks English.</source>
        <translation>在 %2 中找不到 %1 翻译；FiberDesk 将以英文显示。</translation>
    </message>
    <message>
        <source>Quit by itself SECONDS after starting, as if the window were closed (to check an installation).</source>
        <translation>启动后经过 秒数 秒自行退出，如同关闭窗口（用于检查安装）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds from 0 to 86400, not “%1”.</source>
        <translation>--quit-after 需要 0 到 86400 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>FiberDesk — upgrading the database</source>
        <translation>FiberDesk — 正在升级数据库</translation>
    </message>
</context>
<context>
    <name>fd::DispatchPage</name>
    <message>
        <source>Open orders whose deadline has passed before the visit: show only them</source>
        <translation>上门前已超过时限的未完成工单：只显示这些</translation>
    </message>
    <message>
        <source>Open orders due within the next two hours: show only them</source>
        <translation>两小时内到期的未完成工单：只显示这些</translation>
    </message>
    <message>
        <source>Orders no team has taken yet: show only them</source>
        <translation>尚无班组承接的工单：只显示这些</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>调度板(&amp;B)</translation>
    </message>
    <message>
        <source>New order… (Ctrl+N)</source>
        <translation>新建工单… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Assign… (A)</source>
        <translation>派单… (A)</translation>
    </message>
    <message>
        <source>Open order (Enter)</source>
        <translation>打开工单 (Enter)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Saved order %1.</source>
        <translation>工单 %1 已保存。</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超时：%1</translation>
    </message>
    <message>
        <source>Due within 2 h: %1</source>
        <translation>2 小时内到期：%1</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>未派单：%1</translation>
    </message>
    <message>
        <source>Unassigned lane — every open order has a team</source>
        <translation>未派单栏 — 所有未完成工单均已有班组</translation>
    </message>
    <message>
        <source>Order %1 assigned to %2.</source>
        <translation>工单 %1 已派给 %2。</translation>
    </message>
    <message>
        <source>Order %1 created; it is in the unassigned lane.</source>
        <translation>工单 %1 已创建，现位于未派单栏。</translation>
    </message>
    <message>
        <source>More than %1 orders on the board</source>
        <translation>调度板上超过 %1 张工单</translation>
    </message>
    <message>
        <source>Unassigned lane — more than %1 orders nobody has taken, the earliest deadline first (A assigns)</source>
        <translation>未派单栏 — 超过 %1 张无人承接的工单，时限最早的在前（按 A 派单）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders on the board</source>
        <translation>
            <numerusform>调度板上共 %Ln 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned lane — %Ln orders nobody has taken, the earliest deadline first (A assigns)</source>
        <translation>
            <numerusform>未派单栏 — %Ln 张无人承接的工单，时限最早的在前（按 A 派单）</numerusform>
        </translation>
    </message>
    <message>
        <source>Team&apos;s da&amp;y</source>
        <translation>班组日程(&amp;Y)</translation>
    </message>
    <message>
        <source>SLA colours: &lt;span style=&apos;background:%1;color:%2&apos;&gt;&amp;nbsp;overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3;color:%4&apos;&gt;&amp;nbsp;due within 2 h&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%5;color:%6&apos;&gt;&amp;nbsp;met&amp;nbsp;&lt;/span&gt; · hover a deadline for the time left</source>
        <translation>时效颜色：&lt;span style=&apos;background:%1;color:%2&apos;&gt;&amp;nbsp;已超时&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3;color:%4&apos;&gt;&amp;nbsp;2 小时内到期&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%5;color:%6&apos;&gt;&amp;nbsp;已达成&amp;nbsp;&lt;/span&gt; · 鼠标停在时限上可查看剩余时间</translation>
    </message>
    <message>
        <source>No order matches “%1”</source>
        <translation>没有与“%1”匹配的工单</translation>
    </message>
    <message>
        <source>Unassigned lane — no open order without a team matches “%1”</source>
        <translation>未派单栏 — 没有与“%1”匹配的未派单工单</translation>
    </message>
    <message>
        <source>Team s&amp;chedule</source>
        <translation>班组排程(&amp;C)</translation>
    </message>
    <message>
        <source>Orders whose team has been on site longer than the setting (default 4 h): show only them</source>
        <translation>班组在现场时间超过设定值（默认 4 小时）的工单：只显示这些</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Forget the remembered filters, lanes, sort and columns of this board and show its defaults</source>
        <translation>忘记此看板记住的筛选、通道、排序和列，恢复默认显示</translation>
    </message>
    <message>
        <source>The board&apos;s filters, sort and columns are back to their defaults.</source>
        <translation>看板的筛选、排序和列已恢复默认。</translation>
    </message>
    <message>
        <source>Stuck on site: %1</source>
        <translation>现场滞留：%1</translation>
    </message>
</context>
<context>
    <name>fd::EquipmentDialog</name>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Four-wheel vehicles also count as special vehicles. Team equipment counts towards its unit.</source>
        <translation>四轮驱动车辆也计为专用车辆。班组的设备计入所属单位。</translation>
    </message>
    <message>
        <source>Equipment of %1</source>
        <translation>%1 的设备</translation>
    </message>
    <message>
        <source>Unit’s shared stock</source>
        <translation>单位公用</translation>
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
    <name>fd::EquipmentModel</name>
    <message>
        <source>Unit’s shared stock</source>
        <translation>单位公用</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有者</translation>
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
    <name>fd::EquipmentTab</name>
    <message>
        <source>Search unit or team (Ctrl+F)</source>
        <translation>搜索单位或班组（Ctrl+F）</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Saved the equipment count.</source>
        <translation>已保存设备数量。</translation>
    </message>
</context>
<context>
    <name>fd::EvaluationModel</name>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>On time %1 of %2 orders due</source>
        <translation>到期工单 %2 张中准时 %1 张</translation>
    </message>
    <message>
        <source>%1 repeat faults among %2 repairs</source>
        <translation>%2 张维修单中重复故障 %1 张</translation>
    </message>
    <message>
        <source>%1 of %2 answers yes in %3 callbacks reached; %4 complaints cost %5 points</source>
        <translation>%3 次接通的回访中 %2 个回答有 %1 个为“是”；%4 件投诉扣 %5 分</translation>
    </message>
    <message>
        <source>Not entered yet; the month cannot be finalized without it.</source>
        <translation>尚未录入；缺少此项无法定稿当月考核。</translation>
    </message>
    <message>
        <source>Without the machine-room score, still to enter: a strike unless it is at least %1.</source>
        <translation>机房管理分尚未录入：除非该分不低于 %1，否则为不合格。</translation>
    </message>
    <message>
        <source>Without the machine-room score, still to enter: below %1 whatever it is.</source>
        <translation>机房管理分尚未录入：无论该分多少，总分都低于 %1。</translation>
    </message>
    <message>
        <source>Without the machine-room score, still to enter: %1 or more already.</source>
        <translation>机房管理分尚未录入：总分已不低于 %1。</translation>
    </message>
    <message>
        <source>Below %1: a strike</source>
        <translation>低于 %1：不合格</translation>
    </message>
    <message>
        <source>%1 or more: no strike</source>
        <translation>不低于 %1：合格</translation>
    </message>
    <message>
        <source>Finalized %1 by %2 with rules version %3</source>
        <translation>由 %2 于 %1 按规则版本 %3 定稿</translation>
    </message>
    <message>
        <source>Computed now with rules version %1; it changes with the data until the month is finalized.</source>
        <translation>按规则版本 %1 现时计算；在当月定稿前会随数据变化。</translation>
    </message>
    <message>
        <source>Strikes in the %1 months ending with this month: %2; at %3 the contract ends.</source>
        <translation>截至本月的 %1 个月内不合格次数：%2；达到 %3 次即终止合同。</translation>
    </message>
    <message>
        <source>Out of %1: the weight times the on-time rate</source>
        <translation>满分 %1：分值乘以准时率</translation>
    </message>
    <message>
        <source>Out of %1: the weight times one minus the repeat rate</source>
        <translation>满分 %1：分值乘以（1 − 重复故障率）</translation>
    </message>
    <message>
        <source>Out of %1: the weight times the callbacks&apos; yes-rate, minus complaint penalties</source>
        <translation>满分 %1：分值乘以回访“是”的比例，再扣除投诉扣分</translation>
    </message>
    <message>
        <source>Out of %1: entered by an evaluator after inspection</source>
        <translation>满分 %1：由考核员检查后录入</translation>
    </message>
    <message>
        <source>Strikes among the finalized months of the last %1 months</source>
        <translation>最近 %1 个月已定稿月份中的不合格次数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Machine room</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Unit status</source>
        <translation>单位状态</translation>
    </message>
    <message>
        <source>Strikes in window</source>
        <translation>统计期内不合格次数</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>On time %1 of %2 orders due; removals on time %3 of %4</source>
        <translation>到期工单 %2 张中准时 %1 张；其中拆机 %4 张中准时 %3 张</translation>
    </message>
    <message>
        <source>Re-evaluation due</source>
        <translation>待重新考核</translation>
    </message>
    <message>
        <source>%1. An appeal was upheld after that: an admin reopens the month and finalizes it again so that the item no longer counts.</source>
        <translation>%1。此后有申诉获支持：管理员需重新打开该月并再次定稿，使该项目不再计入。</translation>
    </message>
</context>
<context>
    <name>fd::EvaluationPage</name>
    <message>
        <source>Machine-room score…</source>
        <translation>机房管理分…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>调整分…</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>依据…</translation>
    </message>
    <message>
        <source>The orders, callbacks and complaints behind the unit&apos;s figures</source>
        <translation>该单位各项得分所依据的工单、回访和投诉</translation>
    </message>
    <message>
        <source>Status history…</source>
        <translation>状态历史…</translation>
    </message>
    <message>
        <source>The unit&apos;s statuses, strikes and assessments; record a retraining here</source>
        <translation>该单位的状态、不合格次数和考核记录；可在此登记复训考核</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Compute the drafts again from the data as it stands</source>
        <translation>按当前数据重新计算草稿</translation>
    </message>
    <message>
        <source>Finalize month…</source>
        <translation>定稿本月…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The month&apos;s scores and the counts behind them, one row per unit</source>
        <translation>当月得分及其计数依据，每个单位一行</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>The month&apos;s report to send to the units: a summary, then a page per unit with its figures, trend and standing</source>
        <translation>发给各单位的月度报告：先是汇总，然后每个单位一页，列出其得分、走势和合同状况</translation>
    </message>
    <message>
        <source>Recomputed the drafts of %1.</source>
        <translation>已重新计算 %1 的草稿。</translation>
    </message>
    <message>
        <source>The evaluation of %1 could not be computed: %2</source>
        <translation>无法计算 %1 的考核：%2</translation>
    </message>
    <message>
        <source>Choose a unit in the table to see its figures.</source>
        <translation>在表格中选择一个单位以查看其得分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;: %3 in %4, %5</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;：%4 得分 %3，%5</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权执行此操作。</translation>
    </message>
    <message>
        <source>The month is final for this unit; an admin must reopen it first.</source>
        <translation>该单位本月考核已定稿；须由管理员先重新打开。</translation>
    </message>
    <message>
        <source>Put the unit&apos;s final month back to draft, with a reason</source>
        <translation>说明原因，将该单位已定稿的月份退回草稿</translation>
    </message>
    <message>
        <source>Only an admin may reopen a finalized month.</source>
        <translation>只有管理员可以重新打开已定稿的月份。</translation>
    </message>
    <message>
        <source>A month is finalized once it has ended.</source>
        <translation>月份结束后才能定稿。</translation>
    </message>
    <message>
        <source>Every unit&apos;s evaluation of this month is final.</source>
        <translation>本月所有单位的考核均已定稿。</translation>
    </message>
    <message>
        <source>Freeze the month&apos;s drafts and apply the 80-point rule</source>
        <translation>冻结当月草稿并执行 80 分规则</translation>
    </message>
    <message>
        <source>%1 (rectify by %2)</source>
        <translation>%1（整改期限 %2）</translation>
    </message>
    <message>
        <source>%1 of %2 final</source>
        <translation>%2 个中 %1 个已定稿</translation>
    </message>
    <message>
        <source>strikes: none</source>
        <translation>不合格：无</translation>
    </message>
    <message>
        <source>strikes: %1 (%2)</source>
        <translation>不合格：%1（%2）</translation>
    </message>
    <message>
        <source>%1; open until the machine-room score is in: %2</source>
        <translation>%1；待机房管理分录入后确定：%2</translation>
    </message>
    <message>
        <source>%1 — %2 — units: %3, %4 — rules version %5</source>
        <translation>%1 — %2 — 单位：%3，%4 — 规则版本 %5</translation>
    </message>
    <message>
        <source>The month has not ended: these are drafts that change as work comes in. It can be finalized from %1.</source>
        <translation>本月尚未结束：以下为草稿，会随工作进展而变化。可于 %1 起定稿。</translation>
    </message>
    <message>
        <source>Machine-room score still to enter, required before finalizing: %1.</source>
        <translation>尚未录入机房管理分（定稿前必须录入）：%1。</translation>
    </message>
    <message>
        <source>Warning, a strike in the %1-month window: %2.</source>
        <translation>警告，%1 个月统计期内有不合格记录：%2。</translation>
    </message>
    <message>
        <source>Contract ended under the 80-point rule: %1.</source>
        <translation>因 80 分规则终止合同：%1。</translation>
    </message>
    <message>
        <source>Points: timeliness out of %1, quality out of %2, service out of %3, machine room out of %4. Red: a total below %5 (a strike) or a contract ended; amber: one strike in the window, or a score still to enter. Double-click a figure for the orders, callbacks or complaints behind it.</source>
        <translation>分值：及时率满分 %1，质量满分 %2，服务满分 %3，机房满分 %4。红色：总分低于 %5（不合格）或合同已终止；琥珀色：统计期内有一次不合格，或有分数尚未录入。双击某项得分可查看其所依据的工单、回访或投诉。</translation>
    </message>
    <message>
        <source>Saved the machine-room score of %1 for %2; the total is now %3.</source>
        <translation>已保存 %1 在 %2 的机房管理分；总分现为 %3。</translation>
    </message>
    <message>
        <source>Saved the adjustment of %1 for %2; the total is now %3.</source>
        <translation>已保存 %1 在 %2 的调整分；总分现为 %3。</translation>
    </message>
    <message>
        <source>Finalizing %1…</source>
        <translation>正在定稿 %1…</translation>
    </message>
    <message>
        <source>Finalize %1</source>
        <translation>定稿 %1</translation>
    </message>
    <message>
        <source>Finalized %1.</source>
        <translation>已定稿 %1。</translation>
    </message>
    <message>
        <source>%1 is final: its figures are frozen.</source>
        <translation>%1 已定稿：各项数据已冻结。</translation>
    </message>
    <message>
        <source>No unit has a strike warning or loses its contract.</source>
        <translation>没有单位收到不合格警告或被终止合同。</translation>
    </message>
    <message>
        <source>Reopened the evaluation of %1 for %2; it is a draft again.</source>
        <translation>已重新打开 %1 在 %2 的考核，现为草稿。</translation>
    </message>
    <message>
        <source>Recorded an assessment of %1.</source>
        <translation>已登记 %1 的考核。</translation>
    </message>
    <message>
        <source>Another export or finalization is still running.</source>
        <translation>另一项导出或定稿仍在进行中。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Saved the evaluation of %1 to %2.</source>
        <translation>已将 %1 的考核保存到 %2。</translation>
    </message>
    <message>
        <source>Export indicators…</source>
        <translation>导出指标…</translation>
    </message>
    <message>
        <source>The month&apos;s indicators of every unit and the complaint categories, as PDF, Excel or CSV</source>
        <translation>本月各单位的指标及投诉类别，可导出为 PDF、Excel 或 CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the evaluation of %1</source>
        <translation>导出 %1 的考核</translation>
    </message>
    <message>
        <source>Export the indicators of %1</source>
        <translation>导出 %1 的指标</translation>
    </message>
    <message>
        <source>Saved the indicators of %1 to %2.</source>
        <translation>%1 的指标已保存到 %2。</translation>
    </message>
    <message>
        <source>Show the calls…</source>
        <translation>查看通话…</translation>
    </message>
    <message>
        <source>The unit&apos;s callbacks made by the flagged agents, with the answers that may have been led</source>
        <translation>被标记坐席对该单位所做的回访，以及可能被诱导的回答</translation>
    </message>
    <message>
        <source>Callbacks by flagged agents: unknown</source>
        <translation>被标记坐席的回访：未知</translation>
    </message>
    <message>
        <source>Callbacks by flagged agents: none (no agent flagged in %1)</source>
        <translation>被标记坐席的回访：无（%1 无坐席被标记）</translation>
    </message>
    <message>
        <source>Callbacks by flagged agents: none (flagged in %1: %2)</source>
        <translation>被标记坐席的回访：无（%1 被标记：%2）</translation>
    </message>
    <message>
        <source>Callbacks by flagged agents: %1 of %2 (%3)</source>
        <translation>被标记坐席的回访：%2 次中 %1 次（%3）</translation>
    </message>
    <message>
        <source>A callback agent is flagged when, on some question, the agent&apos;s customers answer markedly differently from the other agents&apos; customers of the same units (|z| ≥ 3 with at least %1 calls on each side), so the answers to the agent&apos;s calls may have been led. The page Callback quality has the figures.</source>
        <translation>当某个问题上，某坐席的客户回答与同一单位其他坐席的客户明显不同（|z| ≥ 3，且双方各至少 %1 次通话）时，该坐席被标记，其通话中的回答可能受到诱导。数据见“回访质量”页面。</translation>
    </message>
    <message>
        <source>The callback quality could not be read: %1</source>
        <translation>无法读取回访质量：%1</translation>
    </message>
    <message>
        <source>Regulatory…</source>
        <translation>监管指标…</translation>
    </message>
    <message>
        <source>The month&apos;s regulatory indicators (SPEC §12): supply and repair times, faults per 100 subscribers, missed appointments, complaint resolution and credits, per unit and for all</source>
        <translation>本月监管指标（SPEC §12）：装机与维修时长、每百用户故障数、失约预约、投诉处理和补偿，按单位及合计</translation>
    </message>
    <message>
        <source>Re-evaluation due: an appeal against this month was upheld after it was finalized. An admin reopens it and finalizes it again.</source>
        <translation>待重新考核：本月定稿后有针对本月的申诉获支持。需由管理员重新打开并再次定稿。</translation>
    </message>
    <message>
        <source>Re-evaluation due, an appeal upheld after finalizing: %1. An admin reopens these units&apos; month and finalizes it again.</source>
        <translation>待重新考核（定稿后有申诉获支持）：%1。需由管理员重新打开这些单位的本月考核并再次定稿。</translation>
    </message>
    <message>
        <source>Filed appeal %1 against %2 %3 of %4.</source>
        <translation>已就 %4 的%2 %3 提出申诉 %1。</translation>
    </message>
</context>
<context>
    <name>fd::EvaluationService</name>
    <message>
        <source>%1 has not ended yet; a month is finalized once it is over, so that every deadline in it has passed.</source>
        <translation>%1 尚未结束；月份结束后所有时限都已到期，才能定稿。</translation>
    </message>
    <message>
        <source>Every unit&apos;s evaluation of %1 is already final.</source>
        <translation>%1 所有单位的考核均已定稿。</translation>
    </message>
    <message>
        <source>Enter the machine-room score of %1 for %2 before finalizing.</source>
        <translation>定稿前请录入 %1 在 %2 的机房管理分。</translation>
    </message>
    <message>
        <source>%1 monthly scores under %2 within %3 months (finalizing %4)</source>
        <translation>%3 个月内有 %1 个月得分低于 %2（定稿 %4 时）</translation>
    </message>
    <message>
        <source>The contract of %1 (%2) ends: %3. It must rectify by %4.</source>
        <translation>%1（%2）的合同终止：%3。须在 %4 前完成整改。</translation>
    </message>
    <message>
        <source>Give a reason for reopening a finalized evaluation.</source>
        <translation>请填写重新打开已定稿考核的原因。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is not final.</source>
        <translation>%1 在 %2 的考核尚未定稿。</translation>
    </message>
    <message>
        <source>termination withdrawn: the evaluation of %1 was reopened (%2)</source>
        <translation>撤销终止：%1 的考核已重新打开（%2）</translation>
    </message>
    <message>
        <source>A machine-room score lies between 0 and %1.</source>
        <translation>机房管理分在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is final; an admin must reopen it first.</source>
        <translation>%1 在 %2 的考核已定稿；须由管理员先重新打开。</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>不存在单位“%1”。</translation>
    </message>
    <message>
        <source>An adjustment needs a reason.</source>
        <translation>调整分需要填写原因。</translation>
    </message>
    <message>
        <source>An adjustment lies between −100 and +100 points.</source>
        <translation>调整分在 −100 到 +100 之间。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) has %n strikes in the last %3 months; at %4 its contract ends.</source>
        <translation>
            <numerusform>%1（%2）在最近 %3 个月内有 %n 次不合格；达到 %4 次合同即终止。</numerusform>
        </translation>
    </message>
    <message>
        <source>reinstated on appeal: re-finalizing %1 leaves %2 strikes in the window of %3</source>
        <translation>经申诉恢复：重新定稿 %1 后，%3 的统计窗口内剩余 %2 次不合格</translation>
    </message>
    <message>
        <source>%1 (%2) is reinstated on appeal: %3.</source>
        <translation>%1（%2）经申诉恢复：%3。</translation>
    </message>
</context>
<context>
    <name>fd::EvidenceDialog</name>
    <message>
        <source>Evidence: %1, %2</source>
        <translation>依据：%1，%2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Only those that counted against the unit</source>
        <translation>只看对该单位不利的记录</translation>
    </message>
    <message>
        <source>Search order, account, customer</source>
        <translation>搜索工单、账号、客户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>as the data stands now; this indicator is not part of the score</source>
        <translation>按当前数据；该指标不计入得分</translation>
    </message>
    <message>
        <source>as frozen when the month was finalized</source>
        <translation>为当月定稿时冻结的记录</translation>
    </message>
    <message>
        <source>as the data stands now; the month is a draft</source>
        <translation>按当前数据；本月仍为草稿</translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>无法读取依据：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: the records behind the figures, %4.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;，%3：各项得分所依据的记录，%4。</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2 条</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The orders, callbacks and complaints behind the unit&apos;s month, as PDF, Excel workbook or CSV</source>
        <translation>该单位本月考核所依据的工单、回访和投诉，可导出为 PDF、Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>Export the evidence of %1</source>
        <translation>导出 %1 的依据</translation>
    </message>
    <message>
        <source>Double-click or Enter: the record with its history</source>
        <translation>双击或回车：查看记录及其历史</translation>
    </message>
    <message>
        <source>The call of order %1 is no longer stored.</source>
        <translation>工单 %1 的回访已不在库中。</translation>
    </message>
    <message>
        <source>Call of order %1</source>
        <translation>工单 %1 的回访</translation>
    </message>
    <message>
        <source>Complaint %1 is no longer stored.</source>
        <translation>投诉 %1 已不在库中。</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Appeal this item…</source>
        <translation>对此项申诉…</translation>
    </message>
    <message>
        <source>Appeals against %1 may be filed from %2 to %3.</source>
        <translation>针对 %1 的申诉可在 %2 至 %3 期间提出。</translation>
    </message>
    <message>
        <source>Appeals against %1 may be filed from %2 until some days after the month is finalized.</source>
        <translation>针对 %1 的申诉自 %2 起可提出，直至该月定稿后数日。</translation>
    </message>
    <message>
        <source>Your role (%1) may not file appeals.</source>
        <translation>您的角色（%1）不能提出申诉。</translation>
    </message>
    <message>
        <source>The appeal window could not be read: %1</source>
        <translation>无法读取申诉期限：%1</translation>
    </message>
    <message>
        <source>The month has not ended. %1</source>
        <translation>该月尚未结束。%1</translation>
    </message>
    <message>
        <source>The appeal window is closed. %1</source>
        <translation>申诉期已截止。%1</translation>
    </message>
    <message>
        <source>Choose a row that counted against the unit: a late order, a repeat fault or a complaint that cost points. %1</source>
        <translation>请选择计入该单位扣分的一行：逾期工单、重复故障或扣分的投诉。%1</translation>
    </message>
    <message>
        <source>Already contested: appeal %1, %2.</source>
        <translation>已在申诉中：申诉 %1，%2。</translation>
    </message>
    <message>
        <source>File an appeal against %1 %2, with your grounds. %3</source>
        <translation>就%1 %2 提出申诉，并说明理由。%3</translation>
    </message>
</context>
<context>
    <name>fd::EvidenceModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到的投诉</translation>
    </message>
    <message>
        <source>Orders due</source>
        <translation>到期工单</translation>
    </message>
    <message>
        <source>Repairs received</source>
        <translation>受理的维修单</translation>
    </message>
    <message>
        <source>Callbacks reached</source>
        <translation>接通的回访</translation>
    </message>
    <message>
        <source>Penalised complaints</source>
        <translation>扣分投诉</translation>
    </message>
    <message>
        <source>Repeat fault</source>
        <translation>重复故障</translation>
    </message>
    <message>
        <source>First fault</source>
        <translation>首次故障</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Late: not done by the deadline</source>
        <translation>超时：截止时间前未完成</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>staff-caused</source>
        <translation>员工责任</translation>
    </message>
    <message>
        <source>not the staff&apos;s fault</source>
        <translation>非员工责任</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Arrived or completed</source>
        <translation>到达或完工时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>接通时间</translation>
    </message>
    <message>
        <source>Yes answers</source>
        <translation>“是”的回答</translation>
    </message>
    <message>
        <source>Answered no</source>
        <translation>回答“否”</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核实时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>fd::ExemptReason</name>
    <message>
        <source>Caused by the customer</source>
        <translation>客户原因</translation>
    </message>
    <message>
        <source>Resources not in place</source>
        <translation>资源未到位</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三方原因</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>不可抗力</translation>
    </message>
</context>
<context>
    <name>fd::Export</name>
    <message>
        <source>Cannot make the spreadsheet: %1</source>
        <translation>无法生成电子表格：%1</translation>
    </message>
    <message>
        <source>A table is written as CSV or XLSX.</source>
        <translation>表格只能写成 CSV 或 XLSX。</translation>
    </message>
</context>
<context>
    <name>fd::FinalizeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — strikes: %2; it must rectify by %3</source>
        <translation>%1 — 不合格次数：%2；须在 %3 前完成整改</translation>
    </message>
    <message>
        <source>%1 — strikes in %2 months: %3</source>
        <translation>%1 — %2 个月内不合格次数：%3</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finalize &lt;b&gt;%1&lt;/b&gt;? Units: %2 (%3).&lt;/p&gt;&lt;p&gt;Their figures, the counts behind them and rules version %4 are frozen: later changes to the data or the rules do not change them. Only an admin can reopen a unit&apos;s month, with a reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;定稿 &lt;b&gt;%1&lt;/b&gt;？单位：%2（%3）。&lt;/p&gt;&lt;p&gt;各项得分、其计数依据和规则版本 %4 将被冻结：之后数据或规则的变化不会改变它们。只有管理员可以说明原因后重新打开某个单位的月份。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The 80-point rule: a total below %1 is a strike; %2 strikes among the finalized months of %3 months end the unit&apos;s contract.&lt;/p&gt;</source>
        <translation>&lt;p&gt;80 分规则：总分低于 %1 即为不合格；%3 个月内已定稿月份中不合格达 %2 次，即终止该单位的合同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No unit has a strike this month.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本月没有单位不合格。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Strikes this month: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本月不合格：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finalize %1</source>
        <translation>定稿 %1</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Contracts that end:&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;They get no new orders until a retraining assessment is passed.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;将终止的合同：&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;在通过复训考核之前不再派发新工单。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Warnings:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;警告：&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fd::FlaggedCallModel</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>接通时间</translation>
    </message>
</context>
<context>
    <name>fd::FlaggedCallsDialog</name>
    <message>
        <source>Callbacks by flagged agents: %1, %2</source>
        <translation>被标记坐席的回访：%1，%2</translation>
    </message>
    <message>
        <source>Search order, agent, question</source>
        <translation>搜索工单、坐席、问题</translation>
    </message>
    <message>
        <source>Double-click or Enter: the call with its answers and attempts</source>
        <translation>双击或回车：查看该通话的回答和拨打记录</translation>
    </message>
    <message>
        <source>The callbacks by flagged agents could not be read: %1</source>
        <translation>无法读取被标记坐席的回访：%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2: no agent is flagged this month, so none of the unit&apos;s callbacks is in doubt.</source>
        <translation>%1，%2：本月没有坐席被标记，该单位的回访均无疑问。</translation>
    </message>
    <message>
        <source>%1, %2: none of the unit&apos;s callbacks was made by a flagged agent (flagged this month: %3).</source>
        <translation>%1，%2：该单位的回访均不是被标记坐席所做（本月被标记：%3）。</translation>
    </message>
    <message>
        <source>%1, %2: %3 of the unit&apos;s callbacks were made by agents flagged this month (%4). Their customers answered these questions markedly differently from other agents&apos; customers, so the answers below may have been led; each row is one such answer.</source>
        <translation>%1，%2：该单位有 %3 次回访由本月被标记的坐席（%4）完成。其客户对这些问题的回答与其他坐席的客户明显不同，因此下列回答可能受到诱导；每行是一条这样的回答。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 answers</source>
        <translation>显示 %1 / %2 条回答</translation>
    </message>
    <message>
        <source>Double-click or Enter: the call with its answers</source>
        <translation>双击或回车：查看该通话及其回答</translation>
    </message>
    <message>
        <source>The call of order %1 is no longer stored.</source>
        <translation>工单 %1 的通话已不再保存。</translation>
    </message>
    <message>
        <source>Call of order %1</source>
        <translation>工单 %1 的通话</translation>
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
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Callback calls</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Machine-room scores</source>
        <translation>机房管理分</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>“%1”不是月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device or a pipe), not a CSV file.</source>
        <translation>“%1”不是普通文件（而是设备或管道），不是 CSV 文件。</translation>
    </message>
    <message>
        <source>There was not enough memory to import “%1”; nothing was imported.</source>
        <translation>内存不足，无法导入“%1”；未导入任何内容。</translation>
    </message>
    <message>
        <source>“%1” is too large for a file of %2: it is read whole before it is saved, and at line %3 it already needs more than %4 MiB of memory. Is it the right file? If so, split it into smaller files.</source>
        <translation>“%1”作为%2文件过大：此类文件需整体读入后才能保存，读到第 %3 行时已需要超过 %4 MiB 内存。文件是否正确？如果正确，请将其拆分为较小的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems). Nothing was imported.</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）。未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is in a column without a name in the header</source>
        <translation>“%1”位于表头中没有名称的列</translation>
    </message>
    <message>
        <source>“%1” is not in FiberDesk yet, and a new one needs the column “%2”, which the file does not have</source>
        <translation>“%1”尚未在 FiberDesk 中，新建时需要列“%2”，而文件中没有该列</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems (--json lists every problem).</source>
        <translation>
            <numerusform>……还有 %n 个问题（--json 会列出全部问题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problems.</source>
        <translation>
            <numerusform>未导入任何内容：文件共有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an encoding FiberDesk knows; name one such as UTF-8, GB18030 or windows-1252.</source>
        <translation>FiberDesk 不认识编码“%1”；请指定 UTF-8、GB18030 或 windows-1252 之类的编码。</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte-order mark: it is UTF-8, not %1; import it as UTF-8</source>
        <translation>文件以 UTF-8 字节顺序标记开头：它是 UTF-8，而不是 %1；请按 UTF-8 导入</translation>
    </message>
    <message>
        <source>is empty; name the holiday</source>
        <translation>为空；请填写节假日名称</translation>
    </message>
    <message>
        <source>names the same day as line %1</source>
        <translation>与第 %1 行是同一天</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>fd::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>&amp;What the file holds</source>
        <translation>文件内容(&amp;W)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Expected columns</source>
        <translation>应有的列</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>UTF-8 (CSV UTF-8, LibreOffice, Google Sheets)</source>
        <translation>UTF-8（CSV UTF-8、LibreOffice、Google 表格）</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel or WPS on Chinese Windows)</source>
        <translation>GB18030 / GBK（中文 Windows 上的 Excel 或 WPS）</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1 (Excel on Spanish or English Windows)</source>
        <translation>Windows-1252 / Latin-1（西班牙语或英语 Windows 上的 Excel）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>分隔符(&amp;S)</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be read</source>
        <translation>预览：前几行将按如下方式读取</translation>
    </message>
    <message>
        <source>The file is imported whole or not at all: one bad row and nothing is written, and every problem is listed. A file of units, areas, teams or technicians may have only some of the columns besides the code; it changes only those.</source>
        <translation>文件要么整体导入，要么完全不导入：只要有一行有误就不写入任何内容，并列出所有问题。单位、片区、班组或技术员文件除编码外可只含部分列，只修改这些列。</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2; 1 row shown.</source>
        <translation>按 %1 读取，以%2分隔；显示 1 行。</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n rows shown.</source>
        <translation>
            <numerusform>按 %1 读取，以%2分隔；显示 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has more rows; all are checked on import.</source>
        <translation>文件还有更多行；导入时会全部检查。</translation>
    </message>
</context>
<context>
    <name>fd::ImportJob</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>正在停止，不会写入任何数据…</translation>
    </message>
</context>
<context>
    <name>fd::ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>未从“%1”导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”. Correct the problems below (%2) and import the file again.</source>
        <translation>未从“%1”导入任何数据。请改正下列问题（%2）后重新导入。</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems, not listed.</source>
        <translation>
            <numerusform>……还有 %n 个问题未列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::IndicatorModel</name>
    <message>
        <source>Yes: %1</source>
        <translation>“是”：%1</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>准时率</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>重复故障率</translation>
    </message>
    <message>
        <source>Callback reach rate</source>
        <translation>回访接通率</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>Complaints per 1,000 completed orders</source>
        <translation>每千张完工工单投诉数</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Compensation credits</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>%1 yes of %2 reached</source>
        <translation>接通 %2 次中“是” %1 次</translation>
    </message>
    <message>
        <source>%1 of %2 orders due</source>
        <translation>到期工单 %2 张中 %1 张</translation>
    </message>
    <message>
        <source>%1 of %2 repairs</source>
        <translation>维修单 %2 张中 %1 张</translation>
    </message>
    <message>
        <source>%1 of %2 due</source>
        <translation>应回访 %2 次中 %1 次</translation>
    </message>
    <message>
        <source>%1 promoters, %2 passives, %3 detractors</source>
        <translation>推荐者 %1，中立者 %2，贬损者 %3</translation>
    </message>
    <message>
        <source>%1 complaints, %2 completed</source>
        <translation>投诉 %1 件，完工 %2 张</translation>
    </message>
    <message>
        <source>in %1 reached</source>
        <translation>共接通 %1 次</translation>
    </message>
    <message>
        <source>for %1 late orders</source>
        <translation>涉及超时工单 %1 张</translation>
    </message>
    <message>
        <source>Every unit: %1</source>
        <translation>所有单位：%1</translation>
    </message>
    <message>
        <source>Double-click for the evidence</source>
        <translation>双击查看依据</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有单位</translation>
    </message>
    <message>
        <source>Counted from (unit)</source>
        <translation>计数依据（单位）</translation>
    </message>
    <message>
        <source>%1 of %2 orders due; removals %3 of %4</source>
        <translation>到期工单 %2 张中 %1 张；拆机 %4 张中 %3 张</translation>
    </message>
</context>
<context>
    <name>fd::KpiDialog</name>
    <message>
        <source>Regulatory indicators, %1</source>
        <translation>监管指标，%1</translation>
    </message>
    <message>
        <source>Times in hours from receipt; p50, p80 and p95 are nearest-rank percentiles. “Met” is the share done by the deadline of the policy in force. Missed appointments: windows that ended this month with the technician late or absent.</source>
        <translation>时长为自受理起的小时数；p50、p80 和 p95 为最近秩百分位数。“按期”为在现行政策期限内完成的比例。失约预约：本月结束的预约时段中技术员迟到或未到的。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>已处理投诉</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Installs completed</source>
        <translation>已完成装机</translation>
    </message>
    <message>
        <source>Install time p50 (h)</source>
        <translation>装机时长 p50（小时）</translation>
    </message>
    <message>
        <source>Install time p95 (h)</source>
        <translation>装机时长 p95（小时）</translation>
    </message>
    <message>
        <source>Installs met deadline (%)</source>
        <translation>装机按期率（%）</translation>
    </message>
    <message>
        <source>Repairs completed</source>
        <translation>已完成维修</translation>
    </message>
    <message>
        <source>Repair time p80 (h)</source>
        <translation>维修时长 p80（小时）</translation>
    </message>
    <message>
        <source>Repair time p95 (h)</source>
        <translation>维修时长 p95（小时）</translation>
    </message>
    <message>
        <source>Repairs met deadline (%)</source>
        <translation>维修按期率（%）</translation>
    </message>
    <message>
        <source>Faults per 100 subscribers</source>
        <translation>每百用户故障数</translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation>失约次数</translation>
    </message>
    <message>
        <source>Missed appointments (%)</source>
        <translation>失约率（%）</translation>
    </message>
    <message>
        <source>Complaint resolution p80 (h)</source>
        <translation>投诉处理时长 p80（小时）</translation>
    </message>
    <message>
        <source>Complaint resolution p95 (h)</source>
        <translation>投诉处理时长 p95（小时）</translation>
    </message>
    <message>
        <source>Credits due</source>
        <translation>应付补偿笔数</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>补偿金额</translation>
    </message>
</context>
<context>
    <name>fd::KpiService</name>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>没有单位“%1”。</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>Dispatch</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>配置达标</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded; FiberDesk stays in the current language.</source>
        <translation>无法加载 %1 的翻译，FiberDesk 保持当前语言。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FiberDesk</source>
        <translation>关于 FiberDesk(&amp;A)</translation>
    </message>
    <message>
        <source>FiberDesk — %1</source>
        <translation>FiberDesk — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Rules version %1</source>
        <translation>规则版本 %1</translation>
    </message>
    <message>
        <source>Rules unreadable: %1</source>
        <translation>无法读取规则：%1</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 from “%2”: %3 rows — %4 new, %5 updated, %6 unchanged.</source>
        <translation>已从“%2”导入%1：%3 行——新增 %4，更新 %5，未变 %6。</translation>
    </message>
    <message>
        <source>About FiberDesk</source>
        <translation>关于 FiberDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FiberDesk %1&lt;/h3&gt;&lt;p&gt;Work orders, next-day callbacks and monthly scoring for broadband field maintenance.&lt;/p&gt;&lt;p&gt;This version manages the organisation of the maintenance units, checks it against the allocation rules and keeps the versioned rules.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FiberDesk %1&lt;/h3&gt;&lt;p&gt;宽带装维的工单、次日回访和月度考核。&lt;/p&gt;&lt;p&gt;本版本管理维护单位的组织信息，按配置规则进行核查，并保存带版本的规则。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Your role does not use this page.</source>
        <translation>您的角色不使用此页面。</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %p %</source>
        <translation>今天的备份：%p %</translation>
    </message>
    <message>
        <source>Today&apos;s backup is written: %1 (%2).</source>
        <translation>今天的备份已写好：%1（%2）。</translation>
    </message>
    <message>
        <source>Callback quality</source>
        <translation>回访质量</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
</context>
<context>
    <name>fd::NewOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>e.g. WO-261120-0001</source>
        <translation>例如 WO-261120-0001</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>工单号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Subscriber &amp;account</source>
        <translation>用户账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>地址(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>fd::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>fd::OrderDialog</name>
    <message>
        <source>Order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>not assigned (unit %1 serves the area)</source>
        <translation>未派单（该区域由单位 %1 负责）</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>exempt: %1</source>
        <translation>豁免：%1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>later, at the customer&apos;s request</source>
        <translation>应客户要求改约较晚时间</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>约定于 %1</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>not signed: %1</source>
        <translation>未签字：%1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>签字人 %1</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>预约(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;rrival</source>
        <translation>到场(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ompletion</source>
        <translation>完工(&amp;O)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Exemption</source>
        <translation>豁免(&amp;E)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>The customer asked for a later time (the deadline becomes the window&apos;s end)</source>
        <translation>客户要求改约较晚时间（时限改为预约时段结束）</translation>
    </message>
    <message>
        <source>Customer contacted at</source>
        <translation>联系客户时间</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>预约时段开始</translation>
    </message>
    <message>
        <source>Window until</source>
        <translation>预约时段结束</translation>
    </message>
    <message>
        <source>Agree appointment</source>
        <translation>确定预约</translation>
    </message>
    <message>
        <source>Technician arrived at</source>
        <translation>技术员到场时间</translation>
    </message>
    <message>
        <source>No appointment was agreed with the customer: checklist item 1 will read “no”.</source>
        <translation>未与客户约定时间：检查表第 1 项将记为“否”。</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>登记到场</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>1. Appointment agreed before the visit: yes (contact recorded before arrival)</source>
        <translation>1. 上门前已与客户预约：是（到场前已记录联系时间）</translation>
    </message>
    <message>
        <source>1. Appointment agreed before the visit: no (no contact recorded before arrival)</source>
        <translation>1. 上门前已与客户预约：否（到场前未记录联系时间）</translation>
    </message>
    <message>
        <source>2. Uniform with the operator&apos;s logo and ID badge worn</source>
        <translation>2. 穿着带运营商标识的工装并佩戴工作证</translation>
    </message>
    <message>
        <source>3. Work permit and order shown; own shoe covers, dust cloth and bags brought</source>
        <translation>3. 出示上岗证和工单；自带鞋套、防尘布和垃圾袋</translation>
    </message>
    <message>
        <source>4. Customer consulted on where to install</source>
        <translation>4. 已就安装位置征求客户意见</translation>
    </message>
    <message>
        <source>5. Service tested and demonstrated (required)</source>
        <translation>5. 已测试并向客户演示业务（必填）</translation>
    </message>
    <message>
        <source>6. Site cleaned</source>
        <translation>6. 已清理现场</translation>
    </message>
    <message>
        <source>7. The customer signed — name:</source>
        <translation>7. 客户已签字 — 姓名：</translation>
    </message>
    <message>
        <source>7. The customer refused to sign — reason:</source>
        <translation>7. 客户拒绝签字 — 原因：</translation>
    </message>
    <message>
        <source>FTTH test: ONT receive power; the test passes from %1 to %2 dBm</source>
        <translation>FTTH 测试：ONT 接收光功率；%1 至 %2 dBm 为合格</translation>
    </message>
    <message>
        <source>Receive power</source>
        <translation>接收光功率</translation>
    </message>
    <message>
        <source>Complete order</source>
        <translation>完成工单</translation>
    </message>
    <message>
        <source>Why the order is cancelled (required)</source>
        <translation>取消原因（必填）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Not exempt</source>
        <translation>不豁免</translation>
    </message>
    <message>
        <source>What happened (required for an exemption)</source>
        <translation>情况说明（豁免时必填）</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>An exempt order leaves the timeliness population of its unit&apos;s evaluation.</source>
        <translation>豁免的工单不计入其单位考核的及时率统计。</translation>
    </message>
    <message>
        <source>Save exemption</source>
        <translation>保存豁免</translation>
    </message>
    <message>
        <source>ONT collected</source>
        <translation>ONT 已收回</translation>
    </message>
    <message>
        <source>ONT not collected</source>
        <translation>ONT 未收回</translation>
    </message>
    <message>
        <source>Collected from the customer</source>
        <translation>已从客户处收回</translation>
    </message>
    <message>
        <source>Not collected (lost, damaged or kept by the customer)</source>
        <translation>未收回（丢失、损坏或由客户留存）</translation>
    </message>
    <message>
        <source>ONT (required)</source>
        <translation>ONT（必填）</translation>
    </message>
    <message>
        <source>A removal has no FTTH test: the customer&apos;s signature (or refusal) and whether the ONT was collected complete it.</source>
        <translation>拆机没有 FTTH 测试：凭客户签字（或拒签原因）以及是否收回 ONT 即可完成。</translation>
    </message>
    <message>
        <source>Complete removal</source>
        <translation>完成拆机</translation>
    </message>
</context>
<context>
    <name>fd::OrderImporter</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>a new order has no team yet; an order with a team is assigned</source>
        <translation>新工单还没有班组；有班组的工单应为已派单</translation>
    </message>
    <message>
        <source>is empty; a %1 order needs its team</source>
        <translation>为空；状态为 %1 的工单需要班组</translation>
    </message>
    <message>
        <source>is empty; a scheduled order needs its appointment</source>
        <translation>为空；已预约的工单需要预约时间</translation>
    </message>
    <message>
        <source>is empty; a scheduled order was agreed with the customer</source>
        <translation>为空；已预约的工单应有与客户联系的时间</translation>
    </message>
    <message>
        <source>is empty; an order %1 needs the arrival time</source>
        <translation>为空；状态为 %1 的工单需要到达时间</translation>
    </message>
    <message>
        <source>is set, but the order is %1</source>
        <translation>已填写，但工单状态为 %1</translation>
    </message>
    <message>
        <source>is empty; a completed order needs its completion time</source>
        <translation>为空；已完工的工单需要完工时间</translation>
    </message>
    <message>
        <source>is filled in, but the order is not completed</source>
        <translation>已填写，但工单尚未完工</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>在文件中出现了两次</translation>
    </message>
    <message>
        <source>there is no area “%1”</source>
        <translation>不存在区域“%1”</translation>
    </message>
    <message>
        <source>there is no team “%1”</source>
        <translation>不存在班组“%1”</translation>
    </message>
    <message>
        <source>there is no technician “%1”</source>
        <translation>不存在技术员“%1”</translation>
    </message>
    <message>
        <source>the technician is in the team “%1”, not “%2”</source>
        <translation>该技术员属于班组“%1”，不属于“%2”</translation>
    </message>
    <message>
        <source>the order is already %1 in FiberDesk; the file says %2 (an older export?)</source>
        <translation>该工单在 FiberDesk 中已是 %1；文件中为 %2（可能是较早的导出？）</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else during the import; nothing was written.</source>
        <translation>导入期间工单 %1 被他人修改，未写入任何数据。</translation>
    </message>
    <message>
        <source>is yes, but a removal takes the service away: leave it empty</source>
        <translation>为 yes，但拆机即撤除业务：请留空</translation>
    </message>
    <message>
        <source>is filled in, but a removal has no FTTH test: leave it empty</source>
        <translation>已填写，但拆机没有 FTTH 测试：请留空</translation>
    </message>
    <message>
        <source>is filled in, but only a removal collects the ONT: leave it empty for a %1</source>
        <translation>已填写，但只有拆机才收回 ONT：类型为 %1 的工单请留空</translation>
    </message>
    <message>
        <source>a completed removal says whether the ONT was collected: add the column ont_collected (yes or no)</source>
        <translation>已完成的拆机须注明是否收回 ONT：请添加 ont_collected 列（yes 或 no）</translation>
    </message>
</context>
<context>
    <name>fd::OrderKind</name>
    <message>
        <source>Install</source>
        <translation>装机</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移机</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>拆机</translation>
    </message>
</context>
<context>
    <name>fd::OrderRepository</name>
    <message>
        <source>The board&apos;s page does not follow the sort it was read in.</source>
        <translation>看板的这一页与读取时的排序不一致。</translation>
    </message>
</context>
<context>
    <name>fd::OrderService</name>
    <message>
        <source>Order %1 is %2; it cannot be %3.</source>
        <translation>工单 %1 的状态为“%2”，不能%3。</translation>
    </message>
    <message>
        <source>There is no area “%1”.</source>
        <translation>不存在区域“%1”。</translation>
    </message>
    <message>
        <source>There is no team “%1”.</source>
        <translation>不存在班组“%1”。</translation>
    </message>
    <message>
        <source>There is no technician “%1”.</source>
        <translation>不存在技术员“%1”。</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>不存在工单“%1”。</translation>
    </message>
    <message>
        <source>Order %1 was changed by %2 at %3 after you opened it. Your change was not saved; reload the order and make it again.</source>
        <translation>您打开工单 %1 后，%2 于 %3 修改了它。您的修改未保存，请重新加载工单后再操作。</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else while you were saving. Your change was not saved; reload the order and make it again.</source>
        <translation>保存时工单 %1 已被他人修改。您的修改未保存，请重新加载工单后再操作。</translation>
    </message>
    <message>
        <source>There is already an order “%1”.</source>
        <translation>工单“%1”已存在。</translation>
    </message>
    <message>
        <source>The area “%1” is deactivated; it takes no new orders.</source>
        <translation>区域“%1”已停用，不再接收新工单。</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>The team “%1” is deactivated.</source>
        <translation>班组“%1”已停用。</translation>
    </message>
    <message>
        <source>The unit “%1” (%2) is %3 and cannot be given new orders (SPEC §4).</source>
        <translation>单位“%1”（%2）当前为%3状态，不能派发新工单（SPEC §4）。</translation>
    </message>
    <message>
        <source>The technician %1 (%2) is in the team “%3”, not “%4”.</source>
        <translation>技术员 %1（%2）属于班组“%3”，不属于“%4”。</translation>
    </message>
    <message>
        <source>The technician %1 (%2) is not active.</source>
        <translation>技术员 %1（%2）不在岗。</translation>
    </message>
    <message>
        <source>The team “%1” does not cover the area “%2”.</source>
        <translation>班组“%1”不覆盖区域“%2”。</translation>
    </message>
    <message>
        <source>%1 short by %2</source>
        <translation>%1 缺 %2</translation>
    </message>
    <message>
        <source>areas without a team: %1</source>
        <translation>无班组覆盖的区域：%1</translation>
    </message>
    <message>
        <source>The unit “%1” does not meet the allocation rules: %2.</source>
        <translation>单位“%1”不满足配置规则：%2。</translation>
    </message>
    <message>
        <source>given an appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>marked as arrived</source>
        <translation>登记到达</translation>
    </message>
    <message>
        <source>completed before the technician is on site</source>
        <translation>在技术员到场前完工</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the order.</source>
        <translation>请填写取消工单的原因。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>An exemption needs a note saying why.</source>
        <translation>豁免需要填写原因说明。</translation>
    </message>
    <message>
        <source>exempted</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>不存在单位“%1”。</translation>
    </message>
    <message>
        <source>taken back from its team</source>
        <translation>从其班组收回</translation>
    </message>
    <message>
        <source>left without an appointment</source>
        <translation>取消预约</translation>
    </message>
</context>
<context>
    <name>fd::OrderStatus</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>fd::OrganisationData</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fd::OrganisationPage</name>
    <message>
        <source>The organisation could not be read: %1</source>
        <translation>无法读取组织信息：%1</translation>
    </message>
</context>
<context>
    <name>fd::OutputFile</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>No output file was named.</source>
        <translation>未指定输出文件。</translation>
    </message>
    <message>
        <source>“%1” names a folder, not a file to write.</source>
        <translation>“%1”指的是文件夹，而不是要写入的文件。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>无法写入“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>“%1” is the database FiberDesk has open; an export cannot be written over it.</source>
        <translation>“%1”是 FiberDesk 正在使用的数据库；导出文件不能覆盖它。</translation>
    </message>
    <message>
        <source>“%1” is a working file of the database FiberDesk has open; an export cannot be written over it.</source>
        <translation>“%1”是 FiberDesk 正在使用的数据库的工作文件；导出文件不能覆盖它。</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; FiberDesk writes only to a plain file. Name the file itself.</source>
        <translation>“%1”是符号链接；FiberDesk 只写入普通文件。请直接指定该文件。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file to write.</source>
        <translation>“%1”是文件夹，而不是要写入的文件。</translation>
    </message>
    <message>
        <source>“%1” is a device, not a file to write.</source>
        <translation>“%1”是设备，而不是要写入的文件。</translation>
    </message>
    <message>
        <source>“%1” is a pipe, not a file to write.</source>
        <translation>“%1”是管道，而不是要写入的文件。</translation>
    </message>
    <message>
        <source>“%1” is a socket, not a file to write.</source>
        <translation>“%1”是套接字，而不是要写入的文件。</translation>
    </message>
    <message>
        <source>“%1” is not a plain file.</source>
        <translation>“%1”不是普通文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1” to see what it is (%2); it was left as it is.</source>
        <translation>无法读取“%1”以确定其内容（%2）；已保持原样。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database; an export cannot be written over it.</source>
        <translation>“%1”是 SQLite 数据库；导出文件不能覆盖它。</translation>
    </message>
    <message>
        <source>“%1” is a working file of an SQLite database; an export cannot be written over it.</source>
        <translation>“%1”是 SQLite 数据库的工作文件；导出文件不能覆盖它。</translation>
    </message>
    <message>
        <source>“%1” already exists. Give --force to replace it.</source>
        <translation>“%1”已存在。如需替换，请加上 --force。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1.</source>
        <translation>无法写入文件：%1。</translation>
    </message>
</context>
<context>
    <name>fd::ParetoChart</name>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
</context>
<context>
    <name>fd::ParetoModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>complaint category under a bar</comment>
        <translation>迟到</translation>
    </message>
    <message>
        <source>No appt.</source>
        <comment>complaint category under a bar</comment>
        <translation>未预约</translation>
    </message>
    <message>
        <source>Attitude</source>
        <comment>complaint category under a bar</comment>
        <translation>态度</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>complaint category under a bar</comment>
        <translation>重复</translation>
    </message>
    <message>
        <source>Untidy</source>
        <comment>complaint category under a bar</comment>
        <translation>不整洁</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>complaint category under a bar</comment>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>fd::PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>fd::PlaceholderPage</name>
    <message>
        <source>This part of FiberDesk arrives in a later version. Until then, this version manages the organisation (units, areas, teams, technicians, equipment, assessments), checks it against the allocation rules and keeps the rules.</source>
        <translation>此功能将在 FiberDesk 后续版本中提供。目前本版本管理组织信息（单位、区域、班组、技术员、设备、考核），按配置规则核查，并保存规则。</translation>
    </message>
</context>
<context>
    <name>fd::PlanDialog</name>
    <message>
        <source>Plan the day</source>
        <translation>安排当天计划</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Why there</source>
        <translation>安排理由</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全部取消(&amp;N)</translation>
    </message>
    <message>
        <source>Book the ticked</source>
        <translation>预约已勾选项</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 orders without an agreed window can be booked; %3 cannot.&lt;br&gt;Late: &lt;b&gt;%4&lt;/b&gt; with this plan, %5 earliest-deadline-first. Credits at risk: &lt;b&gt;%6&lt;/b&gt; with this plan, %7 earliest-deadline-first.</source>
        <translation>%2 张无约定时段的工单中可预约 &lt;b&gt;%1&lt;/b&gt; 张；%3 张无法安排。&lt;br&gt;超时：本计划 &lt;b&gt;%4&lt;/b&gt; 张，最早到期优先 %5 张。面临的赔付：本计划 &lt;b&gt;%6&lt;/b&gt;，最早到期优先 %7。</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Every open order due by the end of tomorrow has an agreed window.</source>
        <translation>明天结束前到期的所有未结工单都已有约定时段。</translation>
    </message>
    <message numerus="yes">
        <source>Book %n ticked</source>
        <translation>
            <numerusform>预约 %n 项已勾选</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit owed</source>
        <translation>应付赔付</translation>
    </message>
</context>
<context>
    <name>fd::PlanService</name>
    <message>
        <source>The setting %1 is “%2”: it must be a whole number of minutes from %3 to %4.</source>
        <translation>设置 %1 的值为“%2”：必须是 %3 到 %4 之间的整数分钟。</translation>
    </message>
    <message>
        <source>The day plan needs a valid date (YYYY-MM-DD).</source>
        <translation>日计划需要有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The working hours of %1 are over: plan today or a later day.</source>
        <translation>%1 的工作时间已结束：请安排今天或之后的日期。</translation>
    </message>
    <message>
        <source>The order %1 is not in the plan that was proposed; nothing was booked.</source>
        <translation>工单 %1 不在所建议的计划中；未预约任何工单。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>不存在工单 %1。</translation>
    </message>
    <message>
        <source>The proposal for %1 was not booked, nor any other: %2</source>
        <translation>%1 的建议未能预约，其他建议也均未预约：%2</translation>
    </message>
</context>
<context>
    <name>fd::Quality</name>
    <message>
        <source>each criterion of the scoring form needs a name of its own</source>
        <translation>评分表的每个评分项都需要一个独有的名称</translation>
    </message>
    <message>
        <source>the criterion “%1” must be worth 1 to 100 points</source>
        <translation>评分项“%1”的分值必须在 1 到 100 分之间</translation>
    </message>
    <message>
        <source>the criteria of the scoring form add up to %1 points, not 100</source>
        <translation>评分表各评分项合计 %1 分，而不是 100 分</translation>
    </message>
    <message>
        <source>the criterion “%1” has no mark</source>
        <translation>评分项“%1”尚未打分</translation>
    </message>
    <message>
        <source>the criterion “%1” is marked %2; it is worth 0 to %3 points</source>
        <translation>评分项“%1”打了 %2 分；该项分值为 0 到 %3 分</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the scoring form</source>
        <translation>“%1”不是评分表中的评分项</translation>
    </message>
    <message>
        <source>Order %1 has no callback call that reached the customer; only a reached call is scored.</source>
        <translation>工单 %1 没有接通客户的回访电话；只有接通的电话才能评分。</translation>
    </message>
    <message>
        <source>The call of order %1 is not in %2&apos;s sample for %3; supervisors score the sampled calls.</source>
        <translation>工单 %1 的电话不在 %2 的 %3 抽样中；质检员只为抽样电话评分。</translation>
    </message>
    <message>
        <source>The rules&apos; scoring form cannot be used: %1. An evaluator changes it in Settings.</source>
        <translation>规则中的评分表无法使用：%1。请评估员在“设置”中修改。</translation>
    </message>
    <message>
        <source>The score was not saved: %1.</source>
        <translation>评分未保存：%1。</translation>
    </message>
    <message>
        <source>You have already scored the call of order %1; a score is not changed once given.</source>
        <translation>您已为工单 %1 的电话评过分；评分一经给出不可更改。</translation>
    </message>
    <message>
        <source>Greeting and identification</source>
        <translation>问候与身份确认</translation>
    </message>
    <message>
        <source>The agent greeted the customer, gave their name and the operator&apos;s, and checked they were speaking to the account holder.</source>
        <translation>坐席问候了客户，报出自己和运营商的名称，并确认对方是账户持有人。</translation>
    </message>
    <message>
        <source>All six questions asked neutrally</source>
        <translation>六个问题均中立提问</translation>
    </message>
    <message>
        <source>Every question was read as written, without suggesting an answer (no “the technician cleaned up, didn&apos;t he?”).</source>
        <translation>每个问题都按原文宣读，没有暗示答案（不说“技术员打扫干净了，对吧？”）。</translation>
    </message>
    <message>
        <source>Answers recorded as given</source>
        <translation>如实记录回答</translation>
    </message>
    <message>
        <source>What was recorded is what the customer said, question by question, with the satisfaction score the customer gave.</source>
        <translation>记录的就是客户逐题所说的内容，以及客户给出的满意度。</translation>
    </message>
    <message>
        <source>Courtesy</source>
        <translation>礼貌</translation>
    </message>
    <message>
        <source>Polite, patient and clear; the customer was let to finish.</source>
        <translation>礼貌、耐心、清晰；让客户把话说完。</translation>
    </message>
    <message>
        <source>Closing and complaint handling</source>
        <translation>结束语与投诉处理</translation>
    </message>
    <message>
        <source>A complaint was taken down and explained; the call ended with thanks and what happens next.</source>
        <translation>投诉已记录并说明处理方式；通话以致谢和后续安排结束。</translation>
    </message>
</context>
<context>
    <name>fd::QualityAgentModel</name>
    <message>
        <source>z %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>No other agent reached a customer of the same units, so there is nothing to compare with: not tested.</source>
        <translation>没有其他坐席接通过同一单位的客户，无从比较：未检验。</translation>
    </message>
    <message>
        <source>Every answer on both sides is the same, so there is no difference to test: not flagged.</source>
        <translation>双方的回答全部相同，没有差异可检验：未标记。</translation>
    </message>
    <message>
        <source>z = %1: flagged. The difference is at least 3 standard errors with %2 or more calls on each side, far more than chance gives: listen to this agent&apos;s calls on this question.</source>
        <translation>z = %1：已标记。差异至少为 3 个标准误，且双方各有 %2 次以上通话，远超偶然：请监听该坐席在此问题上的通话。</translation>
    </message>
    <message>
        <source>z = %1, but with fewer than %2 calls on one side that is too little to judge: not flagged.</source>
        <translation>z = %1，但一方通话少于 %2 次，不足以判断：未标记。</translation>
    </message>
    <message>
        <source>z = %1: not flagged; a difference under 3 standard errors can be chance.</source>
        <translation>z = %1：未标记；小于 3 个标准误的差异可能是偶然。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on “%2”: %3 yes of %4 calls (%5).
The other agents, on calls about the same units: %6 yes of %7 (%8).
%9</source>
        <translation>%1 在“%2”上：%4 次通话中 %3 次回答“是”（%5）。
其他坐席在同一单位的通话：%7 次中 %6 次“是”（%8）。
%9</translation>
    </message>
    <message>
        <source>Average of the scored calls (%1), out of 100.</source>
        <translation>已评分通话（%1 次）的平均分，满分 100。</translation>
    </message>
    <message>
        <source>No call of %1&apos;s sample has been scored yet.</source>
        <translation>%1 的抽样通话尚未评分。</translation>
    </message>
    <message>
        <source>%1 is flagged on no question: the answers to %1&apos;s calls are in line with the other agents&apos; on the same units.</source>
        <translation>%1 在任何问题上均未被标记：其通话的回答与同一单位其他坐席的一致。</translation>
    </message>
    <message>
        <source>%1&apos;s customers answer some questions markedly differently from the other agents&apos; customers of the same units (|z| ≥ 3): the calls may lead customers towards an answer. Listen to them; hover over a red question for the figures.</source>
        <translation>%1 的客户在某些问题上的回答与同一单位其他坐席的客户明显不同（|z| ≥ 3）：通话可能在诱导客户回答。请监听；将鼠标移到红色问题上查看数据。</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1“是”</translation>
    </message>
    <message>
        <source>Share of “yes” answers to “%1”. Red: the agent is flagged on it, its yes-rate differs from the other agents&apos; on the same units by |z| ≥ 3 (a two-proportion z-test) with at least %2 calls on each side.</source>
        <translation>对“%1”回答“是”的比例。红色：该坐席在此问题上被标记，其“是”比例与同一单位其他坐席相差 |z| ≥ 3（双比例 z 检验），且双方各至少 %2 次通话。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Monitor score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>Yes, all questions</source>
        <translation>“是”（全部问题）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Thanks letters</source>
        <translation>表扬信</translation>
    </message>
    <message>
        <source>Flagged questions</source>
        <translation>被标记的问题</translation>
    </message>
    <message>
        <source>The callback agent who reached the customer</source>
        <translation>接通客户的回访坐席</translation>
    </message>
    <message>
        <source>Calls of the month that reached the customer</source>
        <translation>本月接通客户的通话</translation>
    </message>
    <message>
        <source>Calls a supervisor has scored, of those drawn at random (the same draw every time) from the agent&apos;s reached calls for monitoring</source>
        <translation>质检员已评分的通话 / 从该坐席的接通通话中随机抽取（每次抽取结果相同）用于质检的通话</translation>
    </message>
    <message>
        <source>Average monitor score of the scored calls, out of 100; a call scored by several supervisors counts with their mean</source>
        <translation>已评分通话的平均质检得分，满分 100；多名质检员评分的通话按其平均分计</translation>
    </message>
    <message>
        <source>Share of “yes” answers over all six questions</source>
        <translation>六个问题中回答“是”的比例</translation>
    </message>
    <message>
        <source>Average satisfaction the customers gave, 0 to 10</source>
        <translation>客户给出的平均满意度，0 到 10</translation>
    </message>
    <message>
        <source>Thanks letters (commendations) customers gave on these calls</source>
        <translation>客户在这些通话中给出的表扬信（表扬）</translation>
    </message>
    <message>
        <source>Questions on which the agent&apos;s customers answer markedly differently from the other agents&apos; customers of the same units (|z| ≥ 3 with at least %1 calls on each side): the calls may lead customers towards an answer</source>
        <translation>该坐席的客户回答与同一单位其他坐席的客户明显不同的问题（|z| ≥ 3，双方各至少 %1 次通话）：通话可能在诱导客户回答</translation>
    </message>
</context>
<context>
    <name>fd::QualityPage</name>
    <message>
        <source>Monitor score: the supervisors&apos; marks for the calls drawn, out of 100. Red: a question on which the agent&apos;s customers answer markedly differently from the other agents&apos; customers of the same units (|z| ≥ 3 with at least %1 calls on each side), so the calls may lead them. Hover over a cell for its figures.</source>
        <translation>质检得分：质检员对抽取通话的评分，满分 100。红色：该坐席的客户在此问题上的回答与同一单位其他坐席的客户明显不同（|z| ≥ 3，双方各至少 %1 次通话），通话可能在诱导客户。将鼠标移到单元格上查看数据。</translation>
    </message>
    <message>
        <source>Calibration: do the supervisors score alike?</source>
        <translation>校准：质检员评分是否一致？</translation>
    </message>
    <message>
        <source>Do the monitor scores agree with the customers?</source>
        <translation>质检得分与客户评价是否一致？</translation>
    </message>
    <message>
        <source>Monitor score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>Yes answers (%)</source>
        <translation>“是”回答（%）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>The team&apos;s monitor score and share of yes answers, month by month. A monitor score falling while the yes answers rise is worth a listen.</source>
        <translation>全体坐席逐月的质检得分和“是”回答比例。质检得分下降而“是”回答上升时，值得监听。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Score a call…</source>
        <translation>为通话评分…</translation>
    </message>
    <message>
        <source>Listen to a call drawn for monitoring this month and mark it on the scoring form</source>
        <translation>监听本月抽取的质检通话，并在评分表上评分</translation>
    </message>
    <message>
        <source>Your role (%1) may not score calls; a callback supervisor does.</source>
        <translation>您的角色（%1）不能为通话评分；由回访质检员评分。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The month&apos;s agents, agent effect, calibration and units, as PDF, Excel workbook or CSV</source>
        <translation>本月的坐席、坐席效应、校准和单位，导出为 PDF、Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>The callback quality of %1 could not be read: %2</source>
        <translation>无法读取 %1 的回访质量：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — agents: %2 — calls reached: %3 — scored: %4 of %5 drawn — flagged agents: %6</source>
        <translation>%1 — 坐席：%2 — 接通通话：%3 — 已评分：%4 / 抽取 %5 — 被标记坐席：%6</translation>
    </message>
    <message>
        <source>No callback reached a customer in %1, so there is no call to monitor and no agent to compare. Choose a month in which the callback queue was worked.</source>
        <translation>%1 没有接通客户的回访，因此没有可质检的通话，也没有可比较的坐席。请选择有回访工作的月份。</translation>
    </message>
    <message>
        <source>Flagged: %1. These agents&apos; customers answer those questions markedly differently from the other agents&apos; customers of the same units, which is seldom chance: listen to their calls. The evaluation page shows, for each unit, how many of its callbacks they made.</source>
        <translation>被标记：%1。这些坐席的客户对这些问题的回答与同一单位其他坐席的客户明显不同，这很少是偶然：请监听其通话。考核页面显示每个单位有多少回访由他们完成。</translation>
    </message>
    <message>
        <source>No agent is flagged: on every question, each agent&apos;s customers answer like the other agents&apos; customers of the same units.</source>
        <translation>没有坐席被标记：每个问题上，各坐席客户的回答都与同一单位其他坐席的客户相当。</translation>
    </message>
    <message>
        <source>No agent can be tested yet: the comparison needs at least %1 calls of the agent and %1 of the others on the same units.</source>
        <translation>尚无法检验任何坐席：比较需要该坐席至少 %1 次通话，以及同一单位其他坐席至少 %1 次通话。</translation>
    </message>
    <message>
        <source>The month is under way: the figures change as calls are made and scored.</source>
        <translation>本月尚未结束：数据会随通话和评分而变化。</translation>
    </message>
    <message>
        <source>No call of %1 has been scored yet. Calibration compares supervisors who scored the same call, so it needs calls scored by two supervisors or more.</source>
        <translation>%1 尚无通话被评分。校准比较的是对同一通话评分的质检员，因此需要由两名或以上质检员评分的通话。</translation>
    </message>
    <message>
        <source>No call of %1 has been scored by two supervisors yet. Calibration compares supervisors who scored the same call: have a second supervisor score some calls already scored.</source>
        <translation>%1 尚无由两名质检员评分的通话。校准比较的是对同一通话评分的质检员：请第二名质检员为一些已评分的通话再评分。</translation>
    </message>
    <message>
        <source>Calls scored by two supervisors or more: %1. Their scores differ by %2 points on average (highest minus lowest).</source>
        <translation>由两名或以上质检员评分的通话：%1。其评分平均相差 %2 分（最高减最低）。</translation>
    </message>
    <message>
        <source>No call&apos;s scores differ by more than %1 points.</source>
        <translation>没有通话的评分相差超过 %1 分。</translation>
    </message>
    <message>
        <source>Scores more than %1 points apart, to listen to together: %2.</source>
        <translation>评分相差超过 %1 分、需一起监听的通话：%2。</translation>
    </message>
    <message>
        <source>Not measured for %1: it needs at least two agents with %2 scored calls or more (this month: %3).</source>
        <translation>%1 未计算：至少需要两名各有 %2 次以上已评分通话的坐席（本月：%3）。</translation>
    </message>
    <message>
        <source>Not measured for %1: the agents&apos; monitor scores or their customers&apos; satisfaction are all the same, so there is nothing to relate.</source>
        <translation>%1 未计算：各坐席的质检得分或其客户满意度全部相同，无可关联。</translation>
    </message>
    <message>
        <source>Agents the supervisors score higher also have more satisfied customers: monitoring and customers agree.</source>
        <translation>质检员评分较高的坐席，其客户也更满意：质检与客户评价一致。</translation>
    </message>
    <message>
        <source>Agents the supervisors score higher tend to have more satisfied customers, but only loosely.</source>
        <translation>质检员评分较高的坐席，其客户往往更满意，但关系较弱。</translation>
    </message>
    <message>
        <source>No clear relation: the form may measure what customers do not notice, or the supervisors may not score alike.</source>
        <translation>没有明显关系：评分表衡量的可能是客户注意不到的方面，或质检员评分标准不一致。</translation>
    </message>
    <message>
        <source>Customers are less satisfied with the agents the supervisors score higher: review the form and the calibration.</source>
        <translation>质检员评分较高的坐席，其客户反而不太满意：请检查评分表和校准。</translation>
    </message>
    <message>
        <source>Correlation of each agent&apos;s monitor score with the satisfaction of the agent&apos;s customers (agents with %1 scored calls or more): r = %2, from −1 to 1.</source>
        <translation>各坐席质检得分与其客户满意度的相关系数（已评分通话达 %1 次以上的坐席）：r = %2，范围 −1 到 1。</translation>
    </message>
    <message>
        <source>Trend: %1 to %2</source>
        <translation>趋势：%1 至 %2</translation>
    </message>
    <message>
        <source>No callback reached a customer from %1 to %2: there is no trend to draw.</source>
        <translation>%1 至 %2 没有接通客户的回访：无趋势可绘制。</translation>
    </message>
    <message>
        <source>Monitor scores saved for %1: %2.</source>
        <translation>已保存 %1 的质检评分：%2 条。</translation>
    </message>
    <message>
        <source>Export the callback quality of %1</source>
        <translation>导出 %1 的回访质量</translation>
    </message>
    <message>
        <source>Saved the callback quality of %1 to %2.</source>
        <translation>已将 %1 的回访质量保存到 %2。</translation>
    </message>
</context>
<context>
    <name>fd::QualitySampleModel</name>
    <message>
        <source>nobody yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>接通日期</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>评分人</translation>
    </message>
</context>
<context>
    <name>fd::QualityScoreDialog</name>
    <message>
        <source>Score a call — %1</source>
        <translation>为通话评分 — %1</translation>
    </message>
    <message>
        <source>Calls drawn for monitoring</source>
        <translation>抽取的质检通话</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Only calls I have not scored</source>
        <translation>仅显示我未评分的通话</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Recording reference</source>
        <translation>录音编号</translation>
    </message>
    <message>
        <source>Where the telephony system keeps the call&apos;s recording, so that anyone can listen to what was scored.</source>
        <translation>电话系统中该通话录音的位置，便于任何人监听被评分的内容。</translation>
    </message>
    <message>
        <source>Scoring form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Your role (%1) may not score calls; a callback supervisor does.</source>
        <translation>您的角色（%1）不能为通话评分；由回访质检员评分。</translation>
    </message>
    <message>
        <source>The calls to score cannot be shown: %1</source>
        <translation>无法显示待评分的通话：%1</translation>
    </message>
    <message>
        <source>Listen to the recording of a call drawn for %1, then mark each criterion. A score is given once and is not changed afterwards; the figures on the quality page take it at once.</source>
        <translation>监听 %1 抽取的通话录音，然后逐项评分。评分只能给一次，之后不能更改；质量页面的数据会立即采用。</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>Rules version %1. Type the points each criterion earned, from 0 to its maximum.</source>
        <translation>规则版本 %1。输入每项标准得分，从 0 到其满分。</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Showing %1 of the %2 calls drawn for %3</source>
        <translation>显示 %3 抽取的 %2 次通话中的 %1 次</translation>
    </message>
    <message>
        <source>No call was drawn for %1: no callback reached a customer that month.</source>
        <translation>%1 没有抽取通话：该月没有接通客户的回访。</translation>
    </message>
    <message>
        <source>You have scored every call drawn for %1 that is listed. Untick “Only calls I have not scored” to see them all.</source>
        <translation>您已为 %1 列出的所有抽取通话评分。取消勾选“仅显示我未评分的通话”可查看全部。</translation>
    </message>
    <message>
        <source>Choose a call in the list.</source>
        <translation>请在列表中选择一个通话。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2 · completed %3</source>
        <translation>&lt;b&gt;工单 %1&lt;/b&gt; · %2 · 完工 %3</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <source>technician %1</source>
        <translation>技术员 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · unit %2</source>
        <translation>&lt;b&gt;工单 %1&lt;/b&gt; · 单位 %2</translation>
    </message>
    <message>
        <source>Called by &lt;b&gt;%1&lt;/b&gt;, reached %2</source>
        <translation>回访坐席 &lt;b&gt;%1&lt;/b&gt;，接通于 %2</translation>
    </message>
    <message>
        <source>Not scored by any supervisor yet.</source>
        <translation>尚无质检员评分。</translation>
    </message>
    <message>
        <source>Already scored by: %1</source>
        <translation>已评分：%1</translation>
    </message>
    <message>
        <source>The answers as recorded</source>
        <translation>记录的回答</translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 10 · thanks letter: %2</source>
        <translation>满意度：%1 / 10 · 表扬信：%2</translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation>备注：“%1”</translation>
    </message>
    <message>
        <source>e.g. REC-%1</source>
        <translation>例如 REC-%1</translation>
    </message>
    <message>
        <source>Score: %1 of 100</source>
        <translation>得分：%1 / 100</translation>
    </message>
    <message>
        <source>Score: %1 so far; criteria still to mark: %2</source>
        <translation>得分：目前 %1；待评分标准：%2</translation>
    </message>
    <message>
        <source>Choose a call in the list first.</source>
        <translation>请先在列表中选择一个通话。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of points for “%2”.</source>
        <translation>“%1”不是“%2”的整数分。</translation>
    </message>
    <message>
        <source>Saved: the call of order %1 (%2) scored %3 of 100.</source>
        <translation>已保存：工单 %1（%2）的通话得分 %3 / 100。</translation>
    </message>
</context>
<context>
    <name>fd::QualitySupervisorModel</name>
    <message>
        <source>No call %1 scored was scored by another supervisor too.</source>
        <translation>%1 评分的通话均没有其他质检员评分。</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Calls scored</source>
        <translation>已评分通话</translation>
    </message>
    <message>
        <source>Deviation from the others</source>
        <translation>与他人的偏差</translation>
    </message>
    <message>
        <source>On the calls other supervisors scored too: how far this supervisor&apos;s score is from the call&apos;s mean, on average, in points. Large: this supervisor scores differently from the others.</source>
        <translation>在其他质检员也评分的通话上：该质检员的评分与该通话平均分的平均差距（分）。数值大：该质检员的评分与他人不同。</translation>
    </message>
</context>
<context>
    <name>fd::RecordTab</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>回车或双击</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>已重新启用 %1。</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>行数：%1 / %2</translation>
    </message>
</context>
<context>
    <name>fd::ReopenDialog</name>
    <message>
        <source>Reopen the evaluation of %1</source>
        <translation>重新打开 %1 的考核</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: final, total %4</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;，%3：已定稿，总分 %4</translation>
    </message>
    <message>
        <source>The month goes back to draft: its figures are computed again from the data as it stands, and it must be finalized again. If finalizing it ended the unit&apos;s contract, the contract is restored until then. Only an admin may reopen.</source>
        <translation>该月退回草稿：按当前数据重新计算得分，之后须再次定稿。若当初定稿导致该单位合同终止，合同将恢复，直至再次定稿。只有管理员可以重新打开。</translation>
    </message>
    <message>
        <source>Why; this goes into the audit log</source>
        <translation>原因；将记入审计日志</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>fd::Report</name>
    <message>
        <source>Monthly evaluation of the maintenance units</source>
        <translation>维护单位月度考核</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Adjust.</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>%1 考核</translation>
    </message>
    <message>
        <source>Final: rules version %1, finalized %2 by %3.</source>
        <translation>已定稿：规则版本 %1，由 %3 于 %2 定稿。</translation>
    </message>
    <message>
        <source>Draft: computed now with rules version %1; it may still change.</source>
        <translation>草稿：按规则版本 %1 现时计算，仍可能变化。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <source>%1 of %2 orders due this month on time (%3)</source>
        <translation>本月到期的 %2 张工单中 %1 张准时（%3）</translation>
    </message>
    <message>
        <source>Maintenance quality</source>
        <translation>维护质量</translation>
    </message>
    <message>
        <source>%1 repeat faults among %2 repairs received (%3)</source>
        <translation>受理的 %2 张维修单中重复故障 %1 张（%3）</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>%1 of %2 answers yes in %3 callbacks; %4 complaints cost %5 points</source>
        <translation>%3 次回访的 %2 个回答中 %1 个为“是”；%4 个投诉扣 %5 分</translation>
    </message>
    <message>
        <source>Machine-room management</source>
        <translation>机房管理</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <source>entered after inspection</source>
        <translation>检查后录入</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>below %1: a strike</source>
        <translation>低于 %1：不合格</translation>
    </message>
    <message>
        <source>%1 or more: no strike</source>
        <translation>不低于 %1：合格</translation>
    </message>
    <message>
        <source>The 80-point rule</source>
        <translation>80 分规则</translation>
    </message>
    <message>
        <source>When a month is finalized, the strikes of the unit among its finalized months in the %1 months ending with it are counted, leaving out months that ended before its last reinstatement. At %2 strikes the contract ends and the unit must rectify and pass a retraining assessment.</source>
        <translation>某月定稿时，统计该单位截至该月的 %1 个月内已定稿月份中的不合格次数，不计其最近一次恢复之前已结束的月份。达到 %2 次即终止合同，单位须整改并通过复训考核。</translation>
    </message>
    <message>
        <source>Strikes in the window: %1. Status: %2.</source>
        <translation>统计期内不合格次数：%1。状态：%2。</translation>
    </message>
    <message>
        <source>Must rectify by %1.</source>
        <translation>须在 %1 前完成整改。</translation>
    </message>
    <message>
        <source>Monthly evaluation %1</source>
        <translation>月度考核 %1</translation>
    </message>
    <message>
        <source>No finalized month yet</source>
        <translation>尚无已定稿月份</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>draft, figures may still change</source>
        <translation>草稿，数据仍可能变化</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2: contract ended, must rectify by %3 (strikes in %4 months: %5).</source>
        <translation>%1 %2：合同已终止，须在 %3 前完成整改（%4 个月内不合格次数：%5）。</translation>
    </message>
    <message>
        <source>%1 %2: a warning, strikes in %3 months: %4; at %5 the contract ends.</source>
        <translation>%1 %2：警告，%3 个月内不合格次数：%4；达到 %5 次即终止合同。</translation>
    </message>
    <message>
        <source>No unit has a strike in the window.</source>
        <translation>统计期内没有单位不合格。</translation>
    </message>
    <message>
        <source>Points: timeliness out of %1, maintenance quality out of %2, customer service out of %3, machine-room management out of %4 (rules version %5). A total below %6 is a strike; %7 strikes within %8 months end the contract.</source>
        <translation>分值：及时率满分 %1，维护质量满分 %2，客户服务满分 %3，机房管理满分 %4（规则版本 %5）。总分低于 %6 即为不合格；%8 个月内不合格 %7 次即终止合同。</translation>
    </message>
    <message>
        <source>Total over the last %1 months (finalized)</source>
        <translation>最近 %1 个月（已定稿）的总分</translation>
    </message>
    <message>
        <source>Page %1 of %2 · printed by %3 on %4 · %5</source>
        <translation>第 %1 页，共 %2 页 · 由 %3 于 %4 打印 · %5</translation>
    </message>
    <message>
        <source>%1 of %2 orders due this month on time (%3), removals %4 of %5</source>
        <translation>本月到期的 %2 张工单中 %1 张准时（%3），其中拆机 %5 张中 %4 张准时</translation>
    </message>
    <message numerus="yes">
        <source>final, re-evaluation due for %n units after an upheld appeal</source>
        <translation>
            <numerusform>已定稿；因申诉成立，%n 个单位待重新评估</numerusform>
        </translation>
    </message>
    <message>
        <source>final, re-evaluation due</source>
        <translation>已定稿，待重新评估</translation>
    </message>
    <message>
        <source>Appeals against this month&apos;s counts</source>
        <translation>针对本月计数的申诉</translation>
    </message>
    <message>
        <source>An upheld appeal takes the item out of the count; in a finalized month the unit is then re-evaluated.</source>
        <translation>申诉成立的项目不再计入；若该月已定稿，该单位随后重新评估。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Order or complaint</source>
        <translation>工单或投诉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁决</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Re-evaluation due: an appeal against this month was upheld after it was finalized. The figures below are the finalized ones until an administrator reopens and re-finalizes the month.</source>
        <translation>待重新评估：本月定稿后有申诉成立。在管理员重新打开并再次定稿之前，以下数字仍为定稿时的数字。</translation>
    </message>
</context>
<context>
    <name>fd::ReportSave</name>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV UTF-8, comma separated (*.csv)</source>
        <translation>CSV UTF-8，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>CSV UTF-8, semicolon separated, decimal comma (*.csv)</source>
        <translation>CSV UTF-8，分号分隔，小数逗号 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>fd::Reports</name>
    <message>
        <source>Monthly evaluation %1</source>
        <translation>月度考核 %1</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Machine room</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation>不合格次数</translation>
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
        <source>Orders due</source>
        <translation>应完成工单</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复故障</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Yes answers</source>
        <translation>肯定回答</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>The evidence is a unit&apos;s: name the unit.</source>
        <translation>依据属于某个单位：请指定单位。</translation>
    </message>
    <message>
        <source>Evidence of %1, %2</source>
        <translation>%1 的依据，%2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Measured event</source>
        <translation>计量事件</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Staff caused</source>
        <translation>员工责任</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核实时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Daily bulletin %1</source>
        <translation>每日简报 %1</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Callbacks done</source>
        <translation>已完成回访</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>Complaints verified</source>
        <translation>核实投诉</translation>
    </message>
    <message>
        <source>Allocation compliance</source>
        <translation>配置达标情况</translation>
    </message>
    <message>
        <source>Subscribers projected by %1 %</source>
        <translation>用户数按 %1 % 预测</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>达标情况</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实有</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Uncovered areas</source>
        <translation>未覆盖区域</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Indicators %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>及时率 %</translation>
    </message>
    <message>
        <source>Repeat %</source>
        <translation>重复故障率 %</translation>
    </message>
    <message>
        <source>Reached %</source>
        <translation>回访成功率 %</translation>
    </message>
    <message>
        <source>%1 yes %</source>
        <translation>%1 肯定 %</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Per 1,000 orders</source>
        <translation>每千单</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Late orders</source>
        <translation>超时工单</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>The unit “%1” has no figures in %2.</source>
        <translation>单位“%1”在 %2 没有数据。</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>审计链头</translation>
    </message>
    <message>
        <source>Audit head %1</source>
        <translation>审计链头 %1</translation>
    </message>
    <message>
        <source>Removals due</source>
        <translation>到期拆机</translation>
    </message>
    <message>
        <source>Removals on time</source>
        <translation>准时拆机</translation>
    </message>
    <message>
        <source>There is no report of this kind.</source>
        <translation>没有这种报告。</translation>
    </message>
    <message>
        <source>Callback quality %1</source>
        <translation>回访质量 %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Monitor score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>Yes %</source>
        <translation>“是” %</translation>
    </message>
    <message>
        <source>Flagged questions</source>
        <translation>被标记的问题</translation>
    </message>
    <message>
        <source>Thanks letters</source>
        <translation>表扬信</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Agent effect</source>
        <translation>坐席效应</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Agent&apos;s yes</source>
        <translation>坐席“是”数</translation>
    </message>
    <message>
        <source>Agent&apos;s calls</source>
        <translation>坐席通话数</translation>
    </message>
    <message>
        <source>Others&apos; yes</source>
        <translation>他人“是”数</translation>
    </message>
    <message>
        <source>Others&apos; calls</source>
        <translation>他人通话数</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Calls scored by several</source>
        <translation>多人评分通话</translation>
    </message>
    <message>
        <source>Mean spread</source>
        <translation>平均极差</translation>
    </message>
    <message>
        <source>Flagged calls (spread above 10)</source>
        <translation>被标记通话（极差超过 10）</translation>
    </message>
    <message>
        <source>Monitor score against satisfaction (Pearson r)</source>
        <translation>质检得分与满意度（皮尔逊 r）</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Calls scored</source>
        <translation>已评分通话</translation>
    </message>
    <message>
        <source>Mean deviation from the others</source>
        <translation>与他人的平均偏差</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Calls by flagged agents</source>
        <translation>被标记坐席的通话</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>裁定人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Regulatory indicators</source>
        <translation>监管指标</translation>
    </message>
    <message>
        <source>Installs completed</source>
        <translation>已完成装机</translation>
    </message>
    <message>
        <source>Supply p50 (h)</source>
        <translation>装机 p50（小时）</translation>
    </message>
    <message>
        <source>Supply p95 (h)</source>
        <translation>装机 p95（小时）</translation>
    </message>
    <message>
        <source>Supply met %</source>
        <translation>装机按期 %</translation>
    </message>
    <message>
        <source>Repairs completed</source>
        <translation>已完成维修</translation>
    </message>
    <message>
        <source>Repair p80 (h)</source>
        <translation>维修 p80（小时）</translation>
    </message>
    <message>
        <source>Repair p95 (h)</source>
        <translation>维修 p95（小时）</translation>
    </message>
    <message>
        <source>Repair met %</source>
        <translation>维修按期 %</translation>
    </message>
    <message>
        <source>Faults per 100 subscribers</source>
        <translation>每百用户故障数</translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation>失约预约</translation>
    </message>
    <message>
        <source>Missed %</source>
        <translation>失约 %</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>已处理投诉</translation>
    </message>
    <message>
        <source>Resolution p80 (h)</source>
        <translation>处理 p80（小时）</translation>
    </message>
    <message>
        <source>Resolution p95 (h)</source>
        <translation>处理 p95（小时）</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>补偿金额</translation>
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
    <message>
        <source>Callback supervisor</source>
        <translation>回访质检员</translation>
    </message>
    <message>
        <source>Unit representative</source>
        <translation>单位代表</translation>
    </message>
</context>
<context>
    <name>fd::RoomScoreDialog</name>
    <message>
        <source>Machine-room score of %1</source>
        <translation>%1 的机房管理分</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;, %3</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;，%3</translation>
    </message>
    <message>
        <source>Points for machine-room management after the inspection, from 0 to %1. Every unit needs one before the month can be finalized.</source>
        <translation>检查后给出的机房管理分，0 到 %1 分。每个单位都须录入此分，当月才能定稿。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>What the inspection found</source>
        <translation>检查发现的情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>保存分数</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 至 %1</translation>
    </message>
    <message>
        <source>Type the machine-room points, from 0 to %1.</source>
        <translation>请输入机房管理得分，0 至 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a number of points; type one from 0 to %2.</source>
        <translation>“%1”不是有效的分数；请输入 0 至 %2 之间的数。</translation>
    </message>
</context>
<context>
    <name>fd::RuleService</name>
    <message>
        <source>“%1” is not a time zone this system knows. Give a name such as America/Lima, Europe/Madrid, Asia/Shanghai or UTC.</source>
        <translation>“%1”不是本系统已知的时区。请使用 America/Lima、Europe/Madrid、Asia/Shanghai 或 UTC 这样的名称。</translation>
    </message>
    <message>
        <source>There is no preset “%1”; the presets are %2.</source>
        <translation>没有名为“%1”的预设；可用的预设为 %2。</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>预设 %1</translation>
    </message>
    <message>
        <source>A holiday needs a date and a name.</source>
        <translation>节假日需要日期和名称。</translation>
    </message>
</context>
<context>
    <name>fd::RuleVersionModel</name>
    <message>
        <source>%1 (in force)</source>
        <translation>%1（现行）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The defaults</source>
        <translation>默认值</translation>
    </message>
</context>
<context>
    <name>fd::Rules</name>
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
    <message>
        <source>Same-day cut-off, in minutes after midnight (960 = 16:00)</source>
        <translation>当日截止时间，自零点起的分钟数（960 = 16:00）</translation>
    </message>
    <message>
        <source>An order is “due soon” this many minutes before its deadline</source>
        <translation>距时限不足此分钟数时，工单为“即将到期”</translation>
    </message>
    <message>
        <source>Lowest accepted ONT receive power (dBm)</source>
        <translation>ONT 接收光功率下限（dBm）</translation>
    </message>
    <message>
        <source>Highest accepted ONT receive power (dBm)</source>
        <translation>ONT 接收光功率上限（dBm）</translation>
    </message>
    <message>
        <source>Call attempts before a customer is unreachable</source>
        <translation>判定客户无法联系前的拨打次数</translation>
    </message>
    <message>
        <source>Minutes before calling again after no answer or busy</source>
        <translation>无人接听或占线后重拨的间隔分钟数</translation>
    </message>
    <message>
        <source>Points a verified staff-caused complaint costs the unit</source>
        <translation>经核实由维护人员造成的每个投诉扣减的分数</translation>
    </message>
    <message>
        <source>Points for timeliness</source>
        <translation>及时率分值</translation>
    </message>
    <message>
        <source>Points for maintenance quality</source>
        <translation>维护质量分值</translation>
    </message>
    <message>
        <source>Points for customer service</source>
        <translation>客户服务分值</translation>
    </message>
    <message>
        <source>Most points for machine-room management</source>
        <translation>机房管理最高分</translation>
    </message>
    <message>
        <source>A repair is a repeat when the account had a completed order this many days before</source>
        <translation>若该账号在此天数内有已完工工单，则该维修为重复故障</translation>
    </message>
    <message>
        <source>A monthly total below this is a strike</source>
        <translation>月度总分低于此值即为不合格</translation>
    </message>
    <message>
        <source>Months in which strikes are counted</source>
        <translation>统计不合格次数的月份数</translation>
    </message>
    <message>
        <source>Strikes in that window that end a unit&apos;s contract</source>
        <translation>统计期内导致合同终止的不合格次数</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row that lock a user name</source>
        <translation>连续登录失败多少次后锁定用户名</translation>
    </message>
    <message>
        <source>Minutes a locked user name waits before the next try</source>
        <translation>用户名锁定后需等待的分钟数</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Callbacks and complaints</source>
        <translation>回访与投诉</translation>
    </message>
    <message>
        <source>Monthly evaluation</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <source>Minutes in which an agent may correct a saved call</source>
        <translation>坐席可更正已保存回访的分钟数</translation>
    </message>
    <message>
        <source>Callback quality</source>
        <translation>回访质量</translation>
    </message>
    <message>
        <source>Calls of each agent a supervisor scores a month</source>
        <translation>质检员每月为每位坐席评分的电话数</translation>
    </message>
    <message>
        <source>Scoring form: greeting and identification</source>
        <translation>评分表：问候与身份说明</translation>
    </message>
    <message>
        <source>Scoring form: all six questions asked neutrally</source>
        <translation>评分表：六个问题均以中立方式提问</translation>
    </message>
    <message>
        <source>Scoring form: answers recorded as given</source>
        <translation>评分表：如实记录回答</translation>
    </message>
    <message>
        <source>Scoring form: courtesy</source>
        <translation>评分表：礼貌</translation>
    </message>
    <message>
        <source>Scoring form: closing and complaint handling</source>
        <translation>评分表：结束语与投诉处理</translation>
    </message>
    <message>
        <source>Service-level policy and credits</source>
        <translation>服务等级政策与补偿</translation>
    </message>
    <message>
        <source>Credit once for a late install or move</source>
        <translation>装机或移机逾期的一次性补偿</translation>
    </message>
    <message>
        <source>Credit per day a late repair is late</source>
        <translation>维修逾期每天的补偿</translation>
    </message>
    <message>
        <source>Most credit for one late repair</source>
        <translation>单张逾期维修单的补偿上限</translation>
    </message>
    <message>
        <source>Credit per day a late install or move is late</source>
        <translation>装机或移机逾期每天的补偿</translation>
    </message>
    <message>
        <source>Most per-day credit for one late install or move</source>
        <translation>单张逾期装机或移机单按天补偿的上限</translation>
    </message>
    <message>
        <source>Credit for a missed appointment (the technician came after the window, or never)</source>
        <translation>爽约补偿（技术员在预约时段结束后才到，或一直未到）</translation>
    </message>
    <message>
        <source>Deadline policy (0 = same day, 1 = working days)</source>
        <translation>时限政策（0 = 当日，1 = 工作日）</translation>
    </message>
    <message>
        <source>Working weekdays (Monday 1, Tuesday 2, Wednesday 4, Thursday 8, Friday 16, Saturday 32, Sunday 64, added up)</source>
        <translation>每周工作日（周一 1、周二 2、周三 4、周四 8、周五 16、周六 32、周日 64，相加）</translation>
    </message>
    <message>
        <source>Working days an install or a move has (working-days policy)</source>
        <translation>装机或移机的工作日时限（工作日政策）</translation>
    </message>
    <message>
        <source>Working days a repair has (working-days policy)</source>
        <translation>维修的工作日时限（工作日政策）</translation>
    </message>
    <message>
        <source>Working days a removal has (working-days policy)</source>
        <translation>拆机的工作日时限（工作日政策）</translation>
    </message>
    <message>
        <source>Same day: due by the end of the day of receipt, or 24 hours after the 16:00 cut-off; 20 once for a late install or move, 10 per started day for a late repair (at most 100).</source>
        <translation>当日：受理当天结束前完成，16:00 截止时间之后受理的则为 24 小时内；装机或移机逾期一次性补偿 20，维修逾期每开始一天补偿 10（最多 100）。</translation>
    </message>
    <message>
        <source>Working days, Monday to Friday less holidays: a repair within 2 working days, then 9.76 per calendar day late; 6.51 per calendar day a late install or move; 32.55 for a missed appointment.</source>
        <translation>工作日（周一至周五，节假日除外）：维修须在 2 个工作日内完成，之后每逾期一个自然日补偿 9.76；装机或移机每逾期一个自然日补偿 6.51；爽约补偿 32.55。</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>当日</translation>
    </message>
    <message>
        <source>An order is “stuck on site” when its team has been there this many minutes</source>
        <translation>班组在现场达到此分钟数时，工单即为“现场滞留”</translation>
    </message>
    <message>
        <source>Days after a month is finalized in which a unit may appeal its items</source>
        <translation>月度定稿后单位可就扣分项提出申诉的天数</translation>
    </message>
</context>
<context>
    <name>fd::RuntimeRole</name>
    <message>
        <source>--runtime-role is for a PostgreSQL database: a database file has no roles; protect it with the file&apos;s permissions.</source>
        <translation>--runtime-role 用于 PostgreSQL 数据库：数据库文件没有角色；请用文件权限保护它。</translation>
    </message>
    <message>
        <source>“%1” is not a role name FiberDesk accepts: lower-case letters, digits and _, starting with a letter.</source>
        <translation>“%1”不是 FiberDesk 接受的角色名：小写字母、数字和 _，以字母开头。</translation>
    </message>
    <message>
        <source>The server has no role “%1”: create it first (CREATE ROLE %1 LOGIN PASSWORD …).</source>
        <translation>服务器上没有角色“%1”：请先创建它（CREATE ROLE %1 LOGIN PASSWORD …）。</translation>
    </message>
    <message>
        <source>The runtime role must not be the role running init: the owner of the tables may always change them. Run init as the owner and name another role.</source>
        <translation>运行时角色不能是执行 init 的角色：表的所有者总能修改它们。请以所有者身份运行 init，并指定另一个角色。</translation>
    </message>
</context>
<context>
    <name>fd::Schedule</name>
    <message>
        <source>More jobs at once than the team has active technicians</source>
        <translation>同时进行的工作多于班组的在岗技术员</translation>
    </message>
    <message>
        <source>The window ends after the deadline</source>
        <translation>时段在截止时间之后结束</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>超出工作时间</translation>
    </message>
    <message>
        <source>The team does not cover the area</source>
        <translation>该班组不负责此区域</translation>
    </message>
    <message>
        <source>The team&apos;s unit is not active</source>
        <translation>该班组所属单位未处于有效状态</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleCommand</name>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>Not redone: %1</source>
        <translation>未重做：%1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleModel</name>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%n technicians</source>
        <translation>
            <numerusform>%n 名技术员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h booked</source>
        <translation>已排 %1 小时</translation>
    </message>
    <message>
        <source>Unit %1 · areas %2</source>
        <translation>单位 %1 · 区域 %2</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · deadline %4</source>
        <translation>%1
%2 · %3 · 截止 %4</translation>
    </message>
    <message>
        <source>Team / order</source>
        <translation>班组 / 工单</translation>
    </message>
    <message>
        <source>Technicians / window</source>
        <translation>技术员 / 时段</translation>
    </message>
    <message>
        <source>Booked / problems</source>
        <translation>已排 / 问题</translation>
    </message>
</context>
<context>
    <name>fd::SchedulePlanner</name>
    <message numerus="yes">
        <source>Book the day&apos;s plan (%n order(s))</source>
        <translation>
            <numerusform>预约当天计划（%n 张工单）</numerusform>
        </translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>预约 %1</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n order(s) of the day&apos;s plan.</source>
        <translation>
            <numerusform>已预约当天计划中的 %n 张工单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ScheduleService</name>
    <message>
        <source>The working hours in the settings (%1 “%2”, %3 “%4”) are not two times HH:mm, the first before the second.</source>
        <translation>设置中的工作时间（%1“%2”，%3“%4”）不是两个 HH:mm 格式的时间，或前者不早于后者。</translation>
    </message>
    <message>
        <source>There is no team with the code “%1”.</source>
        <translation>没有代码为“%1”的班组。</translation>
    </message>
    <message>
        <source>The schedule needs a valid date (YYYY-MM-DD).</source>
        <translation>排班需要有效的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>A booking of order %1 needs a team and a window whose end is after its start.</source>
        <translation>工单 %1 的预约需要一个班组和一个结束晚于开始的时段。</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>不存在工单“%1”。</translation>
    </message>
    <message>
        <source>The window of order %1 must end after it starts.</source>
        <translation>工单 %1 的时段必须在开始之后结束。</translation>
    </message>
    <message>
        <source>Order %1 cannot be given a window without a team.</source>
        <translation>工单 %1 没有班组，不能安排时段。</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you saw it; nothing was saved. Refresh and make the change again.</source>
        <translation>工单 %1 在您查看后已被他人修改；未保存任何内容。请刷新后重新操作。</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleTab</name>
    <message>
        <source>Book with problems?</source>
        <translation>有问题仍要预约？</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>仍然预约</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last booking (Ctrl+Z)</source>
        <translation>撤销上一次预约 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the booking undone (Ctrl+Shift+Z)</source>
        <translation>重做已撤销的预约 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Day sheet (PDF)…</source>
        <translation>日程单 (PDF)…</translation>
    </message>
    <message>
        <source>The chosen team&apos;s day, to take on the road</source>
        <translation>所选班组的当日安排，供外出携带</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Book (Enter)</source>
        <translation>预约 (Enter)</translation>
    </message>
    <message>
        <source>Assign the chosen order to the team and agree the window</source>
        <translation>将所选工单分派给班组并约定时段</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;due soon&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;on track&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;met&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%5&apos;&gt;⚠ red edge: a problem&lt;/span&gt; · &lt;span style=&apos;background:%6&apos;&gt;&amp;nbsp;shaded&amp;nbsp;&lt;/span&gt; more jobs than technicians · drag a block to move it, its right end to change its length</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;已逾期&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;即将到期&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;进度正常&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;已达标&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%5&apos;&gt;⚠ 红框：有问题&lt;/span&gt; · &lt;span style=&apos;background:%6&apos;&gt;&amp;nbsp;阴影&amp;nbsp;&lt;/span&gt; 同时工单多于技术员 · 拖动色块可移动，拖动其右端可改时长</translation>
    </message>
    <message>
        <source>Only dispatchers book orders</source>
        <translation>只有调度员可以预约工单</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>To book — every open order has a window</source>
        <translation>待预约 — 所有未结工单都已有时段</translation>
    </message>
    <message>
        <source>To book — the first %1 orders without a window, earliest deadline first</source>
        <translation>待预约 — 前 %1 个没有时段的工单，截止最早的在前</translation>
    </message>
    <message numerus="yes">
        <source>To book — %n orders without a window, earliest deadline first</source>
        <translation>
            <numerusform>待预约 — %n 个没有时段的工单，截止最早的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag an order onto a team at a time, or choose it, then the team and the start below, and press Enter.</source>
        <translation>将工单拖到某班组的某个时间；或选中工单，再在下方选择班组和开始时间，然后按 Enter。</translation>
    </message>
    <message>
        <source>Choose an order in the list to book first.</source>
        <translation>请先在列表中选择要预约的工单。</translation>
    </message>
    <message>
        <source>Choose the team that is to take order %1.</source>
        <translation>请选择承接工单 %1 的班组。</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>不存在工单“%1”。</translation>
    </message>
    <message>
        <source>order %1 for %2, %3</source>
        <translation>工单 %1，班组 %2，%3</translation>
    </message>
    <message>
        <source>Book %1? It would have these problems:</source>
        <translation>预约%1？将存在以下问题：</translation>
    </message>
    <message>
        <source>Not booked: %1.</source>
        <translation>未预约：%1。</translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>预约%1</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>已预约%1。</translation>
    </message>
    <message>
        <source>Booked despite: %1.</source>
        <translation>已预约，尽管存在：%1。</translation>
    </message>
    <message>
        <source>Choose a team for its day sheet.</source>
        <translation>请选择要打印日程单的班组。</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>保存日程单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the day sheet of %1 to %2.</source>
        <translation>已将 %1 的日程单保存到 %2。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>班组(&amp;M)</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>开始(&amp;A)</translation>
    </message>
    <message>
        <source>Le&amp;ngth</source>
        <translation>时长(&amp;N)</translation>
    </message>
    <message>
        <source>Plan the day…</source>
        <translation>安排当天计划…</translation>
    </message>
    <message>
        <source>Propose a team and a window for every order due by tomorrow that has none</source>
        <translation>为明天前到期且尚无时段的每张工单建议班组和时段</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleView</name>
    <message>
        <source>Team schedule</source>
        <translation>班组排程</translation>
    </message>
    <message>
        <source>No team matches the unit and area chosen.</source>
        <translation>没有符合所选单位和区域的班组。</translation>
    </message>
    <message>
        <source>Team · capacity</source>
        <translation>班组 · 人手</translation>
    </message>
    <message>
        <source>Proposed: order %1, %2
%3</source>
        <translation>建议：工单 %1，%2
%3</translation>
    </message>
</context>
<context>
    <name>fd::ScoreBreakdownModel</name>
    <message>
        <source>no order due this month: full points</source>
        <translation>本月无到期工单：得满分</translation>
    </message>
    <message>
        <source>on time %1 of %2 orders due (%3)</source>
        <translation>到期工单 %2 张中准时 %1 张（%3）</translation>
    </message>
    <message>
        <source>no repair received this month: full points</source>
        <translation>本月未受理维修单：得满分</translation>
    </message>
    <message>
        <source>%1 repeat faults among %2 repairs (%3)</source>
        <translation>%2 张维修单中重复故障 %1 张（%3）</translation>
    </message>
    <message>
        <source>nobody reached: full points before penalties</source>
        <translation>无接通回访：扣分前得满分</translation>
    </message>
    <message>
        <source>yes %1 of %2 answers in %3 callbacks (%4)</source>
        <translation>%3 次回访的 %2 个回答中“是” %1 个（%4）</translation>
    </message>
    <message>
        <source>%1; no complaint penalty</source>
        <translation>%1；无投诉扣分</translation>
    </message>
    <message>
        <source>not entered yet: required before finalizing</source>
        <translation>尚未录入：定稿前必须录入</translation>
    </message>
    <message>
        <source>entered after inspection</source>
        <translation>检查后录入</translation>
    </message>
    <message>
        <source>entered after inspection: %1</source>
        <translation>检查后录入：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>a strike unless the machine-room score is at least %1</source>
        <translation>除非机房管理分不低于 %1，否则不合格</translation>
    </message>
    <message>
        <source>below %1 whatever the machine-room score: a strike</source>
        <translation>无论机房管理分多少都低于 %1：不合格</translation>
    </message>
    <message>
        <source>%1 or more already: no strike</source>
        <translation>已不低于 %1：合格</translation>
    </message>
    <message>
        <source>below %1: a strike</source>
        <translation>低于 %1：不合格</translation>
    </message>
    <message>
        <source>%1 or more: no strike</source>
        <translation>不低于 %1：合格</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Maintenance quality</source>
        <translation>维护质量</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Machine-room management</source>
        <translation>机房管理</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Double-click for the evidence</source>
        <translation>双击查看依据</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>计数依据</translation>
    </message>
    <message>
        <source>on time %1 of %2 orders due (%3); removals on time %4 of %5</source>
        <translation>到期工单 %2 张中准时 %1 张（%3）；其中拆机 %5 张中准时 %4 张</translation>
    </message>
    <message>
        <source>%1 − %2 is below 0: %3</source>
        <translation>%1 − %2 低于 0：%3</translation>
    </message>
    <message>
        <source>%1 − %2 = %3</source>
        <translation>%1 − %2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln staff-caused complaint(s) −%2 points; %3</source>
        <translation>
            <numerusform>%1；%Ln 起员工责任投诉 −%2 分；%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ScoreFormat</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>fd::Screenshots</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>fd::Settings</name>
    <message>
        <source>The site-wide settings file %1 holds a database password, which every user of this machine can read; FiberDesk ignores it. Remove it from %2 there and give the password at sign-in or in FIBERDESK_DB_PASSWORD.</source>
        <translation>全站设置文件 %1 中写有数据库密码，本机每个用户都能读取；FiberDesk 会忽略它。请从该文件的 %2 中删除密码，并在登录时或通过 FIBERDESK_DB_PASSWORD 提供密码。</translation>
    </message>
</context>
<context>
    <name>fd::SettingsPage</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Every threshold is a setting. Saving makes a new version; evaluations name the version they used, so older results never change.</source>
        <translation>每个阈值都是可设置的。保存即生成新版本；考核记录所用版本，因此以往结果不会改变。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Optional: why the rules change (contract clause, decision…)</source>
        <translation>可选：规则变更的原因（合同条款、决定等）</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Fills in the defaults; nothing is saved until “Save as new version”.</source>
        <translation>填入默认值；点击“另存为新版本”前不会保存。</translation>
    </message>
    <message>
        <source>Rule versions</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>Operator time zone</source>
        <translation>运营商时区</translation>
    </message>
    <message>
        <source>Days, months and the same-day cut-off are counted in this zone.</source>
        <translation>日期、月份和当日截止时间均按此时区计算。</translation>
    </message>
    <message>
        <source>The computer&apos;s zone (%1)</source>
        <translation>本机时区（%1）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Use another database…</source>
        <translation>使用其他数据库…</translation>
    </message>
    <message>
        <source>Version %1 is in force</source>
        <translation>现行版本为 %1</translation>
    </message>
    <message>
        <source>FiberDesk is counting days in %1.</source>
        <translation>FiberDesk 按 %1 计算日期。</translation>
    </message>
    <message>
        <source>Nothing changed; version %1 stays in force.</source>
        <translation>没有变化，版本 %1 继续有效。</translation>
    </message>
    <message>
        <source>Saved as version %1, now in force.</source>
        <translation>已保存为版本 %1，现已生效。</translation>
    </message>
    <message>
        <source>Rules version %1 saved.</source>
        <translation>已保存规则版本 %1。</translation>
    </message>
    <message>
        <source>Saved. FiberDesk counts days in %1 from its next start.</source>
        <translation>已保存。FiberDesk 下次启动后将按 %1 计算日期。</translation>
    </message>
    <message>
        <source>FiberDesk opens %1 the next time it starts.</source>
        <translation>FiberDesk 下次启动时将打开 %1。</translation>
    </message>
    <message>
        <source>Saved, but the FIBERDESK_DB environment variable names %1 and takes precedence.</source>
        <translation>已保存，但环境变量 FIBERDESK_DB 指定了 %1，且优先使用。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Automatic daily backups are off.</source>
        <translation>每日自动备份已关闭。</translation>
    </message>
    <message>
        <source>A compressed backup a day goes to %1; each is kept %2 days, and the last of each of the last %3 months.</source>
        <translation>每天一份压缩备份存放在 %1；每份保留 %2 天，另外保留最近 %3 个月中每月的最后一份。</translation>
    </message>
    <message>
        <source>Backups kept: %1, taking %2 on the disk.</source>
        <translation>保留的备份：%1 份，占用磁盘 %2。</translation>
    </message>
    <message>
        <source>The newest: %1 (%2).</source>
        <translation>最新的一份：%1（%2）。</translation>
    </message>
    <message>
        <source>Default: %1. Allowed: %2 to %3.</source>
        <translation>默认值：%1。允许范围：%2 至 %3。</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Service-level policy</source>
        <translation>服务等级政策</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Same day: by the end of the day of receipt, or 24 hours after the cut-off</source>
        <translation>当日：受理当天结束前，截止时间之后受理则为 24 小时内</translation>
    </message>
    <message>
        <source>Working days: a number of working days after the day of receipt</source>
        <translation>工作日：受理日之后的若干个工作日</translation>
    </message>
    <message>
        <source>Working weekdays</source>
        <translation>每周工作日</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>Fills in the preset&apos;s policy, days and credits; nothing is saved until “Save as new version”. Amounts can be changed afterwards.</source>
        <translation>填入预设的政策、天数和补偿；在点击“另存为新版本”之前不会保存。金额之后仍可修改。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Holidays in the calendar: %1. Import a holidays file (date,name) to add to it.</source>
        <translation>日历中的节假日：%1 个。导入节假日文件（date,name）即可添加。</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>接下来：%1。</translation>
    </message>
</context>
<context>
    <name>fd::SignInDialog</name>
    <message>
        <source>FiberDesk — create the administrator</source>
        <translation>FiberDesk — 创建管理员</translation>
    </message>
    <message>
        <source>FiberDesk — sign in</source>
        <translation>FiberDesk — 登录</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to FiberDesk&lt;/h3&gt;&lt;p&gt;This database has no users yet. Create the administrator: they will add the dispatchers, callback agents and evaluators.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 FiberDesk&lt;/h3&gt;&lt;p&gt;此数据库尚无用户。请创建管理员：由管理员添加调度员、回访员和考核员。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sign in to FiberDesk&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;登录 FiberDesk&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. Marta Ríos</source>
        <translation>例如 王秀英</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>fd::StatusHistoryDialog</name>
    <message>
        <source>Status history of %1</source>
        <translation>%1 的状态历史</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>登记考核…</translation>
    </message>
    <message>
        <source>A passed retraining reinstates a terminated unit from its date</source>
        <translation>复训考核通过后，被终止的单位自考核日期起恢复</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>不存在单位 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt; is &lt;b&gt;%3&lt;/b&gt;. Strikes in the window of its latest finalized month: %4.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt; 当前为&lt;b&gt;%3&lt;/b&gt;。截至其最近定稿月份的统计期内不合格次数：%4。</translation>
    </message>
    <message>
        <source>It must rectify by %1 and pass a retraining assessment to be reinstated.</source>
        <translation>须在 %1 前完成整改并通过复训考核，方可恢复。</translation>
    </message>
</context>
<context>
    <name>fd::StatusHistoryModel</name>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ended by month</source>
        <translation>终止所依据的月份</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
</context>
<context>
    <name>fd::TeamDayView</name>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时效</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>班组(&amp;M)</translation>
    </message>
</context>
<context>
    <name>fd::TeamDialog</name>
    <message>
        <source>Edit team %1</source>
        <translation>编辑班组 %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建班组</translation>
    </message>
    <message>
        <source>Covers areas</source>
        <translation>覆盖区域</translation>
    </message>
    <message>
        <source>A team covers only areas of its own unit. Every area needs at least one team.</source>
        <translation>班组只能覆盖本单位的区域。每个区域至少需要一个班组。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 subscribers)</source>
        <translation>%1 — %2（%3 户）</translation>
    </message>
    <message>
        <source>%1 · also covered by %2</source>
        <translation>%1 · 另由 %2 覆盖</translation>
    </message>
    <message>
        <source>%1 · no other team</source>
        <translation>%1 · 无其他班组</translation>
    </message>
    <message>
        <source>This unit serves no areas yet.</source>
        <translation>该单位尚未负责任何区域。</translation>
    </message>
</context>
<context>
    <name>fd::TeamModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Covers areas</source>
        <translation>覆盖区域</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Active technicians</source>
        <translation>在岗技术员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
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
    <name>fd::TeamsTab</name>
    <message>
        <source>Search code, name, unit, area (Ctrl+F)</source>
        <translation>搜索代码、名称、单位、区域（Ctrl+F）</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Saved the new team.</source>
        <translation>已保存新班组。</translation>
    </message>
    <message>
        <source>Saved team %1.</source>
        <translation>已保存班组 %1。</translation>
    </message>
</context>
<context>
    <name>fd::TechnicianDialog</name>
    <message>
        <source>Edit technician %1</source>
        <translation>编辑技术员 %1</translation>
    </message>
    <message>
        <source>New technician</source>
        <translation>新建技术员</translation>
    </message>
    <message>
        <source>e.g. +51 987 654 321</source>
        <translation>例如 138 1234 5678</translation>
    </message>
    <message>
        <source>Holds an FTTH tool kit</source>
        <translation>配有 FTTH 工具包</translation>
    </message>
</context>
<context>
    <name>fd::TechnicianModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
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
        <source>Every active technician needs an FTTH tool kit.</source>
        <translation>每名在岗技术员都需要一套 FTTH 工具包。</translation>
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
    <name>fd::TechniciansTab</name>
    <message>
        <source>Search code, name, team, unit, phone, permit (Ctrl+F)</source>
        <translation>搜索代码、姓名、班组、单位、电话、上岗证（Ctrl+F）</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Saved the new technician.</source>
        <translation>已保存新技术员。</translation>
    </message>
    <message>
        <source>Saved technician %1.</source>
        <translation>已保存技术员 %1。</translation>
    </message>
</context>
<context>
    <name>fd::TodaysCallbacks</name>
    <message>
        <source>Today&apos;s callback queue could not be prepared: %1</source>
        <translation>无法生成今天的回访队列：%1</translation>
    </message>
    <message>
        <source>No callbacks are due today.</source>
        <translation>今天没有需要回访的工单。</translation>
    </message>
    <message>
        <source>Today&apos;s callback queue: %1 calls, prepared earlier.</source>
        <translation>今天的回访队列：共 %1 个，此前已生成。</translation>
    </message>
    <message>
        <source>Today&apos;s callback queue is ready: %1 calls, %2 of them new.</source>
        <translation>今天的回访队列已生成：共 %1 个，其中新增 %2 个。</translation>
    </message>
</context>
<context>
    <name>fd::TrendChart</name>
    <message>
        <source>Final total</source>
        <translation>定稿总分</translation>
    </message>
    <message>
        <source>Draft total</source>
        <translation>草稿总分</translation>
    </message>
    <message>
        <source>Strike line %1</source>
        <translation>不合格线 %1</translation>
    </message>
</context>
<context>
    <name>fd::TrendModel</name>
    <message>
        <source>Month number</source>
        <translation>月序号</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>fd::UnbookedModel</name>
    <message>
        <source>%1 · %2 · %3 · %4
Drag it onto a team at a time, or choose the team and the time below and press Enter.</source>
        <translation>%1 · %2 · %3 · %4
将其拖到某班组的某个时间，或在下方选择班组和时间后按 Enter。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
</context>
<context>
    <name>fd::UnitDialog</name>
    <message>
        <source>Edit unit %1</source>
        <translation>编辑单位 %1</translation>
    </message>
    <message>
        <source>New maintenance unit</source>
        <translation>新建维护单位</translation>
    </message>
    <message>
        <source>e.g. U07</source>
        <translation>例如 U07</translation>
    </message>
    <message>
        <source>The status changes through assessments and “Change status…”, not here.</source>
        <translation>状态通过考核和“变更状态…”修改，不在此处。</translation>
    </message>
    <message>
        <source>A new unit starts as a candidate. It may receive work once it passes a qualification assessment.</source>
        <translation>新单位初始为候选状态，通过准入考核后才能接单。</translation>
    </message>
</context>
<context>
    <name>fd::UnitEvaluationPanel</name>
    <message>
        <source>Score and trend</source>
        <translation>得分与走势</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1: total of the %2 months to %3</source>
        <translation>%1：截至%3的 %2 个月总分</translation>
    </message>
    <message>
        <source>%1: no complaint received in %2</source>
        <translation>%1：%2 未收到投诉</translation>
    </message>
    <message>
        <source>%1: complaints received in %2 by category</source>
        <translation>%1：%2 收到的投诉（按类别）</translation>
    </message>
</context>
<context>
    <name>fd::UnitModel</name>
    <message>
        <source>Becomes active after passing a qualification assessment.</source>
        <translation>通过准入考核后转为正常。</translation>
    </message>
    <message>
        <source>Contract rescinded: no new orders. A passed retraining assessment reinstates the unit.</source>
        <translation>合同已终止：不再派发新工单。通过复训考核后恢复。</translation>
    </message>
    <message>
        <source>Subscribers of the unit&apos;s active service areas</source>
        <translation>该单位在用服务区域的用户数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技术员</translation>
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
        <source>Give a reason for changing a unit&apos;s status.</source>
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
<context>
    <name>fd::UnitStatusDialog</name>
    <message>
        <source>Change the status of %1</source>
        <translation>变更 %1 的状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt; is &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt; 当前为 &lt;b&gt;%3&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Retire the unit — it stops working for the operator and leaves the reports</source>
        <translation>退出：该单位不再为运营商服务，并从报表中移除</translation>
    </message>
    <message>
        <source>Rescind the contract — no new orders; the unit must rectify and pass a retraining assessment</source>
        <translation>终止合同：不再派发新工单；单位须整改并通过复训考核</translation>
    </message>
    <message>
        <source>Take the unit back as a candidate — it must pass a qualification again</source>
        <translation>重新列为候选：须再次通过准入考核</translation>
    </message>
    <message>
        <source>Why; this goes into the unit&apos;s history and the audit log</source>
        <translation>原因；将记入单位历史和审计日志</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>Choose what happens to the unit.</source>
        <translation>请选择对该单位的处理。</translation>
    </message>
</context>
<context>
    <name>fd::UnitsTab</name>
    <message>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <source>Retire the unit, rescind its contract, or take a retired unit back</source>
        <translation>使单位退出、终止其合同，或重新接纳已退出的单位</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>登记考核…</translation>
    </message>
    <message>
        <source>Qualification of a candidate, or retraining of a terminated unit</source>
        <translation>候选单位的准入考核，或被终止单位的复训考核</translation>
    </message>
    <message>
        <source>Search code, name, status, contract (Ctrl+F)</source>
        <translation>搜索代码、名称、状态、合同（Ctrl+F）</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Saved unit %1 as a candidate.</source>
        <translation>已将单位 %1 保存为候选。</translation>
    </message>
    <message>
        <source>Saved unit %1.</source>
        <translation>已保存单位 %1。</translation>
    </message>
    <message>
        <source>Changed the status of %1.</source>
        <translation>已变更 %1 的状态。</translation>
    </message>
    <message>
        <source>Recorded the assessment of %1.</source>
        <translation>已登记 %1 的考核。</translation>
    </message>
</context>
<context>
    <name>fd::UserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>what they sign in with, e.g. mrios</source>
        <translation>登录所用名称，例如 mrios</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat the password</source>
        <translation>再次输入密码(&amp;E)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>U&amp;nit represented</source>
        <translation>代表的单位(&amp;N)</translation>
    </message>
    <message>
        <source>Dispatchers handle work orders; callback agents call customers and log complaints; evaluators manage the organisation, the rules, verdicts and scores; admins do all of it and manage users; a unit representative sees only its unit&apos;s evaluations, evidence, compliance and orders, and files its appeals.</source>
        <translation>调度员处理工单；回访坐席致电客户并登记投诉；评估员管理组织、规则、裁定和评分；管理员可做以上全部并管理用户；单位代表只能查看本单位的评估、证据、合规情况和工单，并提出本单位的申诉。</translation>
    </message>
</context>
<context>
    <name>fd::UserModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码修改时间</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
</context>
<context>
    <name>fd::UserService</name>
    <message>
        <source>The password could not be stored: the password library failed to start.</source>
        <translation>无法保存密码：密码库未能启动。</translation>
    </message>
    <message>
        <source>A user needs a name to sign in with.</source>
        <translation>用户需要一个登录名。</translation>
    </message>
    <message>
        <source>A user name has at most %1 characters.</source>
        <translation>用户名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A user name has no spaces or control characters.</source>
        <translation>用户名不能包含空格或控制字符。</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password may not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>There is already a user named “%1”.</source>
        <translation>已存在名为“%1”的用户。</translation>
    </message>
    <message>
        <source>There is no user named “%1”.</source>
        <translation>不存在名为“%1”的用户。</translation>
    </message>
    <message>
        <source>“%1” is the last active admin: make another user an admin first.</source>
        <translation>“%1”是最后一个启用的管理员：请先将另一用户设为管理员。</translation>
    </message>
    <message>
        <source>Only a signed-in user has a password to change.</source>
        <translation>只有已登录的用户才能修改密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong, or the user may not sign in.</source>
        <translation>用户名或密码错误，或该用户不允许登录。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this name: try again after %1, or ask an admin to reset the password.</source>
        <translation>该用户名登录失败次数过多：请在 %1 之后重试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>This database has users already: sign in, or ask an admin for an account.</source>
        <translation>此数据库已有用户：请登录，或向管理员申请账号。</translation>
    </message>
    <message>
        <source>A user name has no invisible characters (such as a zero-width space): “%1” would read like another name.</source>
        <translation>用户名不能包含不可见字符（如零宽空格）：“%1”会被看成另一个名字。</translation>
    </message>
    <message>
        <source>The system account “%1” cannot name who acts in the audit log (it has spaces, invisible characters or more than %2 characters): give --user NAME.</source>
        <translation>系统账户“%1”不能作为审计日志中的操作者（含空格、不可见字符或超过 %2 个字符）：请给出 --user 名称。</translation>
    </message>
    <message>
        <source>Only a unit representative is bound to a unit; “%1” is a %2.</source>
        <translation>只有单位代表才绑定单位；“%1”的角色是%2。</translation>
    </message>
    <message>
        <source>A unit representative is bound to one unit: name it.</source>
        <translation>单位代表须绑定一个单位：请指明。</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>没有单位“%1”。</translation>
    </message>
</context>
<context>
    <name>fd::UsersPage</name>
    <message>
        <source>Users who may sign in to this database, and what their role lets them do.</source>
        <translation>可登录此数据库的用户及其角色权限。</translation>
    </message>
    <message>
        <source>New user… (Ctrl+N)</source>
        <translation>新建用户… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit… (Enter)</source>
        <translation>编辑… (Enter)</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>User %1 created: they can sign in now.</source>
        <translation>已创建用户 %1：现在即可登录。</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>用户 %1 已保存。</translation>
    </message>
    <message>
        <source>%1 signs in with the new password from now on; a lock on the name is lifted.</source>
        <translation>%1 此后使用新密码登录；该用户名的锁定已解除。</translation>
    </message>
</context>
<context>
    <name>fd::VerdictDialog</name>
    <message>
        <source>Verify complaint %1</source>
        <translation>核实投诉 %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Optional: what the verification found</source>
        <translation>选填：核实情况</translation>
    </message>
    <message>
        <source>Reject complaint %1</source>
        <translation>驳回投诉 %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Why the complaint is rejected (required)</source>
        <translation>驳回理由（必填）</translation>
    </message>
    <message>
        <source>Resolve complaint %1</source>
        <translation>办结投诉 %1</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>How it was resolved with the customer (required)</source>
        <translation>与客户的办结情况（必填）</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>受理于 %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Caused by the maintenance staff — costs unit %1 %2 penalty points in %3</source>
        <translation>维护人员责任 — 单位 %1 在 %3 扣 %2 分</translation>
    </message>
    <message>
        <source>Not caused by the maintenance staff — no penalty</source>
        <translation>非维护人员责任 — 不扣分</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>核实结论：%1</translation>
    </message>
    <message>
        <source>Your name and the time go into the audit log.</source>
        <translation>您的姓名和操作时间将记入审计日志。</translation>
    </message>
    <message>
        <source>Say whether the maintenance staff caused the complaint.</source>
        <translation>请判定该投诉是否由维护人员造成。</translation>
    </message>
</context>
<context>
    <name>fd::readBack</name>
    <message>
        <source>The record just saved could not be read back; the change was not kept.</source>
        <translation>刚保存的记录无法读回；此次更改未保留。</translation>
    </message>
</context>
</TS>
