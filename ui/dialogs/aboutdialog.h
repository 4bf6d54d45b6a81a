#pragma once

#include <QDialog>

/** Help › About: what HelloQueue is, its version and the Qt it runs on. */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
