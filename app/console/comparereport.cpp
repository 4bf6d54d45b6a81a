#include "console/comparereport.h"

#include "compare/comparereading.h"
#include "compare/comparetablemodel.h"
#include "compare/comparetexts.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace {

constexpr int ColumnGap = 2;

/** East Asian wide and fullwidth characters: two terminal columns each (wcwidth's main ranges). */
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString &text, int width, bool right)
{
    const QString fill(std::max(0, width - CompareReport::displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

} // namespace

int CompareReport::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString CompareReport::table(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    std::vector<QStringList> rows(size_t(model.rowCount() + 1));
    std::vector<int> widths(size_t(columns), 0);
    std::vector<bool> right(size_t(columns), false);
    for (int column = 0; column < columns; ++column) {
        rows[0].append(model.headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, column);
            rows[size_t(row + 1)].append(index.data().toString());
            right[size_t(column)] = index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
        }
        for (const QStringList &cells : rows)
            widths[size_t(column)] = std::max(widths[size_t(column)], displayWidth(cells.at(column)));
    }
    QString text;
    for (const QStringList &cells : rows) {
        QString line;
        for (int column = 0; column < columns; ++column) {
            if (column > 0)
                line += QString(ColumnGap, QLatin1Char(' '));
            line += padded(cells.at(column), widths[size_t(column)], right[size_t(column)]);
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString CompareReport::text(const Input &input)
{
    CompareTableModel model;
    model.setResults(input.results);
    const QString heading
        = tr("Compared %1 on %n worker(s), %2.", nullptr, input.workers)
              .arg(CompareTexts::numberList(input.numbers), CompareTexts::workName(input.work));
    return heading + QLatin1String("\n\n") + table(model) + QLatin1Char('\n')
        + CompareReading::text(input.results, input.work, input.cores) + QLatin1Char('\n');
}
