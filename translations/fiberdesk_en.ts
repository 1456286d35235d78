<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fd::AuditPage</name>
    <message numerus="yes">
        <source>%Ln matching entries, newest first.</source>
        <translation>
            <numerusform>%Ln matching entry, newest first.</numerusform>
            <numerusform>%Ln matching entries, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %Ln entries, each chained to the one before.</source>
        <translation>
            <numerusform>The chain is intact: %Ln entry, chained to the one before.</numerusform>
            <numerusform>The chain is intact: %Ln entries, each chained to the one before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::Cli</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before, the sealed months and statuses as stored, and the anchor still in it.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, chained to the one before, the sealed months and statuses as stored, and the anchor still in it.</numerusform>
            <numerusform>The audit log is intact: %n entries, each chained to the one before, the sealed months and statuses as stored, and the anchor still in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before, and the sealed months and statuses as stored.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, chained to the one before, and the sealed months and statuses as stored.</numerusform>
            <numerusform>The audit log is intact: %n entries, each chained to the one before, and the sealed months and statuses as stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit head: %1 (%n entries; keep it to check the log later with “audit verify --anchor”).</source>
        <translation>
            <numerusform>Audit head: %1 (%n entry; keep it to check the log later with “audit verify --anchor”).</numerusform>
            <numerusform>Audit head: %1 (%n entries; keep it to check the log later with “audit verify --anchor”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule for %1: %n team(s)</source>
        <translation>
            <numerusform>Schedule for %1: %n team</numerusform>
            <numerusform>Schedule for %1: %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day plan for %1: %2 of %n order(s) proposed, %3 unplaced</source>
        <translation>
            <numerusform>Day plan for %1: %2 of %n order proposed, %3 unplaced</numerusform>
            <numerusform>Day plan for %1: %2 of %n orders proposed, %3 unplaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked %n proposal(s).</source>
        <translation>
            <numerusform>Booked %n proposal.</numerusform>
            <numerusform>Booked %n proposals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::DaySheet</name>
    <message numerus="yes">
        <source>Visits: %n · booked: %1 h</source>
        <translation>
            <numerusform>Visits: %n · booked: %1 h</numerusform>
            <numerusform>Visits: %n · booked: %1 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::DispatchPage</name>
    <message numerus="yes">
        <source>%Ln orders on the board</source>
        <translation>
            <numerusform>%Ln order on the board</numerusform>
            <numerusform>%Ln orders on the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned lane — %Ln orders nobody has taken, the earliest deadline first (A assigns)</source>
        <translation>
            <numerusform>Unassigned lane — %Ln order nobody has taken, the earliest deadline first (A assigns)</numerusform>
            <numerusform>Unassigned lane — %Ln orders nobody has taken, the earliest deadline first (A assigns)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::EvaluationService</name>
    <message numerus="yes">
        <source>%1 (%2) has %n strikes in the last %3 months; at %4 its contract ends.</source>
        <translation>
            <numerusform>%1 (%2) has %n strike in the last %3 months; at %4 its contract ends.</numerusform>
            <numerusform>%1 (%2) has %n strikes in the last %3 months; at %4 its contract ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::Import</name>
    <message numerus="yes">
        <source>%1 (and %n more problems). Nothing was imported.</source>
        <translation>
            <numerusform>%1 (and %n more problem). Nothing was imported.</numerusform>
            <numerusform>%1 (and %n more problems). Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems (--json lists every problem).</source>
        <translation>
            <numerusform>… and %n more problem (--json lists every problem).</numerusform>
            <numerusform>… and %n more problems (--json lists every problem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problems.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ImportDialog</name>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n rows shown.</source>
        <translation>
            <numerusform>Read as %1, separated by %2; %n row shown.</numerusform>
            <numerusform>Read as %1, separated by %2; %n rows shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ImportProblemsDialog</name>
    <message numerus="yes">
        <source>… and %n more problems, not listed.</source>
        <translation>
            <numerusform>… and %n more problem, not listed.</numerusform>
            <numerusform>… and %n more problems, not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::PlanDialog</name>
    <message numerus="yes">
        <source>Book %n ticked</source>
        <translation>
            <numerusform>Book %n ticked</numerusform>
            <numerusform>Book %n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::Report</name>
    <message numerus="yes">
        <source>final, re-evaluation due for %n units after an upheld appeal</source>
        <translation>
            <numerusform>final, re-evaluation due for %n unit after an upheld appeal</numerusform>
            <numerusform>final, re-evaluation due for %n units after an upheld appeal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ScheduleModel</name>
    <message numerus="yes">
        <source>%n technicians</source>
        <translation>
            <numerusform>%n technician</numerusform>
            <numerusform>%n technicians</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::SchedulePlanner</name>
    <message numerus="yes">
        <source>Book the day&apos;s plan (%n order(s))</source>
        <translation>
            <numerusform>Book the day&apos;s plan (%n order)</numerusform>
            <numerusform>Book the day&apos;s plan (%n orders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked %n order(s) of the day&apos;s plan.</source>
        <translation>
            <numerusform>Booked %n order of the day&apos;s plan.</numerusform>
            <numerusform>Booked %n orders of the day&apos;s plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ScheduleTab</name>
    <message numerus="yes">
        <source>To book — %n orders without a window, earliest deadline first</source>
        <translation>
            <numerusform>To book — %n order without a window, earliest deadline first</numerusform>
            <numerusform>To book — %n orders without a window, earliest deadline first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ScoreBreakdownModel</name>
    <message numerus="yes">
        <source>%1; %Ln staff-caused complaint(s) −%2 points; %3</source>
        <translation>
            <numerusform>%1; %Ln staff-caused complaint −%2 points; %3</numerusform>
            <numerusform>%1; %Ln staff-caused complaints −%2 points; %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::TeamDayView</name>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
</TS>
