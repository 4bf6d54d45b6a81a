#include "window/numberinput.h"
#include "window/numberlineedit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

/** Types ASCII key by key; other text (², ٣) arrives as an input method or a paste would bring it. */
void typeText(QLineEdit *edit, const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

} // namespace

class tst_NumberInput : public QObject
{
    Q_OBJECT
private slots:
    void acceptsNumbers_data();
    void acceptsNumbers();
    void refusesBadInput_data();
    void refusesBadInput();
    void addButtonSubmitsToo();
    void signedNumbersAreCalledWhatTheyAre_data();
    void signedNumbersAreCalledWhatTheyAre();
    void pasteReplacesTheSelection_data();
    void pasteReplacesTheSelection();
    void aHugePasteIsHeldWhole();
};

void tst_NumberInput::acceptsNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("numbers");
    QTest::newRow("one") << QStringLiteral("42") << QList<int> {42};
    QTest::newRow("zero") << QStringLiteral("0") << QList<int> {0};
    QTest::newRow("leading zeros") << QStringLiteral("007") << QList<int> {7};
    QTest::newRow("one day") << QStringLiteral("86400") << QList<int> {86400};
    QTest::newRow("arabic-indic and fullwidth digits") << QStringLiteral("٣ ３") << QList<int> {3, 3};
    QTest::newRow("mixed separators") << QStringLiteral(" 1,2 ;3  4 ") << QList<int> {1, 2, 3, 4};
}

void tst_NumberInput::acceptsNumbers()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, numbers);
    QAction add(QStringLiteral("Add"));
    NumberInput input(&add);
    QSignalSpy entered(&input, &NumberInput::numbersEntered);
    typeText(input.lineEdit(), text);
    QTest::keyClick(input.lineEdit(), Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.at(0).at(0).value<QList<int>>(), numbers);
    QVERIFY(input.findChild<QLabel *>(QStringLiteral("numberErrorLabel"))->text().isEmpty());
}

void tst_NumberInput::refusesBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("error");
    const int notANumber = int(NumberParser::Error::NotANumber);
    const int tooLarge = int(NumberParser::Error::TooLarge);
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("abc") << notANumber;
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("-1") << notANumber;
    QTest::newRow("plus sign") << QStringLiteral("+5") << QStringLiteral("+5") << notANumber;
    QTest::newRow("fraction") << QStringLiteral("1.5") << QStringLiteral("1.5") << notANumber;
    QTest::newRow("superscript two") << QStringLiteral("²") << QStringLiteral("²") << notANumber;
    QTest::newRow("vulgar half") << QStringLiteral("½") << QStringLiteral("½") << notANumber;
    QTest::newRow("twenty digits") << QStringLiteral("99999999999999999999")
                                   << QStringLiteral("99999999999999999999") << tooLarge;
    QTest::newRow("a day and a second") << QStringLiteral("86401") << QStringLiteral("86401") << tooLarge;
    QTest::newRow("bad token among good") << QStringLiteral("1 2 x 3") << QStringLiteral("x") << notANumber;
    QTest::newRow("empty") << QString() << QString() << int(NumberParser::Error::Empty);
    QTest::newRow("only separators") << QStringLiteral(" , ; ") << QStringLiteral(" , ; ")
                                     << int(NumberParser::Error::Empty);
}

void tst_NumberInput::refusesBadInput()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    QFETCH(int, error);
    QAction add(QStringLiteral("Add"));
    NumberInput input(&add);
    input.show();
    QVERIFY(QTest::qWaitForWindowExposed(&input));
    QSignalSpy entered(&input, &NumberInput::numbersEntered);
    typeText(input.lineEdit(), text);
    QTest::keyClick(input.lineEdit(), Qt::Key_Return);
    QCOMPARE(entered.size(), 0);
    auto *message = input.findChild<QLabel *>(QStringLiteral("numberErrorLabel"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), NumberInput::errorText(NumberParser::Error(error), token));
    QCOMPARE(input.lineEdit()->text(), text); // kept for correction
    if (error != int(NumberParser::Error::Empty))
        QCOMPARE(input.lineEdit()->selectedText(), token);
    // Editing clears the message.
    QTest::keyClick(input.lineEdit(), Qt::Key_End);
    QTest::keyClicks(input.lineEdit(), QStringLiteral("1"));
    QVERIFY(!message->isVisible());
}

void tst_NumberInput::signedNumbersAreCalledWhatTheyAre_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::newRow("-1") << QStringLiteral("-1") << QStringLiteral("“-1” is negative");
    QTest::newRow("+4") << QStringLiteral("+4") << QStringLiteral("“+4”: write the number without a sign");
    QTest::newRow("-0 among good") << QStringLiteral("3 -0")
                                   << QStringLiteral("“-0”: write the number without a sign");
}

void tst_NumberInput::signedNumbersAreCalledWhatTheyAre()
{
    // They are whole numbers: calling them "not a whole number of seconds" puzzles.
    QFETCH(QString, text);
    QFETCH(QString, words);
    QAction add(QStringLiteral("Add"));
    NumberInput input(&add);
    input.show();
    QVERIFY(QTest::qWaitForWindowExposed(&input));
    typeText(input.lineEdit(), text);
    QTest::keyClick(input.lineEdit(), Qt::Key_Return);
    const QString message = input.findChild<QLabel *>(QStringLiteral("numberErrorLabel"))->text();
    QVERIFY2(message.startsWith(words), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("not a whole number")), qPrintable(message));
}

void tst_NumberInput::addButtonSubmitsToo()
{
    QAction add(QStringLiteral("&Add"));
    NumberInput input(&add);
    connect(&add, &QAction::triggered, &input, &NumberInput::submit);
    QSignalSpy entered(&input, &NumberInput::numbersEntered);
    QTest::keyClicks(input.lineEdit(), QStringLiteral("5, 6"));
    auto *button = input.findChild<QPushButton *>(QStringLiteral("addPushButton"));
    QCOMPARE(button->text(), QStringLiteral("&Add"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.at(0).at(0).value<QList<int>>(), (QList<int> {5, 6}));
    add.setEnabled(false);
    QVERIFY(!button->isEnabled()); // the button follows its action
}

void tst_NumberInput::pasteReplacesTheSelection_data()
{
    QTest::addColumn<int>("pastedNumbers");
    QTest::newRow("small paste") << 3;
    QTest::newRow("large paste (one undo step)") << NumberLineEdit::LargePaste;
}

void tst_NumberInput::pasteReplacesTheSelection()
{
    QFETCH(int, pastedNumbers);
    QAction add(QStringLiteral("Add"));
    NumberInput input(&add);
    input.show();
    QVERIFY(QTest::qWaitForWindowExposed(&input));
    QSignalSpy entered(&input, &NumberInput::numbersEntered);
    const QString column = QStringLiteral("7\r\n").repeated(pastedNumbers);
    QApplication::clipboard()->setText(column);
    QLineEdit *edit = input.lineEdit();
    QTest::keyClicks(edit, QStringLiteral("1 x 3"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(input.findChild<QLabel *>(QStringLiteral("numberErrorLabel"))->isVisible());
    QCOMPARE(edit->selectedText(), QStringLiteral("x")); // the bad token, selected: paste over it
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(edit->text(), QStringLiteral("1 ") + column + QStringLiteral(" 3"));
    QCOMPARE(edit->cursorPosition(), 2 + column.size());
    QVERIFY(!input.findChild<QLabel *>(QStringLiteral("numberErrorLabel"))->isVisible()); // an edit
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
    const QList<int> numbers = entered.at(0).at(0).value<QList<int>>();
    QCOMPARE(numbers.size(), pastedNumbers + 2);
    QCOMPARE(numbers.first(), 1);
    QCOMPARE(numbers.at(1), 7);
    QCOMPARE(numbers.last(), 3);
    input.clearText();
    QCOMPARE(edit->text(), QString());
}

void tst_NumberInput::aHugePasteIsHeldWhole()
{
    // A million pasted numbers cost the field half a second of layout at every key: a paste that
    // large is held aside, counted in the field, and added whole or taken back.
    QAction add(QStringLiteral("Add"));
    NumberInput input(&add);
    input.show();
    QVERIFY(QTest::qWaitForWindowExposed(&input));
    QSignalSpy entered(&input, &NumberInput::numbersEntered);
    const int count = NumberLineEdit::HoldAbove / 6 + 1;
    const QString column = QStringLiteral("86400\n").repeated(count);
    QApplication::clipboard()->setText(column);
    QLineEdit *edit = input.lineEdit();
    QTest::keyClicks(edit, QStringLiteral("4 "));
    QTest::keySequence(edit, QKeySequence::Paste);
    QVERIFY(edit->isReadOnly());
    QVERIFY2(edit->text().size() < 100, qPrintable(edit->text()));
    QVERIFY2(edit->text().contains(QLocale().toString(count + 1)), qPrintable(edit->text()));
    QCOMPARE(input.text(), QStringLiteral("4 ") + column);
    QVERIFY(input.hasPendingText());
    const QString shown = edit->text();
    QTest::keyClicks(edit, QStringLiteral("9"));
    QCOMPARE(edit->text(), shown); // typing does not edit the count
    QTest::keyClick(edit, Qt::Key_Escape); // takes the paste back
    QVERIFY(!edit->isReadOnly());
    QCOMPARE(edit->text(), QStringLiteral("4 "));
    QCOMPARE(input.text(), QStringLiteral("4 "));

    QTest::keySequence(edit, QKeySequence::Paste);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
    const QList<int> numbers = entered.at(0).at(0).value<QList<int>>();
    QCOMPARE(numbers.size(), count + 1);
    QCOMPARE(numbers.first(), 4);
    QCOMPARE(numbers.last(), 86400);
    input.clearText();
    QVERIFY(!edit->isReadOnly());
    QCOMPARE(input.text(), QString());

    // A bad token in it is named as in any other text, and nothing is added.
    QApplication::clipboard()->setText(column + QStringLiteral("x\n"));
    QTest::keySequence(edit, QKeySequence::Paste);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
    auto *error = input.findChild<QLabel *>(QStringLiteral("numberErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("“x”")), qPrintable(error->text()));
    QVERIFY(edit->isReadOnly()); // still there to be taken back
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(input.text(), QString());

    // The field's clear button empties it as it does any text: nothing is left to add.
    QTest::keySequence(edit, QKeySequence::Paste);
    QVERIFY(input.hasPendingText());
    edit->clear(); // what the clear button does
    QVERIFY(!edit->isReadOnly());
    QVERIFY(!input.hasPendingText());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
}

QTEST_MAIN(tst_NumberInput)
#include "tst_numberinput.moc"
