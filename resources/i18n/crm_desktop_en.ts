<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft with the deal&apos;s line items (or its amount as one line); it is issued by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields in braces are filled in: {client.name}, {deal.title}, {deal.amount}, {task.title}, {contact.name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {client.name} about {deal.title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal {deal.title} for {deal.amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityItem</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Possible copying of the client base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened %2 cards within %3 min (%4). See Settings → Users and roles → Audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scraping alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried to open another&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked an invoice paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarded an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the protection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Show older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards opened within %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(ies) checked, none altered or removed.</source>
        <translation>
            <numerusform>The log is intact: %n entry checked, none altered or removed.</numerusform>
            <numerusform>The log is intact: %n entries checked, none altered or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with: entry #%1 does not match the chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <source>A deal enters a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal has no activity for N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s or contact&apos;s birthday in N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a draft invoice for the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chosen user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head of a role (in the manager&apos;s team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the whole change and show why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip this rule and note it in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal: manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal: channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal enters «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A deal without activity for %n day(s)</source>
        <translation>
            <numerusform>A deal without activity for %n day</numerusform>
            <numerusform>A deal without activity for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A birthday in %n day(s)</source>
        <translation>
            <numerusform>A birthday in %n day</numerusform>
            <numerusform>A birthday in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Task «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomationPanel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules do routine work by themselves: when a deal enters a stage, a client is added, a deal sits idle, a task is overdue or a birthday comes, they create tasks, set fields, draft invoices and notify people. Idle deals, overdue tasks and birthdays are checked every few minutes while an administrator is signed in, and by «crm-admin run-scheduled» on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule «%1»? Tasks it made stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomationRuleDialog</name>
    <message>
        <source>Automation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an action fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something happens, and the conditions hold, the actions are done at once — in the same save as the event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BellButton</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>No deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · INN {inn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsCard</name>
    <message>
        <source>Acquisition channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCardWindow</name>
    <message>
        <source>Requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s data has unsaved changes. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConflict</name>
    <message>
        <source>Someone else saved this client while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the fields on this form changed (for example, only tags or contact people did); your edits do not collide with theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12 500 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones, e-mails, messengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corr. account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual turnover, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this client with its contact people, history and documents? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Start typing a name, phone or INN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients match these filters.
Change or reset the filters to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no clients yet.
Add the first one with “New client”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPanel</name>
    <message>
        <source>Save requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as the supplier on every invoice. An issued invoice keeps the requisites it was issued with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures and VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT for a deal without products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisites saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Reload (discard my edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>No connection to the server, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep working: what you type stays in the forms, and a save that failed can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection — CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work locally on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. crm-server or 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To test the connection you may give your login and password; they are not stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the office works with one database. The administrator tells you the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data stays in a file on this computer: %1. Good for a single workstation or for trying the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is your CRM data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how this computer works. You can change it later with «Change server…» in the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, the database is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers. Your login and password will be checked when you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>given when the program started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRM_DATABASE_URL environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by the administrator for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use another server, choose «Change server…» in the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database of this computer is set by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same database (the standby %1 is not available; see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones, e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>+ Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and e-mails of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact people yet. Add the people you talk to: position, phones, e-mails, birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealAmounts</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message>
        <source>Hide the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal was changed by someone else. The board has been refreshed: check the deal and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d.</source>
        <translation>
            <numerusform>%n d.</numerusform>
            <numerusform>%n d.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardWindow</name>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the deal to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal has unsaved changes. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealConflict</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1</source>
        <translation>
            <numerusform>%n line, %1</numerusform>
            <numerusform>%n lines, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else saved this deal while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed nothing on this form (for example, only the stage); your edits do not collide with theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealFields</name>
    <message>
        <source>e.g. Supply of 20 workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed from the products below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this deal with its products and stage history?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealHeader</name>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the deal and save it; it starts at the pipeline&apos;s first stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed from products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealList</name>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal has an overdue task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a deal to open its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <source>Start typing the deal&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealTasksPanel</name>
    <message>
        <source>No tasks for this deal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pipelines yet. An administrator creates them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in progress</source>
        <translation>
            <numerusform>%n deal in progress</numerusform>
            <numerusform>%n deals in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealsPanel</name>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a deal to open its card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals with this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drag files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet. Attach contracts, acts and other files with «Attach files…» or drag them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the client&apos;s documents?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueEditor</name>
    <message>
        <source>The task has a due date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>This client may already be in the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with this INN already exists: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with this phone already exists: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with this e-mail already exists: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with INN {value} already exists at another manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with phone {value} already exists at another manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with e-mail {value} already exists at another manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of rows that are the same client</source>
        <translation>
            <numerusform>%n group of rows that are the same client</numerusform>
            <numerusform>%n groups of rows that are the same client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match a card already in the base</source>
        <translation>
            <numerusform>%n matches a card already in the base</numerusform>
            <numerusform>%n match a card already in the base</numerusform>
        </translation>
    </message>
    <message>
        <source>another manager&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>edit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot make this person responsible: they are outside your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected value no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has {count} deal(s); delete or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage belongs to another pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline does not allow skipping stages: the next stage is &quot;{next}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this field before moving the deal to &quot;{stage}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid database address: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database type &quot;{detail}&quot;: use sqlite or postgresql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database uses the locale {detail}, in which PostgreSQL cannot fold Cyrillic case, so search would miss Russian names. Create the database with LC_CTYPE &apos;C.UTF-8&apos; or &apos;ru_RU.UTF-8&apos; (or an ICU locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name «{host}» is not known on this network. Check the spelling or use the server&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server «{host}» does not answer. Check that it is switched on and that this computer is connected to the office network (cable, Wi-Fi or VPN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server «{host}» answers, but nothing accepts connections on port {port}. Check the port number and that the database server is running; a firewall may be blocking the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password for «{user}». Check the keyboard layout and Caps Lock, or ask the administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no login «{user}» on the server. Check the login or ask the administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login «{user}» is disabled on the server. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database «{database}». Check the name or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let this computer or login connect to the database «{database}». Ask the administrator to allow it (pg_hba.conf, CONNECT right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is starting, stopping or overloaded right now. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database «{database}» is empty: the administrator must prepare it with «crm-admin server init».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is older than this program: the administrator must run «crm-admin upgrade».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was updated for a newer version of the program: install the new version on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty. Run &quot;crm-admin init&quot; to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is older than this program. Ask the administrator to run &quot;crm-admin upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created by a newer version of crm-desktop. Update this program before working with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task waits for {count} unfinished task(s) it depends on: {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dependencies would form a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active user as the assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow giving tasks to this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder must not be later than the due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 2–63 Latin letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take the right to manage users away from yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN must be 10 digits (company) or 12 digits (person) with a valid checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP must be 9 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN must be 13 or 15 digits with a valid checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIK must be 9 digits starting with 04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank account number is 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number does not match the BIK (control digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of money, e.g. 1500.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; attachments may be at most {limit_mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the file to a client or a deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PostgreSQL server database, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a crm-desktop backup: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup or restore failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough disk space to write {path}; nothing was changed. Free some space or choose another folder. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail} was not found. Install the PostgreSQL client programs (Debian/Ubuntu: postgresql-client; Windows: the PostgreSQL installer&apos;s &quot;Command Line Tools&quot;) or name their folder in CRM_PG_BIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not restore to the same data, so it was not kept: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verify needs a scratch database, but the role {detail} may not create databases (ALTER ROLE {detail} CREATEDB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup names server roles this server does not have: {detail}. Restore the roles first (pg_dumpall --roles-only on the old server), see docs/ADMIN.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {detail} is not empty; use --force to replace its contents (they are saved first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a segment someone else created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as dd.mm.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs at least one open, one won and one lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage holds {count} deal(s): choose the stage to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the deals to another stage of the same pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability is between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal has no field &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order must list every item exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT is 20%, 10%, 0% or &quot;no VAT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity in stock, e.g. 12 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bank&apos;s BIK first: the account is checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate is 20%, 10%, 0% or no VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal has no products and no amount: add line items to the deal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice total must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our company&apos;s requisites lack {what}: fill them in under Settings → Company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client &quot;{client}&quot; lacks {what}, which an invoice needs: fill it in on the client card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the correspondent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft invoice can be changed or issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued, unpaid invoice can be marked paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date cannot be earlier than the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paid or cancelled invoice cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the invoice first: a draft has no number to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role key is 2–12 Latin lower-case letters, digits or underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator role always sees everything and has every right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in role cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} user(s) still have this role: give them another role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown right: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: {value} (use dd.mm.yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client type &quot;{value}&quot;: use company or person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;{value}&quot;: the client is imported as a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no stage &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost deal needs a loss reason from the list: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has a header but no rows under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet: open an .xlsx or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is in the old Excel format (.xls): save it as .xlsx or CSV in Excel and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is open in another program or locked: close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is too big ({size} MB; at most {limit} MB): split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows: split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;{sheet}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column for &quot;{field}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file {name} cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved mapping &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;{name}&quot; in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client &quot;{value}&quot; among the clients you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several clients are named &quot;{value}&quot;: add a column with their INN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no client: fill in the client&apos;s INN or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has {count} filled cells, the header only {width} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user &quot;{value}&quot; in your scope: the record goes to the default manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source &quot;{value}&quot;: left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colleague other than the person who leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague&apos;s account is disabled; choose an active colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot offboard your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the login {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server. Your input is kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to give it to: {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal has no manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client has no manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen user is disabled or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active user has the chosen role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs a deal or a client to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule «{rule}» could not run, nothing was saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rules started each other over and over; stopped at rule «{rule}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what starts the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pipeline and the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of days from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in roubles, e.g. 150000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«Amount above» must be less than «amount below».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role whose head gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trigger has no deal: choose the client&apos;s manager, a user or a role&apos;s head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trigger has no deal to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a due time from 0 to 365 days (8760 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be set by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template names an unknown field {{{name}}}. Available: {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{{name}}} is not available for this trigger. Available: {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while saving, so the save may have failed. Your input is kept: press Save again when the connection is back; nothing is saved twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: exported by {user} on {time}, {rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedPanel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal «%1» → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>An .xlsx workbook or a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row with column names is the header; title rows above it are skipped. CSV files may be in UTF-8 or Windows-1251, with ; , or tabs between the values. Formulas are imported as the values Excel computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ more conditions of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n+ day(s)</source>
        <translation>
            <numerusform>No contact for %n+ day</numerusform>
            <numerusform>No contact for %n+ days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday within %n day(s)</source>
        <translation>
            <numerusform>Birthday within %n day</numerusform>
            <numerusform>Birthday within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No call, meeting or e-mail for %n day(s) or longer, or never</source>
        <translation>
            <numerusform>No call, meeting or e-mail for %n day or longer, or never</numerusform>
            <numerusform>No call, meeting or e-mail for %n days or longer, or never</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client or one of its contact people has a birthday within %n day(s)</source>
        <translation>
            <numerusform>The client or one of its contact people has a birthday within %n day</numerusform>
            <numerusform>The client or one of its contact people has a birthday within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ivanov Ivan Ivanovich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, fill the database with demo data to try the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator: this account signs in first and adds your colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstSaleCard</name>
    <message>
        <source>First contact to first sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) bought for the first time; on average after %1.</source>
        <translation>
            <numerusform>%n client bought for the first time; on average after %1.</numerusform>
            <numerusform>%n clients bought for the first time; on average after %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelCard</name>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals that entered the pipeline in the period, with their whole way through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (last first middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type (company / person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: keep the card in the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first row, skip the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the card: fill empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the rows into one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are checked before anything is saved; then every accepted row is saved at once, or none. Rejected rows go to a report you can fix and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - rejected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDraftDialog</name>
    <message>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer: %1. The number and date are given when the invoice is issued; prices include VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines are copied from the deal; changes here do not change the deal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>New invoice from deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices for this deal yet. &quot;New invoice from deal&quot; makes a draft from the deal&apos;s products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices for this client yet. Invoices are made from a deal: open the deal and use &quot;New invoice from deal&quot; on its Invoices tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue this invoice? It gets the next number of the year, and its lines and requisites can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this invoice? Its number stays used and is not given to another invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>+ Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet: the deal amount is entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incl. VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, e.g. 2 or 1 500,50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM · the session is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this computer to another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; moves to &quot;%2&quot;. The reason goes into the loss reasons report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReasonsPanel</name>
    <message>
        <source>New reason, e.g. Chose a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deactivated reason is no longer offered; deals that were lost for it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered when a deal is lost; deals lost for this reason keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossesCard</name>
    <message>
        <source>Loss reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients and sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients, contacts, phones, e-mails, INN…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deal(s) in progress</source>
        <translation>
            <numerusform>deal in progress</numerusform>
            <numerusform>deals in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open task(s) assigned to you</source>
        <translation>
            <numerusform>open task assigned to you</numerusform>
            <numerusform>open tasks assigned to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of them overdue</source>
        <translation>
            <numerusform>of them overdue</numerusform>
            <numerusform>of them overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>client(s) available to you</source>
        <translation>
            <numerusform>client available to you</numerusform>
            <numerusform>clients available to you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagersCard</name>
    <message>
        <source>Revenue by manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Export from 1C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them and choose “Do not import” for the ones you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Do not import —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Matched by column names —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping “%1” was saved; choose it for the next file of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodsEditor</name>
    <message>
        <source>Telegram, WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@username or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Messenger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message>
        <source>Remove the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move is recorded in each deal&apos;s stage history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move and remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRoleDialog</name>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is a short Latin name used by the database server; it cannot be changed later. The new role sees its own clients and may edit and print: set its rights in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPopup</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffboardDialog</name>
    <message>
        <source>An employee leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand: %1 will no longer be able to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard and hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step: the account is disabled (on the server, its database login too) and the clients, deals, open tasks and projects of %1 pass to the colleague you choose. Then you see what %1 opened, exported and printed in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished tasks stay in the history under the leaver&apos;s name. The account can be enabled again later; the records stay with the colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other active user to hand over to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffboardReport</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list or report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffboardReportView</name>
    <message>
        <source>Nothing was opened, exported or printed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in. %2 is now responsible for %3 client(s), %4 deal(s), %5 open task(s) and %6 project(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 did from %2 to %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %n record</numerusform>
            <numerusform>%1 · %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaidDialog</name>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Save invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice No. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinesEditor</name>
    <message>
        <source>New pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbid skipping stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinesSettingsPanel</name>
    <message>
        <source>Sales set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines and their stages, why deals are lost, and the products offered in deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines and stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>%n row in the file</numerusform>
            <numerusform>%n rows in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n ready to import</numerusform>
            <numerusform>%n ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be rejected (red cells; point at one to see why)</source>
        <translation>
            <numerusform>%n will be rejected (red cells; point at one to see why)</numerusform>
            <numerusform>%n will be rejected (red cells; point at one to see why)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings (amber: the value is left out)</source>
        <translation>
            <numerusform>%n with warnings (amber: the value is left out)</numerusform>
            <numerusform>%n with warnings (amber: the value is left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered in deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductEdit</name>
    <message>
        <source>Product or service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsCard</name>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <source>Search by name or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer offered in deals; deals that have it keep their lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Equipment installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPlanView</name>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done · can be finished at the earliest %3 · latest due date %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due before the tasks it waits for can be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the critical chain: its delay delays the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet. A project keeps tasks that must be done in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open of %2 task(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsWindow</name>
    <message>
        <source>Projects — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>Copying is not allowed for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for your role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuietClientsCard</name>
    <message>
        <source>Clients not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTasks</name>
    <message>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to mark the task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>CRM reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>No data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdfOutput</name>
    <message>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan vs fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bn ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 k ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion to won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals that reached the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won by the manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequiredFieldsDialog</name>
    <message>
        <source>Required for this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no contact people yet: this one is added to the client card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To enter &quot;%1&quot; the deal needs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueCard</name>
    <message>
        <source>Revenue won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won deal(s), %2, average check %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <source>Add role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator role always sees everything and has every right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in roles keep their name and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed a role after you opened this list; your other changes were saved. Reload to see the current rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing… Nothing is saved until every row is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing cards updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows merged into another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished with rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows and the reasons are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: fix them there and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales target, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales plan and advertising spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports compare each manager&apos;s revenue with their target and each channel&apos;s sales with what it cost. Leave an amount empty to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter open · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Coming in the next updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies and private persons you work with, with their contact people, requisites and the whole history of interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client in a second by name, phone, e-mail or INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client card: requisites, contact people, calls, meetings, documents, deals and tasks in one place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel and CSV with duplicate detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters, tags and favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pipelines from the first contact to payment: amounts, products and the stage each deal is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board per pipeline: drag deals from stage to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with quantity, price, discount and VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices from the deal&apos;s line items in one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reasons and the time spent in every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos for today and later; overdue tasks are shown in red everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, overdue and upcoming tasks at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks for colleagues and automatic tasks from rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects where each task waits for the ones before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sales are going: the funnel, revenue, plan versus fact and the workload of every employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel with conversion between stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by period, manager and acquisition channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan versus fact and overdue tasks per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report can be printed or saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles, pipelines, products, your company&apos;s requisites and the protection of the client base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Save protection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client base is guarded on every workstation. Changes apply at the next sign-in and are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is covered and asks for the password when nobody has touched the keyboard or mouse for this long. 0 — never lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many wrong passwords in a row the account cannot sign in for a while; each attempt is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scraping alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators are notified and the audit log gets a marked entry when someone opens more cards than this within the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Save as segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment is a saved filter: its client count stays up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Retail, no contact for a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible to colleagues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The clients stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. Enter your password to continue.</source>
        <translation>
            <numerusform>Locked after %n minute without activity. Enter your password to continue.</numerusform>
            <numerusform>Locked after %n minutes without activity. Enter your password to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsNames</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <source>The deal is at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the deal as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the deal as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the deal to this stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageHistoryPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage was removed from the pipeline later; the history keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage, e.g. Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage (highlighted in reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stage &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database server is running and reachable from this computer, then start the program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users are created; sign in as &quot;admin&quot; with the password &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>+ Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskChanges</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this task after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you see here changed (e.g. a reminder or a link).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do, e.g. call about the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what by when; the reminder pops up on the assignee&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client / deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskWiring</name>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <source>Tasks per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Nothing to do here. Create a task with Ctrl+T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>open task(s) assigned to you</source>
        <translation>
            <numerusform>open task assigned to you</numerusform>
            <numerusform>open tasks assigned to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of them overdue</source>
        <translation>
            <numerusform>of them overdue</numerusform>
            <numerusform>of them overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: finish the tasks it waits for first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>New task, e.g. send the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an employee to see their open tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>%n overdue task</numerusform>
            <numerusform>%n overdue tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Nothing here yet: log the first call, meeting, e-mail or note with the buttons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls, meetings or notes about this deal yet: log the first one with the buttons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry from the timeline?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user signs in with this login and password; the role decides what they see and may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRoleDialog</name>
    <message>
        <source>Role and team of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersAndRolesPanel</name>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in, which clients each role sees and what it may do with them; every sign-in, print and change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersListPanel</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard an employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account and hand the clients, deals and open tasks to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkstationPanel</name>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signed in on this computer and where its data and log files are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
