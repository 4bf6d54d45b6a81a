<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HelloQueue</source>
        <translation>О программе HelloQueue</translation>
    </message>
    <message>
        <source>A small task queue: each number i waits i seconds, then writes i.txt with “Hello, i!”. Tasks run on a thread pool or on the event loop, so you can watch the difference.</source>
        <translation>Небольшая очередь задач: каждое число i ждёт i секунд, затем записывает i.txt с текстом «Hello, i!». Задачи выполняются в пуле потоков или в цикле событий — разницу можно увидеть.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Версия: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (собрано с %2)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear the field</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <source>Divider between %1 and %2</source>
        <translation>Разделитель между «%1» и «%2»</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Изменить размер окна</translation>
    </message>
</context>
<context>
    <name>CloseQuestions</name>
    <message>
        <source>Discard typed numbers?</source>
        <translation>Отбросить введённые числа?</translation>
    </message>
    <message>
        <source>The field holds “%1”, which was not added to the queue.</source>
        <translation>В поле осталось «%1» — эти числа не добавлены в очередь.</translation>
    </message>
    <message>
        <source>Discard it and quit, or keep typing and press Return to add it.</source>
        <translation>Отбросьте их и выйдите или продолжите ввод и нажмите Enter, чтобы добавить.</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Отбросить и выйти</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Продолжить ввод</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>HelloQueue: type numbers; each number i waits i seconds and then writes i.txt with &quot;Hello, i!&quot;.</source>
        <translation>HelloQueue: введите числа; каждое число i ждёт i секунд, затем записывает i.txt с текстом «Hello, i!».</translation>
    </message>
    <message>
        <source>Run the lesson&apos;s console program instead of the window.</source>
        <translation>Запустить консольную программу из урока вместо окна.</translation>
    </message>
    <message>
        <source>Write the files into &lt;folder&gt; (created if missing).</source>
        <translation>Записывать файлы в &lt;папку&gt; (создаётся, если её нет).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Run up to &lt;n&gt; tasks at once, 1 to %1.</source>
        <translation>Выполнять до &lt;n&gt; задач одновременно, от 1 до %1.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: en or ru.</source>
        <translation>Язык интерфейса: en или ru.</translation>
    </message>
    <message>
        <source>Restore the unfinished tasks of an earlier run.</source>
        <translation>Восстановить незавершённые задачи прошлого запуска.</translation>
    </message>
    <message>
        <source>Discard the unfinished tasks of an earlier run.</source>
        <translation>Отбросить незавершённые задачи прошлого запуска.</translation>
    </message>
    <message>
        <source>Numbers of seconds to enqueue at start.</source>
        <translation>Числа секунд, которые нужно поставить в очередь при запуске.</translation>
    </message>
    <message>
        <source>[NUMBER...]</source>
        <translation>[ЧИСЛО...]</translation>
    </message>
    <message>
        <source>--restore and --discard cannot be used together.</source>
        <translation>--restore и --discard нельзя указывать вместе.</translation>
    </message>
    <message>
        <source>--output-dir needs a folder.</source>
        <translation>Для --output-dir нужно указать папку.</translation>
    </message>
    <message>
        <source>--workers takes a number from 1 to %1, not “%2”.</source>
        <translation>--workers принимает число от 1 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>--lang takes en or ru, not “%1”.</source>
        <translation>--lang принимает en или ru, а не «%1».</translation>
    </message>
    <message>
        <source>What each task spends its seconds on: waiting (wait) or computing on one core (compute).</source>
        <translation>На что каждая задача тратит свои секунды: ожидание (wait) или вычисление на одном ядре (compute).</translation>
    </message>
    <message>
        <source>Run the numbers through every mode, one after another, and print what each cost.</source>
        <translation>Выполнить числа в каждом режиме по очереди и вывести, чего стоил каждый.</translation>
    </message>
    <message>
        <source>Run tasks on a thread pool (threads), with timers on the event loop (events), or in worker processes (processes).</source>
        <translation>Выполнять задачи в пуле потоков (threads), на таймерах цикла событий (events) или в рабочих процессах (processes).</translation>
    </message>
    <message>
        <source>--mode takes threads, events or processes, not “%1”.</source>
        <translation>--mode принимает threads, events или processes, а не «%1».</translation>
    </message>
    <message>
        <source>--work takes wait or compute, not “%1”.</source>
        <translation>--work принимает wait или compute, а не «%1».</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare modes</source>
        <translation>Сравнение режимов</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Числа:</translation>
    </message>
    <message>
        <source>The numbers of seconds every mode runs, e.g. 1 1 1 1</source>
        <translation>Числа секунд, которые выполнит каждый режим, например 1 1 1 1</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Исполнители:</translation>
    </message>
    <message>
        <source>How many tasks may run at once in every mode, 1 to %1</source>
        <translation>Сколько задач может выполняться одновременно в каждом режиме, от 1 до %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>За&amp;пустить</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Сохранить &amp;PNG…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Сохранить CS&amp;V…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Done: every mode ran the same numbers.</source>
        <translation>Готово: каждый режим выполнил одни и те же числа.</translation>
    </message>
    <message>
        <source>Export comparison as PNG</source>
        <translation>Сохранить сравнение как PNG</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <comment>default file name</comment>
        <translation>сравнение.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Сохранение сравнения</translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>Не удалось записать изображение в %1.</translation>
    </message>
    <message>
        <source>Export comparison as CSV</source>
        <translation>Сохранить сравнение как CSV</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <comment>default file name</comment>
        <translation>сравнение.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the figures to %1.</source>
        <translation>Не удалось записать показатели в %1.</translation>
    </message>
    <message>
        <source>Wor&amp;k:</source>
        <translation>Ра&amp;бота:</translation>
    </message>
    <message>
        <source>What every task spends its seconds on in every mode: waiting, or computing on one core</source>
        <translation>На что каждая задача тратит свои секунды в каждом режиме: на ожидание или на вычисление на одном ядре</translation>
    </message>
    <message>
        <source>This mode&apos;s tasks appear here when it runs: the modes run one after another.</source>
        <translation>Задачи этого режима появятся здесь, когда до него дойдёт очередь: режимы выполняются один за другим.</translation>
    </message>
</context>
<context>
    <name>CompareReading</name>
    <message>
        <source>The comparison was stopped: its figures are partial.</source>
        <translation>Сравнение остановлено: показатели неполные.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>work: figures — conclusion</comment>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <comment>the event loop took 4.0 s</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, %1 %2</source>
        <comment>…, threads 2.0 s</comment>
        <translation>, %1 — %2</translation>
    </message>
    <message>
        <source>with one worker every mode runs the tasks one after another</source>
        <translation>С одним исполнителем любой режим выполняет задачи одну за другой</translation>
    </message>
    <message>
        <source>the event loop was the fastest: starting a task costs it least</source>
        <translation>Цикл событий оказался быстрее всех: запуск задачи обходится ему дешевле всего</translation>
    </message>
    <message>
        <source>one thread waits as well as many</source>
        <translation>Один поток ждёт не хуже многих</translation>
    </message>
    <message>
        <source>the tasks hardly overlapped in any mode</source>
        <translation>Задачи почти не выполнялись одновременно ни в одном режиме</translation>
    </message>
    <message numerus="yes">
        <source>computing tasks cannot overlap on one thread; %1 spread them over %n core(s)</source>
        <translation>
            <numerusform>В одном потоке вычисления идут по очереди; %1 распределили их по %n ядру</numerusform>
            <numerusform>В одном потоке вычисления идут по очереди; %1 распределили их по %n ядрам</numerusform>
            <numerusform>В одном потоке вычисления идут по очереди; %1 распределили их по %n ядрам</numerusform>
        </translation>
    </message>
    <message>
        <source>the event loop took %1 times as long here</source>
        <translation>Циклу событий понадобилось в %1 раза больше времени</translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message numerus="yes">
        <source>Compared %1 on %n worker(s), %2.</source>
        <translation>
            <numerusform>Сравнение: %1 на %n исполнителе, %2.</numerusform>
            <numerusform>Сравнение: %1 на %n исполнителях, %2.</numerusform>
            <numerusform>Сравнение: %1 на %n исполнителях, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>Nothing to compare: give at least one number.</source>
        <translation>Нечего сравнивать: укажите хотя бы одно число.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the comparison: %1</source>
        <translation>Не удалось создать временную папку для сравнения: %1</translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>%1: %2</source>
        <comment>a mode: why its first failed task failed</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (остановлен)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed: %1</source>
        <translation>
            <numerusform>%n задача завершилась с ошибкой: %1</numerusform>
            <numerusform>%n задачи завершились с ошибкой: %1</numerusform>
            <numerusform>%n задач завершились с ошибкой: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Время ЦП</translation>
    </message>
    <message>
        <source>Peak threads</source>
        <translation>Макс. потоков</translation>
    </message>
    <message>
        <source>Peak processes</source>
        <translation>Макс. процессов</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Макс. памяти</translation>
    </message>
</context>
<context>
    <name>CompareTexts</name>
    <message>
        <source>Threads</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Цикл событий</translation>
    </message>
    <message>
        <source>threads</source>
        <comment>in a sentence: threads took 2.0 s</comment>
        <translation>потоки</translation>
    </message>
    <message>
        <source>the event loop</source>
        <comment>in a sentence: the event loop took 4.0 s</comment>
        <translation>цикл событий</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>the kind of work: tasks that wait</comment>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>computing</source>
        <comment>the kind of work: tasks that compute</comment>
        <translation>вычисления</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>Mode %1 of %2: %3…</source>
        <translation>Режим %1 из %2: %3…</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>processes</source>
        <comment>in a sentence: processes took 2.0 s</comment>
        <translation>процессы</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Enter a number: </source>
        <translation>Введите число: </translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Завершение работы</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation>Конец работы</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed.</source>
        <translation>
            <numerusform>%n задача завершилась с ошибкой.</numerusform>
            <numerusform>%n задачи завершились с ошибкой.</numerusform>
            <numerusform>%n задач завершились с ошибкой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n task(s) did not finish.</source>
        <translation>
            <numerusform>Прервано: %n задача не завершена.</numerusform>
            <numerusform>Прервано: %n задачи не завершены.</numerusform>
            <numerusform>Прервано: %n задач не завершено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished task(s) from an earlier run are kept: start with --restore to run them, or with --discard to drop them.</source>
        <translation>
            <numerusform>%n незавершённая задача из прошлого запуска сохранена: запустите с --restore, чтобы выполнить её, или с --discard, чтобы отбросить.</numerusform>
            <numerusform>%n незавершённые задачи из прошлого запуска сохранены: запустите с --restore, чтобы выполнить их, или с --discard, чтобы отбросить.</numerusform>
            <numerusform>%n незавершённых задач из прошлого запуска сохранено: запустите с --restore, чтобы выполнить их, или с --discard, чтобы отбросить.</numerusform>
        </translation>
    </message>
    <message>
        <source>--restore cannot run: the task journal cannot be used.</source>
        <translation>--restore не может выполниться: журналом задач нельзя воспользоваться.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Исполнители:</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>How many tasks may run at once, 1 to %1</source>
        <translation>Сколько задач может выполняться одновременно, от 1 до %1</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Цикл событий</translation>
    </message>
    <message>
        <source>Threads: each task waits on a pool thread. Event loop: every task waits on a timer in one event-loop thread of its own. Processes: each task waits in a worker process of HelloQueue.</source>
        <translation>Потоки: каждая задача ждёт в потоке пула. Цикл событий: каждая задача ждёт таймера в отдельном потоке цикла событий. Процессы: каждая задача ждёт в рабочем процессе HelloQueue.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>Wor&amp;k:</source>
        <translation>Ра&amp;бота:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>What the tasks added from now on spend their seconds on. Waiting: a timer, no processor time. Computing: one core busy for that long.</source>
        <translation>На что тратят свои секунды задачи, добавленные с этого момента. Ожидание: таймер, без процессорного времени. Вычисление: одно ядро занято всё это время.</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>helloqueue: no display to open the window on (not set: %1); run “helloqueue --cli” to use the console instead.</source>
        <extracomment>Printed instead of opening the window; %1 names environment variables, e.g. &quot;DISPLAY, WAYLAND_DISPLAY&quot;</extracomment>
        <translation>helloqueue: нет дисплея, чтобы открыть окно (не задано: %1); запустите «helloqueue --cli», чтобы работать в консоли.</translation>
    </message>
</context>
<context>
    <name>DrainNotifier</name>
    <message>
        <source>Every task has finished.</source>
        <translation>Все задачи завершены.</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <comment>seconds, with one decimal</comment>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Clear history?</source>
        <translation>Очистить историю?</translation>
    </message>
    <message>
        <source>Forget every finished task kept in the history? Unfinished tasks are kept. This cannot be undone.</source>
        <translation>Забыть все завершённые задачи из истории? Незавершённые задачи останутся. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>&amp;Очистить историю</translation>
    </message>
    <message>
        <source>No finished tasks yet.</source>
        <translation>Завершённых задач пока нет.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Finished tasks</source>
        <translation>Завершённые задачи</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Read the finished tasks again</source>
        <translation>Заново прочитать завершённые задачи</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Очистить историю…</translation>
    </message>
    <message>
        <source>Forget every finished task; unfinished tasks are kept</source>
        <translation>Забыть все завершённые задачи; незавершённые останутся</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln finished task(s); older ones are kept but not listed.</source>
        <translation>
            <numerusform>Последняя %Ln завершённая задача; более старые хранятся, но не показаны.</numerusform>
            <numerusform>Последние %Ln завершённые задачи; более старые хранятся, но не показаны.</numerusform>
            <numerusform>Последние %Ln завершённых задач; более старые хранятся, но не показаны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished task(s), newest first.</source>
        <translation>
            <numerusform>%Ln завершённая задача, сначала новые.</numerusform>
            <numerusform>%Ln завершённые задачи, сначала новые.</numerusform>
            <numerusform>%Ln завершённых задач, сначала новые.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>HistoryLimitEditor</name>
    <message>
        <source>&amp;Tasks to keep:</source>
        <translation>&amp;Хранить задач:</translation>
    </message>
    <message>
        <source>History keeps this many of the newest finished tasks; unfinished tasks are always kept</source>
        <translation>История хранит столько последних завершённых задач; незавершённые хранятся всегда</translation>
    </message>
    <message>
        <source>&amp;Days to keep:</source>
        <translation>Хранить &amp;дней:</translation>
    </message>
    <message>
        <source>Finished tasks older than this many days are forgotten</source>
        <translation>Завершённые задачи старше этого числа дней забываются</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Forget the finished tasks beyond these limits now and at every start</source>
        <translation>Забыть завершённые задачи сверх этих пределов сейчас и при каждом запуске</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>File or reason</source>
        <translation>Файл или причина</translation>
    </message>
</context>
<context>
    <name>JournalDatabase</name>
    <message>
        <source>its folder could not be created</source>
        <translation>не удалось создать её папку</translation>
    </message>
    <message>
        <source>Another HelloQueue (process %1) is using the task journal %2. This one works without it: its tasks are not kept when it closes, and no unfinished tasks are offered.</source>
        <translation>Журнал задач %2 занят другим экземпляром HelloQueue (процесс %1). Этот экземпляр работает без журнала: его задачи не сохранятся после закрытия, и незавершённые задачи не предлагаются.</translation>
    </message>
    <message>
        <source>The task journal %1 was written by a newer HelloQueue and was left as it is. This one works without it: its tasks are not kept when it closes.</source>
        <translation>Журнал задач %1 записан более новой версией HelloQueue и оставлен как есть. Эта версия работает без журнала: её задачи не сохранятся после закрытия.</translation>
    </message>
    <message>
        <source>The task journal %1 could not be opened: %2. HelloQueue works without it: its tasks are not kept when it closes.</source>
        <translation>Не удалось открыть журнал задач %1: %2. HelloQueue работает без журнала: задачи не сохранятся после закрытия.</translation>
    </message>
    <message>
        <source>it is not a HelloQueue journal</source>
        <translation>это не журнал HelloQueue</translation>
    </message>
    <message>
        <source>The task journal %1 cannot be read (%2) and could not be moved aside: %3.</source>
        <translation>Журнал задач %1 не читается (%2), и его не удалось переместить в сторону: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The task journal %1 was damaged (%2). It was moved aside to %3 and a new journal was started; %n unfinished task(s) could be read from it and are offered for restore. Its history is not kept.</source>
        <translation>
            <numerusform>Журнал задач %1 был повреждён (%2). Он перемещён в %3, и начат новый журнал; из старого удалось прочитать %n незавершённую задачу, она предложена для восстановления. Его история не сохранена.</numerusform>
            <numerusform>Журнал задач %1 был повреждён (%2). Он перемещён в %3, и начат новый журнал; из старого удалось прочитать %n незавершённые задачи, они предложены для восстановления. Его история не сохранена.</numerusform>
            <numerusform>Журнал задач %1 был повреждён (%2). Он перемещён в %3, и начат новый журнал; из старого удалось прочитать %n незавершённых задач, они предложены для восстановления. Его история не сохранена.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task journal %1 is not the one HelloQueue left last time: it was removed, emptied or replaced, and the unfinished tasks recorded in it are lost. A new journal was started.</source>
        <translation>Журнал задач %1 — не тот, что HelloQueue оставила в прошлый раз: его удалили, очистили или заменили, и записанные в нём незавершённые задачи потеряны. Начат новый журнал.</translation>
    </message>
    <message numerus="yes">
        <source>The task journal %1 lost its latest changes (its write-ahead log %2 was damaged or removed): up to %n task(s) accepted last time may be missing. What it still holds is kept.</source>
        <translation>
            <numerusform>Журнал задач %1 потерял последние изменения (его журнал упреждающей записи %2 повреждён или удалён): может не хватать до %n задачи, принятой в прошлый раз. Всё, что в нём осталось, сохранено.</numerusform>
            <numerusform>Журнал задач %1 потерял последние изменения (его журнал упреждающей записи %2 повреждён или удалён): может не хватать до %n задач, принятых в прошлый раз. Всё, что в нём осталось, сохранено.</numerusform>
            <numerusform>Журнал задач %1 потерял последние изменения (его журнал упреждающей записи %2 повреждён или удалён): может не хватать до %n задач, принятых в прошлый раз. Всё, что в нём осталось, сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be locked: %1</source>
        <translation>его не удалось заблокировать: %1</translation>
    </message>
    <message>
        <source>its folder can be written, but its lock file %1 cannot be used</source>
        <translation>в его папку можно писать, но файлом блокировки %1 воспользоваться нельзя</translation>
    </message>
    <message>
        <source>HelloQueue may not write into its folder</source>
        <translation>HelloQueue не разрешено писать в его папку</translation>
    </message>
    <message>
        <source>it is damaged: %1</source>
        <translation>он повреждён: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work finished</source>
        <extracomment>The lesson&apos;s last message</extracomment>
        <translation>Конец работы</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Paused: no new task starts</source>
        <translation>Пауза: новые задачи не запускаются</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Идёт работа</translation>
    </message>
    <message>
        <source>Ready: type a number of seconds and press Return</source>
        <translation>Готово: введите число секунд и нажмите Enter</translation>
    </message>
    <message numerus="yes">
        <source>Finishing… %Ln left</source>
        <extracomment>The lesson&apos;s &quot;Finishing&quot; message, with how many tasks are still to end</extracomment>
        <translation>
            <numerusform>Завершение работы… осталась %Ln задача</numerusform>
            <numerusform>Завершение работы… осталось %Ln задачи</numerusform>
            <numerusform>Завершение работы… осталось %Ln задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln number(s)…</source>
        <translation>
            <numerusform>Добавляется %Ln число…</numerusform>
            <numerusform>Добавляются %Ln числа…</numerusform>
            <numerusform>Добавляются %Ln чисел…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>&amp;Enter a number:</source>
        <extracomment>The lesson&apos;s prompt, as a label in front of the number field</extracomment>
        <translation>Введите &amp;число:</translation>
    </message>
    <message>
        <source>Seconds, e.g. 3 or 5, 2, 0</source>
        <translation>Секунды, например 3 или 5, 2, 0</translation>
    </message>
    <message>
        <source>Numbers of seconds</source>
        <translation>Числа секунд</translation>
    </message>
    <message>
        <source>One or more whole numbers of seconds, from 0 to %1, separated by spaces, commas, semicolons or new lines. Return adds them.</source>
        <translation>Одно или несколько целых чисел секунд, от 0 до %1, через пробелы, запятые, точки с запятой или с новой строки. Enter добавляет их.</translation>
    </message>
    <message>
        <source>“%1”: write the number without a sign.</source>
        <translation>«%1»: напишите число без знака.</translation>
    </message>
</context>
<context>
    <name>NumberLineEdit</name>
    <message numerus="yes">
        <source>%Ln number(s) pasted: Return adds them, Escape takes them back</source>
        <translation>
            <numerusform>Вставлено %Ln число: Enter добавит их, Esc отменит вставку</numerusform>
            <numerusform>Вставлено %Ln числа: Enter добавит их, Esc отменит вставку</numerusform>
            <numerusform>Вставлено %Ln чисел: Enter добавит их, Esc отменит вставку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) pasted: Return checks them, Escape takes them back</source>
        <translation>
            <numerusform>Вставлен %Ln символ: Enter проверит текст, Esc отменит вставку</numerusform>
            <numerusform>Вставлено %Ln символа: Enter проверит текст, Esc отменит вставку</numerusform>
            <numerusform>Вставлено %Ln символов: Enter проверит текст, Esc отменит вставку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>Enter a whole number of seconds, from 0 to %1.</source>
        <translation>Введите целое число секунд, от 0 до %1.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of seconds.</source>
        <translation>«%1» — не целое число секунд.</translation>
    </message>
    <message>
        <source>“%1” is too large: the longest task is %2 seconds (one day).</source>
        <translation>«%1» — слишком много: самая долгая задача длится %2 секунд (сутки).</translation>
    </message>
    <message>
        <source>“%1” is negative: a task lasts from 0 to %2 seconds.</source>
        <translation>«%1» — отрицательное число: задача длится от 0 до %2 секунд.</translation>
    </message>
</context>
<context>
    <name>OutputFolderWidget</name>
    <message>
        <source>Choose the output folder</source>
        <translation>Выберите папку для файлов</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>Папк&amp;а для файлов:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка для файлов</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>От&amp;крыть</translation>
    </message>
    <message>
        <source>Tasks queued earlier still write to %1; new tasks go to the folder above.</source>
        <translation>Задачи, поставленные раньше, по-прежнему пишут в %1; новые — в папку выше.</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source>%1 left</source>
        <comment>time left of a task</comment>
        <translation>осталось %1</translation>
    </message>
</context>
<context>
    <name>ProgressReading</name>
    <message>
        <source>%1, %2 %, %3 left</source>
        <extracomment>A running task&apos;s progress cell as a screen reader reads it: state, percentage, time left</extracomment>
        <translation>%1, %2 %, осталось %3</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <extracomment>A queued task&apos;s progress cell as a screen reader reads it: state, time left</extracomment>
        <translation>%1, осталось %2</translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <source>Quit HelloQueue?</source>
        <translation>Выйти из HelloQueue?</translation>
    </message>
    <message>
        <source>HelloQueue is finishing: it closes by itself when the last task ends.</source>
        <translation>HelloQueue завершает работу: окно закроется само, когда закончится последняя задача.</translation>
    </message>
    <message>
        <source>Finish first waits for every task, then closes. Quit now interrupts them; unfinished tasks are kept for the next start.</source>
        <translation>«Сначала завершить» дождётся всех задач и закроет окно. «Выйти сейчас» прервёт их; незавершённые задачи сохранятся до следующего запуска.</translation>
    </message>
    <message>
        <source>&amp;Keep finishing</source>
        <translation>&amp;Продолжить завершение</translation>
    </message>
    <message>
        <source>&amp;Finish first</source>
        <translation>&amp;Сначала завершить</translation>
    </message>
    <message>
        <source>&amp;Quit now</source>
        <translation>&amp;Выйти сейчас</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) have not finished yet.</source>
        <translation>
            <numerusform>%Ln задача ещё не завершена.</numerusform>
            <numerusform>%Ln задачи ещё не завершены.</numerusform>
            <numerusform>%Ln задач ещё не завершено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore unfinished tasks?</source>
        <translation>Восстановить незавершённые задачи?</translation>
    </message>
    <message numerus="yes">
        <source>Restore puts them back on the queue in their order. Discard forgets them. Later keeps them for the next start.</source>
        <translation>
            <numerusform>«Восстановить» вернёт её в очередь. «Отбросить» забудет её. «Позже» сохранит её до следующего запуска.</numerusform>
            <numerusform>«Восстановить» вернёт их в очередь в прежнем порядке. «Отбросить» забудет их. «Позже» сохранит их до следующего запуска.</numerusform>
            <numerusform>«Восстановить» вернёт их в очередь в прежнем порядке. «Отбросить» забудет их. «Позже» сохранит их до следующего запуска.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) from an earlier run did not finish.</source>
        <translation>
            <numerusform>%Ln задача из прошлого запуска не завершилась.</numerusform>
            <numerusform>%Ln задачи из прошлого запуска не завершились.</numerusform>
            <numerusform>%Ln задач из прошлого запуска не завершились.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteJournal</name>
    <message>
        <source>The tasks could not be recorded in the task journal %1, so they were not added: %2</source>
        <translation>Задачи не удалось записать в журнал задач %1, поэтому они не добавлены: %2</translation>
    </message>
    <message>
        <source>The task journal %1 could not record finished tasks: %2. They may be offered again at the next start.</source>
        <translation>Журнал задач %1 не смог записать завершённые задачи: %2. При следующем запуске они могут быть предложены снова.</translation>
    </message>
    <message>
        <source>The task journal %1 could not give up the unfinished tasks: %2</source>
        <translation>Журнал задач %1 не смог отбросить незавершённые задачи: %2</translation>
    </message>
    <message>
        <source>The task journal %1 could not clear the history: %2</source>
        <translation>Журнал задач %1 не смог очистить историю: %2</translation>
    </message>
    <message>
        <source>The task journal %1 could not be read: %2</source>
        <translation>Не удалось прочитать журнал задач %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 was recorded but cannot be read back</source>
        <translation>папка %1 записана, но прочитать её обратно не удаётся</translation>
    </message>
    <message>
        <source>the numbers added just before them were not recorded</source>
        <translation>не записаны числа, добавленные перед ними</translation>
    </message>
    <message>
        <source>Numbers entered a moment ago are still being recorded; try again in a moment.</source>
        <translation>Только что введённые числа ещё записываются; повторите через мгновение.</translation>
    </message>
</context>
<context>
    <name>SummaryWidget</name>
    <message>
        <source>Queued: %1 · Running: %2 · Done: %3 · Failed: %4 · Cancelled: %5</source>
        <translation>В очереди: %1 · Выполняется: %2 · Готово: %3 · Ошибки: %4 · Отменено: %5</translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>Завершено %1 из %2</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Общий ход работы</translation>
    </message>
    <message>
        <source>Time left: none</source>
        <translation>Осталось: ничего</translation>
    </message>
    <message>
        <source>Time left: paused</source>
        <translation>Осталось: пауза</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Осталось: %1</translation>
    </message>
</context>
<context>
    <name>SystemErrorText</name>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>дисковая квота исчерпана</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <source>a folder on the path does not exist</source>
        <translation>одной из папок на этом пути нет</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>часть пути — файл, а не папка</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>на этом месте уже есть папка с таким именем</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <source>the path has too many symbolic links</source>
        <translation>в пути слишком много символических ссылок</translation>
    </message>
    <message>
        <source>input/output error: the disk or its connection may be failing</source>
        <translation>ошибка ввода-вывода: возможно, неисправен диск или его подключение</translation>
    </message>
    <message>
        <source>the disk is not available (it may have been removed)</source>
        <translation>диск недоступен (возможно, он отключён)</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>открыто слишком много файлов</translation>
    </message>
    <message>
        <source>the file is too large for this file system</source>
        <translation>файл слишком велик для этой файловой системы</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>the network folder is no longer available</source>
        <translation>сетевая папка больше недоступна</translation>
    </message>
    <message>
        <source>system error %1 (%2)</source>
        <translation>системная ошибка %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TaskFailureText</name>
    <message>
        <source>cannot write %1</source>
        <translation>не удалось записать %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удалось создать папку %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>не удалось создать папку %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 is a file, not a folder</source>
        <translation>не удалось записать %1: %2 — это файл, а не папка</translation>
    </message>
    <message>
        <source>the worker process running it ended unexpectedly</source>
        <translation>выполнявший её рабочий процесс неожиданно завершился</translation>
    </message>
    <message>
        <source>the worker process running it was ended by signal %1</source>
        <translation>выполнявший её рабочий процесс был завершён сигналом %1</translation>
    </message>
    <message>
        <source>Not restored: discarded at a later start</source>
        <translation>Не восстановлена: отброшена при следующем запуске</translation>
    </message>
    <message>
        <source>the reason was not recorded</source>
        <translation>причина не была записана</translation>
    </message>
    <message>
        <source>the worker process could not be started: %1</source>
        <translation>не удалось запустить рабочий процесс: %1</translation>
    </message>
    <message>
        <source>the worker process (pid %1) ended unexpectedly</source>
        <translation>рабочий процесс (pid %1) неожиданно завершился</translation>
    </message>
    <message>
        <source>the worker process (pid %1) ended unexpectedly: killed by signal %2</source>
        <translation>рабочий процесс (pid %1) неожиданно завершился: убит сигналом %2</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>осталось %1 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1, retried as #%2</source>
        <translation>%1, повторена как №%2</translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <source>No tasks yet. Type a number of seconds above and press Return.</source>
        <translation>Задач пока нет. Введите число секунд выше и нажмите Enter.</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>queue</source>
        <translation>очередь</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>#%1</source>
        <comment>a task&apos;s number on its bar</comment>
        <translation>№%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds on the time axis</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>!</source>
        <comment>marks a failed task&apos;s bar</comment>
        <translation>!</translation>
    </message>
    <message>
        <source>×</source>
        <comment>marks a cancelled task&apos;s bar</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>now</source>
        <comment>the line at the current time</comment>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Each task you add appears here as a bar from its start to its end, one lane per worker.</source>
        <translation>Каждая добавленная задача появится здесь полосой от начала до конца, по одной дорожке на исполнителя.</translation>
    </message>
</context>
<context>
    <name>TimelineToolTip</name>
    <message>
        <source>State: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation>Начата в %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>Осталось %1 с</translation>
    </message>
    <message>
        <source>Took %1 s</source>
        <translation>Заняла %1 с</translation>
    </message>
    <message>
        <source>Cancelled before it started, at %1</source>
        <translation>Отменена до начала, в %1</translation>
    </message>
    <message>
        <source>Expected to start in %1 s</source>
        <translation>Начнётся примерно через %1 с</translation>
    </message>
    <message>
        <source>Waiting for a free worker</source>
        <translation>Ждёт свободного исполнителя</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>Задача №%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click or zoom in (Ctrl+wheel) to see each one.</source>
        <translation>Щёлкните или увеличьте масштаб (Ctrl+колесо), чтобы увидеть каждую.</translation>
    </message>
    <message numerus="yes">
        <source>Task #%1: wait %Ln second(s), write %2</source>
        <translation>
            <numerusform>Задача №%1: ждать %Ln секунду, записать %2</numerusform>
            <numerusform>Задача №%1: ждать %Ln секунды, записать %2</numerusform>
            <numerusform>Задача №%1: ждать %Ln секунд, записать %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more task(s) waiting, #%1 to #%2, drawn as one strip</source>
        <translation>
            <numerusform>Ещё %Ln задача ждёт, №%1–№%2, показаны одной полосой</numerusform>
            <numerusform>Ещё %Ln задачи ждут, №%1–№%2, показаны одной полосой</numerusform>
            <numerusform>Ещё %Ln задач ждут, №%1–№%2, показаны одной полосой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s), #%1 to #%2, too close together to draw one by one</source>
        <translation>
            <numerusform>%Ln задача, №%1–№%2, слишком плотно, чтобы рисовать по одной</numerusform>
            <numerusform>%Ln задачи, №%1–№%2, слишком плотно, чтобы рисовать по одной</numerusform>
            <numerusform>%Ln задач, №%1–№%2, слишком плотно, чтобы рисовать по одной</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Follow now</source>
        <translation>&amp;Следить за текущим временем</translation>
    </message>
    <message>
        <source>Keep the current time in view (End)</source>
        <translation>Держать текущее время на виду (End)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Export timeline as PNG…</source>
        <translation>&amp;Экспорт шкалы времени в PNG…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Export timeline as PNG</source>
        <translation>Экспорт шкалы времени в PNG</translation>
    </message>
    <message>
        <source>timeline.png</source>
        <comment>default file name</comment>
        <translation>шкала-времени.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Экспорт шкалы времени</translation>
    </message>
    <message>
        <source>Could not write the image to %1: %2</source>
        <translation>Не удалось записать изображение в %1: %2</translation>
    </message>
    <message>
        <source>One lane per worker; each task is a bar from its start to its end. The Tasks table lists the same tasks, with their worker, start and duration.</source>
        <translation>По дорожке на исполнителя; каждая задача — полоса от начала до конца. Таблица «Задачи» содержит те же задачи с исполнителем, началом и длительностью.</translation>
    </message>
    <message>
        <source>Zoom to fi&amp;t</source>
        <translation>&amp;Вписать всё</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add the numbers in the field to the queue (Return)</source>
        <translation>Добавить числа из поля в очередь (Enter)</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>Завер&amp;шить</translation>
    </message>
    <message>
        <source>Accept no more numbers, wait for every task to end, then close (Ctrl+Return)</source>
        <translation>Больше не принимать числа, дождаться всех задач и закрыть окно (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Продол&amp;жить</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Start queued tasks again</source>
        <translation>Снова запускать задачи из очереди</translation>
    </message>
    <message>
        <source>Start no new task; running tasks finish</source>
        <translation>Не запускать новые задачи; выполняемые доработают</translation>
    </message>
    <message>
        <source>&amp;Cancel selected</source>
        <translation>Отм&amp;енить выбранные</translation>
    </message>
    <message>
        <source>Cancel the selected tasks (Delete)</source>
        <translation>Отменить выбранные задачи (Delete)</translation>
    </message>
    <message>
        <source>Queue the selected failed or cancelled tasks again (Ctrl+R)</source>
        <translation>Снова поставить в очередь выбранные неудавшиеся или отменённые задачи (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Убрать завершённые</translation>
    </message>
    <message>
        <source>Remove finished tasks from the list</source>
        <translation>Убрать завершённые задачи из списка</translation>
    </message>
    <message>
        <source>Change output &amp;folder…</source>
        <translation>&amp;Изменить папку для файлов…</translation>
    </message>
    <message>
        <source>Choose the folder the files are written to</source>
        <translation>Выбрать папку, в которую записываются файлы</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>&amp;Открыть папку для файлов</translation>
    </message>
    <message>
        <source>Open the output folder in the file manager</source>
        <translation>Открыть папку для файлов в файловом менеджере</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About HelloQueue</source>
        <translation>&amp;О программе HelloQueue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Язык системы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Export timeline as PNG…</source>
        <translation>&amp;Экспорт шкалы времени в PNG…</translation>
    </message>
    <message>
        <source>Save the timeline, every lane, as an image</source>
        <translation>Сохранить шкалу времени со всеми дорожками как изображение</translation>
    </message>
    <message>
        <source>Show &amp;timeline</source>
        <translation>Показать &amp;шкалу времени</translation>
    </message>
    <message>
        <source>Show when each task ran, one lane per worker (Ctrl+T)</source>
        <translation>Показать, когда выполнялась каждая задача, по дорожке на исполнителя (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Show the finished tasks kept from this and earlier runs (Ctrl+H)</source>
        <translation>Показать завершённые задачи этого и прошлых запусков (Ctrl+H)</translation>
    </message>
    <message>
        <source>No history here: another HelloQueue is running and keeps it</source>
        <translation>История недоступна: её ведёт другой запущенный экземпляр HelloQueue</translation>
    </message>
    <message>
        <source>No history here: the task journal could not be opened</source>
        <translation>История недоступна: не удалось открыть журнал задач</translation>
    </message>
    <message>
        <source>Fi&amp;nishing…</source>
        <translation>Завер&amp;шение…</translation>
    </message>
    <message>
        <source>&amp;Stop now…</source>
        <translation>Ос&amp;тановить сейчас…</translation>
    </message>
    <message>
        <source>Asks, then interrupts the running tasks and closes; unfinished tasks are kept for the next start</source>
        <translation>Спрашивает, затем прерывает выполняемые задачи и закрывает окно; незавершённые задачи сохранятся до следующего запуска</translation>
    </message>
    <message>
        <source>Retr&amp;y selected</source>
        <translation>П&amp;овторить выбранные</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <source>Open the file this task wrote (Return)</source>
        <translation>Открыть файл, записанный задачей (Enter)</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>Открыть &amp;папку с файлом</translation>
    </message>
    <message>
        <source>Open the folder this task wrote its file to</source>
        <translation>Открыть папку, в которую задача записала файл</translation>
    </message>
    <message>
        <source>Co&amp;py numbers</source>
        <translation>&amp;Копировать числа</translation>
    </message>
    <message>
        <source>Copy the selected tasks&apos; numbers of seconds, ready to paste in the field (Ctrl+C)</source>
        <translation>Скопировать числа секунд выбранных задач, чтобы вставить их в поле (Ctrl+C)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>Take the selected finished tasks off the list</source>
        <translation>Убрать выбранные завершённые задачи из списка</translation>
    </message>
    <message>
        <source>Co&amp;mpare modes…</source>
        <translation>Сра&amp;внить режимы…</translation>
    </message>
    <message>
        <source>Run the same numbers in every mode, one after another, and compare what each cost</source>
        <translation>Выполнить одни и те же числа в каждом режиме по очереди и сравнить, чего стоил каждый</translation>
    </message>
</context>
<context>
    <name>WindowProgram</name>
    <message>
        <source>The window cannot open: its program %1 is missing. Reinstall HelloQueue; helloqueue --cli works without it.</source>
        <translation>Окно не открывается: его программы %1 нет. Переустановите HelloQueue; helloqueue --cli работает и без неё.</translation>
    </message>
    <message>
        <source>The window cannot open: its program %1 cannot be started: %2.</source>
        <translation>Окно не открывается: его программу %1 не удаётся запустить: %2.</translation>
    </message>
</context>
<context>
    <name>WorkName</name>
    <message>
        <source>Computing</source>
        <translation>Вычисление</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <comment>seconds of one core&apos;s time</comment>
        <translation>%1 ЦП</translation>
    </message>
    <message numerus="yes">
        <source>Computes for %n second(s) on one core</source>
        <translation>
            <numerusform>Вычисляет %n секунду на одном ядре</numerusform>
            <numerusform>Вычисляет %n секунды на одном ядре</numerusform>
            <numerusform>Вычисляет %n секунд на одном ядре</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waits %n second(s)</source>
        <translation>
            <numerusform>Ждёт %n секунду</numerusform>
            <numerusform>Ждёт %n секунды</numerusform>
            <numerusform>Ждёт %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerName</name>
    <message>
        <source>pool thread %1</source>
        <translation>поток пула %1</translation>
    </message>
    <message>
        <source>event loop, slot %1</source>
        <translation>цикл событий, слот %1</translation>
    </message>
    <message>
        <source>process %1 (pid %2)</source>
        <translation>процесс %1 (pid %2)</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>процесс %1</translation>
    </message>
</context>
</TS>
