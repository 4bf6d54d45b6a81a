#include "mainwindow.h"

#include "taskqueue.h"

#include <QLineEdit>
#include <QVBoxLayout>

MainWindow::MainWindow(TaskQueue *queue, QWidget *parent)
    : QMainWindow(parent), m_queue(queue), m_numberLineEdit(new QLineEdit(this))
{
    setWindowTitle(QStringLiteral("HelloQueue"));
    m_numberLineEdit->setObjectName(QStringLiteral("numberLineEdit"));
    m_numberLineEdit->setPlaceholderText(tr("Enter a number of seconds"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_numberLineEdit);
    layout->addStretch();
    setCentralWidget(central);
    resize(800, 500);
    m_numberLineEdit->setFocus();
}

MainWindow::~MainWindow() = default;
