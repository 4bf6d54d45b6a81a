// The start-up floor: what any Qt console program with a journal must do before it can take
// input — create the application and open an SQLite file through Qt SQL — and nothing else.
//   startup_floor FILE
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return 2;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(arguments.at(1));
    if (!db.open())
        return 1;
    QSqlQuery query(db);
    // Reading the schema is what opening a real journal does first.
    const bool read = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    return read ? 0 : 1;
}
