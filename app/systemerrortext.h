#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * A system error (errno) in the user's words and language: "the disk is full", not the C
 * library's English "No space left on device" inside a Russian sentence. Common causes have
 * HelloQueue's own translated phrase; a rare one is named by its number and the system's text.
 * The phrase continues a sentence after a colon ("cannot write 3.txt: the disk is full").
 */
class SystemErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SystemErrorText)
public:
    static QString describe(int error);
};
