<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ActionEditor</name>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>A draft with the deal's line items (or its amount as one line); it is issued by hand.</source>
            <translation>Черновик с позициями сделки (или одной строкой на её сумму); выставляется вручную.</translation>
        </message>
        <message>
            <source>Fields in braces are filled in: {client.name}, {deal.title}, {deal.amount}, {task.title}, {contact.name}…</source>
            <translation>Поля в фигурных скобках подставляются: {client.name}, {deal.title}, {deal.amount}, {task.title}, {contact.name}…</translation>
        </message>
        <message>
            <source>Call {client.name} about {deal.title}</source>
            <translation>Позвонить {client.name} по сделке {deal.title}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Due in</source>
            <translation>Срок через</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Новое значение</translation>
        </message>
        <message>
            <source>New deal {deal.title} for {deal.amount}</source>
            <translation>Новая сделка {deal.title} на {deal.amount}</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Кому</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>mm:ss</source>
            <translation>мм:сс</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Дозвонились</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Не ответил</translation>
        </message>
        <message>
            <source>Call back later</source>
            <translation>Перезвонить позже</translation>
        </message>
        <message>
            <source>Agreed on a meeting</source>
            <translation>Договорились о встрече</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>Не интересно</translation>
        </message>
        <message>
            <source>What was discussed</source>
            <translation>О чём говорили</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Add: {kind}</source>
            <translation>Добавить: {kind}</translation>
        </message>
    </context>
    <context>
        <name>ActivityItem</name>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>Alerts</name>
        <message>
            <source>Possible copying of the client base</source>
            <translation>Возможное копирование клиентской базы</translation>
        </message>
        <message>
            <source>%1 opened %2 cards within %3 min (%4). See Settings → Users and roles → Audit log.</source>
            <translation>%1: открыто карточек — %2 за %3 мин (%4). Подробности: Настройки → Пользователи и роли → Журнал аудита.</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <source>Signed in</source>
            <translation>Вход в систему</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translation>Неудачный вход</translation>
        </message>
        <message>
            <source>Unlocked the session</source>
            <translation>Разблокировка сеанса</translation>
        </message>
        <message>
            <source>Wrong password on the lock screen</source>
            <translation>Неверный пароль при разблокировке</translation>
        </message>
        <message>
            <source>Opened a card</source>
            <translation>Открыта карточка</translation>
        </message>
        <message>
            <source>Scraping alert</source>
            <translation>Подозрение на выгрузку базы</translation>
        </message>
        <message>
            <source>Tried to open another's record</source>
            <translation>Попытка открыть чужую запись</translation>
        </message>
        <message>
            <source>Opened a document</source>
            <translation>Открыт документ</translation>
        </message>
        <message>
            <source>Printed an invoice</source>
            <translation>Печать счёта</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создание</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавление</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Удаление</translation>
        </message>
        <message>
            <source>Moved to a stage</source>
            <translation>Перевод на этап</translation>
        </message>
        <message>
            <source>Issued an invoice</source>
            <translation>Выставлен счёт</translation>
        </message>
        <message>
            <source>Marked an invoice paid</source>
            <translation>Счёт отмечен оплаченным</translation>
        </message>
        <message>
            <source>Cancelled an invoice</source>
            <translation>Счёт аннулирован</translation>
        </message>
        <message>
            <source>Added a user</source>
            <translation>Добавлен пользователь</translation>
        </message>
        <message>
            <source>Disabled a user</source>
            <translation>Пользователь отключён</translation>
        </message>
        <message>
            <source>Enabled a user</source>
            <translation>Пользователь включён</translation>
        </message>
        <message>
            <source>Changed a user's role</source>
            <translation>Изменена роль пользователя</translation>
        </message>
        <message>
            <source>Offboarded an employee</source>
            <translation>Увольнение сотрудника</translation>
        </message>
        <message>
            <source>Added a role</source>
            <translation>Добавлена роль</translation>
        </message>
        <message>
            <source>Changed a role</source>
            <translation>Изменена роль</translation>
        </message>
        <message>
            <source>Deleted a role</source>
            <translation>Удалена роль</translation>
        </message>
        <message>
            <source>Changed the protection settings</source>
            <translation>Изменены настройки защиты</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Счёт</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Взаимодействие</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
    </context>
    <context>
        <name>AuditFilterBar</name>
        <message>
            <source>All users</source>
            <translation>Все пользователи</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Все действия</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Последние 7 дней</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Последние 30 дней</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Выбрать даты</translation>
        </message>
        <message>
            <source>Any client</source>
            <translation>Любой клиент</translation>
        </message>
    </context>
    <context>
        <name>AuditPanel</name>
        <message>
            <source>Show older entries</source>
            <translation>Показать более ранние записи</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Check integrity</source>
            <translation>Проверить целостность</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>%1 cards opened within %2 min</source>
            <translation>Открыто карточек: %1 за %2 мин</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message numerus="yes">
            <source>The log is intact: %n entry(ies) checked, none altered or removed.</source>
            <translation>
                <numerusform>Журнал цел: проверена %n запись, ни одна не изменена и не удалена.</numerusform>
                <numerusform>Журнал цел: проверено %n записи, ни одна не изменена и не удалена.</numerusform>
                <numerusform>Журнал цел: проверено %n записей, ни одна не изменена и не удалена.</numerusform>
            </translation>
        </message>
        <message>
            <source>The log was tampered with: entry #%1 does not match the chain.</source>
            <translation>Журнал был изменён: запись №%1 не совпадает с цепочкой.</translation>
        </message>
    </context>
    <context>
        <name>Automation</name>
        <message>
            <source>A deal enters a stage</source>
            <translation>Сделка перешла на этап</translation>
        </message>
        <message>
            <source>A deal is created</source>
            <translation>Создана сделка</translation>
        </message>
        <message>
            <source>A client is created</source>
            <translation>Создан клиент</translation>
        </message>
        <message>
            <source>A deal has no activity for N days</source>
            <translation>Сделка без активности N дней</translation>
        </message>
        <message>
            <source>A task is overdue</source>
            <translation>Задача просрочена</translation>
        </message>
        <message>
            <source>A client's or contact's birthday in N days</source>
            <translation>День рождения клиента или контакта через N дней</translation>
        </message>
        <message>
            <source>Create a task</source>
            <translation>Создать задачу</translation>
        </message>
        <message>
            <source>Set a field</source>
            <translation>Изменить поле</translation>
        </message>
        <message>
            <source>Create a draft invoice for the deal</source>
            <translation>Создать черновик счёта по сделке</translation>
        </message>
        <message>
            <source>Notify a user</source>
            <translation>Уведомить пользователя</translation>
        </message>
        <message>
            <source>the deal's manager</source>
            <translation>ответственный за сделку</translation>
        </message>
        <message>
            <source>the client's manager</source>
            <translation>ответственный за клиента</translation>
        </message>
        <message>
            <source>a chosen user</source>
            <translation>выбранный сотрудник</translation>
        </message>
        <message>
            <source>the head of a role (in the manager's team)</source>
            <translation>руководитель роли (в отделе ответственного)</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>часов</translation>
        </message>
        <message>
            <source>days</source>
            <translation>дней</translation>
        </message>
        <message>
            <source>cancel the whole change and show why</source>
            <translation>отменить всё изменение и показать причину</translation>
        </message>
        <message>
            <source>skip this rule and note it in the audit log</source>
            <translation>пропустить правило и записать в журнал аудита</translation>
        </message>
        <message>
            <source>Deal: note</source>
            <translation>Сделка: примечание</translation>
        </message>
        <message>
            <source>Deal: manager</source>
            <translation>Сделка: ответственный</translation>
        </message>
        <message>
            <source>Deal: channel</source>
            <translation>Сделка: канал</translation>
        </message>
        <message>
            <source>Client: status</source>
            <translation>Клиент: статус</translation>
        </message>
        <message>
            <source>Client: manager</source>
            <translation>Клиент: ответственный</translation>
        </message>
        <message>
            <source>Client: channel</source>
            <translation>Клиент: канал</translation>
        </message>
        <message>
            <source>Client: industry</source>
            <translation>Клиент: отрасль</translation>
        </message>
        <message>
            <source>Client: note</source>
            <translation>Клиент: примечание</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Лид</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Потенциальный</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Потерян</translation>
        </message>
        <message>
            <source>A deal enters «%1»</source>
            <translation>Сделка перешла на этап «%1»</translation>
        </message>
        <message numerus="yes">
            <source>A deal without activity for %n day(s)</source>
            <translation>
                <numerusform>Сделка без активности %n день</numerusform>
                <numerusform>Сделка без активности %n дня</numerusform>
                <numerusform>Сделка без активности %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A birthday in %n day(s)</source>
            <translation>
                <numerusform>День рождения через %n день</numerusform>
                <numerusform>День рождения через %n дня</numerusform>
                <numerusform>День рождения через %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Task «%1»</source>
            <translation>Задача «%1»</translation>
        </message>
        <message>
            <source>Notify: «%1»</source>
            <translation>Уведомление: «%1»</translation>
        </message>
    </context>
    <context>
        <name>AutomationPanel</name>
        <message>
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Что сделать</translation>
        </message>
        <message>
            <source>Add rule…</source>
            <translation>Добавить правило…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Automation</source>
            <translation>Автоматизация</translation>
        </message>
        <message>
            <source>Rules do routine work by themselves: when a deal enters a stage, a client is added, a deal sits idle, a task is overdue or a birthday comes, they create tasks, set fields, draft invoices and notify people. Idle deals, overdue tasks and birthdays are checked every few minutes while an administrator is signed in, and by «crm-admin run-scheduled» on the server.</source>
            <translation>Правила берут на себя рутину: когда сделка переходит на этап, появляется клиент, сделка простаивает, задача просрочена или приближается день рождения, они создают задачи, меняют поля, готовят черновики счетов и уведомляют сотрудников. Простаивающие сделки, просроченные задачи и дни рождения проверяются каждые несколько минут, пока в программе работает администратор, и командой «crm-admin run-scheduled» на сервере.</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Удаление правила</translation>
        </message>
        <message>
            <source>Delete the rule «%1»? Tasks it made stay.</source>
            <translation>Удалить правило «%1»? Созданные им задачи останутся.</translation>
        </message>
    </context>
    <context>
        <name>AutomationRuleDialog</name>
        <message>
            <source>Automation rule</source>
            <translation>Правило автоматизации</translation>
        </message>
        <message>
            <source>Rule is on</source>
            <translation>Правило включено</translation>
        </message>
        <message>
            <source> d.</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <source>any, ₽</source>
            <translation>любая, ₽</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Amount above</source>
            <translation>Сумма больше</translation>
        </message>
        <message>
            <source>Amount below</source>
            <translation>Сумма меньше</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Добавить действие</translation>
        </message>
        <message>
            <source>Only if</source>
            <translation>Только если</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Что сделать</translation>
        </message>
        <message>
            <source>If an action fails</source>
            <translation>Если действие не удалось</translation>
        </message>
        <message>
            <source>When something happens, and the conditions hold, the actions are done at once — in the same save as the event.</source>
            <translation>Когда происходит событие и условия выполнены, действия выполняются сразу — в том же сохранении, что и само событие.</translation>
        </message>
    </context>
    <context>
        <name>BellButton</name>
        <message>
            <source>Notifications</source>
            <translation>Уведомления</translation>
        </message>
        <message numerus="yes">
            <source>%n unread notification(s)</source>
            <translation>
                <numerusform>%n непрочитанное уведомление</numerusform>
                <numerusform>%n непрочитанных уведомления</numerusform>
                <numerusform>%n непрочитанных уведомлений</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>No deals</source>
            <translation>Нет сделок</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
    </context>
    <context>
        <name>CalendarGrid</name>
        <message>
            <source>+%1 more</source>
            <translation>ещё %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
    </context>
    <context>
        <name>CalendarPanel</name>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>My calendar</source>
            <translation>Мой календарь</translation>
        </message>
    </context>
    <context>
        <name>CardHeader</name>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>{kind} · INN {inn}</source>
            <translation>{kind} · ИНН {inn}</translation>
        </message>
        <message>
            <source>Responsible: {name}</source>
            <translation>Ответственный: {name}</translation>
        </message>
        <message>
            <source>Channel: {name}</source>
            <translation>Канал: {name}</translation>
        </message>
        <message>
            <source>Open deals: {amount}</source>
            <translation>Открытые сделки: {amount}</translation>
        </message>
        <message>
            <source>Remove from favourites</source>
            <translation>Убрать из избранного</translation>
        </message>
        <message>
            <source>Add to favourites</source>
            <translation>Добавить в избранное</translation>
        </message>
    </context>
    <context>
        <name>ChannelsCard</name>
        <message>
            <source>Acquisition channels</source>
            <translation>Каналы привлечения</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Лиды</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Продажи</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Конверсия</translation>
        </message>
        <message>
            <source>Avg. check</source>
            <translation>Ср. чек</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Расходы</translation>
        </message>
        <message>
            <source>Per lead</source>
            <translation>Цена лида</translation>
        </message>
        <message>
            <source>Per sale</source>
            <translation>Цена продажи</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>ROMI</translation>
        </message>
        <message>
            <source>No channel</source>
            <translation>Без канала</translation>
        </message>
    </context>
    <context>
        <name>ClientCardWindow</name>
        <message>
            <source>Requisites</source>
            <translation>Реквизиты</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Счета</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>Save the client first</source>
            <translation>Сначала сохраните клиента</translation>
        </message>
        <message>
            <source>The client's data has unsaved changes. Close and discard them?</source>
            <translation>В данных клиента есть несохранённые изменения. Закрыть окно и отменить их?</translation>
        </message>
    </context>
    <context>
        <name>ClientColumns</name>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
    </context>
    <context>
        <name>ClientConflict</name>
        <message>
            <source>Someone else saved this client while you were editing.</source>
            <translation>Пока вы редактировали, клиента сохранил другой пользователь.</translation>
        </message>
        <message>
            <source>None of the fields on this form changed (for example, only tags or contact people did); your edits do not collide with theirs.</source>
            <translation>Поля этой формы не менялись (например, изменились только теги или контактные лица); ваши правки не пересекаются с чужими.</translation>
        </message>
    </context>
    <context>
        <name>ClientFields</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
        <message>
            <source>e.g. 12 500 000</source>
            <translation>например, 12 500 000</translation>
        </message>
        <message>
            <source>10 or 12 digits</source>
            <translation>10 или 12 цифр</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Основное</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Название *</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Фамилия *</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Phones, e-mails, messengers</source>
            <translation>Телефоны, e-mail, мессенджеры</translation>
        </message>
        <message>
            <source>Requisites</source>
            <translation>Реквизиты</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Full legal name</source>
            <translation>Полное наименование</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>KPP</source>
            <translation>КПП</translation>
        </message>
        <message>
            <source>OGRN</source>
            <translation>ОГРН</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIK</source>
            <translation>БИК</translation>
        </message>
        <message>
            <source>Bank name</source>
            <translation>Название банка</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Расчётный счёт</translation>
        </message>
        <message>
            <source>Corr. account</source>
            <translation>Корр. счёт</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <source>Legal address</source>
            <translation>Юридический адрес</translation>
        </message>
        <message>
            <source>Actual address</source>
            <translation>Фактический адрес</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Бизнес</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Annual turnover, ₽</source>
            <translation>Годовой оборот, ₽</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Сотрудников</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>ClientForm</name>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Отменить изменения</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Удалить клиента</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Delete this client with its contact people, history and documents? This cannot be undone.</source>
            <translation>Удалить клиента вместе с контактными лицами, историей и документами? Это действие нельзя отменить.</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>Start typing a name, phone or INN</source>
            <translation>Начните вводить название, телефон или ИНН</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>Favourites</source>
            <translation>Избранное</translation>
        </message>
        <message>
            <source>Remove from favourites</source>
            <translation>Убрать из избранного</translation>
        </message>
        <message>
            <source>Add to favourites</source>
            <translation>Добавить в избранное</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Лента</translation>
        </message>
        <message>
            <source>Save as segment…</source>
            <translation>Сохранить как сегмент…</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln клиент</numerusform>
                <numerusform>%Ln клиента</numerusform>
                <numerusform>%Ln клиентов</numerusform>
            </translation>
        </message>
        <message>
            <source>No clients match these filters.
Change or reset the filters to see more.</source>
            <translation>Нет клиентов, подходящих под фильтры.
Измените или сбросьте фильтры.</translation>
        </message>
        <message>
            <source>There are no clients yet.
Add the first one with “New client”.</source>
            <translation>Клиентов пока нет.
Добавьте первого кнопкой «Новый клиент».</translation>
        </message>
    </context>
    <context>
        <name>CompanyPanel</name>
        <message>
            <source>Save requisites</source>
            <translation>Сохранить реквизиты</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Company requisites</source>
            <translation>Реквизиты компании</translation>
        </message>
        <message>
            <source>Printed as the supplier on every invoice. An issued invoice keeps the requisites it was issued with.</source>
            <translation>Печатаются в каждом счёте как реквизиты поставщика. Выставленный счёт сохраняет реквизиты на момент выставления.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Краткое название</translation>
        </message>
        <message>
            <source>Full legal name</source>
            <translation>Полное наименование</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>KPP</source>
            <translation>КПП</translation>
        </message>
        <message>
            <source>OGRN</source>
            <translation>ОГРН</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIK</source>
            <translation>БИК</translation>
        </message>
        <message>
            <source>Settlement account</source>
            <translation>Расчётный счёт</translation>
        </message>
        <message>
            <source>Correspondent account</source>
            <translation>Корр. счёт</translation>
        </message>
        <message>
            <source>Addresses and contacts</source>
            <translation>Адреса и контакты</translation>
        </message>
        <message>
            <source>Legal address</source>
            <translation>Юридический адрес</translation>
        </message>
        <message>
            <source>Actual address</source>
            <translation>Фактический адрес</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Signatures and VAT</source>
            <translation>Подписи и НДС</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Chief accountant</source>
            <translation>Главный бухгалтер</translation>
        </message>
        <message>
            <source>VAT for a deal without products</source>
            <translation>НДС для сделки без товаров</translation>
        </message>
        <message>
            <source>Requisites saved.</source>
            <translation>Реквизиты сохранены.</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>Reload (discard my edits)</source>
            <translation>Загрузить заново (мои правки пропадут)</translation>
        </message>
        <message>
            <source>Overwrite with my version</source>
            <translation>Перезаписать моей версией</translation>
        </message>
        <message>
            <source>They changed:</source>
            <translation>Изменено:</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBar</name>
        <message>
            <source>No connection to the server, reconnecting…</source>
            <translation>Нет связи с сервером, переподключение…</translation>
        </message>
        <message>
            <source>You can keep working: what you type stays in the forms, and a save that failed can be repeated.</source>
            <translation>Можно продолжать работу: введённое остаётся в формах, а неудавшееся сохранение можно повторить.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Повторить сейчас</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Connection — CRM</source>
            <translation>Подключение — CRM</translation>
        </message>
        <message>
            <source>The company's server (PostgreSQL)</source>
            <translation>Сервер компании (PostgreSQL)</translation>
        </message>
        <message>
            <source>Work locally on this computer</source>
            <translation>Работать локально на этом компьютере</translation>
        </message>
        <message>
            <source>e.g. crm-server or 192.168.1.10</source>
            <translation>например, crm-server или 192.168.1.10</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>необязательно</translation>
        </message>
        <message>
            <source>not saved</source>
            <translation>не сохраняется</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Сервер:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Порт:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>База данных:</translation>
        </message>
        <message>
            <source>To test the connection you may give your login and password; they are not stored here.</source>
            <translation>Для проверки подключения можно указать логин и пароль; здесь они не сохраняются.</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Логин:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Everyone in the office works with one database. The administrator tells you the server's address.</source>
            <translation>Весь офис работает с одной базой данных. Адрес сервера сообщит администратор.</translation>
        </message>
        <message>
            <source>The data stays in a file on this computer: %1. Good for a single workstation or for trying the program.</source>
            <translation>Данные хранятся в файле на этом компьютере: %1. Подходит для одного рабочего места или чтобы попробовать программу.</translation>
        </message>
        <message>
            <source>Where is your CRM data?</source>
            <translation>Где хранятся данные CRM?</translation>
        </message>
        <message>
            <source>Choose how this computer works. You can change it later with «Change server…» in the sign-in window.</source>
            <translation>Выберите, как работает этот компьютер. Изменить выбор можно позже кнопкой «Сменить сервер…» в окне входа.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Подключение к %1…</translation>
        </message>
        <message>
            <source>Connected: PostgreSQL %1, the database is ready.</source>
            <translation>Подключено: PostgreSQL %1, база данных готова.</translation>
        </message>
        <message>
            <source>The server answers. Your login and password will be checked when you sign in.</source>
            <translation>Сервер отвечает. Логин и пароль будут проверены при входе.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Проверка…</translation>
        </message>
    </context>
    <context>
        <name>ConnectionPanel</name>
        <message>
            <source>given when the program started</source>
            <translation>задана при запуске программы</translation>
        </message>
        <message>
            <source>the CRM_DATABASE_URL environment variable</source>
            <translation>переменная окружения CRM_DATABASE_URL</translation>
        </message>
        <message>
            <source>set by the administrator for this computer</source>
            <translation>задана администратором для этого компьютера</translation>
        </message>
        <message>
            <source>chosen on this computer</source>
            <translation>выбрана на этом компьютере</translation>
        </message>
        <message>
            <source>the standard local file</source>
            <translation>стандартный локальный файл</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Подключение</translation>
        </message>
        <message>
            <source>To use another server, choose «Change server…» in the sign-in window.</source>
            <translation>Чтобы работать с другим сервером, нажмите «Сменить сервер…» в окне входа.</translation>
        </message>
        <message>
            <source>The database of this computer is set by the administrator.</source>
            <translation>База данных для этого компьютера задана администратором.</translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translation>Сервер PostgreSQL</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>Файл SQLite</translation>
        </message>
        <message>
            <source>the same database</source>
            <translation>в основной базе данных</translation>
        </message>
        <message>
            <source>the same database (the standby %1 is not available; see the log)</source>
            <translation>та же база данных (резервный сервер %1 недоступен, подробности в журнале)</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>База данных:</translation>
        </message>
        <message>
            <source>Chosen:</source>
            <translation>Откуда выбрана:</translation>
        </message>
        <message>
            <source>Reports from:</source>
            <translation>Отчёты строятся:</translation>
        </message>
        <message>
            <source>Administrator's settings:</source>
            <translation>Настройки администратора:</translation>
        </message>
        <message>
            <source>Your settings:</source>
            <translation>Ваши настройки:</translation>
        </message>
        <message>
            <source>Log folder:</source>
            <translation>Папка журнала:</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
        <message>
            <source>Main contact person</source>
            <translation>Основное контактное лицо</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>First name *</source>
            <translation>Имя *</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Phones, e-mails</source>
            <translation>Телефоны, e-mail</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <source>+ Contact person</source>
            <translation>+ Контактное лицо</translation>
        </message>
        <message>
            <source>Phones and e-mails of the client</source>
            <translation>Телефоны и e-mail клиента</translation>
        </message>
        <message>
            <source>No contact people yet. Add the people you talk to: position, phones, e-mails, birthday.</source>
            <translation>Контактных лиц пока нет. Добавьте тех, с кем вы общаетесь: должность, телефоны, e-mail, день рождения.</translation>
        </message>
        <message>
            <source>main contact</source>
            <translation>основной контакт</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>birthday {date}</source>
            <translation>день рождения {date}</translation>
        </message>
        <message>
            <source>Delete contact person</source>
            <translation>Удалить контактное лицо</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>Удалить {name}?</translation>
        </message>
    </context>
    <context>
        <name>DealAmounts</name>
        <message>
            <source>%1 d</source>
            <translation>%1 дн.</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <source>no VAT</source>
            <translation>без НДС</translation>
        </message>
    </context>
    <context>
        <name>DealBoard</name>
        <message>
            <source>Hide the message</source>
            <translation>Скрыть сообщение</translation>
        </message>
        <message>
            <source>The deal was changed by someone else. The board has been refreshed: check the deal and try again.</source>
            <translation>Сделку уже изменил кто-то другой. Доска обновлена: проверьте сделку и попробуйте ещё раз.</translation>
        </message>
        <message numerus="yes">
            <source>%n d.</source>
            <translation>
                <numerusform>%n дн.</numerusform>
                <numerusform>%n дн.</numerusform>
                <numerusform>%n дн.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealCardWindow</name>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Активности</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Счета</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>История этапов</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <source>Save the deal first</source>
            <translation>Сначала сохраните сделку</translation>
        </message>
        <message>
            <source>Move the deal</source>
            <translation>Перевод сделки</translation>
        </message>
        <message>
            <source>Move the deal to "%1"?</source>
            <translation>Перевести сделку на этап «%1»?</translation>
        </message>
        <message>
            <source>The deal has unsaved changes. Close and discard them?</source>
            <translation>В сделке есть несохранённые изменения. Закрыть и отменить их?</translation>
        </message>
    </context>
    <context>
        <name>DealConflict</name>
        <message>
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <source>client</source>
            <translation>клиент</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>контактное лицо</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>ответственный</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>канал</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>сумма</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>валюта</translation>
        </message>
        <message>
            <source>expected close</source>
            <translation>ожидаемая дата закрытия</translation>
        </message>
        <message>
            <source>note</source>
            <translation>примечание</translation>
        </message>
        <message>
            <source>products</source>
            <translation>товары</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), %1</source>
            <translation>
                <numerusform>%n строка, %1</numerusform>
                <numerusform>%n строки, %1</numerusform>
                <numerusform>%n строк, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone else saved this deal while you were editing.</source>
            <translation>Пока вы редактировали, сделку сохранил другой пользователь.</translation>
        </message>
        <message>
            <source>They changed nothing on this form (for example, only the stage); your edits do not collide with theirs.</source>
            <translation>Поля этой формы не менялись (например, изменился только этап); ваши правки не пересекаются с чужими.</translation>
        </message>
    </context>
    <context>
        <name>DealFields</name>
        <message>
            <source>e.g. Supply of 20 workstations</source>
            <translation>например, Поставка 20 рабочих станций</translation>
        </message>
        <message>
            <source>No expected date</source>
            <translation>Без ожидаемой даты</translation>
        </message>
        <message>
            <source>computed from the products below</source>
            <translation>считается по товарам ниже</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Ожидаемое закрытие</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>DealFilterBar</name>
        <message>
            <source>All managers</source>
            <translation>Все менеджеры</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Все каналы</translation>
        </message>
        <message>
            <source>My deals</source>
            <translation>Мои сделки</translation>
        </message>
        <message>
            <source>Reset filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создана</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>любая дата</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Отменить изменения</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>Удалить сделку</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Products and services</source>
            <translation>Товары и услуги</translation>
        </message>
        <message>
            <source>Choose the client from the list.</source>
            <translation>Выберите клиента из списка.</translation>
        </message>
        <message>
            <source>Delete the deal</source>
            <translation>Удаление сделки</translation>
        </message>
        <message>
            <source>Delete this deal with its products and stage history?</source>
            <translation>Удалить сделку вместе с товарами и историей этапов?</translation>
        </message>
    </context>
    <context>
        <name>DealHeader</name>
        <message>
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <source>Fill in the deal and save it; it starts at the pipeline's first stage.</source>
            <translation>Заполните сделку и сохраните её: она начнётся с первого этапа воронки.</translation>
        </message>
        <message>
            <source>computed from products</source>
            <translation>по товарам</translation>
        </message>
        <message>
            <source>deal amount</source>
            <translation>сумма сделки</translation>
        </message>
        <message>
            <source>Pipeline: %1</source>
            <translation>Воронка: %1</translation>
        </message>
        <message>
            <source>Expected close: %1</source>
            <translation>Закрытие: %1</translation>
        </message>
    </context>
    <context>
        <name>DealList</name>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>In stage</source>
            <translation>На этапе</translation>
        </message>
        <message>
            <source>The deal has an overdue task</source>
            <translation>По сделке есть просроченная задача</translation>
        </message>
    </context>
    <context>
        <name>DealListDialog</name>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>In stage since</source>
            <translation>На этапе с</translation>
        </message>
        <message>
            <source>Double-click a deal to open its card.</source>
            <translation>Дважды щёлкните сделку, чтобы открыть её карточку.</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n сделка</numerusform>
                <numerusform>%n сделки</numerusform>
                <numerusform>%n сделок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealPicker</name>
        <message>
            <source>Start typing the deal's title</source>
            <translation>Начните вводить название сделки</translation>
        </message>
    </context>
    <context>
        <name>DealTasksPanel</name>
        <message>
            <source>No tasks for this deal.</source>
            <translation>По этой сделке нет задач.</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Доска</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <source>There are no pipelines yet. An administrator creates them in Settings.</source>
            <translation>Воронок пока нет. Администратор создаёт их в настройках.</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) in progress</source>
            <translation>
                <numerusform>%n сделка в работе</numerusform>
                <numerusform>%n сделки в работе</numerusform>
                <numerusform>%n сделок в работе</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealsPanel</name>
        <message>
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <source>Double-click a deal to open its card</source>
            <translation>Дважды щёлкните сделку, чтобы открыть её карточку</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Закрытие</translation>
        </message>
        <message>
            <source>No deals with this client yet.</source>
            <translation>Сделок с этим клиентом пока нет.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Attach files…</source>
            <translation>Прикрепить файлы…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>or drag files here</source>
            <translation>или перетащите файлы сюда</translation>
        </message>
        <message>
            <source>No documents yet. Attach contracts, acts and other files with «Attach files…» or drag them here.</source>
            <translation>Документов пока нет. Прикрепите договоры, акты и другие файлы кнопкой «Прикрепить файлы…» или перетащите их сюда.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлен</translation>
        </message>
        <message>
            <source>Select a document in the list first</source>
            <translation>Сначала выберите документ в списке</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Прикрепить файлы</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Удалить документ</translation>
        </message>
        <message>
            <source>Remove {name} from the client's documents?</source>
            <translation>Удалить «{name}» из документов клиента?</translation>
        </message>
    </context>
    <context>
        <name>DueEditor</name>
        <message>
            <source>The task has a due date and time</source>
            <translation>У задачи есть срок (дата и время)</translation>
        </message>
    </context>
    <context>
        <name>DuplicateBanner</name>
        <message>
            <source>This client may already be in the base</source>
            <translation>Возможно, этот клиент уже есть в базе</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Всё равно сохранить</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Open existing</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>A client with this INN already exists: {name}</source>
            <translation>Клиент с таким ИНН уже есть: {name}</translation>
        </message>
        <message>
            <source>A client with this phone already exists: {name}</source>
            <translation>Клиент с таким телефоном уже есть: {name}</translation>
        </message>
        <message>
            <source>A client with this e-mail already exists: {name}</source>
            <translation>Клиент с таким e-mail уже есть: {name}</translation>
        </message>
        <message>
            <source>A client with INN {value} already exists at another manager's.</source>
            <translation>Клиент с ИНН {value} уже есть у другого менеджера.</translation>
        </message>
        <message>
            <source>A client with phone {value} already exists at another manager's.</source>
            <translation>Клиент с телефоном {value} уже есть у другого менеджера.</translation>
        </message>
        <message>
            <source>A client with e-mail {value} already exists at another manager's.</source>
            <translation>Клиент с e-mail {value} уже есть у другого менеджера.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Apply to all</source>
            <translation>Применить ко всем</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строки</translation>
        </message>
        <message>
            <source>Same</source>
            <translation>Совпадает</translation>
        </message>
        <message>
            <source>Already in the base</source>
            <translation>Уже в базе</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) of rows that are the same client</source>
            <translation>
                <numerusform>%n группа строк об одном и том же клиенте</numerusform>
                <numerusform>%n группы строк об одном и том же клиенте</numerusform>
                <numerusform>%n групп строк об одном и том же клиенте</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match a card already in the base</source>
            <translation>
                <numerusform>%n совпадает с карточкой в базе</numerusform>
                <numerusform>%n совпадают с карточками в базе</numerusform>
                <numerusform>%n совпадают с карточками в базе</numerusform>
            </translation>
        </message>
        <message>
            <source>another manager's card</source>
            <translation>карточка другого менеджера</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>edit records</source>
            <translation>изменение записей</translation>
        </message>
        <message>
            <source>export</source>
            <translation>экспорт</translation>
        </message>
        <message>
            <source>copy to clipboard</source>
            <translation>копирование в буфер обмена</translation>
        </message>
        <message>
            <source>print</source>
            <translation>печать</translation>
        </message>
        <message>
            <source>import</source>
            <translation>импорт</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>удаление</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>управление пользователями</translation>
        </message>
        <message>
            <source>manage pipelines</source>
            <translation>настройка воронок</translation>
        </message>
        <message>
            <source>view reports</source>
            <translation>просмотр отчётов</translation>
        </message>
        <message>
            <source>You cannot make this person responsible: they are outside your scope.</source>
            <translation>Нельзя назначить этого сотрудника ответственным: он вне вашей зоны доступа.</translation>
        </message>
        <message>
            <source>The selected value no longer exists.</source>
            <translation>Выбранное значение больше не существует.</translation>
        </message>
        <message>
            <source>The client has {count} deal(s); delete or move them first.</source>
            <translation>У клиента есть сделки ({count}); сначала удалите их или перенесите на другого клиента.</translation>
        </message>
        <message>
            <source>This stage belongs to another pipeline.</source>
            <translation>Этот этап относится к другой воронке.</translation>
        </message>
        <message>
            <source>This pipeline does not allow skipping stages: the next stage is "{next}".</source>
            <translation>В этой воронке нельзя пропускать этапы: следующий этап — «{next}».</translation>
        </message>
        <message>
            <source>Choose why the deal was lost.</source>
            <translation>Укажите причину проигрыша сделки.</translation>
        </message>
        <message>
            <source>Fill in this field before moving the deal to "{stage}".</source>
            <translation>Заполните это поле, прежде чем переводить сделку на этап «{stage}».</translation>
        </message>
        <message>
            <source>This contact belongs to another client.</source>
            <translation>Это контактное лицо относится к другому клиенту.</translation>
        </message>
        <message>
            <source>The duration must be between 0 and 24 hours.</source>
            <translation>Длительность должна быть от 0 до 24 часов.</translation>
        </message>
        <message>
            <source>This deal belongs to another client.</source>
            <translation>Эта сделка относится к другому клиенту.</translation>
        </message>
        <message>
            <source>The quantity must be greater than zero.</source>
            <translation>Количество должно быть больше нуля.</translation>
        </message>
        <message>
            <source>A discount is between 0 and 100%.</source>
            <translation>Скидка должна быть от 0 до 100 %.</translation>
        </message>
        <message>
            <source>The operation failed.</source>
            <translation>Не удалось выполнить операцию.</translation>
        </message>
        <message>
            <source>Your role does not allow this: {action}.</source>
            <translation>Ваша роль не разрешает это действие: {action}.</translation>
        </message>
        <message>
            <source>The record was not found or is not visible to you.</source>
            <translation>Запись не найдена или недоступна вам.</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. Reload it and try again.</source>
            <translation>Кто-то другой сохранил эту запись после того, как вы её открыли. Обновите её и попробуйте снова.</translation>
        </message>
        <message>
            <source>Wrong login or password.</source>
            <translation>Неверный логин или пароль.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask your administrator.</source>
            <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account is locked for {minutes} min.</source>
            <translation>Слишком много неверных паролей: учётная запись заблокирована на {minutes} мин.</translation>
        </message>
        <message>
            <source>{what} "{value}" already exists.</source>
            <translation>{what} «{value}» уже существует.</translation>
        </message>
        <message>
            <source>Not a valid database address: {detail}</source>
            <translation>Неверный адрес базы данных: {detail}</translation>
        </message>
        <message>
            <source>Unsupported database type "{detail}": use sqlite or postgresql.</source>
            <translation>Тип базы данных «{detail}» не поддерживается: используйте sqlite или postgresql.</translation>
        </message>
        <message>
            <source>The database uses the locale {detail}, in which PostgreSQL cannot fold Cyrillic case, so search would miss Russian names. Create the database with LC_CTYPE 'C.UTF-8' or 'ru_RU.UTF-8' (or an ICU locale).</source>
            <translation>База данных использует локаль {detail}, в которой PostgreSQL не различает регистр кириллицы, и поиск не найдёт русские названия. Создайте базу с LC_CTYPE 'C.UTF-8' или 'ru_RU.UTF-8' (или с локалью ICU).</translation>
        </message>
        <message>
            <source>The server name «{host}» is not known on this network. Check the spelling or use the server's IP address.</source>
            <translation>Имя сервера «{host}» в этой сети неизвестно. Проверьте написание или укажите IP-адрес сервера.</translation>
        </message>
        <message>
            <source>The server «{host}» does not answer. Check that it is switched on and that this computer is connected to the office network (cable, Wi-Fi or VPN).</source>
            <translation>Сервер «{host}» не отвечает. Проверьте, что он включён и что этот компьютер подключён к сети офиса (кабель, Wi-Fi или VPN).</translation>
        </message>
        <message>
            <source>The server «{host}» answers, but nothing accepts connections on port {port}. Check the port number and that the database server is running; a firewall may be blocking the port.</source>
            <translation>Сервер «{host}» отвечает, но на порту {port} подключения не принимаются. Проверьте номер порта и что сервер баз данных запущен; порт может блокировать межсетевой экран.</translation>
        </message>
        <message>
            <source>The server refused the password for «{user}». Check the keyboard layout and Caps Lock, or ask the administrator to reset the password.</source>
            <translation>Сервер не принял пароль пользователя «{user}». Проверьте раскладку клавиатуры и Caps Lock или попросите администратора сбросить пароль.</translation>
        </message>
        <message>
            <source>There is no login «{user}» on the server. Check the login or ask the administrator to create it.</source>
            <translation>На сервере нет логина «{user}». Проверьте логин или попросите администратора создать его.</translation>
        </message>
        <message>
            <source>The login «{user}» is disabled on the server. Ask the administrator.</source>
            <translation>Логин «{user}» на сервере отключён. Обратитесь к администратору.</translation>
        </message>
        <message>
            <source>The server has no database «{database}». Check the name or ask the administrator.</source>
            <translation>На сервере нет базы данных «{database}». Проверьте название или обратитесь к администратору.</translation>
        </message>
        <message>
            <source>The server does not let this computer or login connect to the database «{database}». Ask the administrator to allow it (pg_hba.conf, CONNECT right).</source>
            <translation>Сервер не разрешает этому компьютеру или логину подключаться к базе данных «{database}». Попросите администратора разрешить подключение (pg_hba.conf, право CONNECT).</translation>
        </message>
        <message>
            <source>The server is starting, stopping or overloaded right now. Try again in a minute.</source>
            <translation>Сервер сейчас запускается, останавливается или перегружен. Повторите попытку через минуту.</translation>
        </message>
        <message>
            <source>The database «{database}» is empty: the administrator must prepare it with «crm-admin server init».</source>
            <translation>База данных «{database}» пуста: администратор должен подготовить её командой «crm-admin server init».</translation>
        </message>
        <message>
            <source>The database is older than this program: the administrator must run «crm-admin upgrade».</source>
            <translation>База данных старше этой программы: администратор должен выполнить «crm-admin upgrade».</translation>
        </message>
        <message>
            <source>The database was updated for a newer version of the program: install the new version on this computer.</source>
            <translation>База данных обновлена для более новой версии программы: установите новую версию на этот компьютер.</translation>
        </message>
        <message>
            <source>Cannot connect to the database: {detail}</source>
            <translation>Не удаётся подключиться к базе данных: {detail}</translation>
        </message>
        <message>
            <source>Enter the server's name or IP address.</source>
            <translation>Укажите имя или IP-адрес сервера.</translation>
        </message>
        <message>
            <source>Enter the database name.</source>
            <translation>Укажите название базы данных.</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535.</source>
            <translation>Порт — это число от 1 до 65535.</translation>
        </message>
        <message>
            <source>The database is empty. Run "crm-admin init" to create it.</source>
            <translation>База данных пуста. Чтобы создать её, выполните «crm-admin init».</translation>
        </message>
        <message>
            <source>The database schema is older than this program. Ask the administrator to run "crm-admin upgrade".</source>
            <translation>Структура базы данных старше этой версии программы. Попросите администратора выполнить «crm-admin upgrade».</translation>
        </message>
        <message>
            <source>The database was created by a newer version of crm-desktop. Update this program before working with it.</source>
            <translation>База данных создана более новой версией crm-desktop. Обновите программу, прежде чем работать с ней.</translation>
        </message>
        <message>
            <source>This task waits for {count} unfinished task(s) it depends on: {titles}.</source>
            <translation>Задача ждёт незавершённые задачи, от которых зависит ({count}): {titles}.</translation>
        </message>
        <message>
            <source>These dependencies would form a cycle.</source>
            <translation>Такие зависимости образуют замкнутый круг.</translation>
        </message>
        <message>
            <source>Choose an active user as the assignee.</source>
            <translation>Выберите исполнителем активного пользователя.</translation>
        </message>
        <message>
            <source>Your role does not allow giving tasks to this person.</source>
            <translation>Ваша роль не позволяет ставить задачи этому сотруднику.</translation>
        </message>
        <message>
            <source>The reminder must not be later than the due time.</source>
            <translation>Напоминание не может быть позже срока задачи.</translation>
        </message>
        <message>
            <source>A login is 2–63 Latin letters, digits, dots, dashes or underscores, starting with a letter.</source>
            <translation>Логин — от 2 до 63 латинских букв, цифр, точек, дефисов или подчёркиваний; первым символом должна быть буква.</translation>
        </message>
        <message>
            <source>The password must be at least {limit} characters.</source>
            <translation>Пароль должен быть не короче {limit} символов.</translation>
        </message>
        <message>
            <source>Unknown role: {value}</source>
            <translation>Неизвестная роль: {value}</translation>
        </message>
        <message>
            <source>You cannot take the right to manage users away from yourself.</source>
            <translation>Нельзя отнять право управлять пользователями у самого себя.</translation>
        </message>
        <message>
            <source>login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>database login</source>
            <translation>учётная запись базы данных</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Это поле обязательно.</translation>
        </message>
        <message>
            <source>Too long: at most {limit} characters.</source>
            <translation>Слишком длинно: не больше {limit} символов.</translation>
        </message>
        <message>
            <source>INN must be 10 digits (company) or 12 digits (person) with a valid checksum.</source>
            <translation>ИНН — 10 цифр (организация) или 12 цифр (физическое лицо) с верной контрольной суммой.</translation>
        </message>
        <message>
            <source>KPP must be 9 characters.</source>
            <translation>КПП должен состоять из 9 символов.</translation>
        </message>
        <message>
            <source>OGRN must be 13 or 15 digits with a valid checksum.</source>
            <translation>ОГРН — 13 или 15 цифр с верной контрольной суммой.</translation>
        </message>
        <message>
            <source>BIK must be 9 digits starting with 04.</source>
            <translation>БИК — 9 цифр, начинается с 04.</translation>
        </message>
        <message>
            <source>A bank account number is 20 digits.</source>
            <translation>Номер банковского счёта — 20 цифр.</translation>
        </message>
        <message>
            <source>The account number does not match the BIK (control digit).</source>
            <translation>Номер счёта не соответствует БИК (контрольный разряд).</translation>
        </message>
        <message>
            <source>Not a phone number: {value}</source>
            <translation>Это не номер телефона: {value}</translation>
        </message>
        <message>
            <source>Not an e-mail address: {value}</source>
            <translation>Это не адрес электронной почты: {value}</translation>
        </message>
        <message>
            <source>Enter an amount of money, e.g. 1500.00.</source>
            <translation>Введите сумму, например 1500,00.</translation>
        </message>
        <message>
            <source>Must not be negative.</source>
            <translation>Значение не может быть отрицательным.</translation>
        </message>
        <message>
            <source>Unknown value: {value}</source>
            <translation>Неизвестное значение: {value}</translation>
        </message>
        <message>
            <source>Something went wrong. The details were written to the log file.</source>
            <translation>Что-то пошло не так. Подробности записаны в журнал.</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>The file is {size_mb} MB; attachments may be at most {limit_mb} MB.</source>
            <translation>Размер файла — {size_mb} МБ; вложение может быть не больше {limit_mb} МБ.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Файл пуст.</translation>
        </message>
        <message>
            <source>Attach the file to a client or a deal.</source>
            <translation>Прикрепите файл к клиенту или сделке.</translation>
        </message>
        <message>
            <source>This is a PostgreSQL server database, not a file.</source>
            <translation>Это база данных на сервере PostgreSQL, а не файл.</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <translation>Файл базы данных не найден: {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; use --force to replace it.</source>
            <translation>{path} уже существует; чтобы заменить его, укажите --force.</translation>
        </message>
        <message>
            <source>{path} is not a crm-desktop backup: {detail}</source>
            <translation>{path} не является резервной копией crm-desktop: {detail}</translation>
        </message>
        <message>
            <source>Backup or restore failed: {detail}</source>
            <translation>Не удалось создать или восстановить резервную копию: {detail}</translation>
        </message>
        <message>
            <source>Not enough disk space to write {path}; nothing was changed. Free some space or choose another folder. ({detail})</source>
            <translation>Недостаточно места на диске для записи {path}; ничего не изменено. Освободите место или выберите другую папку. ({detail})</translation>
        </message>
        <message>
            <source>{path} is {detail}.</source>
            <translation>{path}: {detail}.</translation>
        </message>
        <message>
            <source>{detail} was not found. Install the PostgreSQL client programs (Debian/Ubuntu: postgresql-client; Windows: the PostgreSQL installer's "Command Line Tools") or name their folder in CRM_PG_BIN.</source>
            <translation>{detail} не найден. Установите клиентские программы PostgreSQL (Debian/Ubuntu: postgresql-client; Windows: компонент «Command Line Tools» установщика PostgreSQL) или укажите их папку в CRM_PG_BIN.</translation>
        </message>
        <message>
            <source>The backup did not restore to the same data, so it was not kept: {detail}</source>
            <translation>Резервная копия не восстанавливается в те же данные, поэтому она не сохранена: {detail}</translation>
        </message>
        <message>
            <source>--verify needs a scratch database, but the role {detail} may not create databases (ALTER ROLE {detail} CREATEDB).</source>
            <translation>Для --verify нужна временная база данных, но роль {detail} не может создавать базы данных (ALTER ROLE {detail} CREATEDB).</translation>
        </message>
        <message>
            <source>The backup names server roles this server does not have: {detail}. Restore the roles first (pg_dumpall --roles-only on the old server), see docs/ADMIN.md.</source>
            <translation>В резервной копии указаны роли, которых нет на этом сервере: {detail}. Сначала восстановите роли (pg_dumpall --roles-only на старом сервере), см. docs/ADMIN.md.</translation>
        </message>
        <message>
            <source>The database {detail} is not empty; use --force to replace its contents (they are saved first).</source>
            <translation>База данных {detail} не пуста; чтобы заменить её содержимое, укажите --force (прежнее содержимое будет сначала сохранено).</translation>
        </message>
        <message>
            <source>change a segment someone else created</source>
            <translation>изменение сегмента, созданного другим пользователем</translation>
        </message>
        <message>
            <source>Enter a date as dd.mm.yyyy.</source>
            <translation>Введите дату в виде дд.мм.гггг.</translation>
        </message>
        <message>
            <source>A pipeline needs at least one open, one won and one lost stage.</source>
            <translation>В воронке должен быть хотя бы один открытый этап, один успешный и один проигранный.</translation>
        </message>
        <message>
            <source>The stage holds {count} deal(s): choose the stage to move them to.</source>
            <translation>Сделок на этапе: {count}. Выберите этап, куда их перенести.</translation>
        </message>
        <message>
            <source>Move the deals to another stage of the same pipeline.</source>
            <translation>Перенесите сделки на другой этап этой же воронки.</translation>
        </message>
        <message>
            <source>The probability is between 0 and 100%.</source>
            <translation>Вероятность — от 0 до 100%.</translation>
        </message>
        <message>
            <source>A deal has no field "{value}".</source>
            <translation>У сделки нет поля «{value}».</translation>
        </message>
        <message>
            <source>The new order must list every item exactly once.</source>
            <translation>В новом порядке каждый элемент должен встречаться ровно один раз.</translation>
        </message>
        <message>
            <source>VAT is 20%, 10%, 0% or "no VAT".</source>
            <translation>НДС может быть 20%, 10%, 0% или «без НДС».</translation>
        </message>
        <message>
            <source>Enter the quantity in stock, e.g. 12 or 2.5.</source>
            <translation>Введите остаток на складе, например 12 или 2,5.</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>артикул</translation>
        </message>
        <message>
            <source>Enter the bank's BIK first: the account is checked against it.</source>
            <translation>Сначала укажите БИК банка: счёт проверяется по нему.</translation>
        </message>
        <message>
            <source>The VAT rate is 20%, 10%, 0% or no VAT.</source>
            <translation>Ставка НДС: 20%, 10%, 0% или без НДС.</translation>
        </message>
        <message>
            <source>The deal has no products and no amount: add line items to the deal first.</source>
            <translation>В сделке нет ни товаров, ни суммы: сначала добавьте в сделку позиции.</translation>
        </message>
        <message>
            <source>An invoice needs at least one line.</source>
            <translation>В счёте должна быть хотя бы одна строка.</translation>
        </message>
        <message>
            <source>The invoice total must be greater than zero.</source>
            <translation>Сумма счёта должна быть больше нуля.</translation>
        </message>
        <message>
            <source>Our company's requisites lack {what}: fill them in under Settings → Company.</source>
            <translation>В реквизитах нашей компании не заполнено: {what}. Заполните их в разделе Настройки → Компания.</translation>
        </message>
        <message>
            <source>The client "{client}" lacks {what}, which an invoice needs: fill it in on the client card.</source>
            <translation>У клиента «{client}» не заполнено: {what}, а для счёта это нужно. Заполните в карточке клиента.</translation>
        </message>
        <message>
            <source>the name</source>
            <translation>наименование</translation>
        </message>
        <message>
            <source>the INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>the KPP</source>
            <translation>КПП</translation>
        </message>
        <message>
            <source>the legal address</source>
            <translation>юридический адрес</translation>
        </message>
        <message>
            <source>the bank name</source>
            <translation>название банка</translation>
        </message>
        <message>
            <source>the BIK</source>
            <translation>БИК</translation>
        </message>
        <message>
            <source>the settlement account</source>
            <translation>расчётный счёт</translation>
        </message>
        <message>
            <source>the correspondent account</source>
            <translation>корреспондентский счёт</translation>
        </message>
        <message>
            <source>Only a draft invoice can be changed or issued.</source>
            <translation>Изменить или выставить можно только черновик счёта.</translation>
        </message>
        <message>
            <source>Only an issued, unpaid invoice can be marked paid.</source>
            <translation>Отметить оплату можно только у выставленного неоплаченного счёта.</translation>
        </message>
        <message>
            <source>The payment date cannot be earlier than the invoice date.</source>
            <translation>Дата оплаты не может быть раньше даты счёта.</translation>
        </message>
        <message>
            <source>A paid or cancelled invoice cannot be cancelled.</source>
            <translation>Оплаченный или уже аннулированный счёт нельзя аннулировать.</translation>
        </message>
        <message>
            <source>Issue the invoice first: a draft has no number to print.</source>
            <translation>Сначала выставьте счёт: у черновика нет номера для печати.</translation>
        </message>
        <message>
            <source>A role key is 2–12 Latin lower-case letters, digits or underscores, starting with a letter.</source>
            <translation>Код роли — от 2 до 12 строчных латинских букв, цифр или подчёркиваний, начиная с буквы.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <source>The administrator role always sees everything and has every right.</source>
            <translation>Роль администратора всегда видит всё и имеет все права.</translation>
        </message>
        <message>
            <source>A built-in role cannot be deleted.</source>
            <translation>Встроенную роль нельзя удалить.</translation>
        </message>
        <message>
            <source>{count} user(s) still have this role: give them another role first.</source>
            <translation>Эта роль ещё назначена пользователям ({count}): сначала назначьте им другую роль.</translation>
        </message>
        <message>
            <source>Unknown right: {value}</source>
            <translation>Неизвестное право: {value}</translation>
        </message>
        <message>
            <source>Not a date: {value} (use dd.mm.yyyy)</source>
            <translation>Не дата: {value} (формат дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Not a whole number: {value}</source>
            <translation>Не целое число: {value}</translation>
        </message>
        <message>
            <source>Unknown client type "{value}": use company or person.</source>
            <translation>Неизвестный тип клиента «{value}»: укажите «компания» или «физлицо».</translation>
        </message>
        <message>
            <source>Unknown status "{value}": the client is imported as a lead.</source>
            <translation>Неизвестный статус «{value}»: клиент импортируется как лид.</translation>
        </message>
        <message>
            <source>No pipeline "{value}".</source>
            <translation>Нет воронки «{value}».</translation>
        </message>
        <message>
            <source>The pipeline has no stage "{value}".</source>
            <translation>В воронке нет этапа «{value}».</translation>
        </message>
        <message>
            <source>A lost deal needs a loss reason from the list: {value}</source>
            <translation>Для проигранной сделки нужна причина проигрыша из списка: {value}</translation>
        </message>
        <message>
            <source>The file {name} does not exist.</source>
            <translation>Файл {name} не существует.</translation>
        </message>
        <message>
            <source>The file {name} is empty.</source>
            <translation>Файл {name} пуст.</translation>
        </message>
        <message>
            <source>The file {name} has a header but no rows under it.</source>
            <translation>В файле {name} есть заголовок, но нет строк под ним.</translation>
        </message>
        <message>
            <source>The file {name} is not a spreadsheet: open an .xlsx or .csv file.</source>
            <translation>Файл {name} — не таблица: откройте файл .xlsx или .csv.</translation>
        </message>
        <message>
            <source>The file {name} is in the old Excel format (.xls): save it as .xlsx or CSV in Excel and import that.</source>
            <translation>Файл {name} в старом формате Excel (.xls): сохраните его в Excel как .xlsx или CSV и импортируйте этот файл.</translation>
        </message>
        <message>
            <source>The file {name} is open in another program or locked: close it there and try again.</source>
            <translation>Файл {name} открыт в другой программе или заблокирован: закройте его там и попробуйте снова.</translation>
        </message>
        <message>
            <source>The file {name} is too big ({size} MB; at most {limit} MB): split it into several files.</source>
            <translation>Файл {name} слишком большой ({size} МБ; не более {limit} МБ): разделите его на несколько файлов.</translation>
        </message>
        <message>
            <source>The file {name} has more than {limit} rows: split it into several files.</source>
            <translation>В файле {name} больше {limit} строк: разделите его на несколько файлов.</translation>
        </message>
        <message>
            <source>The workbook has no sheet "{sheet}".</source>
            <translation>В книге нет листа «{sheet}».</translation>
        </message>
        <message>
            <source>The file {name} cannot be read: {detail}</source>
            <translation>Не удаётся прочитать файл {name}: {detail}</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>Импорт отменён; ничего не записано.</translation>
        </message>
        <message>
            <source>Choose the column for "{field}".</source>
            <translation>Выберите столбец для поля «{field}».</translation>
        </message>
        <message>
            <source>The mapping file {name} cannot be used: {detail}</source>
            <translation>Файл сопоставления {name} нельзя использовать: {detail}</translation>
        </message>
        <message>
            <source>There is no saved mapping "{name}".</source>
            <translation>Нет сохранённого сопоставления «{name}».</translation>
        </message>
        <message>
            <source>There is no user "{name}" in your scope.</source>
            <translation>В вашей области видимости нет пользователя «{name}».</translation>
        </message>
        <message>
            <source>No client "{value}" among the clients you can see.</source>
            <translation>Среди доступных вам клиентов нет «{value}».</translation>
        </message>
        <message>
            <source>Several clients are named "{value}": add a column with their INN.</source>
            <translation>Несколько клиентов называются «{value}»: добавьте столбец с их ИНН.</translation>
        </message>
        <message>
            <source>The row names no client: fill in the client's INN or name.</source>
            <translation>В строке не указан клиент: заполните ИНН или название клиента.</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>причина</translation>
        </message>
        <message>
            <source>The row has no name.</source>
            <translation>В строке нет названия.</translation>
        </message>
        <message>
            <source>The row has {count} filled cells, the header only {width} columns.</source>
            <translation>В строке заполнено ячеек: {count}, а в заголовке только столбцов: {width}.</translation>
        </message>
        <message>
            <source>No user "{value}" in your scope: the record goes to the default manager.</source>
            <translation>В вашей области видимости нет пользователя «{value}»: запись получит ответственного по умолчанию.</translation>
        </message>
        <message>
            <source>Unknown source "{value}": left empty.</source>
            <translation>Неизвестный источник «{value}»: поле оставлено пустым.</translation>
        </message>
        <message>
            <source>Choose a colleague other than the person who leaves.</source>
            <translation>Выберите коллегу — не того сотрудника, который увольняется.</translation>
        </message>
        <message>
            <source>The colleague's account is disabled; choose an active colleague.</source>
            <translation>Учётная запись коллеги отключена; выберите действующего сотрудника.</translation>
        </message>
        <message>
            <source>You cannot offboard your own account.</source>
            <translation>Нельзя уволить собственную учётную запись.</translation>
        </message>
        <message>
            <source>There is no user with the login {login}.</source>
            <translation>Нет пользователя с логином {login}.</translation>
        </message>
        <message>
            <source>Enter a whole number from {low} to {high}.</source>
            <translation>Введите целое число от {low} до {high}.</translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <translation>Неверный пароль.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Период заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <source>No connection to the server. Your input is kept; try again in a moment.</source>
            <translation>Нет связи с сервером. Введённые данные сохранены в форме; повторите попытку чуть позже.</translation>
        </message>
        <message>
            <source>Nobody to give it to: {who}.</source>
            <translation>Некому поручить: {who}.</translation>
        </message>
        <message>
            <source>the deal has no manager</source>
            <translation>у сделки нет ответственного</translation>
        </message>
        <message>
            <source>the client has no manager</source>
            <translation>у клиента нет ответственного</translation>
        </message>
        <message>
            <source>the chosen user is disabled or removed</source>
            <translation>выбранный пользователь отключён или удалён</translation>
        </message>
        <message>
            <source>no active user has the chosen role</source>
            <translation>ни у одного активного пользователя нет выбранной роли</translation>
        </message>
        <message>
            <source>The rule needs a deal or a client to act on.</source>
            <translation>Правилу нужна сделка или клиент, с которыми работать.</translation>
        </message>
        <message>
            <source>Automation rule «{rule}» could not run, nothing was saved: {reason}</source>
            <translation>Правило автоматизации «{rule}» не выполнено, ничего не сохранено: {reason}</translation>
        </message>
        <message>
            <source>Automation rules started each other over and over; stopped at rule «{rule}».</source>
            <translation>Правила автоматизации запускали друг друга по кругу; остановлено на правиле «{rule}».</translation>
        </message>
        <message>
            <source>Choose what starts the rule.</source>
            <translation>Выберите, что запускает правило.</translation>
        </message>
        <message>
            <source>Choose the pipeline and the stage.</source>
            <translation>Выберите воронку и этап.</translation>
        </message>
        <message>
            <source>Enter a number of days from {low} to {high}.</source>
            <translation>Введите число дней от {low} до {high}.</translation>
        </message>
        <message>
            <source>Add at least one action.</source>
            <translation>Добавьте хотя бы одно действие.</translation>
        </message>
        <message>
            <source>Enter an amount in roubles, e.g. 150000.</source>
            <translation>Введите сумму в рублях, например 150000.</translation>
        </message>
        <message>
            <source>«Amount above» must be less than «amount below».</source>
            <translation>«Сумма больше» должна быть меньше, чем «сумма меньше».</translation>
        </message>
        <message>
            <source>Choose the user.</source>
            <translation>Выберите пользователя.</translation>
        </message>
        <message>
            <source>Choose the role whose head gets it.</source>
            <translation>Выберите роль, руководитель которой получит задачу.</translation>
        </message>
        <message>
            <source>This trigger has no deal: choose the client's manager, a user or a role's head.</source>
            <translation>У этого события нет сделки: выберите ответственного за клиента, пользователя или руководителя роли.</translation>
        </message>
        <message>
            <source>This trigger has no deal to act on.</source>
            <translation>У этого события нет сделки, с которой можно работать.</translation>
        </message>
        <message>
            <source>Enter a due time from 0 to 365 days (8760 hours).</source>
            <translation>Введите срок от 0 до 365 дней (8760 часов).</translation>
        </message>
        <message>
            <source>This field cannot be set by a rule.</source>
            <translation>Это поле нельзя менять правилом.</translation>
        </message>
        <message>
            <source>Choose the value to set.</source>
            <translation>Выберите значение, которое нужно установить.</translation>
        </message>
        <message>
            <source>Enter the text.</source>
            <translation>Введите текст.</translation>
        </message>
        <message>
            <source>The template names an unknown field {{{name}}}. Available: {available}.</source>
            <translation>В шаблоне неизвестное поле {{{name}}}. Доступны: {available}.</translation>
        </message>
        <message>
            <source>{{{name}}} is not available for this trigger. Available: {available}.</source>
            <translation>{{{name}}} недоступно для этого события. Доступны: {available}.</translation>
        </message>
        <message>
            <source>The connection was lost while saving, so the save may have failed. Your input is kept: press Save again when the connection is back; nothing is saved twice.</source>
            <translation>Во время сохранения пропала связь с сервером, поэтому сохранение могло не пройти. Введённое сохранено в форме: нажмите «Сохранить» ещё раз, когда связь вернётся, — дважды ничего не запишется.</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)…</source>
            <translation>Книга Excel (.xlsx)…</translation>
        </message>
        <message>
            <source>CSV for Excel (.csv)…</source>
            <translation>CSV для Excel (.csv)…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV для Excel (*.csv)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Экспортировать в</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>%n строка выгружена в файл %1.</numerusform>
                <numerusform>%n строки выгружены в файл %1.</numerusform>
                <numerusform>%n строк выгружено в файл %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <source>Segment “{name}”</source>
            <translation>Сегмент «{name}»</translation>
        </message>
        <message>
            <source>{what}: exported by {user} on {time}, {rows} rows</source>
            <translation>{what}: выгрузил(а) {user} {time}, строк: {rows}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>KPP</source>
            <translation>КПП</translation>
        </message>
        <message>
            <source>OGRN</source>
            <translation>ОГРН</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Open deals, RUB</source>
            <translation>Открытые сделки, ₽</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создан</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Ожидаемая дата закрытия</translation>
        </message>
        <message>
            <source>In the stage since</source>
            <translation>На этапе с</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыта</translation>
        </message>
        <message>
            <source>company</source>
            <translation>юрлицо</translation>
        </message>
        <message>
            <source>person</source>
            <translation>физлицо</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>лид</translation>
        </message>
        <message>
            <source>prospect</source>
            <translation>потенциальный</translation>
        </message>
        <message>
            <source>client</source>
            <translation>клиент</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>потерян</translation>
        </message>
    </context>
    <context>
        <name>FeedPanel</name>
        <message>
            <source>Activity</source>
            <translation>Лента событий</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Nothing has happened yet.</source>
            <translation>Событий пока нет.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Система</translation>
        </message>
        <message>
            <source>new client</source>
            <translation>новый клиент</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>deal stage</source>
            <translation>этап сделки</translation>
        </message>
        <message>
            <source>Deal «%1» → %2</source>
            <translation>Сделка «%1» → %2</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>An .xlsx workbook or a .csv file</source>
            <translation>Книга .xlsx или файл .csv</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Что импортировать</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>The first row with column names is the header; title rows above it are skipped. CSV files may be in UTF-8 or Windows-1251, with ; , or tabs between the values. Formulas are imported as the values Excel computed.</source>
            <translation>Первая строка с названиями столбцов — заголовок; строки-заголовки над ней пропускаются. CSV-файлы могут быть в UTF-8 или Windows-1251, с разделителями ; , или табуляцией. Вместо формул импортируются значения, которые посчитал Excel.</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Выберите файл для импорта</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Таблицы (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>All managers</source>
            <translation>Все ответственные</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Все каналы</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Все теги</translation>
        </message>
        <message>
            <source>All industries</source>
            <translation>Все отрасли</translation>
        </message>
        <message>
            <source>Favourites only</source>
            <translation>Только избранные</translation>
        </message>
        <message>
            <source>Favourites first</source>
            <translation>Избранные сверху</translation>
        </message>
        <message>
            <source>+ more conditions of the segment</source>
            <translation>+ другие условия сегмента</translation>
        </message>
        <message>
            <source>Reset filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n+ day(s)</source>
            <translation>
                <numerusform>Без контакта %n+ день</numerusform>
                <numerusform>Без контакта %n+ дня</numerusform>
                <numerusform>Без контакта %n+ дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Birthday within %n day(s)</source>
            <translation>
                <numerusform>ДР в ближайший %n день</numerusform>
                <numerusform>ДР в ближайшие %n дня</numerusform>
                <numerusform>ДР в ближайшие %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No call, meeting or e-mail for %n day(s) or longer, or never</source>
            <translation>
                <numerusform>Ни звонков, ни встреч, ни писем %n день и дольше (или никогда)</numerusform>
                <numerusform>Ни звонков, ни встреч, ни писем %n дня и дольше (или никогда)</numerusform>
                <numerusform>Ни звонков, ни встреч, ни писем %n дней и дольше (или никогда)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The client or one of its contact people has a birthday within %n day(s)</source>
            <translation>
                <numerusform>День рождения клиента или его контактного лица в ближайший %n день</numerusform>
                <numerusform>День рождения клиента или его контактного лица в ближайшие %n дня</numerusform>
                <numerusform>День рождения клиента или его контактного лица в ближайшие %n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to CRM</source>
            <translation>Добро пожаловать в CRM</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Логин:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>ФИО:</translation>
        </message>
        <message>
            <source>e.g. Ivanov Ivan Ivanovich</source>
            <translation>например, Иванов Иван Иванович</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>at least 8 characters</source>
            <translation>не менее 8 символов</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>Повторите пароль:</translation>
        </message>
        <message>
            <source>Instead, fill the database with demo data to try the program</source>
            <translation>Вместо этого заполнить базу демонстрационными данными, чтобы попробовать программу</translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln клиент</numerusform>
                <numerusform>%Ln клиента</numerusform>
                <numerusform>%Ln клиентов</numerusform>
            </translation>
        </message>
        <message>
            <source>Create administrator</source>
            <translation>Создать администратора</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>This database has no users yet. Create the administrator: this account signs in first and adds your colleagues.</source>
            <translation>В этой базе ещё нет пользователей. Создайте администратора: под этой учётной записью вы войдёте первым и добавите коллег.</translation>
        </message>
        <message>
            <source>Create demo database</source>
            <translation>Создать демонстрационную базу</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>FirstSaleCard</name>
        <message>
            <source>First contact to first sale</source>
            <translation>От первого контакта до первой продажи</translation>
        </message>
        <message>
            <source>median %1</source>
            <translation>медиана %1</translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) bought for the first time; on average after %1.</source>
            <translation>
                <numerusform>%n клиент впервые купил; в среднем через %1.</numerusform>
                <numerusform>%n клиента впервые купили; в среднем через %1.</numerusform>
                <numerusform>%n клиентов впервые купили; в среднем через %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FunnelCard</name>
        <message>
            <source>Sales funnel</source>
            <translation>Воронка продаж</translation>
        </message>
        <message>
            <source>Deals that entered the pipeline in the period, with their whole way through it</source>
            <translation>Сделки, пришедшие в воронку за период, — со всем их путём по этапам</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Вошли</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Дошли</translation>
        </message>
        <message>
            <source>To next</source>
            <translation>Дальше</translation>
        </message>
        <message>
            <source>To won</source>
            <translation>В успех</translation>
        </message>
        <message>
            <source>Avg. time</source>
            <translation>Ср. время</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Медиана</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Потеряно</translation>
        </message>
        <message>
            <source>Sales funnel: %1</source>
            <translation>Воронка продаж: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Full name (last first middle)</source>
            <translation>ФИО (фамилия имя отчество)</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Телефоны</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Responsible manager</source>
            <translation>Ответственный менеджер</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Название компании</translation>
        </message>
        <message>
            <source>Type (company / person)</source>
            <translation>Тип (компания / физлицо)</translation>
        </message>
        <message>
            <source>KPP</source>
            <translation>КПП</translation>
        </message>
        <message>
            <source>OGRN</source>
            <translation>ОГРН</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Contact's position</source>
            <translation>Должность контакта</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Legal address</source>
            <translation>Юридический адрес</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Annual turnover</source>
            <translation>Годовой оборот</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Сотрудников</translation>
        </message>
        <message>
            <source>Company INN</source>
            <translation>ИНН компании</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Название сделки</translation>
        </message>
        <message>
            <source>Client INN</source>
            <translation>ИНН клиента</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Ожидаемая дата закрытия</translation>
        </message>
        <message>
            <source>Loss reason</source>
            <translation>Причина проигрыша</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Contact people</source>
            <translation>Контактные лица</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <source>Skip: keep the card in the base</source>
            <translation>Пропустить: оставить карточку в базе</translation>
        </message>
        <message>
            <source>Keep the first row, skip the rest</source>
            <translation>Взять первую строку, остальные пропустить</translation>
        </message>
        <message>
            <source>Update the card: fill empty fields</source>
            <translation>Дополнить карточку: заполнить пустые поля</translation>
        </message>
        <message>
            <source>Merge the rows into one record</source>
            <translation>Объединить строки в одну запись</translation>
        </message>
        <message>
            <source>Create anyway</source>
            <translation>Всё равно создать</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Дубликаты</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Import from Excel or CSV</source>
            <translation>Импорт из Excel или CSV</translation>
        </message>
        <message>
            <source>Rows are checked before anything is saved; then every accepted row is saved at once, or none. Rejected rows go to a report you can fix and import again.</source>
            <translation>Строки проверяются до сохранения; затем все принятые строки сохраняются разом — или ни одна. Отклонённые строки попадают в отчёт: их можно исправить и импортировать снова.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n row(s)</source>
            <translation>
                <numerusform>Импортировать %n строку</numerusform>
                <numerusform>Импортировать %n строки</numerusform>
                <numerusform>Импортировать %n строк</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>Сначала выберите файл.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>%1 - rejected %2</source>
            <translation>%1 - отклонённые %2</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Читаем…</translation>
        </message>
    </context>
    <context>
        <name>InvoiceDraftDialog</name>
        <message>
            <source>Draft invoice</source>
            <translation>Черновик счёта</translation>
        </message>
        <message>
            <source>Buyer: %1. The number and date are given when the invoice is issued; prices include VAT.</source>
            <translation>Покупатель: %1. Номер и дата присваиваются при выставлении счёта; цены указаны с НДС.</translation>
        </message>
        <message>
            <source>Lines are copied from the deal; changes here do not change the deal.</source>
            <translation>Строки скопированы из сделки; изменения здесь не меняют сделку.</translation>
        </message>
    </context>
    <context>
        <name>Invoices</name>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Выставлен</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Оплачен</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Аннулирован</translation>
        </message>
        <message>
            <source>No. %1 of %2</source>
            <translation>№ %1 от %2</translation>
        </message>
    </context>
    <context>
        <name>InvoicesTab</name>
        <message>
            <source>New invoice from deal</source>
            <translation>Новый счёт по сделке</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Выставить</translation>
        </message>
        <message>
            <source>Mark paid…</source>
            <translation>Отметить оплату…</translation>
        </message>
        <message>
            <source>Cancel invoice</source>
            <translation>Аннулировать</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Сохранить PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Счёт</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Покупатель</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Оплачен</translation>
        </message>
        <message>
            <source>No invoices for this deal yet. "New invoice from deal" makes a draft from the deal's products.</source>
            <translation>По этой сделке счетов пока нет. «Новый счёт по сделке» создаст черновик из товаров сделки.</translation>
        </message>
        <message>
            <source>No invoices for this client yet. Invoices are made from a deal: open the deal and use "New invoice from deal" on its Invoices tab.</source>
            <translation>Счетов этому клиенту пока нет. Счёт выставляется по сделке: откройте сделку и нажмите «Новый счёт по сделке» на вкладке «Счета».</translation>
        </message>
        <message>
            <source>Issue the invoice</source>
            <translation>Выставить счёт</translation>
        </message>
        <message>
            <source>Issue this invoice? It gets the next number of the year, and its lines and requisites can no longer be changed.</source>
            <translation>Выставить счёт? Он получит следующий номер в этом году, а его строки и реквизиты больше нельзя будет изменить.</translation>
        </message>
        <message>
            <source>Cancel the invoice</source>
            <translation>Аннулировать счёт</translation>
        </message>
        <message>
            <source>Cancel this invoice? Its number stays used and is not given to another invoice.</source>
            <translation>Аннулировать счёт? Его номер останется занятым и не будет присвоен другому счёту.</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>pcs</source>
            <translation>шт</translation>
        </message>
        <message>
            <source>Remove the line</source>
            <translation>Удалить строку</translation>
        </message>
    </context>
    <context>
        <name>ItemsEditor</name>
        <message>
            <source>+ Add line</source>
            <translation>+ Добавить строку</translation>
        </message>
        <message>
            <source>No products yet: the deal amount is entered by hand.</source>
            <translation>Товаров пока нет: сумма сделки вводится вручную.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед.</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Disc. %</source>
            <translation>Скидка %</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>НДС</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Итого: %1</translation>
        </message>
        <message>
            <source>incl. VAT: %1</source>
            <translation>в т.ч. НДС: %1</translation>
        </message>
        <message>
            <source>Enter a number, e.g. 2 or 1 500,50.</source>
            <translation>Введите число, например 2 или 1 500,50.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Lead</source>
            <translation>Лид</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Потенциальный</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Потерян</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <source>Private person</source>
            <translation>Частное лицо</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Messenger</source>
            <translation>Мессенджер</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>E-mail</source>
            <comment>activity</comment>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Низкий</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Обычный</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>В работе</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнена</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
        <message>
            <source>call</source>
            <translation>звонок</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>встреча</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>письмо</translation>
        </message>
        <message>
            <source>note</source>
            <translation>заметка</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>CRM · the session is locked</source>
            <translation>CRM · сеанс заблокирован</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — CRM</source>
            <translation>Вход — CRM</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Логин:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Войти</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Change server…</source>
            <translation>Сменить сервер…</translation>
        </message>
        <message>
            <source>Connect this computer to another database</source>
            <translation>Подключить этот компьютер к другой базе данных</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>База данных: %1</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>Введите логин.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Введите пароль.</translation>
        </message>
    </context>
    <context>
        <name>LossReasonDialog</name>
        <message>
            <source>Deal lost</source>
            <translation>Сделка проиграна</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Выберите причину…</translation>
        </message>
        <message>
            <source>What happened (optional)</source>
            <translation>Что произошло (необязательно)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Close as lost</source>
            <translation>Закрыть как проигранную</translation>
        </message>
        <message>
            <source>Why was the deal lost?</source>
            <translation>Почему сделка проиграна?</translation>
        </message>
        <message>
            <source>"%1" moves to "%2". The reason goes into the loss reasons report.</source>
            <translation>«%1» переходит на этап «%2». Причина попадёт в отчёт о причинах проигрыша.</translation>
        </message>
        <message>
            <source>Choose why the deal was lost.</source>
            <translation>Выберите причину проигрыша.</translation>
        </message>
    </context>
    <context>
        <name>LossReasonsPanel</name>
        <message>
            <source>New reason, e.g. Chose a competitor</source>
            <translation>Новая причина, например Выбрали конкурента</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Отключить</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Show retired reasons</source>
            <translation>Показать отключённые причины</translation>
        </message>
        <message>
            <source>A deactivated reason is no longer offered; deals that were lost for it keep it.</source>
            <translation>Отключённая причина больше не предлагается; у уже проигранных сделок она сохраняется.</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (отключена)</translation>
        </message>
        <message>
            <source>Not offered when a deal is lost; deals lost for this reason keep it.</source>
            <translation>Не предлагается при проигрыше сделки; у сделок, проигранных по этой причине, она сохраняется.</translation>
        </message>
    </context>
    <context>
        <name>LossesCard</name>
        <message>
            <source>Loss reasons</source>
            <translation>Причины проигрыша</translation>
        </message>
        <message>
            <source>No reason</source>
            <translation>Без причины</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>Clients and sales</source>
            <translation>Клиенты и продажи</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Версия %1</translation>
        </message>
        <message>
            <source>Search clients, contacts, phones, e-mails, INN…  (Ctrl+K)</source>
            <translation>Поиск клиентов, контактов, телефонов, e-mail, ИНН…  (Ctrl+K)</translation>
        </message>
        <message numerus="yes">
            <source>deal(s) in progress</source>
            <translation>
                <numerusform>сделка в работе</numerusform>
                <numerusform>сделки в работе</numerusform>
                <numerusform>сделок в работе</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>open task(s) assigned to you</source>
            <translation>
                <numerusform>открытая задача на вас</numerusform>
                <numerusform>открытые задачи на вас</numerusform>
                <numerusform>открытых задач на вас</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of them overdue</source>
            <translation>
                <numerusform>из них просрочена</numerusform>
                <numerusform>из них просрочены</numerusform>
                <numerusform>из них просрочено</numerusform>
            </translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translation>Сервер PostgreSQL</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>Файл SQLite</translation>
        </message>
        <message numerus="yes">
            <source>client(s) available to you</source>
            <translation>
                <numerusform>клиент доступен вам</numerusform>
                <numerusform>клиента доступны вам</numerusform>
                <numerusform>клиентов доступно вам</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManagersCard</name>
        <message>
            <source>Revenue by manager</source>
            <translation>Выручка по менеджерам</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнение</translation>
        </message>
        <message>
            <source>No manager</source>
            <translation>Без менеджера</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Column in the file</source>
            <translation>Столбец в файле</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Примеры</translation>
        </message>
        <message>
            <source>Import into</source>
            <translation>Куда импортировать</translation>
        </message>
        <message>
            <source>Name, e.g. Export from 1C</source>
            <translation>Название, например «Выгрузка из 1С»</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Сохранить сопоставление</translation>
        </message>
        <message>
            <source>Saved mapping</source>
            <translation>Сохранённое сопоставление</translation>
        </message>
        <message>
            <source>Columns were matched by their names; check them and choose “Do not import” for the ones you do not need.</source>
            <translation>Столбцы сопоставлены по названиям; проверьте их и для ненужных выберите «Не импортировать».</translation>
        </message>
        <message>
            <source>Choose the column for “%1”.</source>
            <translation>Выберите столбец для поля «%1».</translation>
        </message>
        <message>
            <source>— Do not import —</source>
            <translation>— Не импортировать —</translation>
        </message>
        <message>
            <source>— Matched by column names —</source>
            <translation>— По названиям столбцов —</translation>
        </message>
        <message>
            <source>Enter a name for the mapping.</source>
            <translation>Введите название сопоставления.</translation>
        </message>
        <message>
            <source>The mapping “%1” was saved; choose it for the next file of this kind.</source>
            <translation>Сопоставление «%1» сохранено; выберите его для следующего такого файла.</translation>
        </message>
    </context>
    <context>
        <name>MethodsEditor</name>
        <message>
            <source>Telegram, WhatsApp…</source>
            <translation>Telegram, WhatsApp…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>@username or number</source>
            <translation>@имя или номер</translation>
        </message>
        <message>
            <source>+ Phone</source>
            <translation>+ Телефон</translation>
        </message>
        <message>
            <source>+ E-mail</source>
            <translation>+ E-mail</translation>
        </message>
        <message>
            <source>+ Messenger</source>
            <translation>+ Мессенджер</translation>
        </message>
    </context>
    <context>
        <name>MoveDealsDialog</name>
        <message>
            <source>Remove the stage</source>
            <translation>Удаление этапа</translation>
        </message>
        <message>
            <source>The move is recorded in each deal's stage history.</source>
            <translation>Перевод записывается в историю этапов каждой сделки.</translation>
        </message>
        <message>
            <source>Move and remove</source>
            <translation>Перевести и удалить</translation>
        </message>
    </context>
    <context>
        <name>NewRoleDialog</name>
        <message>
            <source>New role</source>
            <translation>Новая роль</translation>
        </message>
        <message>
            <source>The key is a short Latin name used by the database server; it cannot be changed later. The new role sees its own clients and may edit and print: set its rights in the table.</source>
            <translation>Ключ — короткое латинское имя для сервера базы данных; позже его не изменить. Новая роль видит своих клиентов, может редактировать и печатать: права настраиваются в таблице.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
    </context>
    <context>
        <name>NotificationsPopup</name>
        <message>
            <source>Notifications</source>
            <translation>Уведомления</translation>
        </message>
        <message>
            <source>Mark all as read</source>
            <translation>Отметить все как прочитанные</translation>
        </message>
        <message>
            <source>No reminders yet.</source>
            <translation>Напоминаний пока нет.</translation>
        </message>
        <message>
            <source>missed, %1</source>
            <translation>пропущено, %1</translation>
        </message>
    </context>
    <context>
        <name>OffboardDialog</name>
        <message>
            <source>An employee leaves</source>
            <translation>Увольнение сотрудника</translation>
        </message>
        <message>
            <source>I understand: %1 will no longer be able to sign in</source>
            <translation>Понимаю: %1 больше не сможет войти в систему</translation>
        </message>
        <message>
            <source>Offboard and hand over</source>
            <translation>Уволить и передать дела</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Offboard %1</source>
            <translation>Увольнение: %1</translation>
        </message>
        <message>
            <source>One step: the account is disabled (on the server, its database login too) and the clients, deals, open tasks and projects of %1 pass to the colleague you choose. Then you see what %1 opened, exported and printed in the last 30 days.</source>
            <translation>Одним действием учётная запись отключается (на сервере — и её вход в базу данных), а клиенты, сделки, открытые задачи и проекты сотрудника (%1) переходят выбранному коллеге. Затем вы увидите, что сотрудник открывал, выгружал и печатал за последние 30 дней.</translation>
        </message>
        <message>
            <source>Hand over to</source>
            <translation>Передать коллеге</translation>
        </message>
        <message>
            <source>Finished tasks stay in the history under the leaver's name. The account can be enabled again later; the records stay with the colleague.</source>
            <translation>Выполненные задачи остаются в истории под именем уволенного. Учётную запись можно включить позже; переданные записи останутся у коллеги.</translation>
        </message>
        <message>
            <source>There is no other active user to hand over to.</source>
            <translation>Нет другого действующего пользователя, которому можно передать дела.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>OffboardReport</name>
        <message>
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Выгружено</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Напечатано</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Счёт</translation>
        </message>
        <message>
            <source>A list or report</source>
            <translation>Список или отчёт</translation>
        </message>
    </context>
    <context>
        <name>OffboardReportView</name>
        <message>
            <source>Nothing was opened, exported or printed in this period.</source>
            <translation>За этот период сотрудник ничего не открывал, не выгружал и не печатал.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Раз</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>Последний раз</translation>
        </message>
        <message>
            <source>%1 can no longer sign in. %2 is now responsible for %3 client(s), %4 deal(s), %5 open task(s) and %6 project(s).</source>
            <translation>%1 больше не может войти в систему. Теперь за %2: клиенты — %3, сделки — %4, открытые задачи — %5, проекты — %6.</translation>
        </message>
        <message>
            <source>What %1 did from %2 to %3:</source>
            <translation>Что делал(а) %1 с %2 по %3:</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n record(s)</source>
            <translation>
                <numerusform>%1 · %n запись</numerusform>
                <numerusform>%1 · %n записи</numerusform>
                <numerusform>%1 · %n записей</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaidDialog</name>
        <message>
            <source>Payment received</source>
            <translation>Оплата получена</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Дата оплаты</translation>
        </message>
    </context>
    <context>
        <name>PdfOutput</name>
        <message>
            <source>Save invoice as PDF</source>
            <translation>Сохранить счёт в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <source>Invoice No. %1 of %2</source>
            <translation>Счёт № %1 за %2 г.</translation>
        </message>
        <message>
            <source>Sent to the printer: %1</source>
            <translation>Отправлено на печать: %1</translation>
        </message>
    </context>
    <context>
        <name>PipelinesEditor</name>
        <message>
            <source>New pipeline name</source>
            <translation>Название новой воронки</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <source>Forbid skipping stages</source>
            <translation>Запретить пропуск этапов</translation>
        </message>
        <message>
            <source>Save pipeline</source>
            <translation>Сохранить воронку</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Этапы</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Воронки</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (в архиве)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Вернуть из архива</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Первичный контакт</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Успешно реализовано</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Закрыто и не реализовано</translation>
        </message>
    </context>
    <context>
        <name>PipelinesSettingsPanel</name>
        <message>
            <source>Sales set-up</source>
            <translation>Настройка продаж</translation>
        </message>
        <message>
            <source>Pipelines and their stages, why deals are lost, and the products offered in deals.</source>
            <translation>Воронки и их этапы, причины проигрыша сделок и каталог товаров для сделок.</translation>
        </message>
        <message>
            <source>Pipelines and stages</source>
            <translation>Воронки и этапы</translation>
        </message>
        <message>
            <source>Loss reasons</source>
            <translation>Причины проигрыша</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Товары</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Only rows with problems</source>
            <translation>Только строки с ошибками</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in the file</source>
            <translation>
                <numerusform>%n строка в файле</numerusform>
                <numerusform>%n строки в файле</numerusform>
                <numerusform>%n строк в файле</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ready to import</source>
            <translation>
                <numerusform>%n готова к импорту</numerusform>
                <numerusform>%n готовы к импорту</numerusform>
                <numerusform>%n готовы к импорту</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n will be rejected (red cells; point at one to see why)</source>
            <translation>
                <numerusform>%n будет отклонена (красные ячейки; наведите курсор, чтобы увидеть причину)</numerusform>
                <numerusform>%n будут отклонены (красные ячейки; наведите курсор, чтобы увидеть причину)</numerusform>
                <numerusform>%n будут отклонены (красные ячейки; наведите курсор, чтобы увидеть причину)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with warnings (amber: the value is left out)</source>
            <translation>
                <numerusform>%n с предупреждением (жёлтые: значение не попадёт в базу)</numerusform>
                <numerusform>%n с предупреждениями (жёлтые: значение не попадёт в базу)</numerusform>
                <numerusform>%n с предупреждениями (жёлтые: значение не попадёт в базу)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Новый товар</translation>
        </message>
        <message>
            <source>pcs</source>
            <translation>шт</translation>
        </message>
        <message>
            <source>Offered in deals</source>
            <translation>Предлагать в сделках</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Артикул</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Price, ₽</source>
            <translation>Цена, ₽</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>НДС</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>На складе</translation>
        </message>
    </context>
    <context>
        <name>ProductEdit</name>
        <message>
            <source>Product or service</source>
            <translation>Товар или услуга</translation>
        </message>
    </context>
    <context>
        <name>ProductsCard</name>
        <message>
            <source>Top products</source>
            <translation>Топ товаров</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
    </context>
    <context>
        <name>ProductsPanel</name>
        <message>
            <source>Search by name or SKU</source>
            <translation>Поиск по названию или артикулу</translation>
        </message>
        <message>
            <source>Add product</source>
            <translation>Добавить товар</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <source>No longer offered in deals; deals that have it keep their lines.</source>
            <translation>Больше не предлагается в сделках; в сделках, где он уже есть, строки сохраняются.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Вернуть из архива</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Показать архивные</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Артикул</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед.</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>НДС</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>На складе</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (в архиве)</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <source>e.g. Equipment installation</source>
            <translation>например, Монтаж оборудования</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Название *</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Создать</translation>
        </message>
    </context>
    <context>
        <name>ProjectPlanView</name>
        <message>
            <source>Add task</source>
            <translation>Добавить задачу</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начать</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Can finish</source>
            <translation>Можно завершить</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>%1 of %2 done · can be finished at the earliest %3 · latest due date %4</source>
            <translation>Выполнено %1 из %2 · завершить можно не раньше %3 · последний срок %4</translation>
        </message>
        <message>
            <source>Due before the tasks it waits for can be finished</source>
            <translation>Срок наступает раньше, чем можно завершить задачи, которых она ждёт</translation>
        </message>
        <message>
            <source>On the critical chain: its delay delays the project</source>
            <translation>На критическом пути: её задержка задерживает проект</translation>
        </message>
        <message>
            <source>Blocked: waits for %1</source>
            <translation>Заблокирована: ждёт %1</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочена</translation>
        </message>
    </context>
    <context>
        <name>ProjectsView</name>
        <message>
            <source>New project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <source>No projects yet. A project keeps tasks that must be done in order.</source>
            <translation>Проектов пока нет. Проект объединяет задачи, которые выполняются по порядку.</translation>
        </message>
        <message>
            <source>%1 open of %2 task(s)</source>
            <translation>открыто %1 из %2 задач</translation>
        </message>
    </context>
    <context>
        <name>ProjectsWindow</name>
        <message>
            <source>Projects — %1</source>
            <translation>Проекты — %1</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <source>Copying is not allowed for your role</source>
            <translation>Копирование запрещено для вашей роли</translation>
        </message>
        <message>
            <source>Not available for your role</source>
            <translation>Недоступно для вашей роли</translation>
        </message>
    </context>
    <context>
        <name>QuietClientsCard</name>
        <message>
            <source>Clients not contacted</source>
            <translation>Клиенты без контакта</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>More than</source>
            <translation>Более</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиента</numerusform>
                <numerusform>%n клиентов</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
    </context>
    <context>
        <name>RecordTasks</name>
        <message>
            <source>New task…</source>
            <translation>Новая задача…</translation>
        </message>
        <message>
            <source>Projects…</source>
            <translation>Проекты…</translation>
        </message>
        <message>
            <source>No tasks yet.</source>
            <translation>Задач пока нет.</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблокирована</translation>
        </message>
        <message>
            <source>Tick to mark the task done</source>
            <translation>Отметьте, чтобы завершить задачу</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочена</translation>
        </message>
        <message>
            <source>Waits for %1</source>
            <translation>Ждёт %1</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Postpone</source>
            <translation>Отложить</translation>
        </message>
    </context>
    <context>
        <name>RecordWindow</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>CRM reminders</source>
            <translation>Напоминания CRM</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>срок %1</translation>
        </message>
    </context>
    <context>
        <name>ReportCard</name>
        <message>
            <source>No data for this period.</source>
            <translation>Нет данных за этот период.</translation>
        </message>
    </context>
    <context>
        <name>ReportFilterBar</name>
        <message>
            <source>This month</source>
            <translation>Этот месяц</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Прошлый месяц</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Этот квартал</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Этот год</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Последние 30 дней</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Последние 12 месяцев</translation>
        </message>
        <message>
            <source>Custom period</source>
            <translation>Свой период</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>All pipelines</source>
            <translation>Все воронки</translation>
        </message>
        <message>
            <source>All managers</source>
            <translation>Все менеджеры</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Все каналы</translation>
        </message>
    </context>
    <context>
        <name>ReportPdfOutput</name>
        <message>
            <source>Save report as PDF</source>
            <translation>Сохранить отчёт в PDF</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Sales funnel</source>
            <translation>Воронка продаж</translation>
        </message>
        <message>
            <source>Revenue by period</source>
            <translation>Выручка по периодам</translation>
        </message>
        <message>
            <source>Revenue by manager</source>
            <translation>Выручка по менеджерам</translation>
        </message>
        <message>
            <source>Acquisition channels</source>
            <translation>Каналы привлечения</translation>
        </message>
        <message>
            <source>Plan vs fact</source>
            <translation>План и факт</translation>
        </message>
        <message>
            <source>Top products</source>
            <translation>Топ товаров</translation>
        </message>
        <message>
            <source>Loss reasons</source>
            <translation>Причины проигрыша</translation>
        </message>
        <message>
            <source>Time to first sale</source>
            <translation>Время до первой продажи</translation>
        </message>
        <message>
            <source>Tasks per employee</source>
            <translation>Задачи по сотрудникам</translation>
        </message>
        <message>
            <source>Clients not contacted</source>
            <translation>Клиенты без контакта</translation>
        </message>
        <message>
            <source>%1 bn ₽</source>
            <translation>%1 млрд ₽</translation>
        </message>
        <message>
            <source>%1 M ₽</source>
            <translation>%1 млн ₽</translation>
        </message>
        <message>
            <source>%1 k ₽</source>
            <translation>%1 тыс. ₽</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 дн.</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Сохранить PDF…</translation>
        </message>
        <message>
            <source>revenue won</source>
            <translation>выручка</translation>
        </message>
        <message>
            <source>deals won</source>
            <translation>выигранных сделок</translation>
        </message>
        <message>
            <source>average check</source>
            <translation>средний чек</translation>
        </message>
        <message>
            <source>conversion to won</source>
            <translation>конверсия в успех</translation>
        </message>
        <message>
            <source>Deals that reached the stage</source>
            <translation>Сделки, дошедшие до этапа</translation>
        </message>
        <message>
            <source>Deals won by the manager</source>
            <translation>Сделки, выигранные менеджером</translation>
        </message>
    </context>
    <context>
        <name>RequiredFieldsDialog</name>
        <message>
            <source>Required for this stage</source>
            <translation>Обязательно для этого этапа</translation>
        </message>
        <message>
            <source>Choose a contact person…</source>
            <translation>Выберите контактное лицо…</translation>
        </message>
        <message>
            <source>Name of the contact person</source>
            <translation>Имя контактного лица</translation>
        </message>
        <message>
            <source>Choose a channel…</source>
            <translation>Выберите канал…</translation>
        </message>
        <message>
            <source>New contact person</source>
            <translation>Новое контактное лицо</translation>
        </message>
        <message>
            <source>The client has no contact people yet: this one is added to the client card.</source>
            <translation>У клиента ещё нет контактных лиц: это лицо будет добавлено в карточку клиента.</translation>
        </message>
        <message>
            <source>Save and move</source>
            <translation>Сохранить и перенести</translation>
        </message>
        <message>
            <source>One more thing</source>
            <translation>Ещё одно</translation>
        </message>
        <message>
            <source>To enter "%1" the deal needs: %2.</source>
            <translation>Чтобы перейти на этап «%1», в сделке нужно заполнить: %2.</translation>
        </message>
        <message>
            <source>Enter an amount greater than zero.</source>
            <translation>Введите сумму больше нуля.</translation>
        </message>
        <message>
            <source>Fill in this field.</source>
            <translation>Заполните это поле.</translation>
        </message>
    </context>
    <context>
        <name>RevenueCard</name>
        <message>
            <source>Revenue won</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>По дням</translation>
        </message>
        <message>
            <source>By week</source>
            <translation>По неделям</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>По месяцам</translation>
        </message>
        <message>
            <source>%1 won deal(s), %2, average check %3</source>
            <translation>Выиграно сделок: %1, выручка %2, средний чек %3</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Только чтение</translation>
        </message>
    </context>
    <context>
        <name>RolesPanel</name>
        <message>
            <source>Add role</source>
            <translation>Добавить роль</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Sees clients</source>
            <translation>Видит клиентов</translation>
        </message>
        <message>
            <source>The administrator role always sees everything and has every right.</source>
            <translation>Роль администратора всегда видит всё и имеет все права.</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n пользователь</numerusform>
                <numerusform>%n пользователя</numerusform>
                <numerusform>%n пользователей</numerusform>
            </translation>
        </message>
        <message>
            <source>Built-in roles keep their name and cannot be deleted.</source>
            <translation>Встроенные роли нельзя переименовать или удалить.</translation>
        </message>
        <message>
            <source>Someone else changed a role after you opened this list; your other changes were saved. Reload to see the current rights.</source>
            <translation>Кто-то изменил роль после того, как вы открыли этот список; остальные ваши изменения сохранены. Обновите список, чтобы увидеть текущие права.</translation>
        </message>
        <message>
            <source>Delete role</source>
            <translation>Удалить роль</translation>
        </message>
        <message>
            <source>Delete the role “%1”?</source>
            <translation>Удалить роль «%1»?</translation>
        </message>
        <message>
            <source>Editing</source>
            <translation>Редактирование</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Copy to clipboard</source>
            <translation>Копирование в буфер обмена</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Deleting</source>
            <translation>Удаление</translation>
        </message>
        <message>
            <source>Managing users</source>
            <translation>Управление пользователями</translation>
        </message>
        <message>
            <source>Managing pipelines</source>
            <translation>Управление воронками</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Own</source>
            <translation>Свои</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Отдела</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Importing… Nothing is saved until every row is written.</source>
            <translation>Импорт… Ничего не сохранится, пока не будут записаны все строки.</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <source>New records</source>
            <translation>Новых записей</translation>
        </message>
        <message>
            <source>Existing cards updated</source>
            <translation>Дополнено карточек</translation>
        </message>
        <message>
            <source>Rows merged into another record</source>
            <translation>Строк объединено с другими записями</translation>
        </message>
        <message>
            <source>Duplicates skipped</source>
            <translation>Пропущено дубликатов</translation>
        </message>
        <message>
            <source>Rows rejected</source>
            <translation>Отклонено строк</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Импорт завершён</translation>
        </message>
        <message>
            <source>Import finished with rejected rows</source>
            <translation>Импорт завершён, есть отклонённые строки</translation>
        </message>
        <message>
            <source>The rejected rows and the reasons are in &lt;a href="%1"&gt;%2&lt;/a&gt;: fix them there and import that file again.</source>
            <translation>Отклонённые строки и причины — в файле &lt;a href="%1"&gt;%2&lt;/a&gt;: исправьте их там и импортируйте этот файл снова.</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be saved.</source>
            <translation>Отменяем… ничего не будет сохранено.</translation>
        </message>
    </context>
    <context>
        <name>SalesPanel</name>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Spend, ₽</source>
            <translation>Расход, ₽</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Sales target, ₽</source>
            <translation>План продаж, ₽</translation>
        </message>
        <message>
            <source>Save the month</source>
            <translation>Сохранить месяц</translation>
        </message>
        <message>
            <source>Sales plan and advertising spend</source>
            <translation>План продаж и расходы на рекламу</translation>
        </message>
        <message>
            <source>The reports compare each manager's revenue with their target and each channel's sales with what it cost. Leave an amount empty to remove it.</source>
            <translation>Отчёты сравнивают выручку каждого менеджера с его планом, а продажи каждого канала — с затратами на него. Оставьте сумму пустой, чтобы удалить её.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Advertising spend</source>
            <translation>Расходы на рекламу</translation>
        </message>
        <message>
            <source>Sales targets</source>
            <translation>Планы продаж</translation>
        </message>
        <message>
            <source>The month is saved.</source>
            <translation>Месяц сохранён.</translation>
        </message>
    </context>
    <context>
        <name>SearchPopup</name>
        <message>
            <source>Nothing found</source>
            <translation>Ничего не найдено</translation>
        </message>
        <message>
            <source>↑↓ choose · Enter open · Esc close</source>
            <translation>↑↓ выбрать · Enter открыть · Esc закрыть</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
    </context>
    <context>
        <name>SectionPage</name>
        <message>
            <source>Coming in the next updates</source>
            <translation>Скоро в следующих обновлениях</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Companies and private persons you work with, with their contact people, requisites and the whole history of interaction.</source>
            <translation>Организации и частные лица, с которыми вы работаете: контактные лица, реквизиты и вся история взаимодействия.</translation>
        </message>
        <message>
            <source>Find a client in a second by name, phone, e-mail or INN</source>
            <translation>Поиск клиента за секунду по названию, телефону, e-mail или ИНН</translation>
        </message>
        <message>
            <source>The client card: requisites, contact people, calls, meetings, documents, deals and tasks in one place</source>
            <translation>Карточка клиента: реквизиты, контактные лица, звонки, встречи, документы, сделки и задачи в одном месте</translation>
        </message>
        <message>
            <source>Import from Excel and CSV with duplicate detection</source>
            <translation>Импорт из Excel и CSV с поиском дубликатов</translation>
        </message>
        <message>
            <source>Saved filters, tags and favourites</source>
            <translation>Сохранённые фильтры, метки и избранное</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <source>Your pipelines from the first contact to payment: amounts, products and the stage each deal is in.</source>
            <translation>Ваши воронки продаж от первого контакта до оплаты: суммы, товары и этап каждой сделки.</translation>
        </message>
        <message>
            <source>A board per pipeline: drag deals from stage to stage</source>
            <translation>Доска для каждой воронки: перетаскивайте сделки с этапа на этап</translation>
        </message>
        <message>
            <source>Products with quantity, price, discount and VAT</source>
            <translation>Товары с количеством, ценой, скидкой и НДС</translation>
        </message>
        <message>
            <source>Invoices from the deal's line items in one click</source>
            <translation>Счёт на оплату по позициям сделки в один клик</translation>
        </message>
        <message>
            <source>Loss reasons and the time spent in every stage</source>
            <translation>Причины проигрыша и время на каждом этапе</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Calls, meetings and to-dos for today and later; overdue tasks are shown in red everywhere.</source>
            <translation>Звонки, встречи и дела на сегодня и на будущее; просроченные задачи везде выделены красным.</translation>
        </message>
        <message>
            <source>Today, overdue and upcoming tasks at a glance</source>
            <translation>Задачи на сегодня, просроченные и предстоящие — с первого взгляда</translation>
        </message>
        <message>
            <source>Reminders and priorities</source>
            <translation>Напоминания и приоритеты</translation>
        </message>
        <message>
            <source>Tasks for colleagues and automatic tasks from rules</source>
            <translation>Поручения коллегам и автоматические задачи по правилам</translation>
        </message>
        <message>
            <source>Projects where each task waits for the ones before it</source>
            <translation>Проекты, где каждая задача ждёт завершения предыдущих</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>How sales are going: the funnel, revenue, plan versus fact and the workload of every employee.</source>
            <translation>Как идут продажи: воронка, выручка, план и факт, загрузка каждого сотрудника.</translation>
        </message>
        <message>
            <source>Sales funnel with conversion between stages</source>
            <translation>Воронка продаж с конверсией между этапами</translation>
        </message>
        <message>
            <source>Revenue by period, manager and acquisition channel</source>
            <translation>Выручка по периодам, менеджерам и каналам привлечения</translation>
        </message>
        <message>
            <source>Plan versus fact and overdue tasks per employee</source>
            <translation>План и факт, просроченные задачи по сотрудникам</translation>
        </message>
        <message>
            <source>Every report can be printed or saved as PDF</source>
            <translation>Любой отчёт можно распечатать или сохранить в PDF</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Users and roles, pipelines, products, your company's requisites and the protection of the client base.</source>
            <translation>Пользователи и роли, воронки, товары, реквизиты вашей компании и защита клиентской базы.</translation>
        </message>
    </context>
    <context>
        <name>SecurityPanel</name>
        <message>
            <source>Save protection settings</source>
            <translation>Сохранить настройки защиты</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Защита</translation>
        </message>
        <message>
            <source>How the client base is guarded on every workstation. Changes apply at the next sign-in and are recorded in the audit log.</source>
            <translation>Как клиентская база защищена на каждом рабочем месте. Изменения действуют со следующего входа и записываются в журнал аудита.</translation>
        </message>
        <message>
            <source>min</source>
            <translation>мин</translation>
        </message>
        <message>
            <source>Session lock</source>
            <translation>Блокировка сеанса</translation>
        </message>
        <message>
            <source>The window is covered and asks for the password when nobody has touched the keyboard or mouse for this long. 0 — never lock.</source>
            <translation>Окно закрывается экраном блокировки и просит пароль, если столько времени никто не касался клавиатуры и мыши. 0 — не блокировать.</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Блокировать через</translation>
        </message>
        <message>
            <source>Failed sign-ins</source>
            <translation>Неудачные входы</translation>
        </message>
        <message>
            <source>After this many wrong passwords in a row the account cannot sign in for a while; each attempt is audited.</source>
            <translation>После стольких неверных паролей подряд учётная запись на время блокируется; каждая попытка записывается в журнал аудита.</translation>
        </message>
        <message>
            <source>Wrong passwords</source>
            <translation>Неверных паролей</translation>
        </message>
        <message>
            <source>in a row</source>
            <translation>подряд</translation>
        </message>
        <message>
            <source>Account locked for</source>
            <translation>Блокировка на</translation>
        </message>
        <message>
            <source>Scraping alert</source>
            <translation>Подозрение на выгрузку базы</translation>
        </message>
        <message>
            <source>Administrators are notified and the audit log gets a marked entry when someone opens more cards than this within the period.</source>
            <translation>Если кто-то откроет больше карточек за указанное время, администраторы получат уведомление, а в журнале аудита появится отмеченная запись.</translation>
        </message>
        <message>
            <source>More than</source>
            <translation>Больше</translation>
        </message>
        <message>
            <source>cards</source>
            <translation>карточек</translation>
        </message>
        <message>
            <source>Within</source>
            <translation>За</translation>
        </message>
        <message>
            <source>Protection settings saved.</source>
            <translation>Настройки защиты сохранены.</translation>
        </message>
    </context>
    <context>
        <name>SegmentDialog</name>
        <message>
            <source>Save as segment</source>
            <translation>Сохранить как сегмент</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>A segment is a saved filter: its client count stays up to date.</source>
            <translation>Сегмент — это сохранённый фильтр: число клиентов в нём всегда актуально.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>e.g. Retail, no contact for a month</source>
            <translation>например, Розница без контакта месяц</translation>
        </message>
        <message>
            <source>Visible to colleagues</source>
            <translation>Виден коллегам</translation>
        </message>
    </context>
    <context>
        <name>SegmentsPanel</name>
        <message>
            <source>Segments</source>
            <translation>Сегменты</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Все клиенты</translation>
        </message>
        <message>
            <source>Shared with colleagues</source>
            <translation>Общий: виден коллегам</translation>
        </message>
        <message>
            <source>Only you see this segment</source>
            <translation>Личный: виден только вам</translation>
        </message>
        <message>
            <source>Delete segment</source>
            <translation>Удаление сегмента</translation>
        </message>
        <message>
            <source>Delete the segment “%1”? The clients stay.</source>
            <translation>Удалить сегмент «%1»? Клиенты останутся.</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Экспорт в Excel…</translation>
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation>Экспорт в CSV…</translation>
        </message>
        <message>
            <source>Rename or share…</source>
            <translation>Переименовать или открыть доступ…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>SessionLock</name>
        <message numerus="yes">
            <source>Locked after %n minute(s) without activity. Enter your password to continue.</source>
            <translation>
                <numerusform>Заблокировано после %n минуты бездействия. Введите пароль, чтобы продолжить.</numerusform>
                <numerusform>Заблокировано после %n минут бездействия. Введите пароль, чтобы продолжить.</numerusform>
                <numerusform>Заблокировано после %n минут бездействия. Введите пароль, чтобы продолжить.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsNames</name>
        <message>
            <source>In progress</source>
            <translation>В работе</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Успех</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Проигрыш</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Ожидаемая дата закрытия</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>StageBar</name>
        <message>
            <source>The deal is at this stage</source>
            <translation>Сделка на этом этапе</translation>
        </message>
        <message>
            <source>Close the deal as lost</source>
            <translation>Закрыть сделку как проигранную</translation>
        </message>
        <message>
            <source>Close the deal as won</source>
            <translation>Закрыть сделку как успешную</translation>
        </message>
        <message>
            <source>Move the deal to this stage</source>
            <translation>Перевести сделку на этот этап</translation>
        </message>
    </context>
    <context>
        <name>StageHistoryPanel</name>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Куда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Time in stage</source>
            <translation>Время на этапе</translation>
        </message>
        <message>
            <source>%1 (so far)</source>
            <translation>%1 (пока)</translation>
        </message>
        <message>
            <source>created</source>
            <translation>создана</translation>
        </message>
        <message>
            <source>This stage was removed from the pipeline later; the history keeps its name.</source>
            <translation>Этот этап позже удалили из воронки; история сохраняет его название.</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (в архиве)</translation>
        </message>
    </context>
    <context>
        <name>StagesEditor</name>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключевой</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Обязательные поля</translation>
        </message>
        <message>
            <source>New stage, e.g. Contract signed</source>
            <translation>Новый этап, например Договор подписан</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Добавить этап</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Key stage (highlighted in reports)</source>
            <translation>Ключевой этап (выделяется в отчётах)</translation>
        </message>
        <message>
            <source>Save stage</source>
            <translation>Сохранить этап</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Required to enter</source>
            <translation>Обязательно для перехода</translation>
        </message>
        <message>
            <source>Remove the stage</source>
            <translation>Удаление этапа</translation>
        </message>
        <message>
            <source>Remove the stage "%1"?</source>
            <translation>Удалить этап «%1»?</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Database: %1</source>
            <translation>База данных: %1</translation>
        </message>
        <message>
            <source>Check that the database server is running and reachable from this computer, then start the program again.</source>
            <translation>Проверьте, что сервер базы данных запущен и доступен с этого компьютера, затем запустите программу снова.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Не удаётся открыть базу данных</translation>
        </message>
        <message>
            <source>Demo users are created; sign in as "admin" with the password "%1".</source>
            <translation>Созданы демонстрационные пользователи; войдите как «admin» с паролем «%1».</translation>
        </message>
    </context>
    <context>
        <name>TagChips</name>
        <message>
            <source>+ Tag</source>
            <translation>+ Тег</translation>
        </message>
        <message>
            <source>Tag name, Enter</source>
            <translation>Тег, затем Enter</translation>
        </message>
        <message>
            <source>Remove the tag</source>
            <translation>Убрать тег</translation>
        </message>
    </context>
    <context>
        <name>TaskChanges</name>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Someone else changed this task after you opened it.</source>
            <translation>Кто-то другой изменил эту задачу после того, как вы её открыли.</translation>
        </message>
        <message>
            <source>Nothing you see here changed (e.g. a reminder or a link).</source>
            <translation>Поля на экране не изменились (например, изменено напоминание или связь).</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>New task</source>
            <translation>Новая задача</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>What to do, e.g. call about the contract</source>
            <translation>Что сделать, например, позвонить по договору</translation>
        </message>
        <message>
            <source>No project</source>
            <translation>Без проекта</translation>
        </message>
        <message>
            <source>Task *</source>
            <translation>Задача *</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Waits for</source>
            <translation>Ждёт</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Who does what by when; the reminder pops up on the assignee's screen.</source>
            <translation>Кто, что и к какому сроку делает; напоминание появится на экране исполнителя.</translation>
        </message>
        <message>
            <source> (me)</source>
            <translation> (я)</translation>
        </message>
        <message>
            <source>The deal's client</source>
            <translation>Клиент сделки</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>Без напоминания</translation>
        </message>
        <message>
            <source>At the due time</source>
            <translation>В момент срока</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>за %n день</numerusform>
                <numerusform>за %n дня</numerusform>
                <numerusform>за %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) before</source>
            <translation>
                <numerusform>за %n час</numerusform>
                <numerusform>за %n часа</numerusform>
                <numerusform>за %n часов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) before</source>
            <translation>
                <numerusform>за %n минуту</numerusform>
                <numerusform>за %n минуты</numerusform>
                <numerusform>за %n минут</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskList</name>
        <message>
            <source>Overdue</source>
            <translation>Просроченные</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Завтра</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>На этой неделе</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <source>Without a date</source>
            <translation>Без срока</translation>
        </message>
        <message>
            <source>today %1</source>
            <translation>сегодня %1</translation>
        </message>
        <message>
            <source>tomorrow %1</source>
            <translation>завтра %1</translation>
        </message>
        <message>
            <source>yesterday %1</source>
            <translation>вчера %1</translation>
        </message>
        <message>
            <source>Blocked: waits for %1</source>
            <translation>Заблокирована: ждёт %1</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <source>By an hour</source>
            <translation>На час</translation>
        </message>
        <message>
            <source>To tomorrow</source>
            <translation>На завтра</translation>
        </message>
        <message>
            <source>To next week</source>
            <translation>На следующую неделю</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>Client / deal</source>
            <translation>Клиент / сделка</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От кого</translation>
        </message>
    </context>
    <context>
        <name>TaskTable</name>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Postpone</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <source>Open client</source>
            <translation>Открыть клиента</translation>
        </message>
        <message>
            <source>Open deal</source>
            <translation>Открыть сделку</translation>
        </message>
    </context>
    <context>
        <name>TaskWiring</name>
        <message>
            <source>Automation</source>
            <translation>Автоматизация</translation>
        </message>
    </context>
    <context>
        <name>TasksCard</name>
        <message>
            <source>Tasks per employee</source>
            <translation>Задачи сотрудников</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>В срок</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Nothing to do here. Create a task with Ctrl+T.</source>
            <translation>Здесь пока пусто. Создайте задачу клавишами Ctrl+T.</translation>
        </message>
        <message numerus="yes">
            <source>open task(s) assigned to you</source>
            <translation>
                <numerusform>открытая задача у вас</numerusform>
                <numerusform>открытые задачи у вас</numerusform>
                <numerusform>открытых задач у вас</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of them overdue</source>
            <translation>
                <numerusform>из них просрочена</numerusform>
                <numerusform>из них просрочены</numerusform>
                <numerusform>из них просрочено</numerusform>
            </translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Новая задача</translation>
        </message>
        <message>
            <source>No tasks here yet</source>
            <translation>Задач пока нет</translation>
        </message>
        <message>
            <source>Create a task (Ctrl+T)</source>
            <translation>Создать задачу (Ctrl+T)</translation>
        </message>
        <message>
            <source>My tasks</source>
            <translation>Мои задачи</translation>
        </message>
        <message>
            <source>Assigned by me</source>
            <translation>Поручено мной</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Команда</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Postpone</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Blocked: finish the tasks it waits for first</source>
            <translation>Заблокирована: сначала завершите задачи, которых она ждёт</translation>
        </message>
    </context>
    <context>
        <name>TasksPanel</name>
        <message>
            <source>New task, e.g. send the contract</source>
            <translation>Новая задача, например: отправить договор</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>Добавить задачу</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Choose an employee to see their open tasks.</source>
            <translation>Выберите сотрудника, чтобы увидеть его открытые задачи.</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue task(s)</source>
            <translation>
                <numerusform>%n просроченная задача</numerusform>
                <numerusform>%n просроченные задачи</numerusform>
                <numerusform>%n просроченных задач</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Nothing here yet: log the first call, meeting, e-mail or note with the buttons above.</source>
            <translation>Пока пусто: добавьте первый звонок, встречу, письмо или заметку кнопками выше.</translation>
        </message>
        <message>
            <source>Load more</source>
            <translation>Показать ещё</translation>
        </message>
        <message>
            <source>No calls, meetings or notes about this deal yet: log the first one with the buttons above.</source>
            <translation>По этой сделке пока нет звонков, встреч и заметок: добавьте первую запись кнопками выше.</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>Delete this entry from the timeline?</source>
            <translation>Удалить эту запись из истории?</translation>
        </message>
    </context>
    <context>
        <name>UnexpectedErrorDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Подробности…</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>No team</source>
            <translation>Без отдела</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Новый пользователь</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Пароль ещё раз</translation>
        </message>
        <message>
            <source>The user signs in with this login and password; the role decides what they see and may do.</source>
            <translation>Пользователь входит с этим логином и паролем; роль определяет, что он видит и что может делать.</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>UserRoleDialog</name>
        <message>
            <source>Role and team of %1</source>
            <translation>Роль и отдел: %1</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Отдел</translation>
        </message>
    </context>
    <context>
        <name>UsersAndRolesPanel</name>
        <message>
            <source>Users and roles</source>
            <translation>Пользователи и роли</translation>
        </message>
        <message>
            <source>Who may sign in, which clients each role sees and what it may do with them; every sign-in, print and change is in the audit log.</source>
            <translation>Кто может входить в систему, каких клиентов видит каждая роль и что может с ними делать; каждый вход, печать и изменение записываются в журнал аудита.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Пользователи</translation>
        </message>
        <message>
            <source>Roles and rights</source>
            <translation>Роли и права</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Журнал аудита</translation>
        </message>
    </context>
    <context>
        <name>UsersListPanel</name>
        <message>
            <source>Add user</source>
            <translation>Добавить пользователя</translation>
        </message>
        <message>
            <source>Change role or team</source>
            <translation>Сменить роль или отдел</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Отключить</translation>
        </message>
        <message>
            <source>Offboard an employee…</source>
            <translation>Увольнение сотрудника…</translation>
        </message>
        <message>
            <source>Disable the account and hand the clients, deals and open tasks to a colleague</source>
            <translation>Отключить учётную запись и передать клиентов, сделки и открытые задачи коллеге</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Последний вход</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Отключён</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Включить</translation>
        </message>
    </context>
    <context>
        <name>WorkstationPanel</name>
        <message>
            <source>This workstation</source>
            <translation>Это рабочее место</translation>
        </message>
        <message>
            <source>Who is signed in on this computer and where its data and log files are.</source>
            <translation>Кто работает за этим компьютером и где хранятся его данные и журналы.</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Расположение</translation>
        </message>
        <message>
            <source>Log files</source>
            <translation>Журналы</translation>
        </message>
    </context>
</TS>
