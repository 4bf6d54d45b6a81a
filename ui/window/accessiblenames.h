#pragma once

#include <QCoreApplication>

class QWidget;

/**
 * Names the parts Qt creates without one, so a screen reader says what they are: the clear button
 * of line edits, splitter handles and the size grip. Call once the widgets exist and again on a
 * language change (never per refresh: Qt 6.4 announces every name it is given).
 */
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleNames)
public:
    /** Names those parts everywhere under @p root. */
    static void nameUnnamedParts(QWidget *root);
};
