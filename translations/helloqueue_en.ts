<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Run tasks on a thread pool (threads) or with timers on the event loop (events).</source>
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
        <source>--mode takes threads or events, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes en or ru, not “%1”.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n task(s) did not finish.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enter a number of seconds</source>
        <translation type="unfinished"></translation>
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
        <source>pool thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main thread, slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskWriter</name>
    <message>
        <source>cannot write %1: %2 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
