<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HelloQueue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small task queue: each number i waits i seconds, then writes i.txt with “Hello, i!”. Tasks run on a thread pool or on the event loop, so you can watch the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divider between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseQuestions</name>
    <message>
        <source>Discard typed numbers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field holds “%1”, which was not added to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it and quit, or keep typing and press Return to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>HelloQueue: type numbers; each number i waits i seconds and then writes i.txt with &quot;Hello, i!&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the lesson&apos;s console program instead of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files into &lt;folder&gt; (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run up to &lt;n&gt; tasks at once, 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: en or ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the unfinished tasks of an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished tasks of an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of seconds to enqueue at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[NUMBER...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--restore and --discard cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers takes a number from 1 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes en or ru, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tasks on a thread pool (threads), with timers on the event loop (events), or in worker processes (processes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode takes threads, events or processes, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the numbers through every mode, one after another, and print what each cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each task spends its seconds on: waiting (wait) or computing on one core (compute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--work takes wait or compute, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of seconds every mode runs, e.g. 1 1 1 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tasks may run at once in every mode, 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every mode ran the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison.png</source>
        <comment>default file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <comment>default file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the figures to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every task spends its seconds on in every mode: waiting, or computing on one core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mode&apos;s tasks appear here when it runs: the modes run one after another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareReading</name>
    <message>
        <source>The comparison was stopped: its figures are partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>work: figures — conclusion</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <comment>the event loop took 4.0 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 %2</source>
        <comment>…, threads 2.0 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with one worker every mode runs the tasks one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event loop was the fastest: starting a task costs it least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one thread waits as well as many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tasks hardly overlapped in any mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>computing tasks cannot overlap on one thread; %1 spread them over %n core(s)</source>
        <translation>
            <numerusform>computing tasks cannot overlap on one thread; %1 spread them over %n core</numerusform>
            <numerusform>computing tasks cannot overlap on one thread; %1 spread them over %n cores</numerusform>
        </translation>
    </message>
    <message>
        <source>the event loop took %1 times as long here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message numerus="yes">
        <source>Compared %1 on %n worker(s), %2.</source>
        <translation>
            <numerusform>Compared %1 on %n worker, %2.</numerusform>
            <numerusform>Compared %1 on %n workers, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>Nothing to compare: give at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>%1: %2</source>
        <comment>a mode: why its first failed task failed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>%1 (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed: %1</source>
        <translation>
            <numerusform>%n task failed: %1</numerusform>
            <numerusform>%n tasks failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTexts</name>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads</source>
        <comment>in a sentence: threads took 2.0 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event loop</source>
        <comment>in a sentence: the event loop took 4.0 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>the kind of work: tasks that wait</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing</source>
        <comment>the kind of work: tasks that compute</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode %1 of %2: %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <comment>in a sentence: processes took 2.0 s</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Enter a number: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed.</source>
        <translation>
            <numerusform>%n task failed.</numerusform>
            <numerusform>%n tasks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n task(s) did not finish.</source>
        <translation>
            <numerusform>Interrupted: %n task did not finish.</numerusform>
            <numerusform>Interrupted: %n tasks did not finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished task(s) from an earlier run are kept: start with --restore to run them, or with --discard to drop them.</source>
        <translation>
            <numerusform>%n unfinished task from an earlier run is kept: start with --restore to run it, or with --discard to drop it.</numerusform>
            <numerusform>%n unfinished tasks from an earlier run are kept: start with --restore to run them, or with --discard to drop them.</numerusform>
        </translation>
    </message>
    <message>
        <source>--restore cannot run: the task journal cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>&amp;Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tasks may run at once, 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads: each task waits on a pool thread. Event loop: every task waits on a timer in one event-loop thread of its own. Processes: each task waits in a worker process of HelloQueue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tasks added from now on spend their seconds on. Waiting: a timer, no processor time. Computing: one core busy for that long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>helloqueue: no display to open the window on (not set: %1); run “helloqueue --cli” to use the console instead.</source>
        <extracomment>Printed instead of opening the window; %1 names environment variables, e.g. &quot;DISPLAY, WAYLAND_DISPLAY&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrainNotifier</name>
    <message>
        <source>Every task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <comment>seconds, with one decimal</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Clear history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every finished task kept in the history? Unfinished tasks are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the finished tasks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every finished task; unfinished tasks are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln finished task(s); older ones are kept but not listed.</source>
        <translation>
            <numerusform>The newest finished task; older ones are kept but not listed.</numerusform>
            <numerusform>The newest %Ln finished tasks; older ones are kept but not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished task(s), newest first.</source>
        <translation>
            <numerusform>%Ln finished task.</numerusform>
            <numerusform>%Ln finished tasks, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryLimitEditor</name>
    <message>
        <source>&amp;Tasks to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History keeps this many of the newest finished tasks; unfinished tasks are always kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished tasks older than this many days are forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the finished tasks beyond these limits now and at every start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalDatabase</name>
    <message>
        <source>its folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another HelloQueue (process %1) is using the task journal %2. This one works without it: its tasks are not kept when it closes, and no unfinished tasks are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task journal %1 was written by a newer HelloQueue and was left as it is. This one works without it: its tasks are not kept when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task journal %1 could not be opened: %2. HelloQueue works without it: its tasks are not kept when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a HelloQueue journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task journal %1 cannot be read (%2) and could not be moved aside: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The task journal %1 was damaged (%2). It was moved aside to %3 and a new journal was started; %n unfinished task(s) could be read from it and are offered for restore. Its history is not kept.</source>
        <translation>
            <numerusform>The task journal %1 was damaged (%2). It was moved aside to %3 and a new journal was started; %n unfinished task could be read from it and is offered for restore. Its history is not kept.</numerusform>
            <numerusform>The task journal %1 was damaged (%2). It was moved aside to %3 and a new journal was started; %n unfinished tasks could be read from it and are offered for restore. Its history is not kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task journal %1 is not the one HelloQueue left last time: it was removed, emptied or replaced, and the unfinished tasks recorded in it are lost. A new journal was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The task journal %1 lost its latest changes (its write-ahead log %2 was damaged or removed): up to %n task(s) accepted last time may be missing. What it still holds is kept.</source>
        <translation>
            <numerusform>The task journal %1 lost its latest changes (its write-ahead log %2 was damaged or removed): up to %n task accepted last time may be missing. What it still holds is kept.</numerusform>
            <numerusform>The task journal %1 lost its latest changes (its write-ahead log %2 was damaged or removed): up to %n tasks accepted last time may be missing. What it still holds is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder can be written, but its lock file %1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelloQueue may not write into its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work finished</source>
        <extracomment>The lesson&apos;s last message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: no new task starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: type a number of seconds and press Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finishing… %Ln left</source>
        <extracomment>The lesson&apos;s &quot;Finishing&quot; message, with how many tasks are still to end</extracomment>
        <translation>
            <numerusform>Finishing… %Ln task left</numerusform>
            <numerusform>Finishing… %Ln tasks left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln number(s)…</source>
        <translation>
            <numerusform>Adding %Ln number…</numerusform>
            <numerusform>Adding %Ln numbers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>&amp;Enter a number:</source>
        <extracomment>The lesson&apos;s prompt, as a label in front of the number field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds, e.g. 3 or 5, 2, 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more whole numbers of seconds, from 0 to %1, separated by spaces, commas, semicolons or new lines. Return adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: write the number without a sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberLineEdit</name>
    <message numerus="yes">
        <source>%Ln number(s) pasted: Return adds them, Escape takes them back</source>
        <translation>
            <numerusform>%Ln number pasted: Return adds it, Escape takes it back</numerusform>
            <numerusform>%Ln numbers pasted: Return adds them, Escape takes them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) pasted: Return checks them, Escape takes them back</source>
        <translation>
            <numerusform>%Ln character pasted: Return checks it, Escape takes it back</numerusform>
            <numerusform>%Ln characters pasted: Return checks them, Escape takes them back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>Enter a whole number of seconds, from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large: the longest task is %2 seconds (one day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is negative: a task lasts from 0 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFolderWidget</name>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks queued earlier still write to %1; new tasks go to the folder above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source>%1 left</source>
        <comment>time left of a task</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReading</name>
    <message>
        <source>%1, %2 %, %3 left</source>
        <extracomment>A running task&apos;s progress cell as a screen reader reads it: state, percentage, time left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <extracomment>A queued task&apos;s progress cell as a screen reader reads it: state, time left</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <source>Quit HelloQueue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelloQueue is finishing: it closes by itself when the last task ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish first waits for every task, then closes. Quit now interrupts them; unfinished tasks are kept for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) have not finished yet.</source>
        <translation>
            <numerusform>%Ln task has not finished yet.</numerusform>
            <numerusform>%Ln tasks have not finished yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore unfinished tasks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore puts them back on the queue in their order. Discard forgets them. Later keeps them for the next start.</source>
        <translation>
            <numerusform>Restore puts it back on the queue. Discard forgets it. Later keeps it for the next start.</numerusform>
            <numerusform>Restore puts them back on the queue in their order. Discard forgets them. Later keeps them for the next start.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) from an earlier run did not finish.</source>
        <translation>
            <numerusform>%Ln task from an earlier run did not finish.</numerusform>
            <numerusform>%Ln tasks from an earlier run did not finish.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteJournal</name>
    <message>
        <source>The tasks could not be recorded in the task journal %1, so they were not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task journal %1 could not record finished tasks: %2. They may be offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task journal %1 could not give up the unfinished tasks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task journal %1 could not clear the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task journal %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 was recorded but cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers added just before them were not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers entered a moment ago are still being recorded; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryWidget</name>
    <message>
        <source>Queued: %1 · Running: %2 · Done: %3 · Failed: %4 · Cancelled: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemErrorText</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder on the path does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path has too many symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error: the disk or its connection may be failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is not available (it may have been removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for this file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network folder is no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system error %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskFailureText</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process running it ended unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process running it was ended by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: discarded at a later start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process (pid %1) ended unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process (pid %1) ended unexpectedly: killed by signal %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, retried as #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <source>No tasks yet. Type a number of seconds above and press Return.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>#%1</source>
        <comment>a task&apos;s number on its bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds on the time axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!</source>
        <comment>marks a failed task&apos;s bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <comment>marks a cancelled task&apos;s bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <comment>the line at the current time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each task you add appears here as a bar from its start to its end, one lane per worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineToolTip</name>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to start in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a free worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or zoom in (Ctrl+wheel) to see each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Task #%1: wait %Ln second(s), write %2</source>
        <translation>
            <numerusform>Task #%1: wait %Ln second, write %2</numerusform>
            <numerusform>Task #%1: wait %Ln seconds, write %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more task(s) waiting, #%1 to #%2, drawn as one strip</source>
        <translation>
            <numerusform>%Ln more task waiting, #%1 to #%2, drawn as one strip</numerusform>
            <numerusform>%Ln more tasks waiting, #%1 to #%2, drawn as one strip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s), #%1 to #%2, too close together to draw one by one</source>
        <translation>
            <numerusform>%Ln task, #%1 to #%2, too close together to draw one by one</numerusform>
            <numerusform>%Ln tasks, #%1 to #%2, too close together to draw one by one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Follow now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current time in view (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export timeline as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline.png</source>
        <comment>default file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per worker; each task is a bar from its start to its end. The Tasks table lists the same tasks, with their worker, start and duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fi&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the numbers in the field to the queue (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept no more numbers, wait for every task to end, then close (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start queued tasks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no new task; running tasks finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected tasks (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the selected failed or cancelled tasks again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished tasks from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change output &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the files are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the output folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HelloQueue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export timeline as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline, every lane, as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when each task ran, one lane per worker (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the finished tasks kept from this and earlier runs (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history here: another HelloQueue is running and keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history here: the task journal could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks, then interrupts the running tasks and closes; unfinished tasks are kept for the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file this task wrote (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder this task wrote its file to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected tasks&apos; numbers of seconds, ready to paste in the field (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected finished tasks off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare modes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same numbers in every mode, one after another, and compare what each cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowProgram</name>
    <message>
        <source>The window cannot open: its program %1 is missing. Reinstall HelloQueue; helloqueue --cli works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window cannot open: its program %1 cannot be started: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkName</name>
    <message>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <comment>seconds of one core&apos;s time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Computes for %n second(s) on one core</source>
        <translation>
            <numerusform>Computes for %n second on one core</numerusform>
            <numerusform>Computes for %n seconds on one core</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waits %n second(s)</source>
        <translation>
            <numerusform>Waits %n second</numerusform>
            <numerusform>Waits %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerName</name>
    <message>
        <source>pool thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event loop, slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
