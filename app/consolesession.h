#pragma once

#include "commandline.h"

#include <QObject>

/** The lesson's console program on HelloQueue's engine (`helloqueue --cli`). */
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(const CommandLineOptions &options, QObject *parent = nullptr);
    /** Runs until input ends and every task has finished; returns the exit status. */
    int run();

private:
    CommandLineOptions m_options;
};
